package org.marsad.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event gold folder ({@code ../shared/data/events/gold}, from the Open Event Data Alliance's Arabic
 * PLOVER annotations): per event type, a labels file — one sentence per row, does it report an event
 * of the type — and a spans file — sentences that do, with each annotator's source and target actor
 * and their country and role. Both are read as streams, one row or item at a time.
 */
final class EventGold {
  /** The event types the folder has files for, in report order. */
  static final List<String> TYPES = List.of("PROTEST", "ASSAULT");

  /** The columns a labels file must have (it may have others: id, accept, reject, total). */
  static final List<String> LABEL_COLUMNS = List.of("event_type", "label", "text");

  /** What the annotators said of a labels row. */
  enum Label {
    YES("yes"), EASY_NO("easy no"), DIFFICULT_NO("difficult no"), AMBIGUOUS("ambiguous");

    final String text;

    Label(String text) {
      this.text = text;
    }

    static Label parse(String raw) {
      String norm = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      for (Label label : values()) {
        if (label.text.equals(norm)) {
          return label;
        }
      }
      return null;
    }
  }

  /**
   * One row of a labels file; {@code index} is its 0-based position among the file's rows. {@code accept}
   * and {@code total} count the annotators who said yes and who judged the row; -1 when the file has no
   * such columns (or a value is not a count).
   */
  record LabelRow(String where, int index, String type, Label label, String text, int accept, int total) {
    /** The share of the row's annotators who said yes, or -1 when unknown. */
    double acceptShare() {
      return accept < 0 || total <= 0 || accept > total ? -1 : (double) accept / total;
    }
  }

  /** One item of a spans file; {@code spans} has one object per annotator. */
  record SpanItem(String where, int index, String type, String text, List<JsonNode> spans) {}

  /** Receives rows one at a time; may write (the error file) and so throw. */
  interface Sink<T> {
    void accept(T row) throws IOException;
  }

  /** Gold values the annotators used for "this actor has no country" (or did not know one). */
  private static final Set<String> NO_VALUE = Set.of("", "NONE", "NULL", "UNKNOWN", "N/A");

  private EventGold() {}

  static Path labels(Path dir, String type) {
    return dir.resolve(type.toLowerCase(Locale.ROOT) + "_labels.csv");
  }

  static Path spans(Path dir, String type) {
    return dir.resolve(type.toLowerCase(Locale.ROOT) + "_spans.json");
  }

  /** Fails with one message naming every file the folder lacks. */
  static void check(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir.toString(), null,
          "events gold folder not found (expected protest_labels.csv, assault_labels.csv, protest_spans.json,"
              + " assault_spans.json in it)");
    }
    List<String> missing = new ArrayList<>();
    for (String type : TYPES) {
      for (Path file : List.of(labels(dir, type), spans(dir, type))) {
        if (!Files.isRegularFile(file)) {
          missing.add(file.getFileName().toString());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new java.nio.file.NoSuchFileException(dir.toString(), null,
          "events gold folder lacks " + String.join(", ", missing));
    }
  }

  /**
   * Reads a labels file: a header row naming at least {@link #LABEL_COLUMNS}, then quoted CSV (RFC
   * 4180: fields with commas, quotes doubled, line breaks inside quotes). Rows whose event_type is not
   * {@code type}, or whose label is not one of the four, are errors, so a swapped or foreign file is
   * not scored silently.
   */
  static int readLabels(Path file, String type, Sink<LabelRow> sink) throws IOException {
    String name = file.getFileName().toString();
    CsvMapper csv = new CsvMapper();
    csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    int index = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema).readValues(reader)) {
      while (true) {
        Map<String, String> row;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          row = rows.nextValue();
        } catch (JsonProcessingException e) {
          throw new IOException(name + ": broken CSV at data row " + (index + 1) + " (line "
              + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
        }
        String where = name + " row " + (index + 1);
        if (index == 0) {
          for (String column : LABEL_COLUMNS) {
            if (!row.containsKey(column)) {
              throw new IllegalArgumentException(name + ": no \"" + column + "\" column (the header must name "
                  + String.join(", ", LABEL_COLUMNS) + "; it has " + String.join(", ", row.keySet()) + ")");
            }
          }
        }
        String rowType = row.get("event_type");
        if (rowType != null && !rowType.isBlank() && !rowType.strip().equalsIgnoreCase(type)) {
          throw new IllegalArgumentException(where + ": event_type \"" + rowType + "\" in a " + type + " file");
        }
        Label label = Label.parse(row.get("label"));
        if (label == null) {
          throw new IllegalArgumentException(where + ": label \"" + row.get("label")
              + "\" is none of yes, easy no, difficult no, ambiguous");
        }
        String text = row.get("text");
        if (text == null || text.isBlank()) {
          throw new IllegalArgumentException(where + ": no text");
        }
        sink.accept(new LabelRow(where, index, type, label, text, count(row.get("accept")), count(row.get("total"))));
        index++;
      }
    }
    if (index == 0) {
      throw new IllegalArgumentException(name + ": no rows");
    }
    return index;
  }

  private static int count(String raw) {
    if (raw == null || raw.isBlank()) {
      return -1;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Reads a spans file: a JSON array of {@code {"text", "event_type", "spans": [...]}} items. */
  static int readSpans(Path file, String type, Sink<SpanItem> sink) throws IOException {
    String name = file.getFileName().toString();
    ObjectMapper json = new ObjectMapper();
    int index = 0;
    try (JsonParser parser = json.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException(name + ": not a JSON array of items");
      }
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          break;
        }
        String where = name + " item " + (index + 1);
        if (token != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException(where + ": not a JSON object");
        }
        JsonNode item = json.readTree(parser);
        String itemType = item.path("event_type").asText("");
        if (!itemType.isBlank() && !itemType.strip().equalsIgnoreCase(type)) {
          throw new IllegalArgumentException(where + ": event_type \"" + itemType + "\" in a " + type + " file");
        }
        JsonNode text = item.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
          throw new IllegalArgumentException(where + ": no text");
        }
        JsonNode spans = item.get("spans");
        if (spans == null || !spans.isArray()) {
          throw new IllegalArgumentException(where + ": no \"spans\" array");
        }
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode span : spans) {
          if (!span.isObject()) {
            throw new IllegalArgumentException(where + ": a span is not a JSON object");
          }
          list.add(span);
        }
        sink.accept(new SpanItem(where, index, type, text.asText(), list));
        index++;
      }
    } catch (JsonProcessingException e) {
      throw new IOException(name + ": broken JSON at item " + (index + 1) + " (line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage(), e);
    }
    if (index == 0) {
      throw new IllegalArgumentException(name + ": no items");
    }
    return index;
  }

  /**
   * The country an annotator gave an actor: {@code role.main} upper-cased, or {@code null} for "no
   * country" — "None", null, a missing field, "UNKNOWN", an empty object (no actor). A role that is a
   * bare string ("UNKNOWN") is read as the main value.
   */
  static String country(JsonNode role) {
    if (role == null || role.isNull() || role.isMissingNode()) {
      return null;
    }
    JsonNode main = role.isObject() ? role.get("main") : role;
    return value(main);
  }

  /** The role an annotator gave an actor ("CVL", "MIL" …), or {@code null} for none ("None", missing). */
  static String role(JsonNode role) {
    if (role == null || !role.isObject()) {
      return null;
    }
    return value(role.get("role"));
  }

  private static String value(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    String v = node.asText().strip().toUpperCase(Locale.ROOT);
    return NO_VALUE.contains(v) ? null : v;
  }

  /**
   * The value most annotators gave ({@code null}, "none", is a value like any other); among values
   * given equally often, the one given first.
   */
  static String majority(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>(); // first-seen order breaks ties
    for (String v : values) {
      counts.merge(v == null ? "\0" : v, 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best == null || best.equals("\0") ? null : best;
  }
}
