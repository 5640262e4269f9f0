package org.marsad.event;

/**
 * Talks that were halted, put off or called off rather than held: "تعليق المحادثات", "تأجيل المفاوضات",
 * "انهيار المفاوضات النووية" are CAMEO 164 (halt negotiations), not 046 (negotiate).
 */
final class HaltedTalks {
  private HaltedTalks() {}

  /** Nouns and verbs of stopping talks, right before them. */
  private static final java.util.Set<String> HALTS = EventKeys.setOf("تعليق", "وقف", "تجميد", "تأجيل", "إرجاء",
      "ارجاء", "إلغاء", "الغاء", "انهيار", "توقف", "تعثر", "علق", "أوقف", "جمد", "أجل", "أرجأ", "ألغى");

  /** Whether the talks at {@code trigger} are the ones halted: "بعد إلغاء مباحثات", "قررت الهند تعليق المحادثات". */
  static boolean of(SentenceWords w, int trigger) {
    return w.is(trigger - 1, HALTS) && w.token(trigger).clitics().pre().stream().allMatch(c -> c.equals("ال"));
  }
}
