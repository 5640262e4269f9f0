package org.marsad.event;

import java.util.List;
import org.marsad.doc.Entity;

/**
 * A meeting held in a country neither side is of is CAMEO 044, "meet at a third location": "يلتقي ترامب
 * وكيم في سنغافورة", "يستعد للسفر إلى سنغافورة للقاء كيم". The judged samples marked 040 a generic code
 * where the sentence names such a place. The place is a place or country the sentence names behind "في" right
 * after the meeting's parties, or behind "إلى" before the meeting word (where one travelled to meet).
 */
final class MeetingPlaces {
  /** How far from the meeting word the place may stand (words). */
  private static final int REACH = 8;
  /** How far after the meeting's last party the place may stand: a day or a "قمة" between ("في قمة تاريخية في"). */
  private static final int AFTER_PARTIES = 4;
  private static final java.util.Set<String> WHERE = EventKeys.setOf("في");
  private static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى");

  private MeetingPlaces() {}

  /** "044" when the meeting between two known countries' actors is placed in a third country; else null. */
  static String codeOf(SentenceWords w, List<Entity> entities, TriggerMatch t, Arguments a) {
    String source = country(a.sources());
    String target = country(a.targets());
    if (source == null || target == null || source.equals(target)) {
      return null;
    }
    int from = Math.max(0, t.first() - REACH);
    // (after the meeting, right after its last party: "يلتقي ترامب مع كيم في سنغافورة"; further on, a place
    // tells what was discussed: "بحثت مع إسرائيل خطة لضم مستوطنات في الضفة الغربية")
    int partiesEnd = t.last();
    for (ActorMention m : a.sources()) {
      partiesEnd = Math.max(partiesEnd, m.last());
    }
    for (ActorMention m : a.targets()) {
      partiesEnd = Math.max(partiesEnd, m.last());
    }
    int to = Math.min(w.size() - 1, partiesEnd + AFTER_PARTIES);
    for (Entity e : entities) {
      int at = w.tokenAt(e.start());
      boolean travelledTo = at < t.first() && w.is(at - 1, TO); // "يستعد للسفر إلى سنغافورة للقاء كيم"
      if (at < from || at > to || !"LOC".equals(e.type()) || e.country() == null
          || !(travelledTo || at > t.last() && (w.is(at - 1, WHERE) || w.hasProclitic(at, "ب")))) {
        continue;
      }
      if (!ActorPositions.noBoundary(w, Math.min(at, t.first()) + 1, Math.max(at, t.last()))) {
        continue; // the place of another clause: "في بريطانيا، مؤكدا على التزامه بالحوار"
      }
      return e.country().equals(source) || e.country().equals(target) ? null : "044";
    }
    return null;
  }

  /** The one country of a side's members, or null when none or several. */
  private static String country(List<ActorMention> side) {
    String country = null;
    for (ActorMention m : side) {
      String c = m.actor().country();
      if (c == null || country != null && !country.equals(c)) {
        return null;
      }
      country = c;
    }
    return country;
  }
}
