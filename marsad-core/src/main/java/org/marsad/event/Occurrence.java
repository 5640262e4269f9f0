package org.marsad.event;

import org.marsad.doc.Event.Mode;

/**
 * Whether the text reports a protest or an attack as having taken place, rather than naming one: "منذ
 * اغتيال الحريري" is background, "ضبط المظاهرات" a kind of event, "كل الذين يقتلون العراقيين" a habit,
 * "بتهمة خطف" a charge. The event gold says "no" to all of these; an analyst counting attacks would too.
 */
final class Occurrence {
  private Occurrence() {}

  /**
   * Whether a protest or attack trigger took place. A noun needs the text to say so ({@link
   * #nounTookPlace}); a verb does unless it stands for the masdar after a background word ("بتهمة خطف
   * أربعة سياح") or is an imperfective attack verb told as a fact (a habit or a state: "يقاتل الجنود
   * المتشددين منذ شهور"; the gold says no to all 8 such sentences of the tuning half).
   */
  static boolean tookPlace(SentenceWords w, int trigger, boolean verb, boolean protest, Mode mode) {
    if (!verb) {
      return nounTookPlace(w, trigger, protest);
    }
    if (w.is(trigger - 1, BACKGROUND)) {
      return false;
    }
    // (an imperfective after لم is the past: "ولم تطلق القوات سوى ثمانية صواريخ" fired eight)
    boolean past = w.isKey(trigger - 1, "لم");
    return protest || past || !w.isImperfective(trigger) || (mode != Mode.ASSERTED && mode != Mode.REPORTED);
  }

  /** Verbs that say an event noun took place: "اندلعت مظاهرات", "خرجت مسيرة", "شهدت المدينة احتجاجات". */
  private static final java.util.Set<String> OCCURRENCE_VERBS = EventKeys.setOf("اندلع", "خرج", "انطلق", "جرى", "نظم",
      "شهد", "تواصل", "تصاعد", "عم", "اجتاح", "انفجر", "تجدد", "سار", "قاد", "شارك", "نزل", "تجمع", "احتشد",
      "وقع", "نفذ", "أسفر", "أدى", "استهدف", "ضرب", "هز", "تبنى", "أوقع", "تعرض", "شن", "قتل", "أصيب", "سقط",
      "قام", "نجا", "لقي", "دمر", "أودى", "خاض", "فجر", "أخرج", "تبادل",
      // fighting under way: "ودارت اشتباكات بين", "تدور معارك", "نشبت مواجهات", "احتدمت المعارك"
      "دار", "نشب", "احتدم", "اشتد",
      "رصد"); // "ورصد المرصد اشتباكات": the observatory saw them
  /**
   * Verbs of carrying on or beginning an act, before its noun: "كثفت غاراتها", "واصل المتظاهرون الاحتجاجات",
   * "بدأت قوات النظام هجوما بريا". (After it, "الاحتجاجات التي بدأت في 30 مارس" is background.)
   */
  private static final java.util.Set<String> CARRIED_ON = EventKeys.setOf("واصل", "جدد", "كثف", "صعد", "استأنف",
      "بدأ");
  /** "مسيرته": a career, when it is one's own (not a march). */
  private static final java.util.Set<String> CAREER = EventKeys.setOf("مسيرة");

  private static final String IN_PROTEST = EventKeys.of("احتجاجا");
  private static final String DONE = EventKeys.of("تم");
  private static final String IN = EventKeys.of("في");
  private static final String KILLING_PLACE = EventKeys.of("مقتل");
  /** "تعرض X لـ…": X suffered the event noun behind ل, however long X is. */
  static final java.util.Set<String> SUFFERED = EventKeys.setOf("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض");

  /** Casualties said next to an attack noun mean the attack took place: "قتل أربعة في انفجار سيارة مفخخة". */
  private static final java.util.Set<String> CASUALTY_WORDS = EventKeys.setOf("مقتل", "إصابة", "اصابة", "مصرع",
      "قتلى", "جرحى", "قتيل", "جريح",
      "رصاص"); // "مقتل ممرضة برصاص الجيش": shot, so it happened
  /** Casualty verbs count only as verbs: "قتل" the noun is also killing in general ("تبرير القتل"). */
  private static final java.util.Set<String> CASUALTY_VERBS = EventKeys.setOf("قتل", "أصيب", "اصيب", "أصاب");
  /** A noun right after these is background, not the news: "منذ اغتيال الحريري", "غداة اعتداء". */
  private static final java.util.Set<String> BACKGROUND = EventKeys.setOf("منذ", "غداة", "عقب", "بعد", "قبل",
      // a case in court or under inquiry: "بتهمة خطف", "في قضية اغتيال", "التحقيق في مقتل", "ذكرى اغتيال"
      "تهمة", "قضية", "تحقيق", "ذكرى", "أعقاب", "اعقاب");

  /**
   * Whether an event noun is said to have happened: an occurrence verb within three words ("اندلعت
   * مظاهرات"), a casualty word close by ("مقتل ثلاثة … في انفجار"), a count after it (a passive verb
   * the tagger read as a noun: "قتل أربعة أشخاص"), a day after it ("هجمات الأمس"), a "تعرض" before it
   * behind ل, "تم" before it ("تم خطفهما"), a form of قام before it behind ب ("قامت امرأة … بتفجير
   * نفسها"), a dated chronology entry ("2005: اغتيال") or "احتجاجا"; "شن" and "نفذ" count as the
   * occurrence verbs they are when the tagger reads them as nouns. Never right after a background word
   * ("منذ", "بتهمة", "التحقيق في"). A noun
   * alone ("ضبط المظاهرات", "مسيرة المنتخب") names a kind of event, not one that took place, and gets no
   * implied agent.
   */
  static boolean nounTookPlace(SentenceWords w, int noun, boolean protest) {
    if (noun > 0 && (w.is(noun - 1, BACKGROUND) || (w.isKey(noun - 1, IN) && w.is(noun - 2, BACKGROUND)))) {
      return false; // "منذ اغتيال", "التحقيق في مقتل"
    }
    if (w.isKey(noun - 1, IN) && w.isKey(noun, KILLING_PLACE) && !hasGenitive(w, noun)) {
      return false; // "أصابت أعداء الأمة في مقتل": hit them in a vital spot, nobody was killed
    }
    for (int j = Math.max(0, noun - 6); j <= noun + 4 && j < w.size(); j++) {
      if (j != noun && (w.is(j, CASUALTY_WORDS)
          || (w.is(j, CASUALTY_VERBS) && (w.isVerb(j) || countFollows(w, j + 1))))) {
        // a casualty verb, also the passive the tagger read as a noun ("قتل خمسة جنود في هجوم")
        return true;
      }
    }
    if (!protest && countFollows(w, noun + 1) && !w.token(noun).clitics().pre().contains("ال")) {
      return true; // "كما قتل أربعة أشخاص": a passive verb the tagger read as a noun, with its count
    }
    if (!protest && !w.isDefinite(noun) && Victims.verbForm(w, noun)) {
      int j = noun + 1;
      while (j < w.size() && j <= noun + 3 && w.isDefinite(j)) {
        j++;
      }
      if (j > noun + 1 && countFollows(w, j)) {
        return true; // "وقتل الجيش الإسرائيلي 150 فلسطينيا": a VSO verb the tagger read as a noun, subject and count
      }
    }
    if (!protest && (wentOff(w, noun) || resultedIn(w, noun))) {
      return true; // "عبوة ناسفة تمت زراعتها … انفجرت", "الهجوم الذي بدأ قبل شهرين أوقع … أكثر من ألف قتيل"
    }
    if (!protest && announced(w, noun)) {
      return true; // "أعلن الجيش الإسرائيلي مقتل جندي": deaths an authority announces took place
    }
    if (!protest && passiveWithOneVictim(w, noun)) {
      return true; // "وقتل جندي إسرائيلي في هجوم": a passive verb the tagger read as a noun, its victim after it
    }
    if (noun + 1 < w.size() && w.is(noun + 1, Clauses.DAYS)) {
      return true; // "هجمات الأمس الانتحارية", "تفجير الثلاثاء": a dated attack is one that took place
    }
    if (w.hasProclitic(noun, "ل")) {
      for (int j = noun - 1; j >= 0 && j >= noun - 8 && !Clauses.isBoundary(w, j); j--) {
        if (w.is(j, SUFFERED)) {
          return true; // "تعرض قافلة عسكرية تضم جنودا بحلف الناتو لهجوم انتحاري"
        }
      }
    }
    if (doneAsPassive(w, noun)) {
      return true; // "تم خطفهما", "تم اغتياله": the passive of the masdar's verb
    }
    if (w.hasProclitic(noun, "ب") && didBefore(w, noun)) {
      return true; // "قامت امرأة … بتفجير نفسها": the light verb قام with its masdar behind ب
    }
    if (noun >= 2 && ":".equals(w.token(noun - 1).text()) && w.isCount(noun - 2)) {
      return true; // "* 21 مايو 2005: اغتيال الأمين العام": a dated entry of a chronology
    }
    for (int j = Math.max(0, noun - 3); j < noun; j++) {
      if (w.isVerb(j) && w.is(j, CARRIED_ON) && begins(w, j) && !w.is(j - 1, Clauses.NEGATIONS)
          && !(w.is(noun, CAREER) && !w.token(noun).clitics().post().isEmpty())) {
        return true; // "وكثفت إسرائيل غاراتها": carried on, so under way (not "أواصل مسيرتي", a career)
      }
    }
    for (int j = noun + 4; j <= noun + 6 && j < w.size() && !protest; j++) {
      if (TriggerFinder.afterElapsed(w, j) && TriggerFinder.attackAimedAt(w, j) == noun) {
        return true; // "تفجير ثان بعد دقائق استهدف كنيسة": its aim verb, past a while (nearer: below)
      }
    }
    if (w.bare[noun].equals(IN_PROTEST)) {
      return true; // "أضرب العرب احتجاجا على …": the accusative of purpose makes the act a protest
    }
    for (int j = Math.max(0, noun - 3); j <= noun + 3 && j < w.size(); j++) {
      // the tagger reads some verbs as nouns ("ونزل آلاف المتظاهرين … في مسيرات"); for protests the
      // lemma decides (on attacks it let nouns such as "وقع" through: more false alarms than finds)
      if (j != noun && (w.isVerb(j) || (protest && w.token(j).isWord()) || launchVerb(w, j))
          && (OCCURRENCE_VERBS.contains(w.lemma[j]) || OCCURRENCE_VERBS.contains(EventKeys.verbStem(w.token(j))))
          && !w.is(j - 1, Clauses.NEGATIONS)) { // ("عبوة ناسفة لم تنفجر" did not go off)
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> LAUNCH = EventKeys.setOf("شن", "نفذ");

  /** Whether the masdar at i follows "تم", its passive: "تم خطفهما", "تم اغتياله". */
  static boolean doneAsPassive(SentenceWords w, int i) {
    return w.isKey(i - 1, DONE);
  }

  /**
   * Whether the masdar at i is the news told in the passive with "تم" ("مضيفا انه تم خطفهما"), not a
   * relative clause that describes someone by it ("إحدى الممرضات التي تم اختطافها في أكتوبر").
   */
  static boolean toldAsPassive(SentenceWords w, int i) {
    return doneAsPassive(w, i) && !w.is(i - 2, ActorPositions.RELATIVES);
  }

  private static final java.util.Set<String> BOMBS = EventKeys.setOf("عبوة", "عبوات", "قنبلة", "قنابل", "لغم",
      "ألغام", "مفخخة", "حزام");
  /** The perfective only: "قبل أن تنفجر", "لم تنفجر" did not go off. */
  private static final java.util.Set<String> WENT_OFF = EventKeys.setOf("انفجر", "انفجرت");
  /** How far a bomb told first may stand from the verb that says it went off. */
  private static final int WENT_OFF_REACH = 18;

  /** Whether the bomb at {@code noun} went off further on in its sentence part: "عبوة ناسفة تمت زراعتها … انفجرت". */
  static boolean wentOff(SentenceWords w, int noun) {
    if (!w.is(noun, BOMBS)) {
      return false;
    }
    for (int j = noun + 1; j < w.size() && j <= noun + WENT_OFF_REACH && !Clauses.isFullStop(w, j); j++) {
      if (w.is(j, WENT_OFF) && !w.imperfectiveShape(j)) {
        return !w.is(j - 1, Clauses.NEGATIONS); // ("لم تنفجر" is imperfective after لم anyway)
      }
    }
    return false;
  }

  /**
   * Whether a result verb after the attack noun, past its relative clause, yields casualties: "وهذا الهجوم
   * الذي بدأ قبل شهرين أوقع بحسب الجيش أكثر من ألف قتيل".
   */
  static boolean resultedIn(SentenceWords w, int noun) {
    for (int j = noun + 1; j < w.size() && j <= noun + 8 && !Clauses.isFullStop(w, j); j++) {
      if (w.is(j, Victims.RESULTED)) {
        for (int k = j + 1; k < w.size() && k <= j + 7 && !Clauses.isFullStop(w, k); k++) {
          if (w.is(k, CASUALTY_WORDS)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Verbs by which an authority makes deaths known: "أعلن الجيش مقتل", "نعت الحركة". */
  private static final java.util.Set<String> ANNOUNCE = EventKeys.setOf("أعلن", "أكد", "نعى");
  /** Casualty masdars an announcement makes known. */
  private static final java.util.Set<String> DEATHS_TOLD = EventKeys.setOf("مقتل", "مصرع", "استشهاد", "اغتيال",
      "إصابة", "اصابة", "اختطاف", "اعتقال");

  /**
   * Whether the casualty masdar is the object of an announcement verb a few words before it, past its
   * subject: "أعلن الجيش الإسرائيلي مقتل جندي", "أكدت الشرطة مقتل شخص". Deaths announced are deaths.
   */
  static boolean announced(SentenceWords w, int noun) {
    if (!w.is(noun, DEATHS_TOLD) || !w.token(noun).clitics().pre().isEmpty() || w.isDefinite(noun)) {
      return false;
    }
    for (int j = noun - 1; j >= 0 && j >= noun - 5; j--) {
      if (Clauses.isBoundary(w, j) && !w.isComma(j)) {
        return false;
      }
      if (w.isVerb(j) && (w.is(j, ANNOUNCE) || ANNOUNCE.contains(EventKeys.verbStem(w.token(j))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "قتل جندي إسرائيلي في هجوم", "وقتل مدني بغارة جوية": a killing verb written like its masdar, opening
   * its clause, with one indefinite victim after it and then no object (a preposition, a day or the end):
   * the passive. A masdar with an indefinite genitive does not open a news clause, and an active verb
   * would go on to its object ("قتل مسلح شرطيا"); a plural in ون is a subject ({@link
   * Victims#verbBeforeSubject}).
   */
  static boolean passiveWithOneVictim(SentenceWords w, int noun) {
    if (!Victims.verbForm(w, noun) || w.isDefinite(noun) || !w.atMostConjunction(noun)
        || !w.token(noun).clitics().post().isEmpty()
        || Clauses.clauseStart(w, noun) != noun || noun + 1 >= w.size()) {
      return false;
    }
    int victim = noun + 1;
    var t = w.token(victim);
    // (the tagger reads nisba-shaped nouns as adjectives: "جنديان", "قيادي")
    if (!t.isWord() || !("NOUN".equals(t.pos()) || "ADJ".equals(t.pos())) || w.isDefinite(victim) || !t.clitics().pre().isEmpty()
        || w.bare[victim].endsWith("ون") || w.bare[victim].endsWith("ا")) {
      return false;
    }
    int next = victim + 1;
    while (next < w.size() && next <= victim + 2 && w.token(next).isWord() && !w.isDefinite(next)
        && w.token(next).clitics().pre().isEmpty() && !"NOUN".equals(w.token(next).pos())
        && !"ADP".equals(w.token(next).pos())) {
      next++; // its adjectives: "جندي إسرائيلي", "قيادي حوثي بارز" (بارز read as a verb)
    }
    return next >= w.size() || w.token(next).kind() == org.marsad.doc.TokenKind.PUNCT
        || "ADP".equals(w.token(next).pos()) || w.hasProclitic(next, "ب") || w.is(next, Clauses.DAYS);
  }

  /**
   * Whether word j is "شن" or "نفذ" used as a verb, also where the tagger read it as a noun ("ونفذ الجيش
   * ضربة"): not after a preposition or a background word, which make it the masdar ("لشن هجوم", "بعد شن هجوم").
   */
  private static boolean launchVerb(SentenceWords w, int j) {
    return w.is(j, LAUNCH) && !w.hasProclitic(j, "ل") && !w.hasProclitic(j, "ب")
        && !(j > 0 && ("ADP".equals(w.token(j - 1).pos()) || w.is(j - 1, BACKGROUND)));
  }

  /**
   * Whether the deaths a killing word reports, or an explosion, come from an accident or a disaster, not an
   * attack: "قتل 27 شخصا لدى خروج قطارين عن السكة بسبب الفيضانات", "لقي 14 شخصا مصرعهم في موجة الحر",
   * "انفجار ضخم في مصنع للكيماويات". The sentence names an accident and no attack, weapon or attacker anywhere.
   */
  static boolean accident(SentenceWords w, int trigger) {
    if (!w.is(trigger, DEATHS) && !w.is(trigger, EXPLOSIONS)) {
      return false;
    }
    boolean accident = false;
    boolean explosion = false;
    boolean industrial = false;
    for (int i = 0; i < w.size(); i++) {
      if (w.is(i, ATTACK_WORDS)) {
        return false;
      }
      accident |= w.is(i, ACCIDENT_WORDS) || (w.is(i, ACCIDENT_HEADS) && w.is(i + 1, ACCIDENT_KINDS));
      explosion |= w.is(i, EXPLOSIONS);
      industrial |= w.is(i, INDUSTRIAL);
    }
    return accident || (explosion && industrial); // ("قتل شخصان جراء انفجار … في معمل صناعي")
  }

  /** An explosion is a bombing only with an attack word: "انفجار في مصنع للكيماويات" is an accident. */
  private static final java.util.Set<String> EXPLOSIONS = EventKeys.setOf("انفجار", "انفجارات", "انفجاران");
  private static final java.util.Set<String> INDUSTRIAL = EventKeys.setOf("مصنع", "مصانع", "معمل", "منجم",
      "مصفاة", "أنبوب", "انبوب", "خزان", "تسرب", "غاز", "الغاز", "محطة", "بئر", "صناعي", "عرضية", "عرضي",
      "مستودع", "مستودعات"); // ("انفجار مستودع للذخيرة": an arms depot blowing up, not a bombing)

  /**
   * Whether the sentence reports a trial: an attack it names is the case being tried ("حكمت محكمة … بالسجن
   * 12 عاما على متهمين اثنين بخطف أربعة سياح"), background to the news of the verdict, not an attack
   * reported as news (the tuning half of the gold says no to 47 of 48 sentences with these words).
   */
  static boolean trial(SentenceWords w, int trigger) {
    // near the attack word: a long sentence may name a court for another reason
    for (int i = Math.max(0, trigger - TRIAL_REACH); i < w.size() && i <= trigger + TRIAL_REACH; i++) {
      boolean court = w.is(i, COURT) || (w.isKey(i, PRISON) && w.hasProclitic(i, "ب")); // "بالسجن"
      if (court && !w.is(i - 1, AT_PLACE) && !w.is(i - 2, AT_PLACE)) {
        return true; // (not the courthouse as a place: "انفجار سيارة مفخخة بالقرب من محكمة مدينة الصدر")
      }
    }
    return false;
  }

  /** Words that make a court a place: "بالقرب من محكمة", "أمام المحكمة", "هجوم على محكمة". */
  private static final java.util.Set<String> AT_PLACE = EventKeys.setOf("قرب", "مقربة", "أمام", "مبنى", "مقر", "داخل",
      "خارج", "استهدف", "على");

  private static final int TRIAL_REACH = 10;
  private static final java.util.Set<String> COURT = EventKeys.setOf("محكمة", "محاكم", "محاكمة", "القاضي", "قاض",
      "المحلفين", "الادعاء");
  private static final String PRISON = EventKeys.of("سجن");

  private static final java.util.Set<String> DEATHS = EventKeys.setOf("قتل", "مقتل", "مصرع", "قتلى", "قتيل",
      "وفاة", "وفيات");
  private static final java.util.Set<String> ACCIDENT_WORDS = EventKeys.setOf("فيضان", "فيضانات", "زلزال", "سيول",
      "إعصار", "عاصفة", "غرق", "تحطم", "اصطدام", "اصطدم", "ارتطام", "حريق", "انهيار", "انزلاق", "حوادث", "السكة", "الأمطار",
      "أمطار", "قطار", "القطار",
      "إقلاع", "إقلاعها", "الإقلاع", "إقلاعه"); // ("سقطت طائرة … بعد قليل من إقلاعها": a crash)
  /** Accidents named by two words: "موجة الحر", "حادث سير", "حوادث المرور" (alone, "الحر" is also "free": الجيش الحر). */
  private static final java.util.Set<String> ACCIDENT_HEADS = EventKeys.setOf("موجة", "حادث", "حوادث", "حركة",
      "درجة", "درجات", "ألعاب", "الألعاب", "مفرقعات");
  /** ("درجة حرارة الجو": the heat set off the explosion; "الألعاب النارية": fireworks went off) */
  private static final java.util.Set<String> ACCIDENT_KINDS = EventKeys.setOf("الحر", "الحرارة", "حرارة", "السير",
      "المرور", "مروري", "النارية", "نارية");
  private static final java.util.Set<String> ATTACK_WORDS = EventKeys.setOf("هجوم", "هجمات", "تفجير", "تفجيرات",
      "انتحاري", "انتحارية", "قصف", "غارة", "غارات", "رصاص", "مسلح", "مسلحون", "مسلحين", "اعتداء", "إرهابي",
      "ارهابي", "عبوة", "مفخخة", "اشتباكات", "اغتيال", "إطلاق", "اطلاق", "صاروخ", "صواريخ", "قذيفة", "قذائف",
      "كمين", "طعن", "ذبح", "إعدام", "اعدام", "تعذيب");

  /** The light verb whose masdar behind ب is done: "قامت امرأة بتفجير نفسها". */
  private static final String DID = EventKeys.of("قام");
  /** Verbs of beginning, whose masdar behind ب is done too: "بدأ بالتظاهر", "أخذ السكان بالتظاهر". */
  private static final java.util.Set<String> BEGAN = EventKeys.setOf("بدأ", "أخذ");

  /**
   * Whether a form of قام stands earlier in the noun's clause, or a verb of beginning with no other verb
   * between ("أخذ السكان المحاصرون بالتظاهر", not "بدأت التهديدات تصلني بالقتل").
   */
  private static boolean didBefore(SentenceWords w, int noun) {
    boolean verbBetween = false;
    for (int j = noun - 1, start = Clauses.clauseStart(w, noun); j >= start; j--) {
      if (w.isKey(j, DID) || !verbBetween && w.is(j, BEGAN) && begins(w, j)) {
        return true;
      }
      verbBetween |= w.isVerb(j);
    }
    return false;
  }

  /** Whether word i begins, written with its hamza: "بدأت", not "يبدو" (seems), which folds alike. */
  private static boolean begins(SentenceWords w, int i) {
    String text = w.token(i).text();
    return !text.contains("بد") || text.contains("بدأ") || text.contains("بدؤ") || text.contains("بدئ");
  }

  /** Whether a noun is followed by its genitive: a word that opens no new clause ("مقتل الصحفي", "مقتل 5"). */
  private static boolean hasGenitive(SentenceWords w, int noun) {
    if (noun + 1 >= w.size()) {
      return false;
    }
    var next = w.token(noun + 1);
    return w.isCount(noun + 1) || (next.isWord() && !w.isVerb(noun + 1)
        && !next.clitics().pre().contains("و") && !next.clitics().pre().contains("ف"));
  }

  /** A count at i, or after words that may lead it: "قتل أمس سبعة", "قتل أكثر من 30". */
  private static boolean countFollows(SentenceWords w, int i) {
    for (int j = i; j < w.size() && j <= i + 2; j++) {
      if (w.isCount(j)) {
        return true;
      }
      if (!w.is(j, Clauses.COUNT_LEAD)) {
        return false;
      }
    }
    return false;
  }
}
