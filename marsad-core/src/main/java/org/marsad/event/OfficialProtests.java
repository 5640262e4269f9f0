package org.marsad.event;

import java.util.List;

/**
 * A state's formal protest is an official complaint (CAMEO 114), not a demonstration (14): "احتجاج
 * هولندي رسمي", "احتجت الحكومة الأردنية لدى إسرائيل". CAMEO files diplomatic protests under
 * disapproval (11); its root 14 is civilians acting together in protest. The judges of the wild samples
 * counted a state's "احتجاج" coded 140 as a wrong root.
 */
final class OfficialProtests {
  /** The word of a formal protest; not the plural "احتجاجات", demonstrations. */
  private static final java.util.Set<String> PROTEST_WORDS = EventKeys.setOf("احتج", "احتجاج", "احتجاجا", "احتجت",
      "يحتج", "تحتج");
  private static final java.util.Set<String> OFFICIAL = EventKeys.setOf("رسمي", "رسميا", "رسمية", "دبلوماسي",
      "دبلوماسيا", "شديد");
  /** Roles that protest formally: governments, parliaments, ministries and embassies. */
  private static final java.util.Set<String> STATE_ROLES = java.util.Set.of("GOV", "LEG");

  private OfficialProtests() {}

  /** Whether the protest at {@code trigger} is a state's formal complaint. */
  static boolean of(SentenceWords w, int trigger, List<ActorMention> sources) {
    if (!PROTEST_WORDS.contains(w.bare[trigger]) || sources.isEmpty()) { // (by its written form: not the plural)
      return false;
    }
    boolean official = w.near(trigger, 3, OFFICIAL);
    for (ActorMention m : sources) {
      // a country by name or by a lone nisba ("احتجاج هولندي"), or a state body; not people ("الإيرانيين")
      if (m.isPlace() || !(m.isCountry() || m.attributive() || stateRole(m) || official && m.actor().country() != null
          && !m.isCivilian())) {
        return false;
      }
    }
    return true;
  }

  private static boolean stateRole(ActorMention m) {
    String code = m.actor().code();
    return code != null && code.length() >= 3 && STATE_ROLES.contains(code.substring(code.length() - 3));
  }
}
