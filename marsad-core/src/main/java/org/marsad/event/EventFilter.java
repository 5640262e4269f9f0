package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Decides whether a coded event of the types it was trained on (PROTEST, ASSAULT) is an event that took
 * place, or only a mention of one: "احتشد مئات المتظاهرين أمام السجن" versus "قدرتها على ضبط
 * المظاهرات الضخمة". Logistic regression over {@link EventFeatures}, fitted by {@link EventFilterTrainer}
 * on the annotated event sentences (`marsad train events-filter`); the rules find and code events, this
 * model only removes the ones a reader would not count.
 */
public final class EventFilter {
  public static final String RESOURCE = "event-filter.tsv";
  private final Map<String, Double> weights;
  private final double bias;
  private final KeepThresholds thresholds;
  private final Set<String> types;

  public EventFilter(Map<String, Double> weights, double bias, KeepThresholds thresholds, Set<String> types) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
    this.thresholds = thresholds;
    this.types = Set.copyOf(types);
  }

  /**
   * Whether this filter judges the event: one of its PLOVER types, told as having happened (asserted or
   * reported). A negated, future or hypothetical event keeps its mode and is not the filter's to drop.
   */
  public boolean covers(Event e) {
    return e.plover() != null && types.contains(e.plover())
        && (e.mode() == Event.Mode.ASSERTED || e.mode() == Event.Mode.REPORTED);
  }

  /** Probability that the event took place. */
  public double probability(Document doc, Event e) {
    return probability(EventFeatures.of(doc, e));
  }

  double probability(List<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether to keep the event: always for types the filter does not cover and for acts between named parties. */
  public boolean keeps(Document doc, Event e) {
    return !covers(e) || bothSidesNamed(e) || probability(doc, e) >= thresholds.forType(e.plover());
  }

  /**
   * Whether the sentence names both parties of the act: a source of its own (not the one an attack or
   * protest noun implies, which stands on the trigger) and a target. Such an act is told, not alluded to;
   * the filter, fitted on the context words of a small gold, judges only events whose parties are open
   * (on the tuning articles it dropped real air strikes and raids between named parties; cross-validated on
   * the gold, sparing these costs under one sentence: docs/EVALUATION.md).
   */
  private static boolean bothSidesNamed(Event e) {
    return e.source() != null && e.target() != null && e.source().start() != e.trigger().start();
  }

  public KeepThresholds thresholds() {
    return thresholds;
  }


  public int size() {
    return weights.size();
  }

  public void write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# Marsad event filter (logistic regression over EventFeatures), built by `marsad train events-filter`\n");
    w.write("types\t" + String.join(",", new java.util.TreeSet<>(types)) + '\n');
    w.write("threshold\t" + thresholds.fallback() + '\n');
    for (Map.Entry<String, Double> t : new java.util.TreeMap<>(thresholds.byType()).entrySet()) {
      w.write("threshold." + t.getKey() + '\t' + t.getValue() + '\n');
    }
    w.write("bias\t" + bias + '\n');
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(weights).entrySet()) {
      w.write(e.getKey() + '\t' + (float) (double) e.getValue() + '\n');
    }
    w.flush();
  }

  public static EventFilter read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Double> weights = new HashMap<>();
    double bias = 0;
    double threshold = 0.5;
    Map<String, Double> byType = new HashMap<>();
    Set<String> types = Set.of();
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String key = line.substring(0, tab);
      String value = line.substring(tab + 1);
      switch (key) {
        case "types" -> types = Set.of(value.split(","));
        case "threshold" -> threshold = Double.parseDouble(value);
        case "bias" -> bias = Double.parseDouble(value);
        default -> {
          if (key.startsWith("threshold.")) {
            byType.put(key.substring("threshold.".length()), Double.parseDouble(value));
          } else {
            weights.put(key, Double.parseDouble(value));
          }
        }
      }
    }
    return new EventFilter(weights, bias, new KeepThresholds(threshold, byType), types);
  }

  /** The filter shipped in the jar, or null when none was trained. */
  public static EventFilter load() {
    try (InputStream in = EventFilter.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
