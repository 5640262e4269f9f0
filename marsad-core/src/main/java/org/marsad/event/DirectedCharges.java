package org.marsad.event;

import java.util.List;

/**
 * Charges "directed" at someone ("الاتهامات الموجهة إليه", "الموجهة لتركيا") are another's accusation: whoever
 * the clause's subject is, they admit, deny, answer or weigh them ("أقرت وارنر بالاتهامات الموجهة إليها", "وصف
 * مصدر دبلوماسي تركي الاتهامات الموجهة لتركيا", seed 262), they do not accuse. Their accuser is the one named
 * after them ("الموجهة إليه من قبل نحو 80 امرأة"); the pronoun on the preposition is the subject, accused.
 */
final class DirectedCharges {
  private DirectedCharges() {}

  /** "الموجهة", "الموجه": directed at. */
  private static final java.util.Set<String> DIRECTED = EventKeys.setOf("الموجهة", "الموجه", "موجهة", "موجه");
  /** The preposition with the accused's pronoun: "إليه", "لها", "ضدهم". */
  private static final java.util.Set<String> AT_HIM = EventKeys.setOf("إليه", "إليها", "إليهم", "إليهما", "له",
      "لها", "لهم", "لهما", "ضده", "ضدها", "ضدهم", "ضدهما");
  /** How far after the charge noun "الموجهة" may stand, past the charge's genitive ("اتهامات الاعتداء الجنسي"). */
  private static final int REACH = 3;

  /** The arguments of an accusation noun the text says was directed at someone: no accuser before it. */
  static Arguments of(SentenceWords w, TriggerMatch t, boolean verb, Arguments a) {
    int directed = verb ? -1 : directedAt(w, t.last());
    if (directed < 0) {
      return a;
    }
    List<ActorMention> before = a.sources().stream().filter(m -> m.last() < t.first()).toList();
    if (before.isEmpty()) {
      return a;
    }
    List<ActorMention> accusers = a.sources().stream().filter(m -> m.first() > directed).toList();
    boolean atSubject = w.is(directed + 1, AT_HIM);
    List<ActorMention> accused = a.targets().isEmpty() && atSubject ? before : a.targets();
    return new Arguments(accusers, accused, false, a.evidence());
  }

  private static int directedAt(SentenceWords w, int last) {
    for (int k = last + 1; k < w.size() && k <= last + REACH; k++) {
      if (!w.token(k).isWord()) {
        return -1;
      }
      if (w.is(k, DIRECTED)) {
        return k;
      }
    }
    return -1;
  }
}
