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
 * example is one coded event of a covered type; its target is the annotators' judgement of its
 * sentence, as the share of them who said the sentence reports such an event. Soft targets, because the
 * gold's "yes" is unanimous: a sentence 2 of 3 annotators accepted is mostly a report of the event, not
 * a negative, and the ambiguous rows (left out of the detection score) still say how readers lean.
 * Deterministic for a seed.
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

  /**
   * One annotated sentence: its analysis (unfiltered events), the type judged, and the share of its
   * annotators who said it reports an event of that type (1 or 0 where only a yes or no is known).
   */
  public record Example(Document doc, String type, double yes) {
    public Example {
      if (!(yes >= 0 && yes <= 1)) {
        throw new IllegalArgumentException("share of yes must be in [0, 1]: " + yes);
      }
    }
  }

  public EventFilter train(List<Example> sentences, Set<String> types, KeepThresholds threshold) {
    List<List<String>> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Example ex : sentences) {
      for (Event e : ex.doc().events()) {
        if (ex.type().equals(e.plover()) && (e.mode() == Event.Mode.ASSERTED || e.mode() == Event.Mode.REPORTED)) {
          // only the events the filter will judge (EventFilter#covers)
          xs.add(EventFeatures.of(ex.doc(), e));
          ys.add(ex.yes());
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
    // so the probability is comparable across types
    double positives = ys.stream().mapToDouble(Double::doubleValue).sum();
    double positiveWeight = positives == 0 ? 1 : (ys.size() - positives) / positives;
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
        double y = ys.get(i);
        double g = y * positiveWeight * (1 - p) - (1 - y) * p;
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
