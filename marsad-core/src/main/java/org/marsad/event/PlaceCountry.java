package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;

/**
 * A state body named by its role alone takes the one country its sentence names: "اعتقلت الشرطة ثلاثة
 * أشخاص في ألمانيا" is Germany's police, "قال الجيش إن … شمال سوريا" Syria's army. Judges of the coded
 * news (and GDELT's coders) give such a body the country its sentence names; word order gives none.
 * Only state bodies (government, army, police, courts, intelligence, parliament): protesters, gunmen
 * and civilians are not given a country by where they are, as the OEDA gold codes them.
 */
final class PlaceCountry {
  /** Roles of a state's own bodies. */
  static final java.util.Set<String> STATE_ROLES = java.util.Set.of("GOV", "MIL", "COP", "JUD", "SPY",
      "LEG");

  private PlaceCountry() {}

  /**
   * The mentions, each state role without a country given the sentence's country: the one country it
   * names, when no actor of the sentence belongs to another and the event's other side is not of it.
   * Unchanged when the sentence names places of two countries, or none.
   */
  static List<ActorMention> located(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      List<ActorMention> mentions, List<ActorMention> otherSide, int upTo, boolean protest) {
    mentions = residents(w, entities, mentions);
    // (protesters, the opposition among them, have no country in the event gold: "احتجاجات المعارضة ضد
    // الحكومة في تايلاند")
    boolean opponents = !protest && mentions.stream().anyMatch(PlaceCountry::opponentAlone);
    if (mentions.stream().noneMatch(PlaceCountry::stateRoleAlone) && !opponents) {
      return mentions;
    }
    String sole = soleCountry(w, entities, groups, upTo);
    if (opponents) {
      mentions = domestic(w, entities, mentions, otherSide, sole);
    }
    // (not the country of the other side: "طردت فرنسا 4 دبلوماسيين" expels another state's diplomats)
    // (but rebels of the same country are the other side of its own army: "المعارك بين قوات الجيش الوطني
    // وميليشيا الحوثي")
    String country = sole == null || otherSide.stream()
        .anyMatch(m -> sole.equals(m.actor().country()) && !domesticOpponent(m)) ? null : sole;
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      Event.Actor a = m.actor();
      // the place right after the body is its own: "السلطات في سيول", whatever else the sentence names
      // (a body, not a person by a title: "الأمير وليام في رام الله" is a visitor there)
      boolean body = stateRoleAlone(m) && (particular(w, entities, groups, m) || menOfStateBody(w, groups, m, country));
      String own = body ? placeAfter(w, entities, m) : null;
      if (own == null && stateRoleAlone(m) && !m.actor().code().equals("MIL")) {
        own = OfficePlaces.countryOf(w, entities, groups, m); // "مدير عام التعليم بمنطقة نجران": Saudi Arabia's
      }
      String c = own != null ? own : body ? country : null;
      if (own != null && w.is(m.first(), DocumentCountry.ABROAD)) {
        c = null; // where a state's envoy serves is another state: "الملحق الثقافي في أستراليا" is no Australian
      }
      out.add(c != null ? m.coded(a.id(), c, c + a.code()) : m);
    }
    return out;
  }

  /** People a state's police or courts hold without naming their country: its own people, as a rule. */
  private static final java.util.Set<String> HELD_ROLES = java.util.Set.of("CVL", "CRM", "EDU", "MED", "LAB", "REL",
      "BUS");

  /**
   * The people a state's body arrests, charges, detains or releases are that state's when the sentence names
   * no other country: "اعتقلت الشرطة الهندية امرأة" (INDCVL), "اعتقلت الشرطة البريطانية رجلا" (GBRCVL).
   */
  static List<ActorMention> heldBy(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      List<ActorMention> targets, List<ActorMention> sources, int upTo) {
    String state = null;
    String people = null;
    boolean civil = false;
    for (ActorMention m : sources) {
      Event.Actor a = m.actor();
      if (state == null && stateBody(m)) {
        // (an occupation's forces hold the occupied: "اعتقلت قوات الاحتلال الإسرائيلي شابا" is a Palestinian)
        state = a.country();
        people = a.text().contains(OCCUPATION) ? OCCUPIED.getOrDefault(state, state) : state;
        civil = !a.code().endsWith("MIL");
      }
    }
    // (soldiers a state's government, police or courts hold are its own: "أمرت السلطات التركية باعتقال 271
    // جنديا"; an army may hold the enemy's)
    java.util.function.Predicate<ActorMention> held = civil
        ? m -> heldAlone(m) || m.actor().country() == null && m.actor().code() != null
            && FORCES.contains(m.actor().code())
        : PlaceCountry::heldAlone;
    if (state == null || targets.stream().noneMatch(held) || namesOtherCountry(w, entities, groups, state, upTo)) {
      return targets;
    }
    return ofCountry(targets, held, people);
  }

  private static final String OCCUPATION = "الاحتلال";
  /** The land each occupation holds, whose people its forces arrest. */
  private static final java.util.Map<String, String> OCCUPIED = java.util.Map.of("ISR", "PSE");

  /** Forces a state's civil authorities may hold: its soldiers and policemen. */
  private static final java.util.Set<String> FORCES = java.util.Set.of("MIL", "COP");

  /** The mentions with those the test picks given the country (their role kept): "امرأة" → INDCVL. */
  static List<ActorMention> ofCountry(List<ActorMention> mentions,
      java.util.function.Predicate<ActorMention> roleAlone, String country) {
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      Event.Actor a = m.actor();
      out.add(roleAlone.test(m) ? m.coded(a.id(), country, country + a.code()) : m);
    }
    return out;
  }

  private static boolean heldAlone(ActorMention m) {
    return m.actor().country() == null && m.actor().code() != null && HELD_ROLES.contains(m.actor().code());
  }

  /** An outlet tells, it is no party: the dateline's "(CNN)" names no other country. */
  private static boolean outlet(String code) {
    return code != null && code.endsWith("MED");
  }

  /** Whether the sentence, before word {@code upTo}, names a place or an actor of another country. */
  private static boolean namesOtherCountry(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      String country, int upTo) {
    int from = w.sentence.start();
    int to = upTo < w.size() ? w.token(upTo).start() : w.sentence.end();
    for (Entity e : entities) {
      if (e.start() >= from && e.end() <= to && e.country() != null && !country.equals(e.country())
          && !outlet(e.code())) {
        return true;
      }
    }
    for (ActorGroup g : groups) {
      for (ActorMention m : g.members()) {
        if (m.actor().country() != null && !country.equals(m.actor().country()) && !outlet(m.actor().code())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Roles that only a state's own people hold: its opposition and its parties (not rebels or militias,
   * whom states fight and back abroad: "القوات التركية تقاتل ميليشيات كردية" in Syria).
   */
  private static final java.util.Set<String> DOMESTIC_ROLES = java.util.Set.of("OPP", "PTY");

  private static boolean opponentAlone(ActorMention m) {
    return m.actor().country() == null && m.actor().code() != null && DOMESTIC_ROLES.contains(m.actor().code());
  }

  /**
   * The opposition or a party with no country, facing one state's own body, is that state's: "أبرمت حكومة
   * نيكاراغوا اتفاق هدنة مع المعارضة" (NICOPP), "اعتقلت الشرطة التركية عشرات المعارضين" (TUROPP). Not when
   * the sentence names another country (or, facing an army, a town abroad), nor facing a coalition of several
   * states (the Saudi-led one fights Yemen's rebels).
   */
  private static List<ActorMention> domestic(SentenceWords w, List<Entity> entities, List<ActorMention> mentions,
      List<ActorMention> otherSide, String sole) {
    String state = null;
    boolean army = false;
    for (ActorMention o : otherSide) {
      Event.Actor a = o.actor();
      String c = a.country();
      boolean body = stateBody(a) && (a.id() == null || !a.id().contains("coalition"));
      if (body && (state == null || state.equals(c))) {
        state = c;
        army |= a.code().endsWith("MIL");
      } else if (c != null) {
        return mentions; // sides of two countries: whose the opposition is, the sentence does not say
      }
    }
    // (an army may fight abroad; a government's agents who kill opponents in Berlin killed its own)
    if (state == null || sole != null && !sole.equals(state) || army && townAbroad(w, entities, state)) {
      return mentions;
    }
    return ofCountry(mentions, PlaceCountry::opponentAlone, state);
  }

  /**
   * Whether the sentence names a town or region of another country than the state's: "وقصفت الطائرات
   * الروسية مواقع المعارضة في الغوطة" strikes Syria's opposition, not Russia's. (A country named by its
   * name is the sole-country test's.)
   */
  private static boolean townAbroad(SentenceWords w, List<Entity> entities, String state) {
    for (Entity e : entities) {
      if (e.start() >= w.sentence.start() && e.end() <= w.sentence.end() && "LOC".equals(e.type())
          && e.code() == null && e.country() != null && !e.country().equals(state)) {
        return true;
      }
    }
    return false;
  }

  /** Non-state armed or opposition roles a state's own bodies fight or arrest at home. */
  private static final java.util.Set<String> DOMESTIC_OPPONENTS = java.util.Set.of("REB", "OPP", "INS", "SEP", "UAF",
      "RAD", "CRM");

  static boolean domesticOpponent(ActorMention m) {
    String code = m.actor().code();
    String country = m.actor().country();
    return code != null && country != null && code.startsWith(country)
        && DOMESTIC_OPPONENTS.contains(code.substring(country.length()));
  }

  private static final String IN = EventKeys.of("في");

  /** Nouns of the people of a place, whose genitive names it: "سكان أحياء وسط الخرطوم", "أهالي درعا". */
  private static final java.util.Set<String> RESIDENTS = EventKeys.setOf("سكان", "أهالي", "اهالي", "أهل", "أبناء",
      "ابناء", "مواطني");
  /** Roles of people, not bodies, that a place they come from gives a country. */
  private static final java.util.Set<String> PEOPLE_ROLES = java.util.Set.of("CVL", "REF", "EDU", "LAB");

  /** The country of a linked place that begins at word i, or null. */
  static String placeAt(SentenceWords w, List<Entity> entities, int i) {
    if (i >= w.size()) {
      return null;
    }
    String country = linkedPlace(w, entities, i, w.token(i).start());
    if (country != null) {
      return country;
    }
    // (past the kind of place the name is: "إدارة ولاية واشنطن للأسماك", "شرطة مقاطعة أونتاريو")
    return w.is(i, DIVISIONS) && w.token(i).clitics().isEmpty() && !w.isDefinite(i) ? placeAt(w, entities, i + 1)
        : null;
  }

  /**
   * The country of the linked place whose name begins at {@code start} in word i (the word's start, or its stem's
   * behind a proclitic: "بتبوك"), or null.
   */
  static String linkedPlace(SentenceWords w, List<Entity> entities, int i, int start) {
    for (Entity e : entities) {
      if (e.start() == start && "LOC".equals(e.type()) && e.country() != null && e.id() != null) {
        // (Jerusalem's bodies may be either state's: "نيابة منطقة القدس", "شرطة القدس" are Israel's, "أوقاف
        // القدس" Jordan's, though the base places the city in Palestine)
        return w.is(i, CONTESTED) ? null : e.country();
      }
    }
    return null;
  }

  /** A town whose bodies may be of either of two states, so its name alone gives none. */
  private static final java.util.Set<String> CONTESTED = EventKeys.setOf("القدس");

  /** Kinds of place before a place's name. */
  static final java.util.Set<String> DIVISIONS = EventKeys.setOf("ولاية", "مقاطعة", "إقليم", "اقليم",
      "محافظة", "مدينة", "منطقة"); // ("شرطة منطقة مكة المكرمة", seed 296)

  /** How many words of the genitive chain may come before the place: "سكان أحياء وسط الخرطوم". */
  private static final int RESIDENTS_REACH = 3;

  /**
   * Civilians named as the people of a place are of its country (the event gold does so: "خرج امس سكان
   * احياء وسط الخرطوم في مظاهرة" is Sudan's), unlike civilians merely in a place, whom it gives none.
   */
  private static List<ActorMention> residents(SentenceWords w, List<Entity> entities, List<ActorMention> mentions) {
    List<ActorMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      Event.Actor a = m.actor();
      if (a.country() != null || a.code() == null || !PEOPLE_ROLES.contains(a.code())) {
        continue;
      }
      String country = null;
      int from = m.last() + 1;
      if (w.isKey(from, "من") && w.token(from).clitics().pre().isEmpty()) {
        country = placeAt(w, entities, from + 1); // "1000 لاجئ من التبت": people from a place
      } else if (!"CVL".equals(a.code()) || !w.is(m.last(), RESIDENTS)) {
        continue;
      }
      for (int i = m.last() + 1; i <= m.last() + RESIDENTS_REACH && i < w.size() && country == null; i++) {
        // (a compass noun is part of the chain: "وسط الخرطوم")
        boolean preposition = "ADP".equals(w.token(i).pos()) && !w.is(i, Clauses.COMPASS);
        if (!w.token(i).isWord() || !w.token(i).clitics().pre().isEmpty() || preposition) {
          break; // the genitive chain ended: "السكان في غزة" is where they are
        }
        country = placeAt(w, entities, i);
      }
      if (country != null) {
        out = out == null ? new ArrayList<>(mentions) : out;
        out.set(k, m.coded(a.id(), country, country + a.code()));
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * The country of a place the knowledge base knows, named right after the body behind "في" ("السلطات في
   * سيول": Seoul, South Korea; "الشرطة في برلين"), at the end of a place phrase there ({@link
   * #placeFurtherIn}) or as its genitive ("شرطة تورونتو"); null otherwise. A linked place, not any word the
   * tagger calls a location.
   */
  private static String placeAfter(SentenceWords w, List<Entity> entities, ActorMention m) {
    int in = m.last() + 1;
    String further = placeFurtherIn(w, entities, in);
    if (further != null) {
      return further;
    }
    if (in < w.size() && !w.isDefinite(m.last()) && w.token(m.last()).clitics().post().isEmpty()
        && w.token(in).clitics().pre().isEmpty()) {
      // the place is the body's genitive: "شرطة تورونتو", "لجنة دلهي للمرأة"
      String genitive = placeAt(w, entities, in);
      if (genitive != null) {
        return genitive;
      }
    }
    int past = inPastOwnGenitive(w, m.last()); // "شرطة مكافحة الإرهاب في فرنسا"
    in = past >= 0 ? past : in;
    if (in + 1 >= w.size() || !w.isKey(in, IN) || !w.token(in).clitics().pre().isEmpty()) {
      return null;
    }
    return placeAt(w, entities, in + 1);
  }

  /**
   * Where "في" stands past the own genitive of a body in the construct state that ends at {@code last} (one or
   * two words, the last with the article): "شرطة مكافحة الإرهاب في فرنسا"; -1 when it does not.
   */
  static int inPastOwnGenitive(SentenceWords w, int last) {
    if (w.isDefinite(last) || !w.token(last).clitics().post().isEmpty()) {
      return -1;
    }
    for (int k = last + 1; k <= last + 2 && k + 2 < w.size() && w.token(k).clitics().pre().isEmpty() && !w.isVerb(k);
        k++) {
      if (w.isDefinite(k)) {
        return w.isKey(k + 1, IN) && w.token(k + 1).clitics().pre().isEmpty() ? k + 1 : -1;
      }
    }
    return -1;
  }

  /** How many words a place phrase after "في" may run before its known place: "في إقليم فاليه جنوبي غرب سويسرا". */
  private static final int PLACE_PHRASE_REACH = 6;
  /** Prepositions that end a place phrase: what follows them is no longer where the body is. */
  static final java.util.Set<String> PHRASE_ENDS = EventKeys.setOf("من", "إلى", "الى", "على", "عن", "مع",
      "بعد", "قبل", "منذ", "خلال", "ضد");

  /**
   * The country of the first known place in the place phrase behind "في" right after the body, when that
   * phrase opens with a place noun: "الشرطة في إقليم فاليه جنوبي غرب سويسرا" (the region unknown, its
   * country named). The phrase ends at a comma, a preposition or a clause boundary.
   */
  private static String placeFurtherIn(SentenceWords w, List<Entity> entities, int in) {
    if (in + 2 >= w.size() || !w.isKey(in, IN) || !w.token(in).clitics().pre().isEmpty()
        || !w.is(in + 1, StruckPlaces.PLACE_HEADS)) {
      return null;
    }
    for (int i = in + 2; i <= in + PLACE_PHRASE_REACH && i < w.size(); i++) {
      // (the tagger takes unknown names and sides for prepositions or verbs: "فاليه" read ف + إلى + ه, "غرب";
      // a preposition that ends the phrase stands bare)
      boolean bare = w.token(i).clitics().pre().isEmpty() && w.token(i).clitics().post().isEmpty();
      if (!w.token(i).isWord() || Clauses.isBoundary(w, i) || bare && w.is(i, PHRASE_ENDS) || w.hasProclitic(i, "ب")
          || w.hasProclitic(i, "ل") || w.hasProclitic(i, "و")) {
        return null;
      }
      String country = placeAt(w, entities, i);
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /** Adjectives of a body's kind, not of its nation: "القوات الأمنية", "السلطات الاتحادية". */
  static final java.util.Set<String> KIND_ADJECTIVES = EventKeys.setOf("الأمنية", "الأمني", "الجوية",
      "الجوي", "الاتحادية", "الاتحادي", "المسلحة", "الحكومية", "الحكومي", "العسكرية", "العسكري", "المحلية",
      "المحلي", "العليا", "الخاصة", "الشرعية", "المركزية", "العامة", "الوطنية", "الوطني", "الرسمية", "الكردية");

  /** Nouns of where or when, not a genitive that names the body: "جنود قرب الحدود", "قوات عند المعبر". */
  static final java.util.Set<String> WHERE_WORDS = EventKeys.setOf("قرب", "عند", "بعد", "قبل", "خلال",
      "داخل", "خارج", "أمام", "امام", "خلف", "وراء", "حول", "بين", "فوق", "تحت", "شمال", "جنوب", "شرق", "غرب",
      "قبالة", "ضد", "منذ", "لدى", "نحو", "عبر", "طوال", "إثر", "اثر", "عقب", "جراء", "وسط", "أثناء", "اثناء");

  /** Men of a state's forces: "شرطي", "جنود". */
  private static final java.util.Set<String> MEN_OF_FORCES = EventKeys.setOf("شرطي", "شرطيا", "شرطيين", "جندي",
      "جنديا", "جنود", "جنديين", "ضابط", "ضابطا", "ضباط", "ضابطين", "عسكري", "عسكريا", "عسكريين");

  /**
   * Whether the mention is men of a state's forces, counted or not ("مقتل شرطي", "إصابة 3 جنود"), in a
   * sentence where a body of that country itself tells or acts: "أعلنت وزارة الداخلية المصرية … مقتل شرطي"
   * (seed 174). Each is one of many, no particular body, and a place alone does not give them its country
   * (the event gold leaves "مقتل شرطيين … بجمهورية قره شاي" without one).
   */
  private static boolean menOfStateBody(SentenceWords w, List<ActorGroup> groups, ActorMention m, String country) {
    return country != null && w.is(m.first(), MEN_OF_FORCES) && groups.stream().flatMap(g -> g.members().stream())
        .anyMatch(o -> o != m && country.equals(o.actor().country()) && stateBody(o.actor()));
  }

  /** Whether the actor is a state's own body: its country's government, army, police, courts ("EGYGOV"). */
  private static boolean stateBody(Event.Actor a) {
    String c = a.country();
    return c != null && a.code() != null && a.code().startsWith(c)
        && STATE_ROLES.contains(a.code().substring(c.length()));
  }

  /**
   * Whether the mention names one body, not any of many ("26 دبلوماسيا من 15 بلدا", "أي حكومة", "دولة
   * جارة", "لجنة لحقوق الإنسان في الأمم المتحدة"): its last word has the article or a genitive after it.
   * And not a body whose nation an adjective the coder does not know gives ("المحكمة العليا الكرواتية").
   */
  static boolean particular(SentenceWords w, List<Entity> entities, List<ActorGroup> groups,
      ActorMention m) {
    int next = m.last() + 1;
    boolean genitive = next < w.size() && w.token(next).isWord() && w.token(next).clitics().pre().isEmpty()
        && (w.isDefinite(next) || "PROPN".equals(w.token(next).pos()) || ActorPositions.startsGroup(groups, next)
            || placeAt(w, entities, next) != null
            || next + 1 < w.size() && !w.isVerb(next) && !w.is(next, WHERE_WORDS) // "شرطة مكافحة الإرهاب"
                && w.isDefinite(next + 1) && w.token(next + 1).clitics().pre().isEmpty());
    // (or the mention is itself forces in construct with a man's name: "قوات صالح")
    boolean construct = m.last() > m.first() && w.is(m.first(), ActorFinder.FORCE_HEADS) && !w.isDefinite(m.first())
        && w.token(m.first() + 1).clitics().pre().isEmpty() && personAt(w, entities, m.first() + 1);
    if (!w.isDefinite(m.last()) && !genitive && !construct) {
      return false;
    }
    boolean nisba = next < w.size() && w.isDefinite(next) && TriggerFinder.adjective(w, next)
        && !w.is(next, KIND_ADJECTIVES);
    return !nisba;
  }

  /** Whether a person's name the recogniser found starts at word i. */
  private static boolean personAt(SentenceWords w, List<Entity> entities, int i) {
    int start = w.token(i).stemStart();
    return entities.stream().anyMatch(e -> e.start() == start && "PER".equals(e.type()));
  }

  /** Whether the mention is a state body of a country: its country and one of {@link #STATE_ROLES} ("EGYCOP"). */
  static boolean stateBody(ActorMention m) {
    String country = m.actor().country();
    String code = m.actor().code();
    return country != null && code != null && code.length() == country.length() + 3
        && STATE_ROLES.contains(code.substring(country.length()));
  }

  static boolean stateRoleAlone(ActorMention m) {
    return m.actor().country() == null && m.actor().code() != null && STATE_ROLES.contains(m.actor().code())
        && !CoalitionLeaders.is(m.actor()); // (a coalition of several states is no one state's body)
  }

  /** A country's land, capital or waters, which its nisba names: "العاصمة الصينية", "الأراضي السورية". */
  private static final java.util.Set<String> LANDS = EventKeys.setOf("العاصمة", "الأراضي", "الاراضي", "المياه",
      "الأجواء", "الاجواء", "السواحل");

  /**
   * Whether the mention is the press that tells the news or is told it, no party to it and no place: "… في
   * اليابان، وفقا لوكالة فرانس برس", "وقالت مصادر لـ«الشرق الأوسط»".
   */
  static boolean tellingPress(SentenceWords w, ActorGroup g, ActorMention m) {
    return m.isMedia() && (ObjectFinder.attributed(w, g) || toldTo(w, g.first()));
  }

  /**
   * Whether the outlet at i is the one told, behind ل on its name or on its head noun, or behind "لـ" written
   * apart and its quotes: "لبي بي سي", "لشبكة CNN", "لـ«الشرق الأوسط»".
   */
  private static boolean toldTo(SentenceWords w, int i) {
    int k = i - 1;
    while (k > 0 && ActorPositions.QUOTES.contains(w.token(k).text())) {
      k--;
    }
    return w.hasProclitic(i, "ل") || w.isKey(k, "ل") || w.is(k, ObjectFinder.OUTLETS) && w.hasProclitic(k, "ل");
  }

  /**
   * The one country the sentence names before word {@code upTo} (the start of what a speaker says, for the
   * speaker's own event: "قال مسؤول كبير في وايت هول إن روسيا" names Russia, not the official's country), or
   * null when it names none, or places or actors of two countries.
   */
  private static String soleCountry(SentenceWords w, List<Entity> entities, List<ActorGroup> groups, int upTo) {
    String country = null;
    boolean byName = false;
    int from = w.sentence.start();
    int to = upTo < w.size() ? w.token(upTo).start() : w.sentence.end();
    for (Entity e : entities) {
      if (e.start() < from || e.end() > to || !"LOC".equals(e.type()) || e.country() == null
          || Neighbours.neighbourAt(w, w.tokenAt(e.start()))) {
        continue; // (a neighbour names no place of the event: "في الإقليم الشرقي المتاخم لإيران", seed 238)
      }
      if (country != null && !country.equals(e.country())) {
        return null; // (also a town of another country: "السلطات الصحية في غزة … وإسرائيل")
      }
      country = e.country();
      byName |= e.code() != null;
    }
    for (ActorGroup g : groups) {
      ActorMention m = g.members().get(0);
      boolean inLand = m.attributive() && m.actor().country() != null && g.first() > 0 && g.last() < upTo
          && w.is(g.first() - 1, LANDS);
      if (inLand && country != null && !country.equals(m.actor().country())) {
        return null;
      }
      if (inLand) {
        country = m.actor().country(); // "على أطراف العاصمة الصينية", "داخل الأراضي السورية": a country named
        byName = true;
      }
    }
    if (!byName) {
      return null; // (a country by its name: a town's name is often another town's too, "الجزيرة")
    }
    for (ActorGroup g : country == null ? List.<ActorGroup>of() : groups) {
      for (ActorMention m : g.members()) {
        String c = m.actor().country();
        if (c != null && !c.equals(country) && !tellingPress(w, g, m)) {
          return null; // another country's actor: the place may be where it acted, not whose the body is
        }
      }
    }
    return country;
  }
}
