package org.marsad.event;

import java.util.List;

/**
 * Who acts and who is acted on, for one trigger. Each list holds the members of a compound actor;
 * {@code reciprocal} marks "بين روسيا ومصر" and "السيسي وبوتين سيوقعان": one list whose members act on
 * each other. {@code evidence} (0 … 1) says how directly the syntax tied the actors to the trigger.
 */
record Arguments(List<ActorMention> sources, List<ActorMention> targets, boolean reciprocal, double evidence) {
  static final Arguments NONE = new Arguments(List.of(), List.of(), false, 0);

  Arguments {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** The same arguments with each source and target passed through {@code recode}; this when none changes. */
  Arguments recoded(java.util.function.UnaryOperator<ActorMention> recode) {
    List<ActorMention> s = sources.stream().map(recode).toList();
    List<ActorMention> t = targets.stream().map(recode).toList();
    return s.equals(sources) && t.equals(targets) ? this : new Arguments(s, t, reciprocal, evidence);
  }

  /**
   * The same act with {@code doers} as its source, one-sided, and none of them left among the targets: a doer
   * a clause names outranks the subject word order found ("الزيارة التي قام بها X", "ألغام زرعها X").
   */
  Arguments withDoers(List<ActorMention> doers) {
    return new Arguments(doers, targets.stream().filter(m -> !doers.contains(m)).toList(), false, evidence);
  }

  boolean isEmpty() {
    return sources.isEmpty() && targets.isEmpty();
  }
}
