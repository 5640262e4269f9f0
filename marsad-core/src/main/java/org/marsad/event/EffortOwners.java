package org.marsad.event;

import java.util.List;

/**
 * Whose efforts are backed or welcomed, told after them: "دعمت الجهود المبذولة من قبل مبعوث الأمم المتحدة",
 * "رحبت بالجهود التي يبذلها المبعوث الأممي" (seed 242 left the envoy out). The efforts' maker, behind "من
 * قبل" or as the subject of "يبذلها", is the target of the backing.
 */
final class EffortOwners {
  private EffortOwners() {}

  private static final java.util.Set<String> EFFORTS = EventKeys.setOf("جهود", "مساعي", "مساع", "جهد");
  /** What stands between the efforts and their maker: "المبذولة", "التي", "يبذلها", "تبذلها", "يقوم", "بها". */
  private static final java.util.Set<String> BETWEEN = EventKeys.setOf("المبذولة", "الحثيثة", "الكبيرة", "التي",
      "يبذلها", "تبذلها", "يقوم", "تقوم", "بها", "الحالية", "الدولية");
  private static final String BY = EventKeys.of("قبل");
  /** How far after the trigger the efforts may stand: "دعمت الجهود", "رحبت روسيا بالجهود". */
  private static final int REACH = 3;

  /** The backing with the efforts' maker as its target; a unchanged when it has one or none is told. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty()) {
      return a;
    }
    for (int i = t.last() + 1; i < w.size() && i <= t.last() + REACH; i++) {
      if (w.is(i, EFFORTS)) {
        ActorGroup maker = makerAfter(w, groups, i + 1);
        return maker == null || a.sources().stream().anyMatch(maker.members()::contains) ? a
            : new Arguments(a.sources(), maker.members(), false, a.evidence());
      }
      if (w.isComma(i) || Clauses.isBoundary(w, i)) {
        return a;
      }
    }
    return a;
  }

  private static ActorGroup makerAfter(SentenceWords w, List<ActorGroup> groups, int from) {
    int k = from;
    while (k < w.size() && k < from + 3 && w.is(k, BETWEEN)) {
      k++;
    }
    if (k + 1 < w.size() && w.isKey(k, "من") && w.isKey(k + 1, BY)) {
      return groupNear(w, groups, k + 2); // "المبذولة من قبل مبعوث الأمم المتحدة"
    }
    // "التي يبذلها المبعوث": only past a verb of making them
    return k > from && w.is(k - 1, BETWEEN) && !w.isDefinite(k - 1) ? groupNear(w, groups, k) : null;
  }

  /** The group at word i, or past a title the coder has no actor for: "مبعوث الأمم المتحدة". */
  private static ActorGroup groupNear(SentenceWords w, List<ActorGroup> groups, int i) {
    for (int k = i; k < w.size() && k <= i + 1; k++) {
      ActorGroup g = ActorGroup.startingAt(groups, k);
      if (g != null) {
        return g;
      }
      String pos = w.token(k).pos(); // (the tagger may call "مبعوث" an adjective)
      if (!"NOUN".equals(pos) && !"ADJ".equals(pos) || !w.token(k).clitics().pre().isEmpty()) {
        return null;
      }
    }
    return null;
  }
}
