package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Quantity;
import org.marsad.doc.TimeExpression;

/**
 * Scores detection of Wojood's DATE, TIME, MONEY, PERCENT, QUANTITY and CARDINAL mentions (any
 * nesting level) by the time and quantity stages. Wojood's sentences are rebuilt by joining their
 * tokens with spaces; the document date is unknown, so only detection is scored. Our layers map to
 * Wojood's types: times of type TIME and hour/minute durations → TIME, other times → DATE;
 * quantities with a currency → MONEY, percent → PERCENT, another unit → QUANTITY, the rest → CARDINAL.
 */
public final class WojoodEvaluation {
  public static final List<String> TYPES = List.of("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL");

  private final Map<String, SpanScore> scores = new LinkedHashMap<>();

  public WojoodEvaluation() {
    TYPES.forEach(t -> scores.put(t, new SpanScore()));
  }

  public void run(Marsad marsad, Path file) throws IOException {
    List<String[]> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        score(marsad, sentence);
        sentence.clear();
        continue;
      }
      String[] columns = line.trim().split("\\s+");
      if (!columns[0].equals("$#$")) {
        sentence.add(columns);
      }
    }
    score(marsad, sentence);
  }

  private void score(Marsad marsad, List<String[]> sentence) {
    if (sentence.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[sentence.size()];
    for (int i = 0; i < sentence.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(sentence.get(i)[0]);
    }
    Map<String, List<SpanScore.Span<String>>> gold = new LinkedHashMap<>();
    TYPES.forEach(t -> gold.put(t, new ArrayList<>()));
    for (String type : TYPES) {
      int open = -1;
      for (int i = 0; i <= sentence.size(); i++) {
        String tag = i < sentence.size() ? tagOf(sentence.get(i), type) : "O";
        if (open >= 0 && !tag.equals("I")) {
          int end = starts[i - 1] + sentence.get(i - 1)[0].length();
          gold.get(type).add(new SpanScore.Span<>(starts[open], end, type));
          open = -1;
        }
        if (tag.equals("B") || (tag.equals("I") && open < 0)) {
          open = i;
        }
      }
    }
    Document doc = marsad.analyze(Document.of(null, text.toString(), null));
    Map<String, List<SpanScore.Span<String>>> predicted = new LinkedHashMap<>();
    TYPES.forEach(t -> predicted.put(t, new ArrayList<>()));
    for (TimeExpression t : doc.times()) {
      boolean clock = t.type().equals("TIME") || (t.type().equals("DURATION") && t.value() != null
          && t.value().startsWith("PT"));
      predicted.get(clock ? "TIME" : "DATE").add(new SpanScore.Span<>(t.start(), t.end(), "time"));
    }
    for (Quantity q : doc.quantities()) {
      String type = q.currency() != null ? "MONEY" : "percent".equals(q.unit()) ? "PERCENT"
          : q.unit() != null ? "QUANTITY" : "CARDINAL";
      predicted.get(type).add(new SpanScore.Span<>(q.start(), q.end(), "quantity"));
    }
    for (String type : TYPES) {
      List<SpanScore.Pair<String, String>> pairs = scores.get(type).add(gold.get(type), predicted.get(type));
      for (SpanScore.Span<String> g : gold.get(type)) {
        if (pairs.stream().noneMatch(p -> p.gold() == g)) {
          errors.add(type + " missed \"" + text.substring(g.start(), g.end()) + "\" in: " + text);
        }
      }
      for (SpanScore.Span<String> p : predicted.get(type)) {
        if (pairs.stream().noneMatch(pair -> pair.predicted() == p)) {
          errors.add(type + " spurious \"" + text.substring(p.start(), p.end()) + "\" in: " + text);
        }
      }
    }
  }

  private final List<String> errors = new ArrayList<>();

  public List<String> errors() {
    return errors;
  }

  /** "B", "I" or "O" for one type in any of the token's nesting columns. */
  private static String tagOf(String[] columns, String type) {
    for (int c = 1; c < columns.length; c++) {
      if (columns[c].equals("B-" + type)) {
        return "B";
      }
      if (columns[c].equals("I-" + type)) {
        return "I";
      }
    }
    return "O";
  }

  public Map<String, SpanScore> scores() {
    return scores;
  }
}
