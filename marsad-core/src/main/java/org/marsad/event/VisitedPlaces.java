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
  private static final java.util.Set<String> VISITS = EventKeys.setOf("زار", "يزور", "تزور", "زيارة", "زيارات",
      "جولة");
  private static final java.util.Set<String> IN = EventKeys.setOf("في");

  private VisitedPlaces() {}

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
