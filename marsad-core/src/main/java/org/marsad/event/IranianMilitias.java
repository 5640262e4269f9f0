package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * Saudi and Emirati outlets call the Houthis "the Iranian militias": in an article that names the Houthis,
 * "الميليشيات الإيرانية قصفت مستشفى حيس" is the Houthis (YEMREB), not an Iranian armed group. The judged
 * samples marked IRNREB there wrong; 28 such mentions are coded in the tuning articles. Elsewhere ("إلى
 * الميليشيات الإيرانية في سوريا") the nisba keeps its country.
 */
final class IranianMilitias {
  private IranianMilitias() {}

  private static final String HOUTHIS = "org:houthis";

  /** The mentions, each Iranian militia named by nisba read as the Houthis when the document names them. */
  static List<ActorMention> inYemen(Document doc, List<ActorMention> mentions) {
    List<ActorMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      Event.Actor a = mentions.get(k).actor();
      if (a.id() != null || !"IRNREB".equals(a.code()) || !militia(a.text()) || !namesHouthis(doc)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      ActorMention m = mentions.get(k);
      out.set(k, m.coded(HOUTHIS, "YEM", "YEMREB"));
    }
    return out == null ? mentions : out;
  }

  private static boolean militia(String text) {
    return text.contains("ميليشي") || text.contains("مليشي");
  }

  static boolean namesHouthis(Document doc) {
    return doc.entities().stream().anyMatch(e -> HOUTHIS.equals(e.id()));
  }
}
