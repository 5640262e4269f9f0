package org.marsad;

import java.time.LocalDate;
import org.marsad.doc.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;
import org.marsad.link.LinkStage;
import org.marsad.ner.NerStage;
import org.marsad.quantity.QuantityStage;
import org.marsad.time.TimeStage;
import org.marsad.event.EventStage;

/**
 * The one obvious entry point: {@code Marsad.load().analyze(text, date)}. Loading reads the models
 * once; the instance is thread-safe and meant to be shared.
 */
public final class Marsad {
  private final Pipeline pipeline;

  private Marsad(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The full pipeline; with {@code explain}, each link says why it was made (for debugging the KB). */
  public static Marsad load(boolean explain) {
    return with(EventStage.load(), explain);
  }

  /** The full pipeline with the given event stage (e.g. one without the event filter, for training it). */
  public static Marsad with(EventStage events, boolean explain) {
    return new Marsad(new Pipeline(java.util.List.of(TextStage.load(), NerStage.load(),
        LinkStage.load().explaining(explain), new TimeStage(), new QuantityStage(), events)));
  }

  /** The full pipeline with the models shipped in the jar. */
  public static Marsad load() {
    return load(false);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Document analyze(String text, LocalDate date) {
    return analyze(Document.of(null, text, date));
  }

  public Document analyze(Document document) {
    return pipeline.apply(document);
  }
}
