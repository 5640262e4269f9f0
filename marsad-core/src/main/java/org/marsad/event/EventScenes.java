package org.marsad.event;

import java.util.List;

/**
 * An attack noun a place "witnessed": "شهدت تركيا، أمس، 4 هجمات بأسلحة نارية", "كما شهدت طرابلس هجمات
 * متقطعة". The subject of شهد is where the attacks happened, not who made them (word order had made Turkey
 * the attacker of its own security forces, seed 212); the place still tells the country of a target named by
 * its role alone ("5 من قوات الأمن": TURCOP), which {@link PlaceCountry} gives once the place is no party.
 * A protest a place witnessed, or one a town is said to make, is its people's: "وشهدت بغداد وسبع محافظات
 * مظاهرات حاشدة احتجاجا على الفساد" (IRQCVL, not the capital's government, seed 213), "وتشهد الهند موجة
 * احتجاجات" (INDCVL).
 */
final class EventScenes {
  private EventScenes() {}

  /** The verb of witnessing, whose subject is a scene. */
  private static final java.util.Set<String> WITNESSED = EventKeys.setOf("شهد", "تشهد", "يشهد", "شهدت");
  /** How far after the place its attack noun may stand: past a word of time, a count, or the toll of attacks. */
  private static final int REACH = 12;

  /** The arguments without sources that are the scene of the attack noun at t; unchanged otherwise. */
  static Arguments sceneNotDoer(SentenceWords w, TriggerMatch t, boolean verb, Arguments a) {
    if (verb || a.sources().isEmpty() || !a.sources().stream().allMatch(m -> scene(w, m, t.first()))) {
      return a;
    }
    return new Arguments(List.of(), a.targets(), false, a.evidence());
  }

  /**
   * Whether the mention is a place right after a verb of witnessing, with the attack noun after it in its
   * clause: "شهدت تركيا، أمس، 4 هجمات … أسفرت عن مقتل" (the toll too).
   */
  private static boolean scene(SentenceWords w, ActorMention m, int trigger) {
    if (!(m.isCountry() || m.isPlace() || w.startsPlace(m.first())) || !w.is(m.first() - 1, WITNESSED) || !w.isVerb(m.first() - 1)
        || m.last() >= trigger || trigger - m.last() > REACH) {
      return false;
    }
    for (int i = m.last() + 1; i < trigger; i++) {
      if (Clauses.isBoundary(w, i) && !w.isComma(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The protest's arguments with a source that is its scene or a town (not a country acting on its own:
   * "احتجت مصر" is a formal protest) as that place's people; unchanged otherwise.
   */
  static Arguments peopleOfScene(SentenceWords w, TriggerMatch t, Arguments a) {
    List<ActorMention> sources = a.sources().stream()
        .map(m -> m.actor().country() != null && (scene(w, m, t.first()) || town(w, m))
            ? m.coded(null, m.actor().country(), m.actor().country() + "CVL") : m)
        .toList();
    return sources.equals(a.sources()) ? a : new Arguments(sources, a.targets(), a.reciprocal(), a.evidence());
  }

  /** Whether the mention is a town or region the knowledge base knows (a capital stands for its government). */
  private static boolean town(SentenceWords w, ActorMention m) {
    return !m.isCountry() && (m.isPlace() || w.startsPlace(m.first()) && m.actor().id() == null);
  }
}
