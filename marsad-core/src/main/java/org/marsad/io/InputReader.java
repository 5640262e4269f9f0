package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.doc.Document;

/**
 * Reads articles from plain text, HTML or JSON Lines.
 *
 * <p>Plain text and HTML are one article per input and are read whole, up to a size limit (an input
 * over it is refused with a message, never read into memory). JSON Lines are streamed: any number of
 * lines, each up to the same limit; a line that is not a JSON object with a "text" string, or is not
 * valid UTF-8, is reported to the {@link Sink} with its line number and skipped, and reading goes on.
 */
public final class InputReader {
  /** Default limit for one article: far above any news article, far below what would exhaust memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** Receives what was read. */
  public interface Sink {
    void document(Document document);

    /** A part of the input (a JSON Lines line) that was skipped, and why. */
    void skipped(String where, String why);
  }

  private final long maxDocumentBytes;
  private final LocalDate defaultDate;
  private final ObjectMapper json = new ObjectMapper();
  private final HtmlExtractor html = new HtmlExtractor();

  public InputReader(long maxDocumentBytes, LocalDate defaultDate) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.defaultDate = defaultDate;
  }

  /**
   * Reads one input. {@code name} is the file name (used for the format and for ids);
   * {@code knownSize} is its size in bytes, or -1 for a stream.
   *
   * @throws InputException when the input as a whole cannot be read (empty, binary, too large, …)
   */
  public void read(InputStream stream, String name, long knownSize, InputFormat format, Sink sink)
      throws InputException, IOException {
    BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
    InputFormat actual = format == InputFormat.auto ? detect(name, in) : format;
    if (actual == InputFormat.jsonl) {
      readJsonLines(in, name, sink);
      return;
    }
    if (knownSize > maxDocumentBytes) {
      throw new InputException(tooLarge(knownSize));
    }
    byte[] bytes = readAtMost(in, maxDocumentBytes);
    String text = TextDecoder.decode(bytes, bytes.length);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (actual == InputFormat.html) {
      HtmlExtractor.Article article = html.extract(text);
      if (article.title() != null) {
        metadata.put("title", article.title());
      }
      text = article.text();
      if (text.isBlank()) {
        throw new InputException("the HTML page has no text");
      }
    }
    sink.document(Document.of(name, text, defaultDate, null, null, metadata));
  }

  private String tooLarge(long size) {
    return String.format(Locale.ROOT,
        "input is %,d bytes, over the limit of %,d bytes for one article; split it, send it as JSON Lines, or raise --max-doc-size",
        size, maxDocumentBytes);
  }

  private byte[] readAtMost(InputStream in, long limit) throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new InputException(tooLarge(total) .replace("input is", "input is more than"));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static InputFormat detect(String name, BufferedInputStream in) throws IOException {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jl")) {
      return InputFormat.jsonl;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.html;
    }
    if (lower.endsWith(".txt")) {
      return InputFormat.text;
    }
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    String start = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    if (start.startsWith("{")) {
      return InputFormat.jsonl;
    }
    String lowerStart = start.toLowerCase(Locale.ROOT);
    if (lowerStart.startsWith("<!doctype html") || lowerStart.startsWith("<html")
        || (lowerStart.startsWith("<") && (lowerStart.contains("<body") || lowerStart.contains("<p")
            || lowerStart.contains("<div")))) {
      return InputFormat.html;
    }
    return InputFormat.text;
  }

  private void readJsonLines(BufferedInputStream in, String name, Sink sink) throws IOException, InputException {
    LineReader lines = new LineReader(in, maxDocumentBytes);
    int documents = 0;
    int problems = 0;
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      String where = name + ":" + line.number();
      if (line.tooLong()) {
        sink.skipped(where, tooLarge(line.totalBytes()));
        problems++;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        String textLine = TextDecoder.decodeLine(line.bytes(), 0, line.length());
        sink.document(parseJsonLine(textLine, name, line.number()));
        documents++;
      } catch (InputException e) {
        sink.skipped(where, e.getMessage());
        problems++;
      }
    }
    if (documents == 0 && problems == 0) {
      throw new InputException("empty input (no JSON Lines)");
    }
  }

  Document parseJsonLine(String line, String name, long number) throws InputException {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new InputException("no \"text\" string");
    }
    if (text.asText().isBlank()) {
      throw new InputException("empty \"text\"");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : name + ":" + number;
    Map<String, String> metadata = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> {
      String key = field.getKey();
      if (!key.equals("id") && !key.equals("text") && !key.equals("date") && !key.equals("url")
          && !key.equals("source") && field.getValue().isValueNode() && !field.getValue().isNull()) {
        metadata.put(key, field.getValue().asText());
      }
    });
    LocalDate date = defaultDate;
    String dateWarning = null;
    if (node.hasNonNull("date")) {
      String raw = node.get("date").asText();
      try {
        date = LocalDate.parse(raw.length() >= 10 ? raw.substring(0, 10) : raw);
      } catch (DateTimeParseException e) {
        dateWarning = "unreadable date \"" + raw + "\": " + (defaultDate == null ? "no date used" : "used " + defaultDate);
      }
    }
    Document document = Document.of(id, text.asText(), date, textOrNull(node, "source"), textOrNull(node, "url"), metadata);
    return dateWarning == null ? document : document.withWarning(dateWarning);
  }

  private static String textOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
