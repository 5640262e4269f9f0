package org.marsad.event;

import java.util.List;

/**
 * The genitive of an attack noun is its doer when what it struck follows behind "على" or "ضد": "قصف الحوثيين
 * على مدينة عدن" (seed 244 had the Houthis shelled), "هجمات داعش ضد المدنيين". Without such an object the
 * genitive is what was struck ("قصف المدينة"), as word order gave it.
 */
final class GenitiveDoers {
  private GenitiveDoers() {}

  private static final java.util.Set<String> FORCEFUL = java.util.Set.of("18", "19", "20");

  /** The attack's arguments with its genitive as source; a unchanged when the genitive is no doer. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, boolean verb, CameoCode code,
      Arguments a) {
    // (a killing's genitive is always who died: "مقتل القيادي", "قتل عنصر من حزب العمال على يد قوات الأمن")
    if (verb || !FORCEFUL.contains(code.root()) || !w.token(t.last()).clitics().post().isEmpty()
        || w.is(t.first(), CombatDeaths.KILLING)) {
      return a;
    }
    ActorGroup genitive = ActorGroup.startingAt(groups, t.last() + 1);
    if (genitive == null || genitive.members().get(0).attributive() || genitive.last() + 1 >= w.size()
        || !a.targets().containsAll(genitive.members()) || !w.token(t.last() + 1).clitics().pre().isEmpty()
        || !AgentPhrase.armed(genitive)) {
      return a;
    }
    int next = genitive.last() + 1;
    if (!ActorPositions.aimedAt(w, next) || w.is(next + 1, AgentPhrase.HANDS)) { // (not "على يد", by the hand of)
      return a;
    }
    ActorGroup struck = ActorGroup.startingAt(groups, next + 1);
    return new Arguments(genitive.members(), struck == null ? List.of() : struck.members(), false, a.evidence());
  }
}
