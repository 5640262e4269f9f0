package org.marsad.event;

import java.util.List;

/**
 * The side that holds the place an attack struck, when the sentence says so: "شن الجيش السوري هجوما على
 * مناطق تسيطر عليها المعارضة", "قصف القوات الحكومية للغوطة الشرقية، التي تسيطر عليها المعارضة المسلحة",
 * "استهدف مدينة دوما الخاضعة لسيطرة المعارضة". The holder is whom the attack was aimed at; the judged
 * samples marked the place alone, or no target, wrong.
 */
final class HeldAreas {
  private HeldAreas() {}

  /** Verbs of holding, before "عليها" / "عليه": "تسيطر عليها", "كان يسيطر عليه". */
  private static final java.util.Set<String> HOLDS = EventKeys.setOf("تسيطر", "يسيطر", "سيطرت", "سيطر");
  /** Words before "سيطرة X": "الخاضعة لسيطرة", "الواقعة تحت سيطرة". */
  private static final java.util.Set<String> UNDER = EventKeys.setOf("خاضعة", "خاضع", "تحت", "الخاضعة", "الخاضع");
  private static final java.util.Set<String> CONTROL = EventKeys.setOf("سيطرة");
  private static final java.util.Set<String> DOWNED = EventKeys.setOf("أسقط", "اسقط", "أسقطت", "اسقطت", "إسقاط",
      "اسقاط");
  /** How far after the attack the holding clause may stand. */
  private static final int REACH = 12;

  /**
   * Holders that are a side an attack is aimed at: rebels, the opposition, armed and militant groups. A
   * town a government holds is struck as a town ("قصفوا بلدة السويداء التي تسيطر عليها الحكومة"), its
   * people the victims, not the state.
   */
  private static boolean armedGroup(ActorMention m) {
    String code = m.actor().code();
    if (code == null || m.isPlace()) {
      return false;
    }
    String role = m.actor().country() != null && code.startsWith(m.actor().country())
        ? code.substring(m.actor().country().length()) : code;
    return role.equals("REB") || role.equals("OPP") || role.equals("INS") || role.equals("RAD")
        || role.equals("UAF") || role.startsWith("IMG");
  }

  /** A role word alone, which the name after it qualifies: "مقاتلو", "عناصر". */
  private static boolean bareRole(ActorGroup g) {
    var a = g.members().get(0).actor();
    return g.members().size() == 1 && a.id() == null && a.country() == null && "UAF".equals(a.code());
  }

  /** The holder of the place struck, told in the clause after the attack at {@code [trigger, triggerEnd]}, or null. */
  static ActorGroup holder(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd,
      List<ActorMention> sources) {
    if (w.is(trigger, DOWNED)) {
      return null; // "اسقطت طائرة بنيران أرضية في منطقة تسيطر عليها المعارضة": the holders shot
    }
    for (int j = triggerEnd + 1; j <= triggerEnd + REACH && j + 1 < w.size(); j++) {
      if (w.token(j).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(j)) {
        return null;
      }
      int at = -1;
      if (w.is(j, HOLDS) && w.isKey(j + 1, Clauses.ON) && !w.token(j + 1).clitics().post().isEmpty()) {
        at = j + 2; // "تسيطر عليها المعارضة"
      } else if (w.is(j, CONTROL) && w.is(j - 1, UNDER)) {
        at = j + 1; // "الخاضعة لسيطرة المعارضة", "تحت سيطرة الفصائل"
      }
      if (at < 0) {
        continue;
      }
      ActorGroup g = ActorGroup.startingAt(groups, at);
      if (g != null && bareRole(g)) {
        ActorGroup of = ActorGroup.startingAt(groups, g.last() + 1);
        g = of != null ? of : g; // "يسيطر عليها مقاتلو الفصائل المعارضة": the factions
      }
      return g == null || g.includesAnyOf(sources) || !g.members().stream().allMatch(HeldAreas::armedGroup) ? null : g;
    }
    return null;
  }
}
