package org.marsad.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.marsad.doc.Document;

/** Writes analysed documents in one output format. */
public interface DocumentWriter extends AutoCloseable {
  void write(Document document) throws IOException;

  @Override
  void close() throws IOException;

  /**
   * The writer for a format name: json, jsonl, text, gdelt-events or gdelt-mentions. The GDELT
   * writers stamp their rows with the current time ({@code DATEADDED}, {@code MentionTimeDate}).
   */
  static DocumentWriter forFormat(String format, Writer out) throws IOException {
    switch (format) {
      case "json":
        return new JsonDocumentWriter(out, true);
      case "jsonl":
        return new JsonDocumentWriter(out, false);
      case "text":
        return new TextDocumentWriter(out);
      case "gdelt-events":
        return new GdeltEventsWriter(out, Instant.now());
      case "gdelt-mentions":
        return new GdeltMentionsWriter(out, Instant.now());
      default:
        throw new IllegalArgumentException("unknown output format: " + format);
    }
  }
}
