package org.marsad.event;

/**
 * The tone of a plain statement (010) when the first words of what is said carry it: concern or regret make
 * it a pessimistic comment (012: "قال إن الصعوبات في المخيم تعد واحدة من أكثر الأوضاع المقلقة", "أشاطر
 * المخاوف العميقة"), looking forward or hope an optimistic one (013: "نحن نتطلع إلى تطوير هذه العلاقات").
 * The judged samples marked 010 there a generic code where a specific one fits.
 */
final class StatementTone {
  private StatementTone() {}

  private static final java.util.Set<String> CONCERN = EventKeys.setOf("قلق", "القلق", "قلقه", "قلقها", "قلقنا",
      "مخاوف", "المخاوف", "مقلق", "مقلقة", "المقلقة", "المقلق", "للأسف", "الأسف", "مؤسف", "المؤسف", "مؤسفة");
  private static final java.util.Set<String> HOPE = EventKeys.setOf("نتطلع", "أتطلع", "يتطلع", "تتطلع", "متفائل",
      "متفائلون", "متفائلة", "تفاؤل", "التفاؤل", "تفاؤله", "نأمل", "آمل", "يأمل", "تأمل");
  /** Words before a concern that deny or answer it. */
  private static final java.util.Set<String> NOT_OR_ANSWERED = EventKeys.setOf("غير", "لا", "ليس", "لست", "عدم",
      "دون", "على", "تبديد", "لتبديد", "معالجة", "لمعالجة", "يناقش", "لمناقشة", "بشأن");
  /** How many words of what is said are read for its tone. */
  private static final int REACH = 12;

  /** 012 or 013 for the statement whose complement starts at {@code from}, or null to keep 010. */
  static String codeOf(SentenceWords w, int from) {
    if (from < 0) {
      return null;
    }
    for (int i = from + 1; i <= from + REACH && i < w.size(); i++) {
      if (".".equals(w.token(i).text())) {
        return null;
      }
      if (w.is(i - 1, NOT_OR_ANSWERED)) {
        continue; // "وأنا غير قلق", "ردا على مخاوف", "لتبديد المخاوف": none voiced
      }
      if (w.is(i, CONCERN)) {
        return "012";
      }
      if (w.is(i, HOPE)) {
        return "013";
      }
    }
    return null;
  }
}
