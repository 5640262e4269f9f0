package org.marsad.event;

/**
 * What kind of aid or backing is given decides its CAMEO code: aid alone is 070 and backing alone 051
 * (endorsement), but "مساعدات عسكرية" or "دعمت بالسلاح والتدريب جماعة الحوثي" is military aid (072),
 * "مساعدات مالية" economic aid (071), "مساعدات إنسانية" humanitarian aid (073). The judges of seed 242
 * marked backing with arms coded 051 wrong.
 */
final class AidKinds {
  private AidKinds() {}

  /** How far after the aid or backing word its kind may stand: "دعمت إيران الحوثيين بالمال والسلاح". */
  private static final int REACH = 4;

  private static final java.util.Set<String> MILITARY = EventKeys.setOf("عسكرية", "عسكريا", "العسكرية", "العسكري",
      "عسكري", "تسليحية");
  /** Adverbs of a backing's kind, which may stand past its object: "دعمت السعودية اليمن ماليا". */
  private static final java.util.Set<String> ADVERBS = EventKeys.setOf("عسكريا", "ماليا", "اقتصاديا");
  /** What one backs with, behind "ب": "بالسلاح", "بالأموال". */
  private static final java.util.Set<String> ARMS = EventKeys.setOf("سلاح", "أسلحة", "اسلحة", "عتاد", "ذخيرة",
      "ذخائر", "صواريخ");
  private static final java.util.Set<String> MONEY = EventKeys.setOf("مال", "أموال", "اموال");
  private static final java.util.Set<String> ECONOMIC = EventKeys.setOf("مالية", "ماليا", "المالية", "المالي",
      "مالي", "اقتصادية", "اقتصاديا", "الاقتصادية", "الاقتصادي", "اقتصادي");
  private static final java.util.Set<String> HUMANITARIAN = EventKeys.setOf("إنسانية", "الإنسانية", "انسانية",
      "الانسانية", "إغاثية", "الإغاثية", "اغاثية", "غذائية", "الغذائية", "طبية", "الطبية", "إنسانيا");
  /** Words of backing, whose kind makes it aid: "دعم", "يدعم", "الدعم" (not "أيد", which is always a word). */
  private static final java.util.Set<String> BACKING = EventKeys.setOf("دعم", "دعمت", "يدعم", "تدعم", "دعما",
      "الدعم", "دعمه", "دعمها", "دعموا", "يدعمون");

  /** How far after a verb of backing the count it backs with may stand, past its object and a comma. */
  private static final int COUNT_REACH = 6;

  /**
   * The aid a count behind ب after the verb of backing supplies: 071 for a sum of money ("بأربعة مليارات
   * دولار"), 070 for people or goods ("بنحو 70 طبيبا"); null when no such count follows.
   */
  private static String suppliedCode(SentenceWords w, int i) {
    for (int k = i + 1; k <= i + COUNT_REACH && k + 1 < w.size() && !Clauses.isFullStop(w, k); k++) {
      if (w.hasProclitic(k, "ب") && (w.isCount(k) || w.is(k, Victims.ABOUT) && w.isCount(k + 1))) {
        return w.near(k, CURRENCY_REACH, CURRENCIES) ? "071" : "070";
      }
    }
    return null;
  }

  /** How far after the count its currency may stand: "بأربعة مليارات دولار". */
  private static final int CURRENCY_REACH = 3;
  private static final java.util.Set<String> CURRENCIES = EventKeys.setOf("دولار", "دولارا", "دولارات", "ريال",
      "ريالا", "ريالات", "يورو", "جنيه", "جنيها", "درهم", "درهما", "دينار", "دينارا", "ليرة");

  /**
   * The code of the aid (070) or backing (051) at word i by its kind (072, 071, 073; backing only 072 or
   * 071: "دعم إنساني" may be words), or null when no kind stands within reach.
   */
  static String codeOf(SentenceWords w, int i, String code) {
    boolean backing = code.equals("051");
    if (backing && !w.is(i, BACKING) && !BACKING.contains(EventKeys.verbStem(w.token(i)))) {
      return null;
    }
    String supplied = backing && w.isVerb(i) ? suppliedCode(w, i) : null;
    if (supplied != null) {
      // "دعمت مستشفيات المنطقة أخيرا، بنحو 70 طبيبا": staff or goods sent are aid (seed 267), a sum of money
      // economic aid ("تدعم مصر بأربعة مليارات دولار")
      return supplied;
    }
    String kind = null;
    boolean with = false; // (behind "ب", or joined to such a word: "بالمال والسلاح")
    for (int k = i + 1; k <= i + REACH && k < w.size() && !Clauses.isBoundary(w, k) && !w.isComma(k); k++) {
      with = w.hasProclitic(k, "ب") || with && w.hasProclitic(k, "و");
      // (a backing's adjective only right after its noun, "دعما عسكريا"; one further on may be of its
      // object: "تدعم التدخل العسكري" backs an intervention, "تدعمان الجيش المالي" an army)
      boolean kindWord = !backing || k == i + 1 && !w.isVerb(i) || w.is(k, ADVERBS);
      if (kindWord && w.is(k, MILITARY) || with && w.is(k, ARMS)) {
        return "072"; // (arms first: "بالمال والسلاح")
      }
      if (kind == null && (kindWord && w.is(k, ECONOMIC) || with && w.is(k, MONEY))) {
        kind = "071";
      } else if (kind == null && !backing && w.is(k, HUMANITARIAN)) {
        kind = "073";
      }
    }
    return kind;
  }
}
