package org.marsad.event;

/**
 * Acts one is urged, invited, warned of or aimed at, which have not been done: "تشجيع الأطفال على زيارة
 * المكتبة", "ودعا الأمين العام … الجهات المعنية … إلى زيارة البوابة", "تحذير المراكب من التعرض لهجمات
 * المتمردين", "عملية عسكرية استهدفت القبض على قيادي" (seed 227). Part of `ModeFinder.unrealised`.
 */
final class UrgedActs {
  private UrgedActs() {}

  /** Whether the trigger is an act only urged, invited to, warned of or aimed at. */
  static boolean of(SentenceWords w, int trigger, int clauseStart) {
    return ModeFinder.governedBy(w, trigger, clauseStart, ModeFinder.UNREALISED_REACH, URGING, ModeFinder.STOPPING)
        || invitedTo(w, trigger, clauseStart) || warnedOf(w, trigger, clauseStart) || aimedAt(w, trigger);
  }

  /** Encouraging: "تشجيع الأطفال على زيارة المكتبة" (seed 227) is no visit. */
  private static final java.util.Set<String> URGING = EventKeys.setOf("تشجيع", "شجع", "شجعت", "يشجع", "تشجع",
      "مشجعا", "تحفيز", "حفز", "يحفز", "تحفز");

  /** Verbs of inviting, whose complement behind إلى is the act invited to. */
  private static final java.util.Set<String> INVITING = EventKeys.setOf("دعا", "دعت", "يدعو", "تدعو", "دعوا",
      "يدعون", "داعيا", "داعية", "داعين", "دعوة", "دعوته");
  private static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى");
  private static final int INVITATION_REACH = 14;

  /**
   * Whether the trigger opens the complement behind إلى of a verb of inviting, past a long object: "ودعا
   * الأمين العام للجائزة الجهات المعنية بالجائزة وكافة تفاصيل فروعها إلى زيارة البوابة" (seed 227).
   */
  private static boolean invitedTo(SentenceWords w, int trigger, int clauseStart) {
    if (w.isVerb(trigger) || !w.is(trigger - 1, TO) || !w.token(trigger - 1).clitics().pre().isEmpty()) {
      return false;
    }
    for (int i = trigger - 2; i >= Math.max(clauseStart, trigger - INVITATION_REACH); i--) {
      String rest = w.afterJoinedWa(i);
      if (w.is(i, INVITING) || rest != null && INVITING.contains(rest)) {
        return true;
      }
      if (w.is(i, TO) || w.isVerb(i)) {
        return false;
      }
    }
    return false;
  }

  /** Warnings, whose object behind من has not happened: "تحذير المراكب من التعرض لهجمات المتمردين". */
  private static final java.util.Set<String> WARNINGS = EventKeys.setOf("تحذير", "تحذيرات", "حذر", "حذرت", "يحذر",
      "تحذر", "حذروا", "محذرا", "محذرة", "محذرين");
  private static final String FROM = EventKeys.of("من");
  private static final int WARNING_REACH = 4;

  /** Whether the trigger is a few words after the من of a warning (seed 227): what is warned of. */
  private static boolean warnedOf(SentenceWords w, int trigger, int clauseStart) {
    if (w.isVerb(trigger) && !w.hasProclitic(trigger, "ل") && !w.hasProclitic(trigger, "ب")) {
      return false;
    }
    for (int i = trigger - 1; i >= Math.max(clauseStart, trigger - WARNING_REACH); i--) {
      if (w.isKey(i, FROM) && w.token(i).clitics().pre().isEmpty()) {
        for (int k = i - 1; k >= Math.max(clauseStart, i - 3); k--) {
          if (w.is(k, WARNINGS)) {
            return true;
          }
        }
        return false;
      }
      if (w.isVerb(i)) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of aiming: "عملية عسكرية استهدفت القبض على قيادي". */
  private static final java.util.Set<String> AIMING = EventKeys.setOf("استهدف", "استهدفت", "يستهدف", "تستهدف");
  /** Acts on a person an operation may aim at (not attacks, which may be the verb's subject: "استهدفت الغارات"). */
  private static final java.util.Set<String> AIMED_ACTS = EventKeys.setOf("القبض", "قبض", "اعتقال", "الاعتقال",
      "اغتيال", "الاغتيال", "تحرير", "اختطاف", "خطف", "تصفية", "اعتقاله", "اغتياله");

  /** Whether the trigger is an act on a person right after a verb of aiming: what the act was meant to do. */
  private static boolean aimedAt(SentenceWords w, int trigger) {
    return !w.isVerb(trigger) && w.is(trigger, AIMED_ACTS) && w.is(trigger - 1, AIMING)
        && w.token(trigger).clitics().pre().isEmpty();
  }
}
