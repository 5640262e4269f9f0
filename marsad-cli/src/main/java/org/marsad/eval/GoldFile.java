package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A dev file of Marsad's own ({@code eval/time-dev.jsonl}, {@code eval/quantities-dev.jsonl}): one
 * sentence per line with its publication date and gold annotations, each located by its exact text
 * (and "occurrence" when the text repeats).
 */
final class GoldFile {
  record Line(String id, LocalDate date, String text, List<JsonNode> items) {}

  private GoldFile() {}

  static List<Line> read(Path file, String layer) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (raw.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(raw);
      List<JsonNode> items = new ArrayList<>();
      node.path(layer).forEach(items::add);
      String date = node.path("date").asText(null);
      lines.add(new Line(node.path("id").asText(file.getFileName() + ":" + number),
          date == null ? null : LocalDate.parse(date), node.path("text").asText(), items));
    }
    return lines;
  }

  /** Where a gold item's text is in the sentence, as {start, end}. */
  static int[] locate(Line line, JsonNode item) {
    String text = item.path("text").asText();
    int occurrence = item.path("occurrence").asInt(1);
    int at = -1;
    for (int k = 0; k < occurrence; k++) {
      at = line.text().indexOf(text, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(line.id() + ": \"" + text + "\" is not in the sentence");
      }
    }
    return new int[] {at, at + text.length()};
  }

  /** A line's gold items as spans of its sentence. */
  static List<SpanScore.Span<JsonNode>> spans(Line line) {
    List<SpanScore.Span<JsonNode>> gold = new ArrayList<>();
    for (JsonNode item : line.items()) {
      int[] at = locate(line, item);
      gold.add(new SpanScore.Span<>(at[0], at[1], item));
    }
    return gold;
  }
}
