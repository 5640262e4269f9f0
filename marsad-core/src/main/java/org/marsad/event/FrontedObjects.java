package org.marsad.event;

import java.util.List;

/**
 * A verb of force whose object is a pronoun and whose subject follows it tells of the party named before it
 * as its object: "وكانت بريم ومترجمتها شيرين مكاوي قد خطفهما مسلحون" (seed 240: the kidnapped were left
 * out), "وكان الصحفي قد اعتقلته الشرطة" (the police had been the one arrested). The fronted party is the
 * topic the pronoun takes up, not the subject word order makes it.
 */
final class FrontedObjects {
  private FrontedObjects() {}

  /** Roots of coercion and violence, whose object is who suffers them. */
  private static final java.util.Set<String> FORCE = java.util.Set.of("17", "18", "19", "20");
  /** Object pronouns of persons: him, her, the two of them, them. */
  private static final java.util.Set<String> PERSONS = java.util.Set.of("ه", "ها", "هما", "هم", "هن");

  /** The arguments with the subject after the verb as source and the fronted party as target; a unchanged else. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, boolean verb, CameoCode code,
      Arguments a) {
    var post = w.token(t.last()).clitics().post();
    if (!verb || !FORCE.contains(code.root()) || post.isEmpty() || !PERSONS.contains(post.get(post.size() - 1))) {
      return a;
    }
    ActorGroup subject = ActorGroup.startingAt(groups, t.last() + 1);
    if (subject == null || ActorPositions.behindPreposition(w, subject.first())) {
      return a; // (not a place behind a preposition: "بعيد خطفهم بكابول")
    }
    ActorGroup topic = topicBefore(w, groups, t.first());
    if (topic == null || topic == subject || topic.includesAnyOf(subject.members())) {
      return a;
    }
    return new Arguments(subject.members(), topic.members(), false, a.evidence());
  }

  /** How far before the verb its topic may end: "قد", a time word. */
  private static final int TOPIC_GAP = 2;

  /** The party that ends right before the verb in its clause, past "قد" or a word or two. */
  private static ActorGroup topicBefore(SentenceWords w, List<ActorGroup> groups, int verb) {
    for (int end = verb - 1; end >= 0 && end >= verb - 1 - TOPIC_GAP; end--) {
      ActorGroup g = ActorGroup.endingAt(groups, end);
      if (g != null) {
        return ActorPositions.attributive(g) || ActorPositions.behindPreposition(w, g.first()) ? null : g;
      }
      if (!w.token(end).isWord() || w.isVerb(end) || Clauses.isBoundary(w, end)) {
        return null;
      }
    }
    return null;
  }
}
