package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.TimeExpression;

/**
 * Scores the temporal stage on a dev file: detection (relaxed and exact F1) and normalisation — the
 * share of detected gold expressions whose predicted type and value are both right.
 */
public final class TimeEvaluation {
  private final SpanScore detection = new SpanScore();
  private int normalisedRight;
  private int typeRight;
  private final List<String> errors = new ArrayList<>();

  public void run(Marsad marsad, java.nio.file.Path file) throws java.io.IOException {
    for (GoldFile.Line line : GoldFile.read(file, "times")) {
      Document doc = marsad.analyze(Document.of(line.id(), line.text(), line.date()));
      List<SpanScore.Span<JsonNode>> gold = GoldFile.spans(line);
      List<SpanScore.Span<TimeExpression>> predicted = new ArrayList<>();
      for (TimeExpression t : doc.times()) {
        predicted.add(new SpanScore.Span<>(t.start(), t.end(), t));
      }
      List<SpanScore.Pair<JsonNode, TimeExpression>> pairs = detection.add(gold, predicted);
      for (SpanScore.Pair<JsonNode, TimeExpression> pair : pairs) {
        JsonNode g = pair.gold().item();
        TimeExpression p = pair.predicted().item();
        boolean type = g.path("type").asText().equals(p.type());
        boolean value = g.path("value").asText().equals(p.value());
        if (type) {
          typeRight++;
        }
        if (type && value) {
          normalisedRight++;
        } else {
          errors.add(line.id() + " [" + line.date() + "] \"" + p.text() + "\": " + p.type() + " " + p.value()
              + " — gold \"" + g.path("text").asText() + "\": " + g.path("type").asText() + " " + g.path("value").asText());
        }
      }
      for (SpanScore.Span<JsonNode> g : gold) {
        if (pairs.stream().noneMatch(pair -> pair.gold() == g)) {
          errors.add(line.id() + " missed \"" + g.item().path("text").asText() + "\" " + g.item().path("value").asText());
        }
      }
      for (SpanScore.Span<TimeExpression> p : predicted) {
        if (pairs.stream().noneMatch(pair -> pair.predicted() == p)) {
          errors.add(line.id() + " spurious \"" + p.item().text() + "\" " + p.item().value());
        }
      }
    }
  }

  public SpanScore detection() {
    return detection;
  }

  /** Right type and value, over the gold expressions that were detected. */
  public double normalisationAccuracy() {
    return detection.matched() == 0 ? 0 : (double) normalisedRight / detection.matched();
  }

  /** Right type and value, over all gold expressions (a miss counts as wrong). */
  public double normalisationOverGold() {
    return detection.gold() == 0 ? 0 : (double) normalisedRight / detection.gold();
  }

  public double typeAccuracy() {
    return detection.matched() == 0 ? 0 : (double) typeRight / detection.matched();
  }

  public List<String> errors() {
    return errors;
  }
}
