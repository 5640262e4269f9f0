package org.marsad.event;

import java.util.Set;

/**
 * What a rejection (120) rejects, when that is no proposal: a comment declined (011, "رفضت المتحدثة
 * التعليق"), accusations denied (016, "رفض تلك الاتهامات"), or a release refused (1243, "رفضت المحكمة طلبا
 * بإخلاء سبيله").
 */
final class Rejections {
  private Rejections() {}

  /** What one declines that is no proposal but a comment: "رفض التعليق", "رفضت الإدلاء بتصريحات". */
  private static final Set<String> COMMENTS = EventKeys.setOf("التعليق", "تعليق", "الإدلاء", "الرد", "التطرق",
      "الكشف", "الإفصاح", "الإجابة", "الاجابة", "إعطاء", "اعطاء"); // ("رفض اعطاء تفاصيل")
  /** "رفض بوتن تأكيد ما إذا": declined to confirm, a comment too (not "لتأكيد", in order to confirm). */
  private static final Set<String> CONFIRMING = EventKeys.setOf("تأكيد", "التأكيد");
  /** Accusations: rejecting them is denying responsibility (016), "رفض المتحدث تلك الاتهامات". */
  private static final Set<String> ACCUSATIONS = EventKeys.setOf("الاتهامات", "اتهامات", "الاتهام",
      "المزاعم", "مزاعم", "الادعاءات", "ادعاءات");
  /** Meetings and talks, refusing which is 125: "رفض لقاء", "رفضت الحوار". */
  private static final Set<String> MEETINGS = EventKeys.setOf("لقاء", "اللقاء", "الاجتماع", "اجتماع", "الحوار",
      "حوار", "التفاوض", "مفاوضات", "المفاوضات", "محادثات", "المحادثات", "التحاور", "مقابلة");

  /** Words of releasing someone: "الإفراج", "إطلاق السراح" (and "إخلاء السبيل", not "الإخلاء", evacuation). */
  private static final Set<String> RELEASING = EventKeys.setOf("إفراج", "الإفراج", "افراج", "سراح");
  private static final Set<String> VACATING = EventKeys.setOf("إخلاء", "اخلاء");

  /** Visas: refusing one is a rejection, not a blockade ("ترفض منح تأشيرة الدخول للملحق العسكري"). */
  private static final Set<String> VISAS = EventKeys.setOf("تأشيرة", "تأشيرات", "تاشيرة", "تاشيرات");
  /** How far after the refusal its visa may stand: "رفضت بصورة مفاجئة منح تأشيرة". */
  private static final int VISA_REACH = 5;

  /**
   * Whether the refusal at i refuses a visa, within its clause: the entry the Arabic CAMEO pattern
   * "رفض … دخول" reads as a blocked passage (144, and 191 for a state) is then only the visa's
   * (SaudiNewsNet seed 255, judged so twice).
   */
  static boolean visaRefused(SentenceWords w, int i) {
    return Clauses.followsInClause(w, i, VISA_REACH, VISAS);
  }

  /** The code of the rejection at i: 011, 016 or 1243, or null when it rejects a proposal. */
  static String codeOf(SentenceWords w, int i) {
    // (past a long subject: "ورفض البيت الأبيض وممثلون عن نادر ومكتب التحقيق التابع لمولر التعليق")
    return Clauses.followsInClause(w, i, 12, COMMENTS) || commentPastApposition(w, i) || confirmingAfter(w, i) ? "011"
        // (past a subject of two: "ويرفض رئيس الشركة ومديره المالي هذه الاتهامات")
        : Clauses.followsInClause(w, i, 6, ACCUSATIONS) ? "016"
        : releaseRefused(w, i) ? "1243"
        // (a meeting or talks refused: "يرفض لقاء أوباما", seed 231)
        : Clauses.followsInClause(w, i, 3, MEETINGS) ? "125" : null;
  }

  /**
   * Whether a word of commenting follows past the commas of the subject's apposition: "رفض المتحدث العسكري،
   * العقيد سليماني مايغا، الإفصاح عن هوية القتلى".
   */
  private static boolean commentPastApposition(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 12 && j < w.size() && (w.isComma(j) || !Clauses.isBoundary(w, j)); j++) {
      if (w.is(j, COMMENTS) && w.isComma(j - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a bare "تأكيد" follows the rejection within its subject's reach: "رفضت وزارة الخارجية تأكيد". */
  private static boolean confirmingAfter(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 6 && j < w.size() && !Clauses.isBoundary(w, j); j++) {
      if (w.is(j, CONFIRMING) && w.token(j).clitics().pre().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a rejection refuses a release: a word of releasing within its clause, past the commas of a
   * time or a place ("رفضت محكمة الاستئناف في باريس، الأربعاء، طلباً ثانياً بإخلاء السبيل"): 1243.
   */
  private static boolean releaseRefused(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 10 && j < w.size() && (w.isComma(j) || !Clauses.isBoundary(w, j)); j++) {
      if (w.is(j, RELEASING) || w.is(j, VACATING) && w.isKey(j + 1, "سبيل")) {
        return true;
      }
    }
    return false;
  }
}
