package org.marsad.event;

import java.util.List;

/**
 * The doer an event noun's relative clause names: "رحب السمحان بالزيارة التي قام بها أعضاء من وفد جامعة
 * واشنطن" (the delegation visited; word order had made the one who welcomed the visit its visitor, seed 212),
 * "المحادثات التي أجراها الوزير مع نظيره". The clause's verb of doing ("قام بها", "يقوم بها", "أجراها")
 * has the noun for its pronoun and the doer for its subject, which outranks any subject found by word order.
 */
final class RelativeDoer {
  private RelativeDoer() {}

  /** Verbs of doing a named act, with the act behind ب: "قام بها", "يقوم بها". */
  private static final java.util.Set<String> DID_BY = EventKeys.setOf("قام", "قامت", "يقوم", "تقوم", "قاموا",
      "يقومون");
  /** The act behind ب after such a verb: "بها", "به". */
  private static final java.util.Set<String> IT = EventKeys.setOf("بها", "به");
  /** Verbs of conducting, with the act as their pronoun: "أجراها", "يجريها". */
  private static final java.util.Set<String> CONDUCTED = EventKeys.setOf("أجرى", "اجرى", "أجرا", "يجري", "تجري", "أجرت",
      "اجرت");
  /** How many adjectives may stand between the noun and its relative pronoun: "الزيارة الرسمية التي". */
  private static final int NOUN_WORDS = 2;

  /** The noun's arguments with the relative clause's subject as their source; a unchanged when it has none. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, boolean verb, Arguments a) {
    if (verb) {
      return a;
    }
    for (int i = t.last() + 1; i < w.size() && i <= t.last() + 1 + NOUN_WORDS; i++) {
      if (w.is(i, ActorPositions.RELATIVES)) {
        int subject = subjectAfter(w, i + 1);
        ActorGroup doer = subject < 0 ? null : ActorGroup.startingAt(groups, subject);
        if (doer == null || doer.first() == doer.last() && w.isKey(doer.last() + 1, "عن")) {
          return a; // (nor "يقوم بها نيابة عن الأمم المتحدة": on behalf of, no prosecution)
        }
        return a.withDoers(doer.members());
      }
      if (!adjective(w, i) || ActorGroup.startingAt(groups, i) != null || Clauses.isBoundary(w, i)) {
        return a; // (the clause of another noun: "بإدانة هذه الأعمال التي تقوم بها الميليشيات")
      }
    }
    return a;
  }

  /** Where the subject of a verb of doing at v starts ("قام بها X", "أجراها X"), or -1 when v is none. */
  private static int subjectAfter(SentenceWords w, int v) {
    if (w.is(v, DID_BY) && w.token(v).clitics().post().isEmpty() && w.is(v + 1, IT)) {
      return v + 2;
    }
    if (w.isWithPronoun(v, CONDUCTED)) {
      return v + 1;
    }
    return -1;
  }

  /** Whether word i is an adjective of the noun before it: tagged so, or a nisba ("التاريخية"), no clitic before. */
  private static boolean adjective(SentenceWords w, int i) {
    String bare = w.bare[i];
    return w.token(i).clitics().pre().isEmpty() && ("ADJ".equals(w.token(i).pos()) || bare.endsWith("يه")
        || bare.endsWith("ي"));
  }
}
