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

  private static final String ITSELF = EventKeys.of("نفسه");
  private static final String IN = EventKeys.of("في");

  /**
   * The actor a suicide bomber blew himself up in, past a time between commas: "فجر انتحاري نفسه، اليوم
   * (الخميس)، في مسجد تابع لقوات الطوارئ" (seed 176); null if the bombing is told otherwise.
   */
  private static ActorGroup selfInside(SentenceWords w, List<ActorGroup> groups, TriggerMatch t) {
    int self = t.last() + 1;
    if (!w.isKey(self, ITSELF) && !(w.isKey(self + 1, ITSELF) && ActorGroup.startingAt(groups, self) != null)) {
      return null; // (the bomber may stand between: "فجر انتحاري نفسه")
    }
    int at = w.isKey(self, ITSELF) ? self + 1 : self + 2;
    at += w.isComma(at) ? 1 : 0;
    at = Adjuncts.afterTimeWords(w, at);
    at += w.isComma(at) ? 1 : 0;
    return w.isKey(at, IN) ? ActorGroup.startingAt(groups, at + 1) : null;
  }

  /** The arguments with the actor the bombing at {@code t} went off beside as target, or unchanged. */
  static Arguments withTarget(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty() && !a.targets().stream().allMatch(ActorMention::isPlace)) {
      return a; // (a town struck gives way to the body the bomb went off at: "أمام مقر وزارة الخارجية في بغداد")
    }
    ActorGroup inside = selfInside(w, groups, t);
    if (inside != null && !inside.members().get(0).isPlace() && !inside.includesAnyOf(a.sources())) {
      return new Arguments(a.sources(), inside.members(), false, a.evidence());
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
