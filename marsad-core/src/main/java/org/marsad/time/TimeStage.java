package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.TimeExpression;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Document#times()}: time expressions normalised to TIMEX3 against the document date
 * (relative expressions get no value when the document has no date). Needs the text layer.
 */
public final class TimeStage implements Stage {
  private final TemporalTagger tagger = new TemporalTagger();

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Document apply(Document document) {
    List<TimeExpression> times = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      times.addAll(tagger.tag(document, sentence));
    }
    return document.withTimes(times);
  }
}
