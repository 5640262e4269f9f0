package org.marsad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 (CoNLL: an entity counts when type and boundaries match
 * exactly), per type, micro-averaged over all entities and macro-averaged over the types.
 */
public final class NerScore {
  private final int[] gold = new int[Tags.TYPES.size()];
  private final int[] predicted = new int[Tags.TYPES.size()];
  private final int[] correct = new int[Tags.TYPES.size()];

  public void add(List<String> goldTags, List<String> predictedTags) {
    Set<String> goldSpans = new HashSet<>();
    for (int[] s : ConllSentence.spans(goldTags)) {
      gold[s[0]]++;
      goldSpans.add(s[0] + ":" + s[1] + ":" + s[2]);
    }
    for (int[] s : ConllSentence.spans(predictedTags)) {
      predicted[s[0]]++;
      if (goldSpans.contains(s[0] + ":" + s[1] + ":" + s[2])) {
        correct[s[0]]++;
      }
    }
  }

  /** P, R, F1 of one type (index into {@link Tags#TYPES}), or of all when type is -1. */
  public double[] prf(int type) {
    int g = 0;
    int p = 0;
    int c = 0;
    for (int k = 0; k < gold.length; k++) {
      if (type < 0 || k == type) {
        g += gold[k];
        p += predicted[k];
        c += correct[k];
      }
    }
    double precision = p == 0 ? 0 : (double) c / p;
    double recall = g == 0 ? 0 : (double) c / g;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  public double[] micro() {
    return prf(-1);
  }

  public double[] macro() {
    double[] sum = new double[3];
    for (int k = 0; k < gold.length; k++) {
      double[] v = prf(k);
      for (int m = 0; m < 3; m++) {
        sum[m] += v[m] / gold.length;
      }
    }
    return sum;
  }

  public int gold(int type) {
    return gold[type];
  }
}
