package org.marsad.event;

/**
 * Sanctions after a word of lifting in their clause were lifted (085), not imposed: "عقب رفع الولايات
 * المتحدة في الثاني عشر من أكتوبر الماضي عقوبات اقتصادية", "في حين ترفع الأمم المتحدة … العقوبات". The
 * lifting word may stand too far from its sanctions for the lexicon's needed word.
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
}
