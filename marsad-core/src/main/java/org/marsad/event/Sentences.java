package org.marsad.event;

import java.util.List;

/**
 * Who a court's sentence (173) falls on: the one behind "على" after the verb ("حكمت المحكمة على الناشط
 * بالسجن"), and, when "على" follows the verb at once, the verb is the passive, which names no court: "حكم
 * على باريس بالسجن 40 عاما", "حكم عليه بالإعدام" (he was sentenced; the tuning articles wrote the subject
 * after "على" as the court's).
 */
final class Sentences {
  private Sentences() {}

  private static final java.util.Set<String> SENTENCED = EventKeys.setOf("حكم");
  private static final java.util.Set<String> ON = EventKeys.setOf("على");
  /** How far after the verb "على" may stand, past the court's name: "قضت محكمة سورية على زمار بالسجن". */
  private static final int ON_REACH = 5;

  /** The arguments of the sentencing word at i with the sentenced behind "على"; others as they were. */
  static Arguments withSentenced(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!TriggerFinder.sentencing(t.entry())) {
      return a;
    }
    int i = t.first();
    // (the tagger reads the passive "حُكم" as the noun, which before "على" says the same)
    boolean passive = w.is(i, SENTENCED) && w.is(i + 1, ON);
    for (int k = i + 1; k < w.size() && k <= i + ON_REACH && !Clauses.isBoundary(w, k); k++) {
      if (!w.is(k, ON) || w.hasProclitic(k, "ب")) {
        continue;
      }
      List<ActorMention> sources = passive ? List.of() : a.sources();
      if (!w.token(k).clitics().post().isEmpty()) {
        return passive ? new Arguments(sources, List.of(), false, a.evidence()) : a; // "حكم عليه": him
      }
      // (the recogniser may take "على" into the name after it, read as the given name "علي")
      ActorGroup on = ActorGroup.startingAt(groups, k + 1);
      on = on != null ? on : ActorGroup.startingAt(groups, k);
      List<ActorMention> targets = on != null ? on.members() : passive ? List.of() : a.targets();
      return new Arguments(sources, targets, false, a.evidence());
    }
    return a;
  }
}
