package org.marsad.event;

import java.util.List;

/**
 * Sanctions lifted. After a word of lifting in their clause they were lifted (085), not imposed: "عقب رفع
 * الولايات المتحدة في الثاني عشر من أكتوبر الماضي عقوبات اقتصادية", "في حين ترفع الأمم المتحدة … العقوبات"
 * (the lifting word may stand too far from its sanctions for the lexicon's needed word). And a lifting told as
 * a noun in a clause whose subject is the state under the sanctions is that state's gain, not its act:
 * "وافقت طهران على الحد من أنشطتها النووية مقابل رفع العقوبات", "الأموال التي ستستعيدها إيران اثر رفع
 * العقوبات عنها". Word order alone makes the subject the noun's source (the judged samples marked it wrong,
 * seed 164); it becomes the target, and whoever lifts stays unnamed.
 */
final class LiftedSanctions {
  private LiftedSanctions() {}

  /** Words of lifting sanctions: "رفع", "تخفيف", "إلغاء". */
  private static final java.util.Set<String> LIFTING = EventKeys.setOf("رفع", "رفعت", "يرفع", "ترفع", "برفع",
      "تخفيف", "بتخفيف", "إلغاء", "الغاء", "بإلغاء");
  /** How far before its sanctions the lifting word may stand: "رفع الولايات المتحدة في الثاني عشر من أكتوبر". */
  private static final int LIFTING_REACH = 9;

  /** Whether a word of lifting stands before the sanctions at i in their clause: they were lifted. */
  static boolean of(SentenceWords w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - LIFTING_REACH); k--) {
      if (Clauses.isBoundary(w, k)) {
        return false;
      }
      if (w.is(k, LIFTING) && w.token(k).clitics().post().isEmpty()) {
        return true; // (not "بدعوى رفعتها إيران تتعلق بالعقوبات": the pronoun is what was filed)
      }
    }
    return false;
  }

  /** Money a state holds frozen: "الإفراج عن أرصدة وأصول إيران المجمدة", "أفرجت عن الأموال". */
  private static final java.util.Set<String> ASSETS = EventKeys.setOf("أرصدة", "ارصدة", "أصول", "اصول", "أموال",
      "اموال", "ودائع", "مليارات", "ملايين", "مبالغ", "الأرصدة", "الارصدة", "الأصول", "الاصول", "الأموال", "الاموال",
      "الودائع", "المبالغ", "مساعدات", "المساعدات", "مساعدة", "المساعدة");

  /**
   * Whether the release at {@code t} frees money, not people: its frozen assets or withheld aid right after
   * "عن" (judges of seed 200). Thawing a state's assets eases the sanctions on it (085), no release of persons.
   */
  static boolean releasesAssets(SentenceWords w, TriggerMatch t) {
    int from = w.isKey(t.last(), "عن") ? t.last() + 1 : w.isKey(t.last() + 1, "عن") ? t.last() + 2 : -1;
    return from > 0 && w.is(from, ASSETS);
  }

  /** Words that make the lifting what the subject gets: in exchange for it, upon it, before or after it. */
  private static final java.util.Set<String> EXCHANGE = EventKeys.setOf("مقابل", "لقاء", "إثر", "اثر", "فور",
      "بعد", "قبل", "عقب");
  /** The pronoun of the party the sanctions are lifted from: "رفع العقوبات عنها", "المفروضة عليها". */
  private static final java.util.Set<String> FROM_IT = EventKeys.setOf("عنها", "عنه", "عليها", "عليه");
  /** How far after the noun that pronoun may stand: "رفع العقوبات الاقتصادية التي فرضت عليها". */
  private static final int PRONOUN_REACH = 5;

  /**
   * The arguments of an easing of sanctions (08x) told by the noun at {@code trigger}: when the source stands
   * before the noun, outside its phrase, and the noun follows a word of exchange or the sanctions' pronoun
   * follows it, the source is the state under them (the target); otherwise as they are.
   */
  static Arguments beneficiary(SentenceWords w, TriggerMatch t, boolean verb, Arguments a) {
    if (a.sources().size() != 1 || !a.targets().isEmpty() || a.sources().get(0).last() >= t.first()) {
      return a;
    }
    // (after a word of exchange the trigger is a noun whatever its tag: "مقابل رفع")
    boolean exchanged = w.is(t.first() - 1, EXCHANGE);
    boolean fromIt = false;
    for (int k = t.last() + 1; !verb && k < w.size() && k <= t.last() + PRONOUN_REACH && !Clauses.isFullStop(w, k);
        k++) {
      if (isFromIt(w, k)) {
        fromIt = true;
        break;
      }
    }
    return exchanged || fromIt ? new Arguments(List.of(), a.sources(), false, a.evidence()) : a;
  }

  /** "عنها" as written (the segmenter splits it into the preposition and the pronoun). */
  private static boolean isFromIt(SentenceWords w, int k) {
    return FROM_IT.contains(EventKeys.of(w.token(k).text()));
  }
}
