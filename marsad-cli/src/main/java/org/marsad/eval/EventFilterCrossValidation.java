package org.marsad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.event.EventFilter;
import org.marsad.event.EventFilterTrainer;

/**
 * K-fold cross-validation of the event filter on an event gold folder: the filter learns from the very
 * sentences the gold judges, so its score on them would flatter it. Sentences are split into k folds by
 * a hash of their text (a sentence judged in both files, or twice, falls in one fold; the ids do not
 * say which article a sentence comes from: 2,413 of the 2,859 dev rows share one id prefix); each
 * fold's sentences are filtered by a model fitted on the other folds only, and the evaluation then
 * scores those predictions.
 */
public final class EventFilterCrossValidation {
  private final Marsad unfiltered;
  private final int folds;
  private final org.marsad.event.KeepThresholds threshold;

  /**
   * @param unfiltered the pipeline whose event stage keeps every coded event
   * @param folds number of folds (≥ 2)
   * @param threshold probability at which the filter keeps an event, per type
   */
  public EventFilterCrossValidation(Marsad unfiltered, int folds, org.marsad.event.KeepThresholds threshold) {
    if (folds < 2) {
      throw new IllegalArgumentException("--cv needs at least 2 folds");
    }
    this.unfiltered = unfiltered;
    this.folds = folds;
    this.threshold = threshold;
  }

  /** The annotated sentences of a gold folder, analysed with no filter. */
  public static List<Labelled> read(Path dir, Marsad unfiltered) throws IOException {
    EventGold.check(dir);
    List<Labelled> rows = new ArrayList<>();
    Map<String, Document> analysed = new HashMap<>();
    for (String type : EventGold.TYPES) {
      EventGold.readLabels(EventGold.labels(dir, type), type, row -> {
        Document doc = analysed.computeIfAbsent(row.text(), t -> unfiltered.analyze(Document.of(null, t, null)));
        rows.add(new Labelled(type, row.label(), row.acceptShare(), doc));
      });
    }
    return rows;
  }

  /**
   * One judged sentence: the type judged, the label, the share of annotators who said yes (-1 when the
   * file does not count them) and the unfiltered analysis.
   */
  public record Labelled(String type, EventGold.Label label, double acceptShare, Document doc) {
    /** With the annotators' counts every row teaches, the ambiguous ones too; without, only a clear yes or no. */
    boolean usable() {
      return acceptShare >= 0 || label != EventGold.Label.AMBIGUOUS;
    }

    EventFilterTrainer.Example example() {
      return new EventFilterTrainer.Example(doc, type,
          acceptShare >= 0 ? acceptShare : label == EventGold.Label.YES ? 1 : 0);
    }
  }

  /** Fits the filter on all usable sentences (what `marsad train events-filter` ships). */
  public static EventFilter fit(List<Labelled> rows, org.marsad.event.KeepThresholds threshold) {
    List<EventFilterTrainer.Example> examples = new ArrayList<>();
    for (Labelled r : rows) {
      if (r.usable()) {
        examples.add(r.example());
      }
    }
    return EventFilterTrainer.defaults().train(examples, Set.copyOf(EventGold.TYPES), threshold);
  }

  /**
   * An analyser for {@link EventEvaluation} that answers each gold sentence with the events the filter
   * of its fold keeps; a sentence the labels files do not hold gets its unfiltered events.
   */
  public Function<String, List<Event>> analyser(Path dir) throws IOException {
    List<Labelled> rows = read(dir, unfiltered);
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (Labelled r : rows) {
      foldOf.computeIfAbsent(r.doc().text(), t -> Math.floorMod(t.hashCode(), folds));
    }
    Map<String, List<Event>> answers = new HashMap<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Labelled> train = new ArrayList<>();
      for (Labelled r : rows) {
        if (foldOf.get(r.doc().text()) != fold) {
          train.add(r);
        }
      }
      EventFilter filter = fit(train, threshold);
      for (Labelled r : rows) {
        if (foldOf.get(r.doc().text()) == fold) {
          Document doc = r.doc();
          List<Event> kept = new ArrayList<>();
          for (Event e : doc.events()) {
            if (filter.keeps(doc, e)) {
              kept.add(e);
            }
          }
          answers.putIfAbsent(doc.text(), kept);
        }
      }
    }
    Function<String, List<Event>> fallback = EventEvaluation.analyser(unfiltered);
    return text -> {
      List<Event> events = answers.get(text);
      return events != null ? events : fallback.apply(text);
    };
  }
}
