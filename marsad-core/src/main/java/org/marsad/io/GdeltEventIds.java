package org.marsad.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Gives every distinct event of a run its GDELT {@code GlobalEventID}: 1, 2, 3 … in order of first
 * appearance. Two reports are the same event when they share day, source actor code, target actor
 * code, CAMEO code and mode, whichever document they are in. The numbering depends only on the
 * documents and their order, so the events writer and the mentions writer, each with its own
 * instance, give the same event the same id.
 *
 * <p>Documents without a date never share an event with another document: without a day, two
 * "Russia criticises Turkey" reports may be weeks apart.
 */
final class GdeltEventIds {
  private final Map<Key, Long> ids = new HashMap<>();

  /** What makes two reports one GDELT event. */
  record Key(LocalDate day, String undatedDocument, String actor1, String actor2, String cameo, Event.Mode mode) {}

  /** The id of the event, a new one if it has not been seen in this run. */
  long id(Document document, Event event) {
    return ids.computeIfAbsent(key(document, event), k -> (long) ids.size() + 1);
  }

  static Key key(Document document, Event event) {
    String undated = document.date() == null ? GdeltSource.of(document).identifier() : null;
    return new Key(document.date(), undated, actorCode(event.source()), actorCode(event.target()),
        event.cameo(), event.mode());
  }

  /**
   * GDELT's {@code Actor1Code}: the CAMEO actor code, or the bare country when the coder found the
   * country but no code; {@code null} for no actor.
   */
  static String actorCode(Event.Actor actor) {
    if (actor == null) {
      return null;
    }
    return actor.code() != null ? actor.code() : actor.country();
  }
}
