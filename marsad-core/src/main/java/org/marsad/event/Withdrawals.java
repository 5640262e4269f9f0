package org.marsad.event;

/**
 * A withdrawal with no troops in its sentence and an agreement or a body named there is leaving that
 * agreement or body (160, reduce relations), not a military retreat (0874): "قرار الولايات المتحدة
 * بالانسحاب" after "من الاتفاق النووي", "انسحبت في مايو من الاتفاق". The lexicon codes the close cases
 * ("انسحب من الاتفاق" within a few words); this catches the needed word farther away or before the
 * trigger. (Not "بيان": "في بيان لماكين … ستنسحب من سوريا" is a statement about troops.) Found by judging coded 2018 news by hand (docs/eval).
 */
final class Withdrawals {
  private static final java.util.Set<String> TROOPS = EventKeys.setOf("قوات", "القوات", "جيش", "الجيش", "جنود",
      "الجنود", "عسكري", "عسكرية", "العسكرية", "عسكريين", "ميليشيا", "ميليشيات", "مسلحين", "مسلحون", "مقاتلين",
      "مقاتلون", "وحدات", "كتيبة", "المدينة", "مدينة", "منطقة", "المنطقة", "بلدة", "قرية", "مواقع");
  private static final java.util.Set<String> BODIES = EventKeys.setOf("اتفاق", "اتفاقية", "معاهدة", "ميثاق",
      "مجلس", "منظمة", "عضوية", "اتحاد", "تحالف", "ائتلاف", "انتخابات", "سباق", "قمة", "مفاوضات",
      "محادثات");

  private Withdrawals() {}

  /** 160 for a withdrawal at {@code trigger} from an agreement or a body, or null to keep the code. */
  static String fromAgreement(SentenceWords w, int trigger) {
    boolean body = false;
    for (int i = 0; i < w.size(); i++) {
      if (w.is(i, TROOPS)) {
        return null;
      }
      body |= i != trigger && w.is(i, BODIES);
    }
    return body ? "160" : null;
  }
}
