package org.marsad.pipeline;

import org.marsad.doc.Document;

/**
 * One step of analysis: reads the layers earlier stages filled and returns the document with its own
 * layer added. A stage is built once (loading its models) and then applied to many documents, from
 * many threads: {@link #apply} must not keep per-document state in fields.
 */
public interface Stage {
  /** Short name used in logs, timings and {@code --explain} output ("text", "ner", "time"). */
  String name();

  Document apply(Document document);
}
