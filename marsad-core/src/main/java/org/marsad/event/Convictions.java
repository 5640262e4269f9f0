package org.marsad.event;

import java.util.List;

/**
 * A condemnation word with the condemned as its pronoun and a charge behind ب after it is a conviction
 * (173), not criticism: "بعد إدانته الخميس بتقديم معلومات استخباراتية", "بعد إدانته من قبل روسيا بتسريب
 * معلومات". The judged samples marked the 111 those sentences got wrong.
 */
final class Convictions {
  private Convictions() {}

  /** "أدان", "إدانة": condemned, and, by a court, convicted. */
  static final java.util.Set<String> CONVICTS = EventKeys.setOf("أدان", "ادان", "إدانة", "ادانة", "الإدانة",
      "الادانة");

  /** "بشدة", "بقوة", "بسبب": how strongly or why one condemns, no charge. */
  private static final java.util.Set<String> STRONGLY = EventKeys.setOf("شدة", "قوة", "أشد", "اشد", "سبب",
      "عبارات", "شكل");

  /**
   * Whether the condemnation noun at i, with the condemned as its pronoun, is followed by a charge behind ب:
   * a conviction ("بعد إدانته الخميس بتقديم معلومات", "بعد إدانته من قبل روسيا بتسريب معلومات").
   */
  static boolean of(SentenceWords w, int i) {
    // (the tagger may read "إدانته" as the verb "أدانته", which with a charge after is a conviction too)
    if (!w.is(i, CONVICTS)) {
      return false;
    }
    if (byCourt(w, i)) {
      return true; // "حكماً ابتدائياً يقضي بثبوت إدانة مواطن" (seed 229)
    }
    if (w.token(i).clitics().post().isEmpty()) {
      return chargedObject(w, i);
    }
    for (int k = i + 1; k <= i + 5 && k < w.size(); k++) {
      if (w.token(k).kind() == org.marsad.doc.TokenKind.PUNCT) {
        return false;
      }
      if (w.hasProclitic(k, "ب") && "NOUN".equals(w.token(k).pos()) && !w.is(k, STRONGLY)) {
        return true;
      }
    }
    return false;
  }

  /** Proof and judgments, after which a condemnation is a court's: "بثبوت إدانة", "حكم بإدانة". */
  private static final java.util.Set<String> JUDGMENTS = EventKeys.setOf("ثبوت", "حكم", "حكما", "حكماً", "يقضي",
      "قضت", "تقضي");
  private static final int JUDGMENT_REACH = 3;

  /**
   * Whether a judgment word stands a few words before the condemnation noun, which names the convicted as its
   * genitive (not "حكم الإدانة", nor "وأدانتها", whose pronoun is the convicted and whose court may be named).
   */
  private static boolean byCourt(SentenceWords w, int i) {
    if (w.isDefinite(i) || !w.token(i).clitics().post().isEmpty()) {
      return false;
    }
    int from = Math.max(Clauses.clauseStart(w, i), i - JUDGMENT_REACH);
    for (int k = i - 1; k >= from; k--) {
      if (w.is(k, JUDGMENTS)) {
        return true;
      }
    }
    return false;
  }

  /** Words of the charges themselves: "أدانت الولايات المتحدة الدربي بخمسة اتهامات", "بتهمة القتل". */
  private static final java.util.Set<String> CHARGES = EventKeys.setOf("تهمة", "تهم", "التهم", "اتهامات",
      "الاتهامات", "جريمة", "جرائم", "ارتكاب");

  /**
   * Whether a condemnation verb with its object named is followed, within its clause, by the charges behind
   * ب, themselves or counted: "وأدانت الولايات المتحدة الدربي بخمسة اتهامات" convicted him.
   */
  private static boolean chargedObject(SentenceWords w, int i) {
    for (int k = i + 1; k <= i + 6 && k < w.size(); k++) {
      if (w.token(k).kind() == org.marsad.doc.TokenKind.PUNCT) {
        return false;
      }
      if (w.hasProclitic(k, "ب") && (w.is(k, CHARGES) || w.isCount(k) && w.is(k + 1, CHARGES))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the condemnation word at i falls on the accused alone: the accused are convicted, not criticised
   * ("انتهت بإدانة المتهمين اتهاماً كاملاً أو جزئياً", seed 262).
   */
  static boolean ofAccused(SentenceWords w, int i, Arguments a) {
    // (the accused may still stand as the source here: AccusedParty moves it to the target afterwards)
    List<ActorMention> fallenOn = a.targets().isEmpty() ? a.sources() : a.targets();
    // (or the genitive right after it: "إدانة المدعى عليه بالسفر إلى سورية", seed 268, whatever the target)
    boolean genitive = a.sources().stream().anyMatch(m -> m.first() == i + 1 && AccusedParty.accused(w, m));
    return w.is(i, CONVICTS) && (genitive
        || !fallenOn.isEmpty() && fallenOn.stream().allMatch(m -> AccusedParty.accused(w, m)));
  }

  /** Whether the mention is a court or a prosecutor by its code ("JUD", "SAUJUD"). */
  private static boolean judicial(ActorMention m) {
    String code = m.actor().code();
    return code != null && code.endsWith("JUD");
  }

  /**
   * The arguments of a conviction word order read with the convicted as its subject: a person or a group of no
   * country stands for the pronoun, the one convicted, so it is the target.
   */
  static Arguments withConvicted(SentenceWords w, List<ActorGroup> groups, int trigger, Arguments a) {
    ActorMention genitive = a.sources().size() == 1 && a.sources().get(0).first() == trigger + 1
        && !judicial(a.sources().get(0)) ? a.sources().get(0) : null;
    if (genitive != null && byCourt(w, trigger)) {
      // "حكماً ابتدائياً يقضي بثبوت إدانة مواطن بالانضمام إلى جبهة النصرة": the genitive is the convicted, the
      // court before convicts, and what he joined is his charge (seed 268 had the citizen convicting Nusra)
      ActorGroup court = null;
      for (ActorGroup g : groups) {
        if (g.last() < trigger && judicial(g.members().get(0))) {
          court = g;
        }
      }
      return new Arguments(court == null ? List.of() : court.members(), List.of(genitive), false, a.evidence());
    }
    if (!a.targets().isEmpty() || a.sources().isEmpty()
        || a.sources().stream().anyMatch(m -> m.actor().country() != null
            || judicial(m))) { // (a court convicts, is not convicted)
      return a;
    }
    return new Arguments(List.of(), a.sources(), false, a.evidence());
  }
}
