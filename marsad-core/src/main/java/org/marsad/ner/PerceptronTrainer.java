package org.marsad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) for {@link SequenceModel}: for each training sentence,
 * decode with the current weights and, where the best sequence differs from the gold one, add the gold
 * features and subtract the predicted ones. The averaged weights (lazy averaging with timestamps) are
 * what is kept. Sentence order is shuffled with a fixed seed, so training is deterministic.
 */
public final class PerceptronTrainer {
  /** One training sentence: features per token and gold tags. */
  public record Example(List<List<String>> features, int[] tags) {}

  private final Map<String, float[]> weights = new HashMap<>();
  private final Map<String, float[]> totals = new HashMap<>();
  private final float[][] transitions = new float[Tags.COUNT + 1][Tags.COUNT];
  private final float[][] transitionTotals = new float[Tags.COUNT + 1][Tags.COUNT];
  private int step = 1;

  /** Trains for the given number of passes and returns the averaged model. */
  public SequenceModel train(List<Example> examples, int epochs, long seed, Gazetteer gazetteer,
      java.util.function.IntConsumer afterEpoch) {
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        SequenceModel current = new SequenceModel(weights, transitions, gazetteer);
        int[] predicted = current.decode(e.features());
        update(e, predicted);
        step++;
      }
      if (afterEpoch != null) {
        afterEpoch.accept(epoch + 1);
      }
    }
    return averaged(gazetteer);
  }

  private void update(Example e, int[] predicted) {
    int[] gold = e.tags();
    for (int i = 0; i < gold.length; i++) {
      int prevGold = i == 0 ? Tags.COUNT : gold[i - 1];
      int prevPred = i == 0 ? Tags.COUNT : predicted[i - 1];
      if (gold[i] == predicted[i] && prevGold == prevPred) {
        continue;
      }
      if (gold[i] != predicted[i]) {
        for (String f : e.features().get(i)) {
          add(f, gold[i], 1);
          add(f, predicted[i], -1);
        }
      }
      transitions[prevGold][gold[i]] += 1;
      transitionTotals[prevGold][gold[i]] += step;
      transitions[prevPred][predicted[i]] -= 1;
      transitionTotals[prevPred][predicted[i]] -= step;
    }
  }

  private void add(String feature, int tag, float delta) {
    weights.computeIfAbsent(feature, k -> new float[Tags.COUNT])[tag] += delta;
    totals.computeIfAbsent(feature, k -> new float[Tags.COUNT])[tag] += delta * step;
  }

  /** The current averaged model (can be called between epochs to evaluate). */
  public SequenceModel averaged(Gazetteer gazetteer) {
    Map<String, float[]> averaged = new HashMap<>(weights.size() * 2);
    for (Map.Entry<String, float[]> e : weights.entrySet()) {
      float[] w = e.getValue();
      float[] u = totals.get(e.getKey());
      float[] a = new float[Tags.COUNT];
      boolean any = false;
      for (int k = 0; k < Tags.COUNT; k++) {
        a[k] = w[k] - u[k] / step;
        if (Math.abs(a[k]) > 1e-4f) {
          any = true;
        } else {
          a[k] = 0;
        }
      }
      if (any) {
        averaged.put(e.getKey(), a);
      }
    }
    float[][] t = new float[Tags.COUNT + 1][Tags.COUNT];
    for (int p = 0; p <= Tags.COUNT; p++) {
      for (int k = 0; k < Tags.COUNT; k++) {
        t[p][k] = transitions[p][k] - transitionTotals[p][k] / step;
      }
    }
    return new SequenceModel(averaged, t, gazetteer);
  }
}
