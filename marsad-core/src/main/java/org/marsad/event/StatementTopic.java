package org.marsad.event;

import java.util.List;

/**
 * What a statement is about, as its target when no one is addressed: the first actor of what is said
 * ("قال ترامب إن إيران ستواجه مشكلات" → USAGOV 010 IRN), as GDELT codes a statement's second actor. Not the
 * speaker's own side ("قال الجيش إن قواته …"), nor a place behind a preposition ("في سوريا"), nor a nisba,
 * nor a role or name of no known country.
 */
final class StatementTopic {
  private StatementTopic() {}

  /** The arguments with the topic of the statement at {@code t} as target, or unchanged when it has none. */
  static Arguments withTopic(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    int complement = EventStage.complementStart(w, t.first());
    if (complement < 0) {
      return a;
    }
    for (ActorGroup g : groups) {
      if (g.first() <= complement) {
        continue;
      }
      ActorMention first = g.members().get(0);
      // (an actor of no country, "الإدارة", "قوات", "مسلحين", says too little to be what it is about)
      if (first.attributive() || first.actor().country() == null || ArgumentFinder.behindPreposition(w, g.first())
          || speakersOwn(a, g)) {
        continue;
      }
      return new Arguments(a.sources(), g.members(), false, a.evidence());
    }
    return a;
  }

  /** Whether the group is the speaker again, or of the speaker's country ("قال الجيش المصري إن القوات المصرية"). */
  private static boolean speakersOwn(Arguments a, ActorGroup g) {
    for (ActorMention s : a.sources()) {
      for (ActorMention m : g.members()) {
        String sc = s.actor().country();
        if (s.sameAs(m) || (sc != null && sc.equals(m.actor().country()))) {
          return true;
        }
      }
    }
    return false;
  }
}
