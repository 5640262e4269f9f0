package org.marsad.event;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;

/**
 * Where an attack struck, when the sentence names no actor it struck: "قصفت الطائرات مدينة دوما", "غارات
 * على حلب", "تعرضت مدينة دوما إلى غارات جوية". A town is no actor anywhere else (in "قتل خمسة في حلب" it
 * only says where), but as the object of an attack it is what was hit, and the target is its country's
 * people: coded with the country alone, as GDELT codes a place it cannot name an actor for.
 */
final class StruckPlaces {
  /** Nouns a place name follows as its kind: "مدينة دوما", "مخيم اليرموك", "مطار الشعيرات". */
  private static final java.util.Set<String> PLACE_HEADS = EventKeys.setOf("مدينة", "بلدة", "قرية", "منطقة",
      "محافظة", "مخيم", "حي", "ريف", "مطار", "ميناء", "جزيرة", "إقليم", "ولاية", "مقاطعة", "قاعدة");
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("على", "ضد");
  private static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى", "ل");
  private static final java.util.Set<String> SUFFERED = EventKeys.setOf("تعرض", "تعرضت");

  private StruckPlaces() {}

  /**
   * The place an attack hit, as a target, or null: its object (after the subject when that follows the
   * verb; after the noun and its adjectives), behind "على"/"ضد", or the subject of "تعرض" the attack
   * noun completes.
   */
  static ActorMention struck(SentenceWords w, List<Entity> entities, int trigger, int triggerEnd, boolean verb,
      List<ActorMention> sources) {
    int at = triggerEnd + 1;
    for (ActorMention s : sources) {
      if (verb && s.first() == at) {
        at = s.last() + 1; // "قصفت الطائرات الإسرائيلية مدينة غزة": past the VSO subject
      }
    }
    while (!verb && at < triggerEnd + 3 && at < w.size() && "ADJ".equals(w.token(at).pos())) {
      at++; // "غارات جوية على …"
    }
    if (w.is(at, AGAINST)) {
      at++;
    }
    ActorMention hit = placeAt(w, entities, at);
    if (hit == null && !verb) {
      int suffered = trigger - 1;
      // (the place may take its region and a day with it: "تعرضت مدينة دوما بالغوطة الشرقية في سوريا،
      // السبت، إلى غارات"; another verb between has its own complement)
      while (suffered > trigger - 16 && suffered > 0 && !w.is(suffered, SUFFERED)
          && !(w.isVerb(suffered) && !named(w, entities, suffered))) { // (the tagger calls "دوما" a verb)
        suffered--;
      }
      // ("تعرضت مدينة دوما … إلى غارات", "تعرضت إدلب لقصف"): the attack noun completes تعرض
      boolean completes = w.hasProclitic(trigger, "ل") || w.is(trigger - 1, TO);
      if (suffered >= 0 && w.is(suffered, SUFFERED) && completes) {
        hit = placeAt(w, entities, suffered + 1);
      }
    }
    return hit;
  }

  private static boolean named(SentenceWords w, List<Entity> entities, int i) {
    int offset = w.token(i).stemStart();
    for (Entity e : entities) {
      if (e.start() <= offset && offset < e.end()) {
        return true;
      }
    }
    return false;
  }

  /** The place entity at word i, or after a place noun there; null if none. */
  private static ActorMention placeAt(SentenceWords w, List<Entity> entities, int i) {
    if (i < 0 || i >= w.size()) {
      return null;
    }
    int from = w.is(i, PLACE_HEADS) ? i + 1 : i;
    for (Entity e : entities) {
      if (e.country() == null || !"LOC".equals(e.type()) || e.code() != null || w.tokenAt(e.start()) != from) {
        continue; // (a country by name is an actor already)
      }
      int start = w.token(i).stemStart();
      Event.Actor place = new Event.Actor(start, e.end(), w.doc.text().substring(start, e.end()), e.id(), e.country(),
          e.country());
      return new ActorMention(i, w.tokenAt(e.end() - 1), place);
    }
    return null;
  }
}
