package org.marsad.event;

import java.util.Set;

/**
 * The small closed classes the argument and mode rules look at: prepositions, clause openers,
 * negation, future and condition markers. Keys as {@link EventKeys#of} writes them.
 */
final class Clauses {
  private Clauses() {}

  /** Prepositions that introduce a target ("أرسلت طلبا إلى موسكو", "هجوم على", "حوار مع"). */
  static final Set<String> TARGET_PREPOSITIONS = EventKeys.setOf("إلى", "الى", "مع", "على", "ضد", "من", "عن", "تجاه",
      "اتجاه", "بحق", "لدى", "نحو", "صوب"); // ("باتجاه": ب is a clitic)

  /** Prepositions after which an actor is a place or a circumstance, not a participant. */
  static final Set<String> OTHER_PREPOSITIONS = EventKeys.setOf("في", "داخل", "خارج", "أمام", "قرب", "عند", "حول", "بين", "خلال", "بعد", "قبل", "منذ", "عبر", "لصالح", "بشأن", "بسبب", "مثل", "حتى",
      // "according to": who reports the event, not who takes part ("وقتل رؤوف بحسب المسؤولين الباكستانيين")
      "حسب", "وفق", "وفقا", "طبقا"); // ("بحسب" too: ب is a clitic)

  /** "According to", before who tells the news: "بحسب المرصد", "وفق ما ذكرت". */
  static final Set<String> ACCORDING = EventKeys.setOf("حسب", "بحسب", "وفق", "وفقا", "طبقا");

  /**
   * Compass nouns, which locate like a preposition: "في شرق سوريا", "شمال غرب باكستان". Matched by their
   * written form only: the lemmatiser gives the adjectives the same lemma ("كوريا الشمالية" → شمال).
   */
  static final Set<String> COMPASS = EventKeys.setOf("شرق", "غرب", "شمال", "جنوب", "وسط");

  /** Words that open a new clause: an actor beyond them is not the subject of a verb before them. */
  static final Set<String> OPENERS = EventKeys.setOf("أن", "إن", "بأن", "لأن", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "بينما", "فيما", "لكن", "لكنه", "لكنها", "إلا", "كما", "ثم", "إذ", "عندما", "حين", "حينما", "بعدما", "أنه", "أنها", "إنه", "إنها");

  // not "ما": in news it is the relative "ما أسفر عن مقتل", "لكثرة ما شهدته", not a negation (5 of 5
  // such sentences of the tuning half)
  static final Set<String> NEGATIONS = EventKeys.setOf("لم", "لن", "لا", "ليس", "ليست", "لسنا", "عدم", "دون", "بدون", "لما");

  static final Set<String> FUTURE_MARKERS = EventKeys.setOf("سوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "مرتقب", "مرتقبة", "المرتقبة", "المرتقب", "المقرر", "المتوقع", "يتوقع", "تتوقع", "يتوقعون", "المنتظر", "المزمع", "مزمع", "مزمعة",
      // plans and threats: "كان يستعد لشن هجوم", "خطط لتفجير", "هدد بقصف" (not carried out, or not yet)
      "يخطط", "تخطط", "يخططون", "خطط", "خططوا", "يستعد", "تستعد", "يستعدون", "استعد", "اعتزم", "يهدد", "تهدد", "هدد",
      "هددت", "يهددون", "تهديد", "تهديدات", "متوعدا", "مهددا", "توعد", "توعدت", "يتوعد", "تتوعد",
      // pledges: "تعهد ترامب بأن تفرض واشنطن عقوبات" (not carried out yet)
      "تعهد", "تعهدت", "يتعهد", "تتعهد", "متعهدا");

  /** "على", the preposition a masdar may complete its verb behind ("أقدم على خطف", "وافق على لقاء"). */
  static final String ON = EventKeys.of("على");

  /** Whether word i is a masdar right behind "على", with no clitic of its own ("وافق بوتين على لقاء"). */
  static boolean behindOn(SentenceWords w, int i) {
    return w.isKey(i - 1, ON) && w.token(i).clitics().pre().isEmpty();
  }

  static final Set<String> CONDITIONS = EventKeys.setOf("إذا", "اذا", "لو", "حال", "حالة", "لولا",
      // options and proposals: "الخيار الثالث، فهو شن هجوم", "واقترح ان تجري عملية تفجير"
      "خيار", "خيارات", "اقترح", "اقترحت", "يقترح",
      // possibility: "واشنطن ربما تنسحب منه", "إمكانية تعاون فريق ترامب مع مسؤولين روس"
      "ربما", "لعل", "احتمال", "إمكانية", "امكانية", "يحتمل");

  /** Words that may stand before a count: "قتل أمس سبعة", "قتل أكثر من 30", "مقتل أول من أمس 4 جنود". */
  static final Set<String> COUNT_LEAD = EventKeys.setOf("أمس", "امس", "اليوم", "أول", "اول", "أكثر", "اكثر", "من",
      "نحو", "حوالي", "زهاء");

  /** Days, which date an event noun right after them ("هجمات الأمس", "تفجيرات الثلاثاء") or stand between a verb and its subject ("قالت الثلاثاء هيذر نويرت"). */
  static final Set<String> DAYS = EventKeys.setOf("أمس", "الأمس", "امس", "الامس", "السبت", "الأحد",
      "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة");

  /** Verbs and nouns that deny what follows them ("نفى أن …"). */
  static final Set<String> DENIALS = EventKeys.setOf("نفى", "ينفي", "نفت", "تنفي", "نفي");


  /** Where a verb of {@code verbs} stands at most {@code reach} words before word i in its clause, or -1. */
  static int verbBefore(SentenceWords w, int i, int reach, Set<String> verbs) {
    for (int j = i - 1; j >= i - reach && j >= 0 && !isBoundary(w, j); j--) {
      if (w.is(j, verbs) && w.isVerb(j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether word i is "أن"/"إن", alone or with its pronoun ("أنه", "إنها"): what opens what is said. */
  static boolean isThat(SentenceWords w, int i) {
    return w.isKey(i, "ان") || w.isKey(i, "انه") || w.isKey(i, "انها");
  }

  /** First word of the clause that holds word i: just after the nearest boundary before it. */
  static int clauseStart(SentenceWords w, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (isBoundary(w, j)) {
        return j + 1;
      }
    }
    return 0;
  }

  /** Last word of the clause that holds word i: just before the nearest boundary after it. */
  static int clauseEnd(SentenceWords w, int i) {
    for (int j = i + 1; j < w.size(); j++) {
      if (isBoundary(w, j)) {
        return j - 1;
      }
    }
    return w.size() - 1;
  }

  /**
   * Whether the comma at i opens or closes a day set between commas, which cuts no clause: "كرر الرئيس
   * السوري بشار الأسد، الأربعاء، اتهامه للولايات المتحدة".
   */
  private static boolean timeAsideComma(SentenceWords w, int i) {
    if (!w.isComma(i)) {
      return false;
    }
    // "، الثلاثاء،", "، مساء الخميس،", "، يوم الجمعة،", "، السبت الماضي،", "، فجر أمس الجمعة،"
    // (and "، في وقت متأخر أول من أمس،": seed 272 had the attack the resistance carried out unclaimed)
    for (int n = 1; n <= TIME_ASIDE_WORDS; n++) {
      if (i + n + 1 < w.size() && w.isComma(i + n + 1) && timeWords(w, i + 1, i + n)
          || i - n - 1 >= 0 && w.isComma(i - n - 1) && timeWords(w, i - n, i - 1)) {
        return true;
      }
    }
    return false;
  }

  /** How many words a time set between commas may have: "، في وقت متأخر أول من أمس،". */
  private static final int TIME_ASIDE_WORDS = 6;
  private static final java.util.Set<String> TIME_PARTS = EventKeys.setOf("يوم", "الماضي", "الماضية", "المقبل",
      "المقبلة", "في", "وقت", "متأخر", "متأخرة", "أول", "اول", "من");

  /** Whether words from..to are a day or a time of day, with "يوم" or "الماضي" beside it. */
  private static boolean timeWords(SentenceWords w, int from, int to) {
    boolean day = false;
    for (int k = from; k <= to; k++) {
      boolean named = w.is(k, Adjuncts.DAY_NAMES) && w.isDefinite(k) || w.is(k, Adjuncts.TIME_WORDS);
      if (!named && !w.is(k, TIME_PARTS)) {
        return false;
      }
      day |= named;
    }
    return day;
  }

  /** Whether token i ends a sentence or one of its parts: ".", "؛", ";", "!", "?", "؟". */
  static boolean isFullStop(SentenceWords w, int i) {
    String text = w.token(i).text();
    return text.equals(".") || text.equals("؛") || text.equals(";") || text.equals("!") || text.equals("?")
        || text.equals("؟");
  }

  /** Whether token i ends a clause for the subject search: punctuation or a clause opener. */
  static boolean isBoundary(SentenceWords w, int i) {
    var t = w.token(i);
    if (t.kind() == org.marsad.doc.TokenKind.PUNCT) {
      // (nor the dot of "د.", nor the dashes of "- حفظه الله -")
      return !timeAsideComma(w, i) && !w.abbreviatedHonorific(i) && !w.aroundPrayer(i);
    }
    // ("الآن", now, whose key without the article is that of "أن": "لم تتعاون حتى الآن في التحقيقات")
    // (nor a relative inside a known name: "التحالف الذي تقوده السعودية")
    return w.is(i, OPENERS) && !Adjuncts.isNow(w, i) && !w.insideName(i);
  }

  /** Whether a word of {@code keys} follows word i within {@code reach} words, in its clause. */
  static boolean followsInClause(SentenceWords w, int i, int reach, Set<String> keys) {
    for (int j = i + 1; j <= i + reach && j < w.size() && !isBoundary(w, j); j++) {
      if (w.is(j, keys)) {
        return true;
      }
    }
    return false;
  }
}
