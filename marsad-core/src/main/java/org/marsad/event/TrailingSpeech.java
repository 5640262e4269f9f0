package org.marsad.event;

import java.util.List;

/**
 * A speech verb that closes its sentence after a comma, its speaker behind it: "قتل خمسة جنود أتراك في
 * هجوم لحزب العمال الكردستاني، قال الجيش التركي". What is said comes first, so the acts before the comma
 * are reported by that speaker, and the statement is about the sentence's first party. Arabic news writes
 * it so after English wires ("…, the army said").
 */
final class TrailingSpeech {
  /** How many words what is said must have before the comma. */
  private static final int MIN_SAID = 3;

  private TrailingSpeech() {}

  /** The index in {@code found} of the trailing speech verb, or -1 when the sentence has none. */
  static int find(SentenceWords w, List<TriggerMatch> found, List<Arguments> args) {
    for (int k = found.size() - 1; k >= 0; k--) {
      TriggerMatch t = found.get(k);
      if (!t.isStatement() || !t.entry().verb() || t.first() <= MIN_SAID || !w.isComma(t.first() - 1)
          || EventStage.complementStart(w, t.first()) >= 0) {
        continue;
      }
      List<ActorMention> speakers = args.get(k).sources();
      if (speakers.isEmpty() || speakers.get(0).first() <= t.last()) {
        continue;
      }
      int end = Adjuncts.afterTimeWords(w, speakers.get(speakers.size() - 1).last() + 1);
      if (end >= w.size() || Clauses.isFullStop(w, end)) {
        return k;
      }
    }
    return -1;
  }

  /** The statement's arguments with the first party of what was said as its target, when it has none. */
  static Arguments withTopic(List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty()) {
      return a;
    }
    for (ActorGroup g : groups) {
      if (g.first() >= t.first()) {
        break;
      }
      boolean speaker = a.sources().stream().anyMatch(s -> g.members().stream().anyMatch(s::sameAs));
      if (!ActorPositions.attributive(g) && !speaker) {
        return new Arguments(a.sources(), g.members(), false, a.evidence());
      }
    }
    return a;
  }
}
