package org.marsad.event;

import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * In the war in Yemen the aircraft are the Arab coalition's: in an article that names the Houthis, "وقصف
 * الطيران مواقع المتمردين" and "شن الطيران غارات مكثفة" are the coalition's air force, not Yemen's army, which
 * the article's country would make them (YEMMIL, judged wrong in seed 208, rows 53 and 60; ten such sources
 * in the tuning articles). With a nisba ("الطيران اليمني") or an owner the aircraft keep theirs. The coalition
 * is then coded as {@link CoalitionLeaders} codes it: by its leader only where the article names him.
 */
final class CoalitionAircraft {
  private CoalitionAircraft() {}

  private static final String COALITION = "org:saudi_coalition";
  /** Aircraft named alone, as one word or with "الحربي(ة)". */
  private static final java.util.Set<String> AIRCRAFT = EventKeys.setOf("طيران", "الطيران", "طائرات", "الطائرات",
      "مقاتلات", "المقاتلات");
  private static final java.util.Set<String> WAR = EventKeys.setOf("الحربي", "الحربية", "حربي", "حربية");

  /** The mention read as the coalition's when it is aircraft named alone and the document names the Houthis. */
  static ActorMention inYemen(Document doc, ActorMention m) {
    Event.Actor a = m.actor();
    if (a.id() != null || !("MIL".equals(a.code()) || "YEMMIL".equals(a.code())) || !aircraftAlone(a.text())
        || !IranianMilitias.namesHouthis(doc)) {
      return m;
    }
    return m.coded(COALITION, "SAU", "SAUMIL");
  }

  private static boolean aircraftAlone(String text) {
    String[] words = text.trim().split("\\s+");
    return AIRCRAFT.contains(EventKeys.of(words[0]))
        && (words.length == 1 || words.length == 2 && WAR.contains(EventKeys.of(words[1])));
  }
}
