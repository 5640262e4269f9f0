package org.marsad.event;

import java.util.List;

/**
 * Buildings named after a person or a body: "فندق الجزيرة" is a hotel, not the channel; "مستشفى الملك فهد",
 * "مطار الملك خالد" are no Saudi government, "قاعدة إنكليريك" no actor at all. The name right after the
 * building's noun, in the construct state, is no party of the event (seed 202: an attack on the hotel had
 * struck Al Jazeera). A place's name stays ("مطار بغداد": struck in Iraq).
 */
final class NamedBuildings {
  private NamedBuildings() {}

  /** Nouns of buildings and works that take a name after them. */
  private static final java.util.Set<String> HEADS = EventKeys.setOf("فندق", "مستشفى", "مطار", "شارع", "طريق",
      "ميناء", "جسر", "منتجع", "ملعب", "استاد");
  /**
   * Nouns of bases and camps, whose known owner is a party ("معسكرات حزب العمال" are the group's) but whose
   * unknown name is the place's own ("قاعدة إنكليريك الجوية", seed 238).
   */
  private static final java.util.Set<String> CAMPS = EventKeys.setOf("قاعدة", "معسكر");
  /**
   * Nouns of centres, which are named after persons ("بمركز أبو بكر الصديق في حفر الباطن", seed 241; "مركز
   * الملك سلمان للإغاثة") but whose body is the body's own ("مركز الشرطة" is a police station's police).
   */
  private static final java.util.Set<String> CENTRES = EventKeys.setOf("مركز");

  /** Drops each person or body named right after a building's noun. */
  static void drop(SentenceWords words, List<ActorMention> mentions) {
    mentions.removeIf(m -> {
      int at = m.first();
      String id = m.actor().id();
      // (a name the knowledge base does not know is the building's own: "فندق بيبلوس")
      boolean unknown = id == null && m.actor().code() == null;
      boolean named = unknown || id != null && (id.startsWith("person:") || id.startsWith("org:"));
      boolean person = unknown || id != null && id.startsWith("person:");
      return at > 0 && (named && words.is(at - 1, HEADS) || unknown && words.is(at - 1, CAMPS)
          || person && words.is(at - 1, CENTRES))
          && !words.isDefinite(at - 1) && words.token(at).clitics().pre().isEmpty();
    });
  }
}
