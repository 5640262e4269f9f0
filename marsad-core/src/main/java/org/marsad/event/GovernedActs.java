package org.marsad.event;

import java.util.List;

/**
 * Acts named by a masdar that a word of deciding or announcing governs: "قررت الولايات المتحدة طرد
 * دبلوماسيين روس", "إعلان رئيسة الوزراء البريطانية تيريزا ماي طرد 23 دبلوماسيا روسيا", "قرار واشنطن طرد
 * دبلوماسيين". The subject (or genitive) of the governing word does the act, and what follows the masdar
 * is its object. Read alone, the masdar looks like a verb whose subject follows it, which made the
 * expelled diplomats the expellers.
 */
final class GovernedActs {
  /** Words of deciding and announcing whose complement is an act's masdar. */
  private static final java.util.Set<String> GOVERNORS = EventKeys.setOf("أعلن", "أعلنت", "اعلن", "اعلنت", "يعلن",
      "تعلن", "قرر", "قررت", "يقرر", "تقرر", "إعلان", "اعلان", "قرار", "عزم", "اعتزام", "تعتزم", "يعتزم");
  /**
   * Acts an announcer tells of without doing them: "أعلن الجيش مقتل 5 جنود" (the army did not kill its
   * own), "أعلنت الشرطة اختطاف صحفي".
   */
  private static final java.util.Set<String> TOLD_NOT_DONE = EventKeys.setOf("قتل", "مقتل", "خطف", "اختطاف",
      "اغتيال", "استهداف", "تفجير", "هجوم");
  /**
   * Masdars of intransitive verbs, whose genitive is the one who acts: "أعلن ترامب انسحاب الولايات المتحدة
   * من الاتفاق" (the United States withdraws).
   */
  private static final java.util.Set<String> INTRANSITIVE = EventKeys.setOf("انسحاب", "خروج", "مشاركة", "عودة",
      "تدخل", "وصول", "توجه", "انضمام", "تراجع", "مغادرة");
  /** Nouns of the members a subject counts: "14 دولة من أعضاء الاتحاد الأوروبي". */
  private static final java.util.Set<String> MEMBERS = EventKeys.setOf("دولة", "دول", "أعضاء", "عضو");
  /** Words of a title that may stand between the governing word and its actor. */
  private static final java.util.Set<String> TITLES = EventKeys.setOf("رئيس", "رئيسة", "وزير", "وزيرة", "وزراء",
      "الوزراء", "نائب", "زعيم", "ملك", "أمير", "حكومة", "الرئيس", "الملك");
  /** How far the governing word may stand before the masdar: its subject between them. */
  private static final int REACH = 10;

  private GovernedActs() {}

  /**
   * The doer of the act at {@code trigger}, when a governing word stands before it with an actor right
   * after that word and nothing but actors, counts and "و" up to the masdar; null otherwise.
   */
  static ActorGroup doer(SentenceWords w, List<ActorGroup> groups, int trigger) {
    var form = w.token(trigger).clitics();
    if (!form.pre().isEmpty() || !form.post().isEmpty() || w.is(trigger, TOLD_NOT_DONE) || w.is(trigger, INTRANSITIVE)
        || w.isDefinite(trigger)
        || w.isImperfective(trigger)) {
      // (a governed masdar bears no clitic and no article: "وطرد", "بطرد", "الطرد" are not; and
      // "مشروع قرار بريطاني يدعو" is a verb describing the decision)
      return null;
    }
    // (an announcement may take its act behind عن: "أعلنت شرطة العاصمة البريطانية، لندن، عن اعتقال رجل")
    int before = trigger >= 1 && w.isKey(trigger - 1, "عن") ? trigger - 2 : trigger - 1;
    ActorGroup own = before < trigger - 1 ? ActorGroup.startingAt(groups, trigger + 1) : null;
    if (own != null && own.last() + 1 < w.size() && w.hasProclitic(own.last() + 1, "ل")) {
      return null; // the act has its own agent: "إعلان قطر عن اعتقال السلطات السعودية لمواطن قطري"
    }
    if (before >= 1 && w.is(before, GOVERNORS) && w.token(before).clitics().pre().isEmpty()) {
      ActorGroup subject = ActorGroup.endingAt(groups, before - 1); // "روسيا تقرر طرد 23 دبلوماسيا بريطانيا"
      return subject != null && !(subject.members().size() == 1 && subject.members().get(0).attributive())
          ? subject : null;
    }
    ActorGroup first = null;
    int i = before;
    if (before == trigger - 2 && i > 0 && w.isComma(i)) {
      // past an aside between commas before عن: "، لندن، عن اعتقال", "، الثلاثاء، عن اعتقال"
      int opening = i - 1;
      while (opening > 0 && opening > i - 5 && !w.isComma(opening)) {
        opening--;
      }
      i = w.isComma(opening) && opening < i - 1 ? opening - 1 : i - 1;
    }
    while (i >= 0 && i >= trigger - REACH) {
      ActorGroup g = ActorGroup.endingAt(groups, i);
      if (g != null && g.members().size() == 1 && g.members().get(0).attributive()) {
        return null; // a nisba describes a noun, it does not govern the act
      } else if (g != null) {
        first = g;
        i = g.first() - 1;
      } else if (first != null && w.is(i, GOVERNORS) && w.token(i).clitics().post().isEmpty()) {
        return titleBetween(w, i, first.first()) ? first : null; // (none between, or only a title)
      } else if (first != null && w.is(i, TITLES)) {
        i--; // "إعلان رئيسة الوزراء البريطانية تيريزا ماي": a title the actor's words do not cover
      } else if (first != null && (w.isCount(i) || w.is(i, MEMBERS) || w.isKey(i, "من") || w.isKey(i, "و"))) {
        i--; // "الولايات المتحدة و 14 دولة من أعضاء الاتحاد": counted members of the subject
      } else {
        return null;
      }
    }
    return null;
  }

  private static boolean titleBetween(SentenceWords w, int governor, int actor) {
    for (int k = governor + 1; k < actor; k++) {
      if (!w.is(k, TITLES)) {
        return false;
      }
    }
    return true;
  }
}
