package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of predicted spans against gold spans. A prediction matches a gold span
 * when they overlap (relaxed match, as in TempEval-3); each gold span and each prediction is used at
 * most once, in text order. Exact matches (same start and end) are counted too.
 */
public final class SpanScore {
  private int gold;
  private int predicted;
  private int matched;
  private int exact;

  /** A span with an opaque payload, so the caller can compare what the matched pairs say. */
  public record Span<T>(int start, int end, T item) {
    boolean overlaps(Span<?> other) {
      return start < other.end && other.start < end;
    }
  }

  /** A gold span and the prediction matched to it. */
  public record Pair<G, P>(Span<G> gold, Span<P> predicted) {}

  /** Adds one document's spans; returns the matched pairs. */
  public <G, P> List<Pair<G, P>> add(List<Span<G>> goldSpans, List<Span<P>> predictedSpans) {
    gold += goldSpans.size();
    predicted += predictedSpans.size();
    boolean[] used = new boolean[predictedSpans.size()];
    List<Pair<G, P>> pairs = new ArrayList<>();
    for (Span<G> g : goldSpans) {
      int best = -1;
      for (int k = 0; k < predictedSpans.size(); k++) {
        Span<P> p = predictedSpans.get(k);
        if (!used[k] && p.overlaps(g)) {
          if (best < 0 || (p.start() == g.start() && p.end() == g.end())) {
            best = k;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        matched++;
        Span<P> p = predictedSpans.get(best);
        if (p.start() == g.start() && p.end() == g.end()) {
          exact++;
        }
        pairs.add(new Pair<>(g, p));
      }
    }
    return pairs;
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  public int matched() {
    return matched;
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** F1 when only identical spans count. */
  public double exactF1() {
    return f1(predicted == 0 ? 0 : (double) exact / predicted, gold == 0 ? 0 : (double) exact / gold);
  }

  /** The harmonic mean of a precision and a recall; 0 when both are. */
  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
