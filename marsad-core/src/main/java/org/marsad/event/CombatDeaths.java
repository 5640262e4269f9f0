package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Deaths in war are not murders: CAMEO 1823 (kill by physical assault) is for killings outside military
 * force; a killing the sentence puts down to an air strike ("قتلوا في غارة"), shelling ("في قصف
 * مدفعي"), battle ("خلال اشتباكات") or to an army is coded as that use of force (195, 194, 190). Found
 * by judging coded 2018 news by hand: both judges rejected 1823 for killings in combat.
 */
final class CombatDeaths {
  /** How far from the killing word the cause may stand (words). */
  private static final int REACH = 10;

  private static final java.util.Set<String> AIR = EventKeys.setOf("غارة", "غارات", "طيران", "مقاتلات", "جوية",
      "جوي", "طائرات", "طائرة", "مروحيات", "مروحية");
  private static final java.util.Set<String> ARTILLERY = EventKeys.setOf("قصف", "قذائف", "قذيفة", "مدفعي",
      "مدفعية", "هاون", "صاروخ", "صواريخ");
  private static final java.util.Set<String> BATTLE = EventKeys.setOf("اشتباكات", "اشتباك", "معارك", "معركة",
      "مواجهات", "عملية عسكرية", "العمليات العسكرية", "عمليات عسكرية");

  private CombatDeaths() {}

  /**
   * The code of the use of force that caused the killing at {@code trigger}, or null when the sentence
   * names none (a murder, a bombing, an execution keep their code).
   */
  static String forceOf(SentenceWords w, int trigger, List<ActorMention> killers) {
    if (!w.is(trigger, KILLING)) {
      return null; // an execution, a slaughter stay what they are
    }
    int from = Math.max(0, trigger - REACH);
    int to = Math.min(w.size() - 1, trigger + REACH);
    String found = null;
    for (int i = from; i <= to; i++) {
      if (i == trigger || !w.token(i).isWord()) {
        continue;
      }
      if (w.is(i, AIR)) {
        return "195";
      }
      if (w.is(i, ARTILLERY)) {
        found = "194";
      } else if (found == null && (w.is(i, BATTLE) || (i + 1 <= to && w.is(i, BATTLE_HEADS)
          && w.isKey(i + 1, MILITARY)))) {
        found = "190";
      }
    }
    if (found != null) {
      return found;
    }
    for (ActorMention k : killers) {
      Event.Actor a = k.actor();
      String code = a.code();
      boolean army = code != null && code.endsWith("MIL");
      if (army) {
        return gunfire(w, from, to) ? "193" : "190"; // "قتل الجيش 12 مسلحا"
      }
      boolean state = a.country() != null && (code == null || code.equals(a.country()));
      if (state && k.attributive() && gunfire(w, from, to)) {
        return "193"; // "بالرصاص الإسرائيلي": a country's gunfire (not "15 سعوديا", people who killed)
      }
    }
    return null;
  }

  /**
   * A use of force (190, 193, 194) with aircraft or missiles around it is an air or missile strike (195):
   * "أطلقت الولايات المتحدة 105 صواريخ على منشآت", "قصفت مقاتلات التحالف". Null keeps the code.
   */
  static String aerialOf(SentenceWords w, int trigger) {
    return w.near(trigger, 5, AIR) || w.near(trigger, 5, MISSILES) ? "195" : null;
  }

  /** Whether a weapon, a strike or fighting is named within a few words of i. */
  static boolean armed(SentenceWords w, int i) {
    return w.near(i, 6, AIR) || w.near(i, 6, ARTILLERY) || w.near(i, 6, MISSILES) || w.near(i, 6, GUNFIRE)
        || w.near(i, 6, BATTLE) || w.near(i, 6, ARMS);
  }

  /** Hand weapons and bombs: "هاجما السفارة بقنابل بنزين". */
  private static final java.util.Set<String> ARMS = EventKeys.setOf("قنابل", "قنبلة", "سكين", "سكاكين", "أسلحة",
      "الأسلحة", "سلاح", "عبوة", "مولوتوف", "حارقة");

  private static final java.util.Set<String> MISSILES = EventKeys.setOf("صاروخ", "صواريخ", "صاروخية",
      "الصاروخية", "صاروخي");

  private static boolean gunfire(SentenceWords w, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (w.is(i, GUNFIRE)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> GUNFIRE = EventKeys.setOf("رصاص", "الرصاص", "برصاص", "النار", "نار");
  private static final java.util.Set<String> KILLING = EventKeys.setOf("قتل", "مقتل", "قتلى", "قتيل", "قتلت",
      "قتلوا");
  private static final java.util.Set<String> BATTLE_HEADS = EventKeys.setOf("عملية", "عمليات");
  private static final String MILITARY = EventKeys.of("عسكرية");
}
