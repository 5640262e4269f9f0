package org.marsad.event;

import org.marsad.doc.Event;

/**
 * An actor named in a sentence: the words {@code [first, last]} (sentence-relative token indices) and
 * its coded identity. An {@code attributive} mention is a lone nisba adjective ("الأزمة السورية",
 * "الرحلات الروسية"): it tells whose a thing is, so it can be the agent of the event noun it qualifies,
 * but it is not a participant anywhere else in the sentence.
 */
record ActorMention(int first, int last, Event.Actor actor, boolean attributive) {

  ActorMention(int first, int last, Event.Actor actor) {
    this(first, last, actor, false);
  }

  /**
   * The actor a trigger word implies when the text names none: the word itself, with the role code the
   * word implies ("مظاهرة": CVL, the protesters; a passive killing: UAF).
   */
  static ActorMention impliedBy(SentenceWords w, int i, String code) {
    org.marsad.doc.Token t = w.token(i);
    return new ActorMention(i, i, new Event.Actor(t.stemStart(), t.stemEnd(),
        w.doc.text().substring(t.stemStart(), t.stemEnd()), null, null, code));
  }

  /** The same words with another identity: "الكوريتين" as North and South Korea, a role given its country. */
  ActorMention coded(String id, String country, String code) {
    return new ActorMention(first, last, new Event.Actor(actor.start(), actor.end(), actor.text(), id, country, code),
        attributive);
  }

  /** Whether the mention is a country by name ("مصر", "الصين"): its knowledge-base id is an ISO code. */
  boolean isCountry() {
    return actor.id() != null && actor.id().length() == 3;
  }

  /** Whether the actor is a place of the knowledge base (a city, a region), named for where it is. */
  boolean isPlace() {
    return actor.id() != null && actor.id().startsWith("place:");
  }

  /** Whether the actor is civilians or refugees (a code ending CVL or REF): people acted on, not armed. */
  boolean isCivilian() {
    String code = actor.code();
    return code != null && (code.endsWith("CVL") || code.endsWith("REF"));
  }

  /** Whether the actor is the press: a code ending MED ("رويترز", "صحيفة هاآرتس الإسرائيلية"). */
  boolean isMedia() {
    String code = actor.code();
    return code != null && code.endsWith("MED");
  }

  /** Same actor identity (country and code): the same party named twice, or one party named two ways. */
  boolean sameAs(ActorMention other) {
    return java.util.Objects.equals(actor.country(), other.actor.country())
        && java.util.Objects.equals(actor.code(), other.actor.code())
        && java.util.Objects.equals(actor.id(), other.actor.id());
  }
}
