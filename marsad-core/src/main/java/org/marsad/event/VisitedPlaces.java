package org.marsad.event;

import java.util.List;
import org.marsad.doc.Entity;

/**
 * Where a visit went, when the sentence names no actor visited: "زار رئيس الوزراء العراقي حيدر العبادي
 * البصرة", "زيارة الرئيس الإيراني إلى مدينة إسطنبول التركية". A town is no actor (a capital is its
 * government, found by word order), but as what a visit went to it names the host: coded with its country
 * alone, as {@link StruckPlaces} codes a town an attack hit.
 */
final class VisitedPlaces {
  /** Visit verbs and nouns, whose object or "إلى" phrase is the place visited. */
  static final java.util.Set<String> VISITS = EventKeys.setOf("زار", "يزور", "تزور", "زيارة", "زيارات",
      "جولة");
  private static final java.util.Set<String> IN = EventKeys.setOf("في");

  private VisitedPlaces() {}

  /** Verbs of leaving a place. */
  private static final java.util.Set<String> LEFT = EventKeys.setOf("غادر", "غادرت", "يغادر", "تغادر");
  /** "After", before the visit noun: "بعد زيارة رسمية لها". */
  private static final java.util.Set<String> AFTER = EventKeys.setOf("بعد", "عقب", "إثر", "اثر");
  /** How far before the visit the verb of leaving may stand (a host's long posts come between). */
  private static final int LEFT_REACH = 30;
  /** How far after the verb of leaving its subject may start ("غادر صاحب السمو الملكي الأمير محمد"). */
  private static final int SUBJECT_WORDS = 6;

  /**
   * A visit told after its visitor left the place visited: "غادر الأمير محمد بن سلمان … أمس المملكة الأردنية
   * الهاشمية بعد زيارة رسمية لها", "نائب الرئيس يغادر عدن بعد زيارة قصيرة". Who left made the visit and the
   * place left was visited (word order alone made the place the noun's source, seed 164). Unchanged when the
   * visit noun does not follow "بعد" in the clause of such a verb, or the verb has no party for subject.
   */
  static Arguments leftAfter(SentenceWords w, List<ActorGroup> groups, List<Entity> entities, TriggerMatch t,
      boolean verb, Arguments a) {
    if (verb || !w.is(t.first(), VISITS) || !w.is(t.first() - 1, AFTER)) {
      return a;
    }
    int left = -1;
    for (int k = t.first() - 2; k >= 0 && k >= t.first() - LEFT_REACH && left < 0; k--) {
      if (Clauses.isFullStop(w, k)) {
        return a;
      }
      left = w.is(k, LEFT) ? k : -1;
    }
    if (left < 0) {
      return a;
    }
    ActorGroup before = ActorGroup.endingAt(groups, left - 1); // "نائب الرئيس يغادر عدن"
    ActorGroup after = null; // (past a title or style: "غادر نائب الرئيس اليمني خالد بحاح", "غادر سمو الأمير")
    for (ActorGroup g : groups) {
      if (after == null && g.first() > left && g.first() <= left + SUBJECT_WORDS && !ActorPositions.attributive(g)
          && !ActorPositions.behindPreposition(w, g.first()) && !w.is(g.first() - 1, StruckPlaces.TO)) {
        after = g;
      }
    }
    ActorGroup who = before != null && !ActorPositions.attributive(before) ? before : after;
    if (who == null || place(w, who)) {
      return a; // (the place left is no visitor: "يغادر عدن")
    }
    // the place left: the first place or party after the visitor (past his posts and a time), before the visit
    List<ActorMention> place = List.of();
    for (int k = who.first() > left ? who.last() + 1 : left + 1; k < t.first() && place.isEmpty(); k++) {
      ActorGroup g = ActorGroup.startingAt(groups, k);
      // (not a second title of the visitor's: "نائب الرئيس اليمني ورئيس الحكومة اليمنية خالد بحاح")
      if (g != null && !ActorPositions.attributive(g) && !w.hasProclitic(k, "و") && !w.hasProclitic(k - 1, "و")
          && (place(w, g) || g.members().get(0).actor().country() != null)) {
        place = g.members();
      } else if (g == null && w.startsPlace(k) && StruckPlaces.placeAt(w, entities, k, true) != null) {
        place = List.of(StruckPlaces.placeAt(w, entities, k, true)); // "مدينة خميس مشيط"
      }
    }
    return new Arguments(who.members(), place, false, a.evidence());
  }

  /** Whether the group is a country or a place the sentence names: something left or visited, not a visitor. */
  private static boolean place(SentenceWords w, ActorGroup g) {
    return g.members().get(0).isCountry() || w.startsPlace(g.first());
  }

  /**
   * The visit's arguments with the place visited as their target, when they have none; else unchanged.
   * The place is the verb's object (past its subject when that follows), or follows "إلى", "ل" or "في"
   * right after the visit noun or its genitive.
   */
  static Arguments withPlace(SentenceWords w, List<Entity> entities, TriggerMatch t, boolean verb, Arguments a) {
    if (!a.targets().isEmpty() || !w.is(t.first(), VISITS)) {
      return a;
    }
    // "زار رئيس الوزراء العراقي حيدر العبادي البصرة": past the VSO subject
    int at = StruckPlaces.pastSubject(t.last() + 1, a.sources());
    ActorMention place = null;
    if (verb && !w.is(at, StruckPlaces.TO) && !w.is(at, IN)) {
      place = StruckPlaces.placeAt(w, entities, at, false);
    }
    if (place == null && (w.is(at, StruckPlaces.TO) || w.is(at, IN))) {
      place = StruckPlaces.placeAt(w, entities, at + 1, true); // "زيارة الرئيس إلى إسطنبول", "في بكين"
    }
    if (place == null && at < w.size() && w.hasProclitic(at, "ل") && !verb) {
      place = StruckPlaces.placeAt(w, entities, at, true); // "زيارته لبكين"
    }
    return place == null ? a : new Arguments(a.sources(), List.of(place), false, a.evidence());
  }

  /**
   * A threat's arguments with the place threatened as their target, when they have none: the verb's object
   * past its subject ("هددت إسرائيل قطاع غزة بعملية عسكرية": PSE), as a visit's.
   */
  static Arguments threatenedPlace(SentenceWords w, List<Entity> entities, TriggerMatch t, boolean verb, Arguments a) {
    if (!verb || !a.targets().isEmpty() || a.sources().isEmpty()) {
      return a;
    }
    ActorMention place = StruckPlaces.placeAt(w, entities, StruckPlaces.pastSubject(t.last() + 1, a.sources()), false);
    return place == null ? a : new Arguments(a.sources(), List.of(place), false, a.evidence());
  }

  /** How far after a withdrawal's trigger its "من" may stand: past the subject and the forces withdrawn. */
  private static final int WITHDRAWN_REACH = 8;

  /**
   * A military withdrawal's arguments with the place left as their target, when they have none: "انسحاب
   * إسرائيل من جنوب لبنان" (LBN), "لن تسحب القوات من منبج" (SYR), as a visit's place.
   */
  static Arguments withdrawnFrom(SentenceWords w, List<Entity> entities, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty()) {
      return a;
    }
    for (int k = t.last() + 1; k < w.size() && k <= t.last() + WITHDRAWN_REACH; k++) {
      if (Clauses.isBoundary(w, k)) {
        return a;
      }
      if (w.isKey(k, "من") && w.token(k).clitics().pre().isEmpty() && !w.is(k - 1, ObjectFinder.BACKED)) {
        // (not who backs the forces: "الانسحاب الكامل للقوات المدعومة من إيران")
        ActorMention place = StruckPlaces.placeAt(w, entities, k + 1, true);
        String own = a.sources().isEmpty() ? null : a.sources().get(0).actor().country();
        return place == null || place.actor().country().equals(own) ? a
            : new Arguments(a.sources(), List.of(place), false, a.evidence());
      }
    }
    return a;
  }
}
