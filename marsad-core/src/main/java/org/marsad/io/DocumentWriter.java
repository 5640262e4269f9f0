package org.marsad.io;

import java.io.IOException;
import java.io.Writer;
import org.marsad.doc.Document;

/** Writes analysed documents in one output format. */
public interface DocumentWriter extends AutoCloseable {
  void write(Document document) throws IOException;

  @Override
  void close() throws IOException;

  /** The writer for a format name: json, jsonl or text. */
  static DocumentWriter forFormat(String format, Writer out) throws IOException {
    switch (format) {
      case "json":
        return new JsonDocumentWriter(out, true);
      case "jsonl":
        return new JsonDocumentWriter(out, false);
      case "text":
        return new TextDocumentWriter(out);
      default:
        throw new IllegalArgumentException("unknown output format: " + format);
    }
  }
}
