package org.marsad.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Fits an {@link EventFilter}: L2-regularised logistic regression by stochastic gradient descent. An
 * example is one coded event of a covered type; its label is the annotators' judgement of its sentence
 * ("yes": the sentence reports such an event). Deterministic for a seed.
 */
public final class EventFilterTrainer {
  private final int epochs;
  private final double rate;
  private final double l2;
  private final long seed;

  public EventFilterTrainer(int epochs, double rate, double l2, long seed) {
    this.epochs = epochs;
    this.rate = rate;
    this.l2 = l2;
    this.seed = seed;
  }

  public static EventFilterTrainer defaults() {
    return new EventFilterTrainer(20, 0.05, 1e-3, 42);
  }

  /** One annotated sentence: its analysis (unfiltered events), the type judged and the judgement. */
  public record Example(Document doc, String type, boolean positive) {}

  public EventFilter train(List<Example> sentences, Set<String> types, double threshold) {
    List<List<String>> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Example ex : sentences) {
      for (Event e : ex.doc().events()) {
        if (ex.type().equals(e.plover())) {
          xs.add(EventFeatures.of(ex.doc(), e));
          ys.add(ex.positive());
        }
      }
    }
    Map<String, Double> w = new HashMap<>();
    double bias = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      order.add(i);
    }
    // positives are rare (a few percent of the judged sentences): weight them up to balance the classes,
    // so the probability is comparable across types and 0.5 is a sensible threshold
    long positives = ys.stream().filter(y -> y).count();
    double positiveWeight = positives == 0 ? 1 : (double) (ys.size() - positives) / positives;
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      double step = rate / (1 + 0.2 * epoch);
      for (int i : order) {
        List<String> x = xs.get(i);
        double z = bias;
        for (String f : x) {
          z += w.getOrDefault(f, 0.0);
        }
        double p = 1 / (1 + Math.exp(-z));
        double g = ys.get(i) ? positiveWeight * (1 - p) : -p;
        bias += step * g;
        for (String f : x) {
          double old = w.getOrDefault(f, 0.0);
          w.put(f, old + step * (g - l2 * old));
        }
      }
    }
    w.values().removeIf(v -> Math.abs(v) < 1e-4);

    return new EventFilter(w, bias, threshold, types);
  }
}
