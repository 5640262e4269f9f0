package org.marsad.event;

import java.util.List;

/**
 * Buildings named after a person or a body: "فندق الجزيرة" is a hotel, not the channel; "مستشفى الملك فهد",
 * "مطار الملك خالد" are no Saudi government. The name right after the building's noun, in the construct
 * state, is no party of the event (seed 202: an attack on the hotel had struck Al Jazeera). A place's name
 * stays ("مطار بغداد": struck in Iraq).
 */
final class NamedBuildings {
  private NamedBuildings() {}

  /** Nouns of buildings and works that take a name after them. */
  private static final java.util.Set<String> HEADS = EventKeys.setOf("فندق", "مستشفى", "مطار", "شارع", "طريق",
      "ميناء", "جسر", "منتجع", "ملعب", "استاد");

  /** Drops each person or body named right after a building's noun. */
  static void drop(SentenceWords words, List<ActorMention> mentions) {
    mentions.removeIf(m -> {
      int at = m.first();
      String id = m.actor().id();
      boolean named = id != null && (id.startsWith("person:") || id.startsWith("org:"));
      return named && at > 0 && words.is(at - 1, HEADS) && !words.isDefinite(at - 1)
          && words.token(at).clitics().pre().isEmpty();
    });
  }
}
