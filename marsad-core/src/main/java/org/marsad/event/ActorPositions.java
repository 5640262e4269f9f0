package org.marsad.event;

import static org.marsad.event.Adjuncts.IN;

import java.util.List;

/**
 * Where an actor group stands among the words of its sentence, as the argument rules ask it: behind a
 * preposition or a target preposition, as an attribute (a nisba) of the noun before, at the start of a
 * group, across a clause boundary; and the word shapes these tests need (counts, relatives, quotes).
 */
final class ActorPositions {
  private ActorPositions() {}

  /** Nouns that count the people after "من" or are a part of them: "عدد من المتظاهرين", "قوة من الشرطة". */
  static final java.util.Set<String> COUNT_NOUNS = EventKeys.setOf("عدد", "عددا", "مئات", "آلاف", "الاف",
      "عشرات", "ألوف", "حشود", "مجموعة", "مجموعات", "بعض", "العديد", "عديد", "الكثير", "كثير", "نحو",
      // and the units of a force: "قوة من الشرطة العراقية قامت بمداهمة", "فرقة من قوات مكافحة الإرهاب"
      "قوة", "فرقة", "وحدة", "وحدات", "دورية", "عناصر", "أفراد", "رجال");

  /** Quotation marks that open a name or what is said (the one set of them for the event stage). */
  static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "«", "“");
  private static final java.util.Set<String> PASSIVE_AUX = EventKeys.setOf("تم", "يتم", "تمت");

  static final java.util.Set<String> RELATIVES = EventKeys.setOf("الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللواتي", "اللاتي");

  static boolean inGroup(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      if (i >= g.first() && i <= g.last()) {
        return true;
      }
    }
    return false;
  }

  /** The first group starting within {@code reach} words after the count at {@code count} (the counted), or null. */
  static ActorGroup groupAfterCount(List<ActorGroup> groups, int count, int reach) {
    for (ActorGroup g : groups) {
      if (g.first() > count && g.first() <= count + reach) {
        return g;
      }
    }
    return null;
  }

  /**
   * The group counted at {@code count}, or whose members it counts when it is a generic noun ({@link
   * #partitive}).
   */
  static ActorGroup countedGroup(SentenceWords w, List<ActorGroup> groups, int count, int reach) {
    ActorGroup g = groupAfterCount(groups, count, reach);
    if (g != null && w.hasProclitic(g.first() - 1, "ب") && w.is(g.first() - 1, AgentPhrase.HANDS)) {
      return null; // "وقتل ستة آخرون بأيدي رجال الأمن": by whose hands, not who was counted
    }
    return partitive(w, groups, g);
  }

  /**
   * A generic noun of no country or name followed by "من" and a named or national actor is one of that
   * actor's: "12 مسلحا من مليشيا الحوثي" are Houthi fighters, "3 جنود من الجيش التركي" Turkish soldiers
   * ("20 شخصا من المتظاهرين" stay people). The group itself otherwise (and null for null).
   */
  static ActorGroup partitive(SentenceWords w, List<ActorGroup> groups, ActorGroup g) {
    if (g == null || !generic(g) || !w.isKey(g.last() + 1, "من")) {
      return g;
    }
    int of = g.last() + 2;
    ActorGroup whose = ActorGroup.startingAt(groups, of);
    if ((whose == null || generic(whose)) && w.is(of, PARTS_OF)) {
      whose = ActorGroup.startingAt(groups, of + 1); // "27 شخصا من مقاتلي قوات الحشد الشعبي"
    }
    return whose != null && !generic(whose) && !attributive(whose) ? whose : g;
  }

  /** One actor of no country and no name: "مسلحا", "شخصا", "مقاتلي". */
  static boolean generic(ActorGroup g) {
    return g.members().size() == 1 && g.members().get(0).actor().country() == null
        && g.members().get(0).actor().id() == null;
  }

  static boolean startsGroup(List<ActorGroup> groups, int i) {
    return ActorGroup.startingAt(groups, i) != null;
  }


  static boolean attributive(ActorGroup g) {
    return g.members().size() == 1 && g.members().get(0).attributive();
  }


  /** A noun, or an adjective used as one ("خطفوا مصورا فرنسيا": the tagger calls مصورا an adjective). */
  static boolean isNoun(SentenceWords w, int i) {
    String pos = w.token(i).pos();
    return "NOUN".equals(pos) || "ADJ".equals(pos);
  }

  /** The actor group starting at i behind ل ("للمطار"), or null. */
  static ActorGroup lamPhrase(List<ActorGroup> groups, SentenceWords w, int i) {
    for (ActorGroup g : groups) {
      if (g.first() == i && w.hasProclitic(i, "ل")) {
        return g;
      }
    }
    return null;
  }

  /** Whether the words in {@code [from, to)} are adjectives of the phrase ("الجوية" in "الرحلات الجوية الروسية"). */
  static boolean allAdjectives(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!"ADJ".equals(w.token(i).pos()) && !"NOUN".equals(w.token(i).pos())) {
        return false;
      }
    }
    return true;
  }

  static boolean sameParty(ActorGroup a, ActorGroup b) {
    return a.members().size() == 1 && b.members().size() == 1 && a.members().get(0).sameAs(b.members().get(0));
  }

  /**
   * Whether word i is "على" or "ضد" as written, which puts what an act is aimed at after it ("قصف الحوثيين على
   * عدن", "هجمات داعش ضد المدنيين"); the key of "على" is also that of the name "علي".
   */
  static boolean aimedAt(SentenceWords w, int i) {
    if (i < 0 || i >= w.size()) {
      return false;
    }
    String word = w.token(i).text();
    return word.equals("على") || word.equals("ضد");
  }

  /** Whether the trigger's span ends in its own preposition ("القبض على"): what follows is its object. */
  static boolean endsInPreposition(SentenceWords w, int trigger, int triggerEnd) {
    return triggerEnd > trigger && w.is(triggerEnd, Clauses.TARGET_PREPOSITIONS);
  }

  static boolean noBoundary(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Clauses.isBoundary(w, i) && !QUOTES.contains(w.token(i).text())) { // "شنه \"تنظيم الدولة\""
        return false;
      }
    }
    return true;
  }

  /** The target search stops at a clause opener or at another finite verb, which has its own arguments. */
  static boolean crossesClause(SentenceWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.is(i, Clauses.OPENERS) || (w.isVerb(i) && w.token(i).clitics().pre().isEmpty() && i > from)
          || w.is(i, PASSIVE_AUX) // ("وتم ترحيله إلى بلجيكا" is a clause of its own)
          || i > from && w.isComma(i - 1) && w.isVerb(i) && w.token(i).clitics().pre().equals(List.of("و"))) {
        // (and so is a verb joined by و after a comma: "خلال زيارته، وروى كثيرا من النكات عن والده")
        return true;
      }
      if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT && (".".equals(w.token(i).text())
          || ":".equals(w.token(i).text()))) {
        return true; // (a colon opens what is said: "وقال قرقاش على حسابه: «… للولايات المتحدة»")
      }
    }
    return false;
  }

  /**
   * Whether the word before position i (or a proclitic on it) is a preposition, or a compass noun that
   * locates like one ("في شرق سوريا").
   */
  static boolean behindPreposition(SentenceWords w, int i) {
    if (prepositionOn(w, i)) {
      return true;
    }
    if (i == 0) {
      return false;
    }
    if (detachedClitic(w, i - 1, true)) {
      return true; // "لـCNN", "لـ"سكاي نيوز عربية"": the clitic written apart before a Latin or quoted name
    }
    if (Clauses.COMPASS.contains(w.bare[i - 1])) {
      return true;
    }
    if (w.is(i - 1, ActorFinder.HONORIFICS) || w.abbreviatedHonorific(i - 1)) {
      // "اجتمع مع الدكتور جميل البقعاوي": the honorific's preposition (not a verb that reads as one: "وعبر")
      return prepositionOn(w, i - 1) || w.is(i - 2, BEFORE_HONORIFICS);
    }
    // "تحصن فيه مسلحون": فيه has its object already; but "من بينها السعودية" still lists who is among them
    boolean complete = !w.token(i - 1).clitics().post().isEmpty() && !w.isKey(i - 1, "بين");
    if ((w.is(i - 1, Clauses.TARGET_PREPOSITIONS) || w.is(i - 1, Clauses.OTHER_PREPOSITIONS)) && !complete) {
      // "كلا من السعودية وقطر": "كل من" announces a list of subjects, not a preposition phrase
      // and "عدد من المتظاهرين", "مئات من الطلاب" name who acts, not a place or a partner
      // (unless the count itself is behind one: "التقى بعدد من المواطنين", seed 202)
      return !(w.isKey(i - 1, "من") && i >= 2 && (w.isKey(i - 2, "كلا") || w.isKey(i - 2, "كل")
          || w.is(i - 2, COUNT_NOUNS) && !prepositionOn(w, i - 2)));
    }
    return false;
  }

  /** Prepositions an honorific and its name may stand behind ("عبر" is also a verb: "وعبر الدكتور الزياني عن"). */
  private static final java.util.Set<String> BEFORE_HONORIFICS = EventKeys.setOf("مع", "من", "إلى", "الى", "على",
      "عن", "لدى", "عند", "بين");

  /** Whether the word at i carries a preposition: "بعدد", "لعدد". */
  private static boolean prepositionOn(SentenceWords w, int i) {
    var pre = w.token(i).clitics().pre();
    return pre.contains("ل") || pre.contains("ب") || pre.contains("ك");
  }

  static boolean behindTargetPreposition(SentenceWords w, int i) {
    var pre = w.token(i).clitics().pre();
    // (not before a quote: "قال لـ«الشرق الأوسط»" names the newspaper told, no party to what is told)
    if (pre.contains("ل") || pre.contains("ب") || (i > 0 && detachedClitic(w, i - 1, false))) {
      return true;
    }
    // (behind a style of address that carries the ل, and the titles after it: "برقية تهنئة لفخامة الرئيس
    // عبدالفتاح السيسي", "لصاحب السمو الملكي الأمير"; a bare title's ل may be the genitive's, "لمدير مكتب")
    for (int s = i - 1; s >= 0 && s >= i - 4 && (w.is(s, AgentPhrase.STYLES) || w.is(s, ActorFinder.PERSON_TITLES)
        || w.is(s, ActorFinder.HONORIFICS)); s--) {
      if (w.hasProclitic(s, "ل") && w.is(s, AgentPhrase.STYLES) || w.hasProclitic(s, "ب") && !w.isKey(s, HELP)) {
        // (and a ب on any of them: "التقى الملك بالرئيس السيسي", "اتصالا هاتفيا بفخامة الرئيس", "سيلتقي
        // برئيس مجلس الأمن"; not "بمساعدة الانتربول", with the help of, no assistant)
        return true;
      }
    }
    // (not "بالقرب من محكمة مدينة الصدر": near a place); a count may stand between ("أفرجت عن ثلاثة مواطنين"),
    // and a head noun whose genitive the actor is ("لقاء مع مساعد وزير الخارجية", "غارات على مواقع المتمردين")
    int p = i > 1 && w.isCount(i - 1) ? i - 2 : i - 1;
    // (or a title whose body the actor is: "كما اجتمع مع رئيس المكتب السياسي لحركة حماس"; and a style of
    // address or an honorific before the title: "مع جلالة الملك عبدالله الثاني", "مع فخامة الرئيس عبدالفتاح
    // السيسي", "برقية تهنئة إلى الرئيس الدكتور بوني يايي")
    for (int heads = 0; p > 0 && w.token(p).clitics().post().isEmpty() && w.token(p).clitics().pre().isEmpty()
        && (heads < 2 && (w.is(p, PARTS_OF) || w.is(p, ActorFinder.PERSON_TITLES))
            || i - p <= 5 && (w.is(p, AgentPhrase.STYLES) || w.is(p, ActorFinder.HONORIFICS))); heads++) {
      p--; // ("مع مساعد وزير الخارجية الأميركي": two heads before the actor's own words)
    }
    if (p >= 1 && w.isKey(p, "من") && (w.isKey(p - 1, "كل") || w.isKey(p - 1, "كلا"))) {
      // "كل من" lists; whether they are partners is up to what governs the list: "مع كل من السعودية وقطر",
      // "لكل من", not "تطورات الأوضاع في كل من سوريا واليمن"
      // (with no preposition before it, "كلا من" is the verb's object: "اتهمت لندن كلا من روسيا وسوريا")
      return !w.is(p - 2, Clauses.OTHER_PREPOSITIONS) || w.token(p - 1).clitics().pre().contains("ل");
    }
    if (p >= 0 && w.isKey(p, RIGHT) && (w.hasProclitic(p, "ب") || w.isKey(p - 1, IN))) {
      return true; // "العقوبات الأمريكية بحق إيران" (ب is a clitic of حق), "الاتهامات في حق المنتج"
    }
    return p >= 0 && w.is(p, Clauses.TARGET_PREPOSITIONS) && !w.is(p - 1, NEAR);
  }

  private static final String RIGHT = EventKeys.of("حق");
  private static final String HELP = EventKeys.of("مساعدة");

  /** "لـ", "بـ": a preposition clitic written as a word of its own (before a Latin name). */
  static boolean detachedClitic(SentenceWords w, int i, boolean quoted) {
    if (quoted && i > 0 && QUOTES.contains(w.token(i).text())) {
      i--; // "لـ"سكاي نيوز عربية""
    }
    String norm = w.token(i).norm();
    return ("ل".equals(norm) || "ب".equals(norm)) && "ADP".equals(w.token(i).pos());
  }

  private static final java.util.Set<String> NEAR = EventKeys.setOf("قرب", "مقربة"); // ("بالقرب": ب is a clitic)
  /** Nouns naming people or places of an actor, the actor as their genitive: "مساعد وزير", "مواقع المتمردين". */
  static final java.util.Set<String> PARTS_OF = EventKeys.setOf("مساعد", "نائب", "مستشار", "مبعوث", "وفد",
      "ممثل", "ممثلي", "ممثلين", "قادة", "زعماء", "أعضاء", "عناصر", "مقاتلي", "مواقع", "موقع", "مقر", "مقرات",
      "معسكر", "معسكرات", "سفارة", "قنصلية", "تجمعات", "تعزيزات", "آليات", "دوريات", "وزير", "وزيرة", "رئيس",
      "وزارة", "ميليشيات", "ميليشيا", "مليشيات", "مسلحي", "فصائل", "معاقل", "مخازن", "مراكز",
      "مجاميع", "فلول"); // ("حصاراً على مجاميع ميليشيات الحوثي", seed 233)
}
