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
  /**
   * Verbs of conducting, carrying out or launching, with the act as their pronoun: "أجراها", "يجريها",
   * "الضربات التي نفذتها أنقرة", "الغارات التي يشنها التحالف" (seed 238).
   */
  private static final java.util.Set<String> CONDUCTED = EventKeys.setOf("أجرى", "اجرى", "أجرا", "يجري", "تجري", "أجرت",
      "اجرت", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا", "ينفذون", "شن", "شنت", "يشن", "تشن", "شنوا", "يشنون");
  /** How many adjectives may stand between the noun and its relative pronoun: "الزيارة الرسمية التي". */
  private static final int NOUN_WORDS = 2;

  /** The noun's arguments with the relative clause's subject as their source; a unchanged when it has none. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, boolean verb, CameoCode code,
      Arguments a) {
    if (verb) {
      return FORCEFUL.contains(code.root()) ? ofVerb(w, groups, t, a) : a;
    }
    if (!w.token(t.last()).clitics().post().isEmpty()) {
      return a; // (a noun with its pronoun has its doer: "لانتقادهم العملية العسكرية التي تشنها أنقرة")
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
      if (!w.isDefinite(t.last()) && w.isWithPronoun(i, CONDUCTED)) {
        // an indefinite noun's clause has no relative pronoun: "في قصف جوي نفذته مروحيات الأباتشي" (seed 244)
        ActorGroup doer = ActorGroup.startingAt(groups, i + 1);
        // (not where it went: "من زيارة أجراها للمجر")
        return doer == null || !w.token(i + 1).clitics().pre().isEmpty() ? a : a.withDoers(doer.members());
      }
      if (!adjective(w, i) || ActorGroup.startingAt(groups, i) != null || Clauses.isBoundary(w, i)) {
        return a; // (the clause of another noun: "بإدانة هذه الأعمال التي تقوم بها الميليشيات")
      }
    }
    return a;
  }

  /**
   * Roots of the verbs whose subject may be a done act: threats, assaults, fighting, mass violence ("الهجوم
   * الذي يشنه النظام يهدد 750 ألف شخص"). A statement or a protest after such a clause has a subject of its own
   * ("… التي قام بها رجال دين وأكد رغبته", "حملة شنتها ميانمار، ونددت بها بريطانيا").
   */
  private static final java.util.Set<String> FORCEFUL = java.util.Set.of("13", "18", "19", "20");

  /** How many words may stand between the doer and the verb: "حتى الآن", "في المحافظة،". */
  private static final int GAP = 4;

  /**
   * A verb whose subject is an act a clause has done by someone: "الضربات التي نفذتها أنقرة حتى الآن
   * استهدفت حزب العمال" (Ankara struck the PKK; word order had made the PKK the striker, seed 238), "عملية
   * نوعية نفذها رجال المقاومة، استهدفت طاقما عسكريا". The doer is the source; who word order put after the
   * verb is its object.
   */
  private static Arguments ofVerb(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    for (int i = t.first() - 1; i >= 1 && i >= t.first() - 1 - GAP; i--) {
      ActorGroup doer = ActorGroup.endingAt(groups, i);
      if (doer != null) {
        int v = doer.first() - 1;
        boolean done = subjectAfter(w, v) == doer.first() || v > 0 && subjectAfter(w, v - 1) == doer.first();
        if (!done || between(w, groups, i, t)) {
          return a;
        }
        List<ActorMention> objects = (a.targets().isEmpty() ? a.sources() : a.targets()).stream()
            .filter(m -> m.first() > t.last() && !doer.members().contains(m)).toList();
        return new Arguments(doer.members(), objects, false, a.evidence());
      }
    }
    return a;
  }

  /** Whether a verb, an actor or a clause other than a comma's stands between the doer ending at d and t. */
  private static boolean between(SentenceWords w, List<ActorGroup> groups, int d, TriggerMatch t) {
    for (int k = d + 1; k < t.first(); k++) {
      if (w.isVerb(k) || ActorPositions.inGroup(groups, k) || !w.isComma(k) && Clauses.isBoundary(w, k)) {
        return true;
      }
    }
    return false;
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

  /**
   * Where the doer of an indefinite act noun stands, past its adjectives and the verb of its clause, from word
   * i right after the noun: "في قصف جوي نفذته مروحيات الأباتشي" (seed 244); i itself when no such clause
   * follows ("في كمين للمقاومة").
   */
  static int pastDoneBy(SentenceWords w, int i) {
    int k = i;
    while (k < w.size() && k < i + NOUN_WORDS && adjective(w, k)) {
      k++;
    }
    return k + 1 < w.size() && w.isWithPronoun(k, CONDUCTED) && w.token(k + 1).clitics().pre().isEmpty() ? k + 1 : i;
  }

  /** Whether word i is an adjective of the noun before it: tagged so, or a nisba ("التاريخية"), no clitic before. */
  private static boolean adjective(SentenceWords w, int i) {
    String bare = w.bare[i];
    return w.token(i).clitics().pre().isEmpty() && ("ADJ".equals(w.token(i).pos()) || bare.endsWith("يه")
        || bare.endsWith("ي"));
  }
}
