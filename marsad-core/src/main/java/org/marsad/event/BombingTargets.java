package org.marsad.event;

import java.util.List;

/**
 * Whom a bombing was aimed at when word order gave it no target: the actor it went off beside, "فجر
 * انتحاري نفسه بجانب دورية عسكرية ألمانية", "انفجرت سيارة مفخخة أمام مقر للشرطة العراقية". A bomb is
 * set off at whom it is meant for; a shooting or a killing "قرب" a place only says where it happened, so
 * only bombings (CAMEO 183x) read the place word as the target.
 */
final class BombingTargets {
  /** Words of place that put the bomb next to its target. */
  private static final java.util.Set<String> BESIDE = EventKeys.setOf("قرب", "بجانب", "جانب", "أمام", "امام", "عند",
      "خارج", "داخل", "مقربة", "بالقرب", "استهدف", "استهدفت");
  /** Words that may stand between the place word and the actor: "بالقرب من", "أمام مقر", "داخل مبنى". */
  private static final java.util.Set<String> BETWEEN = EventKeys.setOf("من", "مقر", "مبنى", "مركز", "مراكز", "مقرات",
      "موكب", "حافلة", "سيارة", "منزل", "تجمع", "ثكنة", "قافلة", "دورية", "دوريات", "رتل", "نقطة", "حاجز", "على");
  private static final int REACH = 8;

  private BombingTargets() {}

  /** The arguments with the actor the bombing at {@code t} went off beside as target, or unchanged. */
  static Arguments withTarget(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty() && !a.targets().stream().allMatch(ActorMention::isPlace)) {
      return a; // (a town struck gives way to the body the bomb went off at: "أمام مقر وزارة الخارجية في بغداد")
    }
    for (int j = t.last() + 1; j < w.size() && j <= t.last() + REACH && !Clauses.isBoundary(w, j); j++) {
      if (!w.is(j, BESIDE)) {
        continue;
      }
      int k = j + 1;
      while (k < w.size() && k <= j + 3 && w.is(k, BETWEEN) && ActorGroup.startingAt(groups, k) == null) {
        k++;
      }
      ActorGroup g = ActorGroup.startingAt(groups, k);
      if (g != null && !g.members().get(0).isPlace() && !ObjectFinder.attributed(w, g) && !g.includesAnyOf(a.sources())) {
        return new Arguments(a.sources(), g.members(), false, a.evidence());
      }
      return a;
    }
    return a;
  }
}
