package org.marsad.event;

import java.util.List;

/**
 * Soldiers or police shooting at, attacking or killing demonstrators is CAMEO's violent repression (175),
 * not fighting (193) or murder (1823): "أطلق جيش الاحتلال النار بكثافة صوب آلاف الفلسطينيين الذين وصلوا
 * إلى الحدود … تلبية لدعوة اللجنة التنسيقية العليا لمسيرات العودة". The judged samples of seeds 36 and 37
 * counted the generic codes as a wrong root each time.
 */
final class Repression {
  /** Codes of force the repression of a protest is told with. */
  private static final java.util.Set<String> FORCE = java.util.Set.of("180", "190", "193", "1823");
  /** Words that say the people fired on were demonstrating. */
  private static final java.util.Set<String> PROTEST = EventKeys.setOf("متظاهر", "متظاهرين", "متظاهرون",
      "المتظاهرين", "المتظاهرون", "محتج", "محتجين", "محتجون", "المحتجين", "المحتجون", "مظاهرة", "مظاهرات",
      "تظاهرة", "تظاهرات", "احتجاج", "احتجاجات", "مسيرة", "مسيرات", "تظاهر", "احتجاجية",
      // the arms of crowd control say a crowd was fired on: "أطلق الجيش الرصاص وقنابل الغاز المسيل للدموع"
      "مسيل", "المسيل", "مطاطي", "المطاطي", "خراطيم");
  /** Roles of the state's force. */
  private static final java.util.Set<String> FORCES = java.util.Set.of("MIL", "COP");

  private Repression() {}

  /**
   * Whether a killing or an attack with no agent named falls on protesters: "شهدت مقتل أكثر من 100
   * فلسطيني في الاحتجاجات", "سقوط العدد الكبير من القتلى … في جريمة تستهدف أبناء شعبنا" after a protest
   * named near it. Who shoots into a protest is the state's force, named or not.
   */
  static boolean ofProtesters(SentenceWords w, String code, int trigger, List<ActorMention> sources) {
    // (or a killing that repression caused: "وأدى القمع العنيف للاحتجاجات … إلى مقتل 25 شخصا")
    return FORCE.contains(code) && sources.isEmpty()
        && (w.near(trigger, 6, PROTEST) || w.near(trigger, 12, REPRESSING) && w.mentions(PROTEST));
  }

  /** Shots, by which a country's forces are told: "بالرصاص الإسرائيلي", "بنيران إسرائيلية". */
  private static final java.util.Set<String> SHOTS = EventKeys.setOf("رصاص", "الرصاص", "برصاص", "بالرصاص",
      "نيران", "بنيران", "النيران");

  /** Repression named as such. */
  private static final java.util.Set<String> REPRESSING = EventKeys.setOf("قمع", "القمع", "لقمع", "بقمع");

  /** Whether the attack coded {@code code} is a state force's repression of a protest its sentence names. */
  static boolean of(SentenceWords w, String code, List<ActorMention> sources) {
    if (!FORCE.contains(code) || sources.isEmpty()) {
      return false;
    }
    for (ActorMention m : sources) {
      String c = m.actor().code();
      // (a country's gunfire is its forces': "قتل 33 فلسطينيا … بالرصاص الإسرائيلي" in a wave of protests)
      boolean gunfire = m.attributive() && c != null && c.equals(m.actor().country()) && w.mentions(SHOTS);
      if (!gunfire && (c == null || c.length() < 3 || !FORCES.contains(c.substring(c.length() - 3)))) {
        return false;
      }
    }
    return w.mentions(PROTEST);
  }
}
