package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Acts only asked, sought, wished for, feared or threatened are no events of their own: in "طالبت الولايات المتحدة
 * تركيا بالإفراج عن القس" the release did not happen, and the demand's code (1053, {@link DemandKinds})
 * already says what was asked. The mode finder marks such acts hypothetical; they are dropped when a
 * coded appeal or demand of the sentence asks for them or a word of asking governs them ({@link
 * ModeFinder#unrealised}). Acts on a condition ("إذا", "في حال") stay, as hypothetical. (The judges of
 * the wild samples counted such acts as no event: "release only demanded", "truce only called for",
 * "talks only proposed".)
 */
final class DemandedActs {
  /** How far after the appeal or demand the act it asks for may stand (as the mode finder reads it). */
  private static final int REACH = 8;
  /** How far after a threat the act it threatens may stand: its own complement ("هدد بشن هجوم"). */
  private static final int THREAT_REACH = 4;

  private DemandedActs() {}

  /** Drops from one sentence's events the hypothetical acts that an appeal or demand of it asks for. */
  static void drop(SentenceWords w, List<Event> sentence) {
    List<Integer> asks = sentence.stream().filter(DemandedActs::asks)
        .map(e -> w.tokenAt(e.trigger().start())).distinct().toList();
    List<Integer> threats = sentence.stream().filter(e -> e.root().equals("13"))
        .map(e -> w.tokenAt(e.trigger().start())).distinct().toList();
    sentence.removeIf(e -> {
      if (topic(w, e)) {
        return true;
      }
      if (e.mode() == Event.Mode.FUTURE && !e.root().equals("13")) {
        // the act a coded threat threatens, "تهديدات بالقتل", "هدد بشن هجوم": the threat's code (138,
        // 1312, {@link ThreatKinds}) says what it threatens, and the act has not happened
        int at = w.tokenAt(e.trigger().start());
        // (and a future act only invited or called for: "وجه بوتن دعوة لكيم لزيارة روسيا في سبتمبر المقبل")
        return threats.stream().anyMatch(a -> a < at && at - a <= THREAT_REACH && !boundaryBetween(w, a, at))
            || !asks(e) && ModeFinder.unrealised(w, at, Clauses.clauseStart(w, at));
      }
      if (e.mode() != Event.Mode.HYPOTHETICAL || asks(e)) {
        return false;
      }
      int at = w.tokenAt(e.trigger().start());
      // (or one a word of asking, seeking, wishing or fearing governs, whether or not that word is coded:
      // "فرنسا دعت الولايات المتحدة … لإجراء محادثات", "أعلن كيم رغبته لقاء ترامب وإجراء محادثات")
      return asks.stream().anyMatch(a -> a < at && at - a <= REACH && !boundaryBetween(w, a, at))
          || ModeFinder.unrealised(w, at, Clauses.clauseStart(w, at));
    });
  }

  /**
   * What talks, a report or a deal are about: "مباحثات بشأن استئناف الرحلات", "اتفاق حول تعزيز التعاون"; and
   * the issue an act is ("يضعان مسألة الإفراج عن برنسون على رأس أولوياتهما").
   */
  private static final java.util.Set<String> ABOUT = EventKeys.setOf("بشأن", "حول", "حيال", "بخصوص", "مسألة",
      "قضية", "ملف");

  /**
   * Whether the event is an act of cooperation, aid or concession (roots 03 to 08) whose masdar is only
   * the topic of something else, right after "بشأن", "حول" or "مسألة": "تجريان مباحثات بشأن استئناف الرحلات الروسية
   * إلى القاهرة" tells of talks, not of flights resumed. (Attacks and protests talked about did happen.)
   */
  private static boolean topic(SentenceWords w, Event e) {
    int at = w.tokenAt(e.trigger().start());
    String root = e.root();
    return at > 0 && w.is(at - 1, ABOUT) && !w.isVerb(at) && root.compareTo("03") >= 0 && root.compareTo("08") <= 0;
  }

  /** Appeals (02) and demands (10). */
  private static boolean asks(Event e) {
    return e.root().equals("02") || e.root().equals("10");
  }

  /** Whether a full stop or a colon stands between two words (another sentence or what is said). */
  private static boolean boundaryBetween(SentenceWords w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String text = w.token(i).text();
      if (".".equals(text) || ":".equals(text) || "؛".equals(text)) {
        return true;
      }
    }
    return false;
  }
}
