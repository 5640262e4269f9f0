package org.marsad.event;

import java.util.List;

/**
 * Accusation verbs, whose unvocalised active and passive look alike ("اتهم" is accused and was accused):
 * the charge (بـ) tells them apart by where it stands.
 */
final class Accusations {
  /** The verb "اتهم" in its forms. */
  static final java.util.Set<String> VERBS = EventKeys.setOf("اتهم", "يتهم", "تتهم", "اتهمت", "يتهمون", "اتهموا");
  /** "باسم" (in the name of), which is no charge. */
  static final java.util.Set<String> NAME_WORDS = EventKeys.setOf("باسم", "بإسم", "بأسم");

  /** Adverbs of repetition that may stand between the accused and the charge. */
  private static final java.util.Set<String> AGAIN = EventKeys.setOf("مرارا", "مجددا", "أيضا", "ايضا", "سابقا",
      "رسميا", // ("واتهم روبرت كروسلاند رسميا بالتعامل الوحشي": formally)
      "حينها", "حينذاك", "آنذاك", "وقتها"); // ("واتهمت الصحيفة حينها بنشر معلومات كاذبة", seed 234)

  private Accusations() {}

  /**
   * Whether an accusation verb is the passive: the one after it is followed straight by the charge, with
   * no one accused between ("واتُهم الجنود الروس بإهانة عسكريين"); the active has its object there
   * ("اتهمت بكين واشنطن بإطلاق حرب") or on the verb ("اتهمه ترامب بـ").
   */
  static boolean passive(SentenceWords w, List<ActorGroup> groups, int trigger, ActorGroup subject) {
    // the charge after the subject ("واتهم النظام السوري بشن"), after a subject before the verb
    // ("ماركوس، الذي اتهم بتعذيب") or, as a pronoun, before the subject ("واتهمت به دمشق")
    boolean pronounCharge = trigger + 2 < w.size() && "ب".equals(w.lemma[trigger + 1])
        && !w.token(trigger + 1).clitics().post().isEmpty() && subject.first() == trigger + 2;
    if (pronounCharge && w.is(trigger, VERBS)) {
      return true;
    }
    if (w.is(trigger, VERBS) && w.token(trigger).text().contains("\u064F")) {
      return true; // vocalised: "واتُهم", "اتُّهم" (a damma on the first consonant is the passive's)
    }
    int charge = subject.first() > trigger ? subject.last() + 1 : trigger + 1;
    if (subject.first() > trigger && w.is(charge, AGAIN)) {
      charge++; // "اتهمت قوات النظام مرارا باستخدام": an adverb between the accused and the charge
    }
    if (subject.first() > trigger && subject.members().size() == 1 && charge + 1 < w.size() && w.isComma(charge)
        && w.token(charge + 1).clitics().pre().equals(List.of("ب"))) {
      charge++; // "واتهم الرئيس اليمني السابق علي عبدالله صالح، بأنه سبب ضياع اليمن": a comma before the charge
    }
    var joined = charge < w.size() ? w.token(charge).clitics() : null;
    if (subject.first() > trigger && joined != null && joined.pre().equals(List.of("و")) && !joined.post().isEmpty()
        && ActorPositions.isNoun(w, charge) && !ActorPositions.startsGroup(groups, charge)) {
      charge++; // "واتهم نجيب ومساعدوه بإهدار": the accused and his own
    }
    // (the segmenter may leave the ب on the word: "بشن"; a name in ب is an actor: "بريطانيا")
    boolean ba = charge < w.size() && (w.hasProclitic(charge, "ب")
        || w.token(charge).text().startsWith("ب") && !ActorPositions.startsGroup(groups, charge));
    return w.is(trigger, VERBS) && w.token(trigger).clitics().post().isEmpty() && ba && !w.is(charge, NAME_WORDS);
  }

  /**
   * Whether the charge (a noun behind ب that names no actor: "بالتحريض", "بالتآمر") stands in
   * {@code [from, to)}: an actor after it belongs to what is charged, not to who is accused.
   */
  static boolean chargeBetween(SentenceWords w, List<ActorGroup> groups, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.hasProclitic(k, "ب") && ActorPositions.isNoun(w, k) && !ActorPositions.startsGroup(groups, k)
          && !w.is(k, NAME_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of denying or rejecting what they govern: "نفى الاتهامات", "رفض الاتهامات". */
  private static final java.util.Set<String> DENYING = EventKeys.setOf("نفى", "ينفي", "نفت", "تنفي", "رفض", "رفضت",
      "يرفض", "ترفض", "عارض", "عارضت", "يعارض", "تعارض");
  /** How far before an accusation noun the verb denying it may stand: "ونفى ساركوزي باستمرار كل هذه الاتهامات". */
  private static final int DENIAL_REACH = 6;

  /** Where a verb of denial stands that governs the accusation noun at i, in its clause, or -1. */
  static int denialBefore(SentenceWords w, int i) {
    return Clauses.verbBefore(w, i, DENIAL_REACH, DENYING);
  }

  /**
   * The arguments of a denied accusation ("ونفت روسيا الاتهامات البريطانية"): the denier, the subject
   * of the denial verb, is the source; whoever the accusation noun named as accuser is the target.
   */
  static Arguments denied(SentenceWords w, List<ActorGroup> groups, int accusation, Arguments found) {
    int verb = denialBefore(w, accusation);
    ActorGroup denier = null;
    for (ActorGroup g : groups) {
      if (g.first() > verb && g.last() < accusation && !ActorPositions.behindPreposition(w, g.first())) {
        denier = g; // after the verb: "ونفت روسيا"
        break;
      }
    }
    for (int k = groups.size() - 1; denier == null && k >= 0; k--) {
      ActorGroup g = groups.get(k);
      if (g.last() < verb && g.first() >= Clauses.clauseStart(w, verb) && !ActorPositions.behindPreposition(w, g.first())) {
        denier = g; // before it: "روسيا نفت"
      }
    }
    if (denier == null) {
      return found;
    }
    List<ActorMention> deniers = denier.members();
    // (the accused the noun's own rules found are the deniers themselves: "وينفي الحوثيون وطهران هذه الاتهامات")
    ActorGroup named = denier;
    // (any other actor the noun's own rules found, as its source or as its genitive, is who accused)
    List<ActorMention> accusers = java.util.stream.Stream.concat(found.sources().stream(), found.targets().stream())
        .filter(m -> !named.includesAnyOf(List.of(m))).distinct().toList();
    return new Arguments(deniers, accusers, false, found.evidence());
  }
}
