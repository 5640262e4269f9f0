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
  static final java.util.Set<String> PLACE_HEADS = EventKeys.setOf("مدينة", "بلدة", "قرية", "منطقة",
      "محافظة", "مخيم", "حي", "ريف", "مطار", "ميناء", "جزيرة", "إقليم", "ولاية", "مقاطعة", "قاعدة", "قطاع", "مديرية",
      "مدن", "بلدات", "قرى", "مناطق", "مخيمات", "أحياء", "احياء", "مديريتي", "مدينتي", "بلدتي");
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("على", "ضد");
  static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى", "ل");
  private static final java.util.Set<String> SUFFERED = EventKeys.setOf("تعرض", "تعرضت");

  private StruckPlaces() {}

  /**
   * The place an attack hit, as a target, or null: its object (after the subject when that follows the
   * verb; after the noun and its adjectives), behind "على"/"ضد", or the subject of "تعرض" the attack
   * noun completes.
   */
  static ActorMention struck(SentenceWords w, List<Entity> entities, int trigger, int triggerEnd, boolean verb,
      List<ActorMention> sources) {
    // "قصفت الطائرات الإسرائيلية مدينة غزة": past the VSO subject
    int at = verb ? pastSubject(triggerEnd + 1, sources) : triggerEnd + 1;
    if (verb && w.is(at, Clauses.ACCORDING)) {
      for (int k = at + 1; k <= at + 5 && k + 1 < w.size(); k++) {
        if (w.isComma(k)) {
          at = k + 1; // past who tells it: "واستهدفت الطائرات الحربية وفق المرصد، مدينة درعا"
          break;
        }
      }
    }
    while (!verb && at < triggerEnd + 3 && at < w.size() && "ADJ".equals(w.token(at).pos())) {
      at++; // "غارات جوية على …"
    }
    if (w.is(at, AGAINST)) {
      at++;
    }
    ActorMention homes = homesAt(w, at);
    if (homes != null) {
      return homes; // "قصف الحوثيون مناطق سكنية في عدن": the people who live there
    }
    ActorMention hit = placeAt(w, entities, at, false);
    if (hit == null && verb && !w.token(trigger).clitics().post().isEmpty() && w.is(trigger - 1, RELATIVES)) {
      // "الغوطة الشرقية التي تحاصرها قوات النظام": the verb's pronoun is the place the relative follows
      hit = placeEndingAt(w, entities, w.isComma(trigger - 2) ? trigger - 3 : trigger - 2);
    }
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
        hit = placeAt(w, entities, suffered + 1, false);
        if (hit == null) {
          // the place before the verb: "المناطق شرقي درعا تتعرض للقصف", "بلدة صيدا، التي تتعرض لغارات"
          int before = suffered - 1;
          before -= w.is(before, RELATIVES) ? 1 : 0;
          before -= before >= 0 && w.isComma(before) ? 1 : 0;
          hit = placeEndingAt(w, entities, before);
        }
      }
    }
    return hit;
  }

  /** Houses, whose owner is their genitive: "منزل قائد الحوثيين". */
  static final java.util.Set<String> HOMES = EventKeys.setOf("منازل", "منزل", "بيوت", "مساكن");
  /** Homes struck in the plural: their residents are the target (one house is someone's, named or not). */
  private static final java.util.Set<String> RESIDENTS_HOMES = EventKeys.setOf("منازل", "بيوت", "مساكن");
  /** Quarters that the adjective after them makes residential: "أحياء سكنية", "المناطق السكنية". */
  private static final java.util.Set<String> QUARTERS = EventKeys.setOf("أحياء", "احياء", "حي", "مناطق", "منطقة",
      "مباني", "مبان", "مجمع", "مجمعات");
  private static final java.util.Set<String> RESIDENTIAL = EventKeys.setOf("سكنية", "سكني", "السكنية", "السكني");

  /**
   * Homes or residential quarters at word {@code at}, as the civilians who live there (CVL, of no country
   * yet: the place further on gives it), or null. "قصفت الميليشيات منازل المدنيين" names them itself.
   */
  private static ActorMention homesAt(SentenceWords w, int at) {
    if (at < 0 || at >= w.size() || !w.token(at).clitics().pre().isEmpty()) {
      return null;
    }
    int last = w.is(at, RESIDENTS_HOMES) ? at : w.is(at, QUARTERS) && w.is(at + 1, RESIDENTIAL) ? at + 1 : -1;
    if (last < 0 || w.is(last + 1, HOMES_OWNERS) || w.isKey(last + 1, GOD)) { // ("بيوت الله": mosques)
      return null;
    }
    int start = w.token(at).stemStart();
    int end = w.token(last).stemEnd();
    String text = w.doc.text().substring(start, end);
    return new ActorMention(at, last, new Event.Actor(start, end, text, null, null, "CVL"));
  }

  private static final String GOD = EventKeys.of("الله");

  /** Whose homes, when the words after name them: "منازل قيادات الحوثي" are the leaders', not civilians'. */
  private static final java.util.Set<String> HOMES_OWNERS = EventKeys.setOf("قيادات", "قادة", "قيادي", "مسؤولين",
      "عناصر", "مسلحي", "ضباط", "قائد");

  /** Word {@code at}, or the word after the source that starts there (a VSO subject right after its verb). */
  static int pastSubject(int at, List<ActorMention> sources) {
    for (ActorMention s : sources) {
      if (s.first() == at) {
        at = s.last() + 1;
      }
    }
    return at;
  }

  /** Words of fighting between sides, where a place says where it was fought, not what was hit. */
  static final java.util.Set<String> FIGHTING = EventKeys.setOf("اشتباك", "اشتباكات", "الاشتباكات", "معارك",
      "المعارك", "معركة", "مواجهات", "المواجهات", "قتال", "القتال", "اقتتال", "الاقتتال", "قاتل", "تقاتل", "يقاتل",
      "يقاتلون", "حارب", "تحارب", "يحارب");
  /** "في", "على", "ضد", and the direction a missile was fired in: "صاروخا باليستيا باتجاه جازان". */
  private static final java.util.Set<String> IN_OR_AT = EventKeys.setOf("في", "على", "ضد", "باتجاه", "اتجاه", "تجاه",
      "نحو", "صوب", "داخل");
  /** The sides of a place, as a noun or its nisba: "وسط وشمالي قطاع غزة", "شرقي درعا". */
  static final java.util.Set<String> SIDES = EventKeys.setOf("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي",
      "غربي", "شمالي", "جنوبي");
  /** How far after the trigger a strike's place may stand ("قصف الجيش عشرات الأهداف في قطاع غزة"). */
  private static final int PLACE_REACH = 8;

  /**
   * The place a strike hit, named further on in its clause behind "في", "على" or ب: "قصف الجيش الإسرائيلي
   * عشرات الأهداف في قطاع غزة", "فجر داعش قوس النصر في تدمر", "غارة جوية … قبل أسبوع على مديرية حيدان".
   * Only for strikes, bombings and attacks on a place: a killing "في حلب" says where people died, and
   * fighting "في حلب" where the sides met.
   */
  static ActorMention struckFurther(SentenceWords w, List<Entity> entities, int trigger, int triggerEnd,
      CameoCode code, List<ActorMention> sources) {
    // (root 18 only for bombings, 183x: not a killing, 1823, nor an abduction, 181)
    if (!code.isAttack() || code.code().startsWith("18") && !code.code().startsWith("183")
        || w.is(trigger, FIGHTING)) {
      return null;
    }
    int from = triggerEnd + 1;
    for (ActorMention s : sources) {
      if (s.first() > triggerEnd && s.first() <= from + 1) {
        from = Math.max(from, s.last() + 1); // past the VSO subject: "شنت مقاتلات الجيش الإسرائيلي غارات …"
      }
    }
    for (int i = from; i <= from + PLACE_REACH && i + 1 < w.size(); i++) {
      boolean comma = w.isComma(i);
      boolean aims = w.is(i, ObjectFinder.AIM) && w.token(i).clitics().post().isEmpty(); // "ضربة … استهدفت موقعا بمحافظة حماه"
      // (the tagger may call "داخل" a verb)
      boolean verb = w.isVerb(i) && !w.is(i, IN_OR_AT);
      if (!comma && Clauses.isBoundary(w, i) || verb && i > triggerEnd + 1 && !named(w, entities, i) && !aims) {
        return null; // another clause, or another verb with its own complement (not the attack's aim)
      }
      // (not where it came from: "تعرضوا لإطلاق النار من داخل قطاع غزة")
      boolean origin = i > 0 && w.isKey(i - 1, "من");
      int at = w.is(i, IN_OR_AT) && !origin ? i + 1 : w.hasProclitic(i, "ب") ? i : -1;
      boolean side = false; // (a side names a town or region there, not a country: "شمال شرقي نيجيريا" is where)
      if (at > 0 && at + 1 < w.size() && Clauses.COMPASS.contains(w.bare[at])) {
        at++; // "في شمال سوريا"
      }
      if (at < 0 && i > triggerEnd + 1 && w.is(i, SIDES) && w.token(i).clitics().pre().isEmpty()) {
        at = i + 1; // "غارات استهدفت موقعين عسكريين وسط وشمالي قطاع غزة": where the sites are
        side = true;
        while (at + 1 < w.size() && w.is(at, SIDES) && w.hasProclitic(at, "و")) {
          at++;
        }
      }
      ActorMention place = at < 0 ? null : placeAt(w, entities, at, !side);
      if (place == null && at > 0 && !side) {
        place = land(w, at);
      }
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  /** A country's land or air: struck, they are the country ("قصف مواقع داخل الأراضي السورية"). */
  private static final java.util.Set<String> LAND = EventKeys.setOf("الأراضي", "أراضي", "الأرض", "الأجواء",
      "أجواء");
  private static final java.util.Set<String> AIRSPACE = EventKeys.setOf("المجال");
  private static final java.util.Set<String> AIR = EventKeys.setOf("الجوي");

  /**
   * The country whose land or air word {@code at} names: "داخل الأراضي السورية", "بالأراضي السورية". (Only
   * as what an attack struck: elsewhere the nisba qualifies the land, where something was or was said.)
   */
  private static ActorMention land(SentenceWords w, int at) {
    int nisba = w.is(at, LAND) ? at + 1 : w.is(at, AIRSPACE) && w.is(at + 1, AIR) ? at + 2 : -1;
    if (nisba < 0 || nisba >= w.size()) {
      return null;
    }
    for (org.marsad.doc.ActorRef r : w.doc.actors()) {
      if (r.start() == w.token(nisba).stemStart() && r.country() != null && r.country().equals(r.code())) {
        int start = w.token(at).stemStart();
        Event.Actor country = new Event.Actor(start, r.end(), w.doc.text().substring(start, r.end()), null,
            r.country(), r.country());
        return new ActorMention(at, w.tokenAt(r.end() - 1), country);
      }
    }
    return null;
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

  private static final java.util.Set<String> RELATIVES = EventKeys.setOf("التي", "الذي", "اللتين", "اللذين");

  /** The place entity (not a country) whose last word is word i, with its place noun; null if none. */
  private static ActorMention placeEndingAt(SentenceWords w, List<Entity> entities, int i) {
    for (Entity e : entities) {
      if (i >= 0 && e.country() != null && "LOC".equals(e.type()) && e.code() == null
          && w.tokenAt(e.end() - 1) == i) {
        int first = w.tokenAt(e.start());
        return placeAt(w, entities, first > 0 && w.is(first - 1, PLACE_HEADS) ? first - 1 : first, false);
      }
    }
    return null;
  }

  /**
   * The place entity at word i, or after a place noun there; null if none. A country by name is an actor
   * already, found by word order, unless {@code countries} asks for it too (behind في).
   */
  static ActorMention placeAt(SentenceWords w, List<Entity> entities, int i, boolean countries) {
    if (i < 0 || i >= w.size()) {
      return null;
    }
    int from = w.is(i, PLACE_HEADS) ? i + 1 : i;
    if (from > i && w.is(from, PLACE_HEADS) && w.hasProclitic(from, "و")) {
      from++; // a second head joined by و: "استهدفت قوات النظام مدن وبلدات الغوطة"
    }
    // (and a third head may follow, the name's own or not: "قرى وبلدات ريف درعا", "مدن وبلدات قطاع غزة")
    int alsoFrom = from > i + 1 && w.is(from, PLACE_HEADS) ? from + 1 : -1;
    for (Entity e : entities) {
      int at = w.tokenAt(e.start());
      if (at == from && alsoFrom > 0 && w.tokenAt(e.end() - 1) == from) {
        continue; // a head that is a name alone: "ريف | درعا" is not the Rif
      }
      if (e.country() == null || !"LOC".equals(e.type()) || (e.code() != null && !countries)
          || at != from && at != alsoFrom && !(at == i && w.tokenAt(e.end() - 1) > i)) {
        // (the head may be the name's own: "قطاع غزة"; but not a head that is a name alone, "ريف | حمص")
        continue;
      }
      int start = w.token(i).stemStart();
      Event.Actor place = new Event.Actor(start, e.end(), w.doc.text().substring(start, e.end()), e.id(), e.country(),
          e.country());
      return new ActorMention(i, w.tokenAt(e.end() - 1), place);
    }
    return null;
  }
}
