package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Quantity;

/**
 * Scores the quantity stage on a dev file: detection (relaxed and exact F1); for detected gold
 * quantities, the share with value, unit and currency all right, and the share with the right object.
 */
public final class QuantityEvaluation {
  private final SpanScore detection = new SpanScore();
  private int valueUnitRight;
  private int objectRight;
  private final List<String> errors = new ArrayList<>();

  public void run(Marsad marsad, java.nio.file.Path file) throws java.io.IOException {
    for (GoldFile.Line line : GoldFile.read(file, "quantities")) {
      Document doc = marsad.analyze(Document.of(line.id(), line.text(), line.date()));
      List<SpanScore.Span<JsonNode>> gold = GoldFile.spans(line);
      List<SpanScore.Span<Quantity>> predicted = new ArrayList<>();
      for (Quantity q : doc.quantities()) {
        predicted.add(new SpanScore.Span<>(q.start(), q.end(), q));
      }
      List<SpanScore.Pair<JsonNode, Quantity>> pairs = detection.add(gold, predicted);
      for (SpanScore.Pair<JsonNode, Quantity> pair : pairs) {
        JsonNode g = pair.gold().item();
        Quantity p = pair.predicted().item();
        boolean value = Math.abs(g.path("value").asDouble() - p.value()) <= 1e-6 * Math.max(1, Math.abs(p.value()));
        boolean unit = Objects.equals(text(g, "unit"), p.unit()) && Objects.equals(text(g, "currency"), p.currency());
        boolean object = Objects.equals(text(g, "object"), p.object());
        if (value && unit) {
          valueUnitRight++;
        }
        if (object) {
          objectRight++;
        }
        if (!(value && unit && object)) {
          errors.add(line.id() + " \"" + p.text() + "\": " + p.value() + " " + p.unit() + " " + p.currency() + " "
              + p.object() + " — gold \"" + g.path("text").asText() + "\": " + g.path("value").asText() + " "
              + text(g, "unit") + " " + text(g, "currency") + " " + text(g, "object"));
        }
      }
      for (SpanScore.Span<JsonNode> g : gold) {
        if (pairs.stream().noneMatch(pair -> pair.gold() == g)) {
          errors.add(line.id() + " missed \"" + g.item().path("text").asText() + "\"");
        }
      }
      for (SpanScore.Span<Quantity> p : predicted) {
        if (pairs.stream().noneMatch(pair -> pair.predicted() == p)) {
          errors.add(line.id() + " spurious \"" + p.item().text() + "\"");
        }
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public SpanScore detection() {
    return detection;
  }

  public double valueAndUnitAccuracy() {
    return detection.matched() == 0 ? 0 : (double) valueUnitRight / detection.matched();
  }

  public double objectAccuracy() {
    return detection.matched() == 0 ? 0 : (double) objectRight / detection.matched();
  }

  public List<String> errors() {
    return errors;
  }
}
