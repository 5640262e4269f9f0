package org.marsad.event;

import java.util.List;

/**
 * Who suffered a killing, kidnapping or wounding, as the text names them: the victims are an attack's
 * target, never its source. Unvocalised Arabic writes the passive like the active ("قتل" is both killed
 * and was killed), so the shape around the verb decides: a count right after it ("قتل 4 جنود") or no
 * object at all ("26 شخصا قتلوا في الهجوم") make it the passive.
 */
final class Victims {
  private Victims() {}

  /** Violent verbs whose unvocalised form is also the passive: a count right after them is the victims. */
  private static final java.util.Set<String> PASSIVE_WITH_COUNT = EventKeys.setOf("قتل", "اختطف", "خطف", "أصاب",
      "جرح", "اعتقل", "أسر", "اغتال", "أعدم", "احتجز",
      "استشهد"); // (martyred: its subject is always the dead, "استشهد 3 فلسطينيين")

  /** Words that name casualties: the actor after them is a victim. */
  private static final java.util.Set<String> CASUALTIES = EventKeys.setOf("مقتل", "قتل", "إصابة", "اصابة", "مصرع",
      "جرح", "خطف", "اختطاف", "أصيب", "اصيب", "قتلى", "جرحى",
      // (and the wounded in the dual and plural: "جنديين أصيبا بجروح في انفجار", seed 239)
      "أصيبا", "اصيبا", "أصيبوا", "اصيبوا", "أصيبت", "اصيبت", "أصيبتا", "اصيبتا");

  /** Verbs by which an attack yields its casualties: "هجوم أسفر عن مقتل مدنيين", "انفجار أدى إلى إصابة 5". */
  static final java.util.Set<String> RESULTED = EventKeys.setOf("أسفر", "اسفر", "يسفر", "تسفر", "أسفرت", "اسفرت",
      "أدى", "ادى", "أدت", "ادت", "يؤدي", "تؤدي", "خلف", "خلفت", "أوقع", "اوقع", "أوقعت", "اوقعت", "أودى", "اودى",
      "أودت", "اودت", "أديا", "اديا", "أدتا", "ادتا", "أسفرا", "اسفرا", "أسفرتا", "اسفرتا", "أوقعا", "اوقعا",
      "تسبب", "تسببت", "يتسبب", "تتسبب"); // "هجوماً عنيفاً …، تسبب بمقتل أكثر من 1600 مدني"
  /** A bare role's group named after "من": "64 مسلحا من داعش" are members of IS. */
  private static ActorGroup whoseMembers(SentenceWords w, List<ActorGroup> groups, ActorGroup g) {
    var a = g.members().get(0).actor();
    if (g.members().size() != 1 || a.id() != null || a.country() != null || !w.isKey(g.last() + 1, "من")) {
      return g;
    }
    for (ActorGroup of : groups) {
      if (of.first() == g.last() + 2) {
        return of;
      }
    }
    return g;
  }

  /** How far the casualties of "أسفر الهجوم … عن مقتل" may stand after the attack. */
  private static final int LONG_RESULT_REACH = 14;
  /** The preposition between a result verb and its casualties: "أسفر عن مقتل", "أدى إلى مقتل". */
  static final java.util.Set<String> THROUGH = EventKeys.setOf("عن", "إلى", "الى");
  /** How far after the attack its result verb may stand ("هجوم انتحاري بسيارة مفخخة أسفر عن …"). */
  private static final int RESULT_REACH = 6;

  /**
   * The casualties an attack caused, as its target: the actor after a casualty noun that a result verb
   * right after the attack introduces ("هجوم أسفر عن مقتل مدنيين", "غارة أدت إلى مقتل 5 من عناصر
   * الشرطة", "أسفرت الغارة عن مقتل ثلاثة"); null when the sentence says none.
   */
  static ActorGroup ofResult(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd) {
    // (the verb may open the sentence: "وأسفرت الغارة الإسرائيلية عن مقتل ثلاثة فلسطينيين", also with the
    // attack's own clause between: "وأسفرت الضربات الجوية المصرية، التي جاءت بالتنسيق مع …، عن مقتل")
    if (resultsIn(w, trigger - 1)) {
      for (int j = triggerEnd + 2; j <= triggerEnd + LONG_RESULT_REACH && j < w.size(); j++) {
        if (w.token(j).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(j)) {
          break; // (a relative clause between commas may stand between: it is the attack's own)
        }
        if (w.is(j, CASUALTIES) && w.is(j - 1, THROUGH)) {
          for (ActorGroup g : groups) {
            if (g.first() > j && g.first() <= j + 4) {
              return whoseMembers(w, groups, g);
            }
          }
          return null;
        }
      }
    }
    int from = resultsIn(w, trigger - 1) ? triggerEnd : triggerEnd + 1;
    for (int i = from; i <= triggerEnd + RESULT_REACH && i < w.size(); i++) {
      if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(i)) {
        return null;
      }
      if (i > triggerEnd && !w.is(i, RESULTED)) {
        continue;
      }
      for (int j = i + 1; j <= i + 3 && j < w.size(); j++) {
        if (w.is(j, CASUALTIES)) {
          for (ActorGroup g : groups) {
            if (g.first() > j && g.first() <= j + 4) {
              return whoseMembers(w, groups, g); // "مقتل 5 من عناصر الشرطة": past the count
            }
          }
          return null;
        }
      }
      return null;
    }
    return null;
  }

  /** Whether word i is a result verb, also one the segmenter left joined to و ("وأدى", read as وأد). */
  private static boolean resultsIn(SentenceWords w, int i) {
    String rest = i < 0 ? null : w.afterJoinedWa(i);
    return w.is(i, RESULTED) || rest != null && RESULTED.contains(rest);
  }

  /** Casualty words before "في صفوف": "قتلى وجرحى في صفوف", "خسائر فادحة في صفوف". */
  private static final java.util.Set<String> LOSSES = EventKeys.setOf("قتلى", "جرحى", "مقتل", "إصابات", "اصابات",
      "خسائر", "قتيل", "مصرع", "إصابة", "اصابة");
  /** How far after the trigger "في صفوف" may stand ("أسفرت المعارك عن سقوط قتلى وجرحى في صفوف"). */
  private static final int RANKS_REACH = 12;

  /**
   * The side whose ranks took the casualties told after the trigger: "أسفرت المعارك عن سقوط قتلى وجرحى في
   * صفوف ميليشيات الحوثي", "أوقعت غارات التحالف عشرات القتلى والجرحى في صفوف الميليشيات"; null when the
   * clause names none. A casualty word must stand between the trigger (or be it) and "في صفوف".
   */
  static ActorGroup inRanks(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd) {
    boolean losses = w.is(trigger, LOSSES);
    for (int j = triggerEnd + 1; j <= triggerEnd + RANKS_REACH && j + 1 < w.size(); j++) {
      if (w.token(j).kind() == org.marsad.doc.TokenKind.PUNCT) {
        return null;
      }
      losses |= w.is(j, LOSSES);
      if (losses && w.isKey(j, "في") && w.isKey(j + 1, "صفوف") && w.token(j + 1).clitics().post().isEmpty()) {
        for (ActorGroup g : groups) {
          if (g.first() >= j + 2 && g.first() <= j + 3) {
            // (not a pronoun's fighters: "تكبدت الأخيرة عشرات القتلى في صفوف مقاتليها")
            return w.token(g.first()).clitics().post().isEmpty() ? g : null; // (past "عناصر")
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Whether word i is the written form of a killing or kidnapping verb ("قتل", "اختطف"), whatever its tag. */
  static boolean verbForm(SentenceWords w, int i) {
    return w.is(i, PASSIVE_WITH_COUNT);
  }

  /**
   * Where the count after the killing verb at i stands, which makes the verb a passive whose subject is
   * the victims ("وقتل 4 جنود", "قتل أمس سبعة من عناصر الشرطة": a time word or two may come first), or -1.
   */
  static int countAfter(SentenceWords w, int i) {
    // (not past "أكثر من" after a verb: "واعتقلت أكثر من 540 شخصا" has its subject before it)
    return verbForm(w, i) && !w.is(i + 1, MORE_OR_FEWER) ? countAt(w, i + 1) : -1;
  }

  /** Where a count stands at j, after at most two time words ("أمس سبعة"), or -1. */
  static int countAt(SentenceWords w, int j) {
    j = w.afterTimeExpression(j); // "قتلت في السنتين الماضيتين عشرات الفلسطينيين"
    int i = j - 1;
    while (j < w.size() && j <= i + 2 && w.is(j, TIME_WORDS)) {
      j++;
    }
    if (j < w.size() && w.is(j, ABOUT) && w.token(j).clitics().pre().isEmpty()) {
      j++; // "قتل نحو 17 من ميليشيات الحوثي": an about before the count
    } else if (j + 2 < w.size() && w.is(j, MORE_OR_FEWER) && w.token(j).clitics().pre().isEmpty() && w.isKey(j + 1, "من")) {
      j += 2; // "قتل أكثر من 15 مسلحا"
    }
    if (j < w.size() && w.is(j, ONE_OF) && !w.isDefinite(j) && w.token(j).clitics().pre().isEmpty()
        && j + 1 < w.size() && w.isDefinite(j + 1)) {
      return j; // "قتل أحد الحوثيين": one of them, a count of one
    }
    return j < w.size() && w.isCount(j) ? j : -1;
  }

  /** "أحد", "إحدى": one of the definite plural after it. */
  private static final java.util.Set<String> ONE_OF = EventKeys.setOf("أحد", "احد", "إحدى", "احدى");

  /** "أكثر من 15", "أقل من 10": a bound before a count. */
  static final java.util.Set<String> MORE_OR_FEWER = EventKeys.setOf("أكثر", "اكثر", "أقل", "اقل");
  /** Words of about before a count: "نحو 17", "حوالي 30". */
  static final java.util.Set<String> ABOUT = EventKeys.setOf("نحو", "حوالي", "حوالى", "قرابة", "زهاء");

  private static final java.util.Set<String> TIME_WORDS = EventKeys.setOf("أمس", "امس", "اليوم", "مساء", "صباح",
      "فجر", "ليلة", "الليلة");

  /**
   * A killing verb the tagger read as a noun, told by its subject: "قتل مسلحون مجهولون الصحفي" (after a
   * masdar the plural would be genitive, مسلحين; the nominative ون is a subject).
   */
  static boolean verbBeforeSubject(SentenceWords w, int i) {
    if (!verbForm(w, i) || w.isVerb(i) || w.isDefinite(i) || i + 1 >= w.size()) {
      return false;
    }
    var next = w.token(i + 1);
    // (or a lone doer with its victims counted after it: "قتل مسلح خمسة أشخاص", which the tagger reads as a
    // masdar whose genitive is a gunman)
    // (a count with its own noun after it, not the doer's: "قتل شخص واحد وأصيب", "وقتل جنديان آخران عندما")
    // (nor a genitive with its pronoun, "من قتل مسلحيها 19 شرطيا", nor a count behind a preposition, "بعشرات")
    boolean countedAfter = !w.isCount(i + 1) && w.isCount(i + 2) && !w.is(i + 2, COUNT_WORDS) && i + 3 < w.size()
        && w.token(i + 2).clitics().isEmpty() && w.token(i + 3).clitics().pre().isEmpty()
        && (countedNoun(w, i + 3) || w.isKey(i + 3, "من")) && !w.is(i + 1, SELF) && next.clitics().isEmpty()
        && ("NOUN".equals(next.pos()) || "ADJ".equals(next.pos()));
    return w.atMostConjunction(i) && w.token(i).clitics().post().isEmpty() && next.isWord() && !w.isDefinite(i + 1)
        && next.clitics().pre().isEmpty() && (w.bare[i + 1].endsWith("ون") && w.bare[i + 1].length() > 4
            || countedAfter);
  }

  /** "نفسه", "نفسي": oneself, whom one tries to kill ("حاولت قتل نفسي عدة مرات"), no doer. */
  private static final java.util.Set<String> SELF = EventKeys.setOf("نفس");
  /** Times counted, no victims: "عدة مرات". */
  private static final java.util.Set<String> TIMES = EventKeys.setOf("مرة", "مرات", "مرتين");

  /** A counted noun at i: a word, no verb, no particle, no count of times ("خمسة أشخاص", "38 سائحا"). */
  private static boolean countedNoun(SentenceWords w, int i) {
    String pos = w.token(i).pos();
    return w.token(i).isWord() && !w.isVerb(i) && !w.is(i, TIMES) && !w.is(i, COUNT_WORDS)
        && (pos == null || "NOUN".equals(pos) || "ADJ".equals(pos) || "PROPN".equals(pos));
  }

  /** "اغتيل", "اغتيلت": a passive whose written form differs from the active (اغتال). */
  static boolean passiveForm(SentenceWords w, int i) {
    return w.is(i, PASSIVE_FORMS) || markedPassive(w, i) || shotBy(w, i);
  }

  /** "برصاص", "بنيران": by the bullets or fire of whom follows. */
  private static final java.util.Set<String> BULLETS = EventKeys.setOf("رصاص", "نيران");

  /** Whether word j is "برصاص" / "بنيران": by the bullets or fire of whom follows. */
  static boolean byBullets(SentenceWords w, int j) {
    return w.is(j, BULLETS) && w.hasProclitic(j, "ب");
  }
  private static final java.util.Set<String> KINDS_OF_FIRE = EventKeys.setOf("حي", "مطاطي", "كثيف", "طائش",
      "صديقة", "مجهول", "مجهولة");

  /**
   * A perfective killing verb whose victims' phrase is followed by the shooter behind "برصاص" / "بنيران":
   * "وقتل فلسطينيان برصاص الجيش الإسرائيلي" is a passive (the killers are behind ب, not after the verb).
   */
  private static boolean shotBy(SentenceWords w, int i) {
    if (!verbForm(w, i) || w.imperfectiveShape(i) || !w.token(i).clitics().post().isEmpty()) {
      return false;
    }
    for (int j = i + 2; j <= i + 5 && j < w.size(); j++) {
      if (byBullets(w, j)) {
        // (whose bullets: not "قتل الجيش فلسطينيين برصاص حي", live fire)
        // (a definite word after the bare "برصاص" is its owner, whatever the tagger says: "بنيران المقاومة")
        return j + 1 < w.size() && w.token(j + 1).isWord()
            && (!"ADJ".equals(w.token(j + 1).pos()) || w.isDefinite(j + 1)) && !w.is(j + 1, KINDS_OF_FIRE);
      }
      if (!w.token(j).isWord() || w.isVerb(j) || !w.token(j).clitics().pre().isEmpty()) {
        return false; // the victims' phrase ended first
      }
    }
    return false;
  }

  /**
   * The shooter behind "برصاص" / "بنيران" after a passive killing verb and its victims ("قتل العشرات منهم
   * بنيران المقاومة"), or null.
   */
  static ActorGroup shooter(SentenceWords w, List<ActorGroup> groups, int i) {
    for (int j = i + 1; j <= i + 5 && j + 1 < w.size(); j++) {
      if (byBullets(w, j)) {
        return ActorGroup.startingAt(groups, j + 1);
      }
      if (!w.token(j).isWord() || w.isVerb(j)) {
        return null;
      }
    }
    return null;
  }

  /** A verb written with the passive's damma on its first letter: "قُتل فلسطيني", "وأُصيب". */
  private static boolean markedPassive(SentenceWords w, int i) {
    var t = w.token(i);
    String text = w.doc.text();
    int first = t.stemStart();
    return t.stemEnd() - first > 2 && text.charAt(first + 1) == '\u064F';
  }

  private static final java.util.Set<String> PASSIVE_FORMS = EventKeys.setOf("اغتيل", "اغتيلت", "اغتيلوا",
      "استشهد", "استشهدت", "استشهدوا", "يستشهد"); // ("استشهد شاب فلسطيني": a dying, told as done to him)

  /** A verb that has no active: "استشهد" (martyred), "اغتيل" (was assassinated). */
  static boolean alwaysPassive(SentenceWords w, int i) {
    return verbForm(w, i) && w.is(i, PASSIVE_FORMS);
  }

  /** Whether the killing verb at i is passive because nothing follows it to act on: "قتلوا في الهجوم". */
  static boolean passiveKilling(SentenceWords w, int i) {
    // (an imperfective is read active, "أن السلطات التركية تحتجز منذ مارس جنديين", unless its object
    // pronoun is the indefinite noun before it: "ثلاثة أمريكيين يحتجزهم")
    boolean pronoun = !w.token(i).clitics().post().isEmpty();
    if (alwaysPassive(w, i)) {
      return true; // whatever follows: "الجنود الثلاثة استشهدوا يوم الجمعة"
    }
    return verbForm(w, i) && noObjectAfter(w, i) && !activeWithObjectPronoun(w, i)
        && (pronoun || !w.imperfectiveShape(i));
  }

  /**
   * "السلطات المصرية اعتقلتها": a verb carrying its object pronoun after a definite noun is active, that
   * noun its subject; after an indefinite one it opens a relative clause ("أمريكيين يحتجزهم"), whose
   * pronoun is that noun, the victim.
   */
  private static boolean activeWithObjectPronoun(SentenceWords w, int i) {
    return !w.token(i).clitics().post().isEmpty() && i > 0 && w.token(i - 1).isWord() && w.isDefinite(i - 1);
  }

  /**
   * Whether the actor at i is named as a casualty: right after a casualty word, or after one and a
   * count ("مقتل 15 جنديا", "قتل أربعة جنود", "إصابة ثلاثة من رجال الشرطة"), or as the subject of a
   * passive killing verb ("26 شخصا قتلوا في الهجوم").
   */
  static boolean named(SentenceWords w, int i) {
    int j = i - 1;
    if (w.hasProclitic(i, "و") && i >= 2 && w.isCount(i - 2)) {
      j = i - 2; // "قتل 15 طفلا وامرأتان": the second of two counted victims
    }
    if (j >= 0 && w.isKey(j, "من")) {
      j--; // "ثلاثة من رجال الشرطة"
    }
    if (j >= 0 && w.isCount(j)) {
      j--;
      for (int k = 0; k < 3 && j >= 0 && w.is(j, Clauses.COUNT_LEAD); k++) {
        j--; // "قتل أول من أمس 4 جنود", "مقتل أكثر من 30 جنديا"
      }
    }
    if (j >= 0 && w.is(j, CASUALTIES)) {
      return true;
    }
    // or the subject of a killing verb in the passive: "26 شخصا قتلوا في الهجوم"
    int after = i;
    while (after + 1 < w.size() && w.token(after + 1).isWord() && !w.isVerb(after + 1) && after - i < 3) {
      after++; // the rest of the actor's phrase: "الجنود السودانيين"
    }
    return after + 1 < w.size() && w.isVerb(after + 1) && passiveKilling(w, after + 1);
  }

  /** Attacks and mishaps someone is killed in, behind في or ب: "في غارة", "بانفجار". */
  private static final java.util.Set<String> KILLED_IN = EventKeys.setOf("غارة", "غارات", "هجوم", "هجمات", "قصف",
      "انفجار", "تفجير", "تفجيرات", "ضربة", "ضربات", "كمين", "اشتباك", "اشتباكات", "معارك", "اعتداء");
  private static final java.util.Set<String> KILLED_IN_LEADS = EventKeys.setOf("في", "جراء");
  /** Killing and wounding, whose passive subject a place of attack may follow (not arrests: "واعتقلت الشرطة إثر"). */
  private static final java.util.Set<String> KILLED = EventKeys.setOf("قتل", "جرح", "أصاب", "استشهد");

  /**
   * Whether the actor right after a perfective killing verb is the passive's subject, the victims: their
   * phrase is followed at once by the attack they fell in, where the active would name its object
   * ("وقبل أيام قتل عسكريون إيرانيون في غارة على قاعدة التيفور").
   */
  static boolean killedIn(SentenceWords w, ActorGroup g, int verb) {
    if (!w.is(verb, KILLED) || !rightAfterPerfective(w, g, verb)) {
      return false;
    }
    int after = g.last() + 1;
    return w.is(after, KILLED_IN_LEADS) && w.token(after).clitics().pre().isEmpty() && w.is(after + 1, KILLED_IN)
        || w.hasProclitic(after, "ب") && w.is(after, KILLED_IN);
  }

  /**
   * Whether civilians right after a perfective killing verb end its clause: the active would act on
   * someone, so they are the passive's subject ("إذ قتل كثيرون، وتم القبض على فيدل", SaudiNewsNet seed 255
   * had them killing). Not a force or a named man: "قتلت قوات الأمن الفرنسية، الجمعة، محتجز رهائن".
   */
  static boolean civiliansKilledAlone(SentenceWords w, ActorGroup g, int verb) {
    int after = g.last() + 1;
    return w.is(verb, KILLED) && rightAfterPerfective(w, g, verb) && g.members().stream().allMatch(m ->
        m.isCivilian() && m.actor().country() == null)
        && (after >= w.size() || CLAUSE_ENDS.contains(w.token(after).text()));
  }

  private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of("،", ",", ".", "؛", ";");

  /** Whether the group stands right after a perfective verb that carries no object pronoun. */
  private static boolean rightAfterPerfective(SentenceWords w, ActorGroup g, int verb) {
    return !w.imperfectiveShape(verb) && w.token(verb).clitics().post().isEmpty() && g.first() == verb + 1;
  }

  /**
   * Whether a private person's name right after a perfective verb of arrest or killing is the passive's
   * subject: nothing follows the name for an active verb to act on ("واعتقل يوسيل (44 عاما) في إسطنبول",
   * "واعتقلت ماريا بوتينا الأحد"); an office or a body would be the one arresting.
   */
  static boolean namedPassive(SentenceWords w, ActorGroup g, int verb) {
    if (!verbForm(w, verb) || !rightAfterPerfective(w, g, verb) || g.members().size() != 1) {
      return false;
    }
    var a = g.members().get(0).actor();
    boolean privatePerson = a.code() == null && a.country() == null && (a.id() == null || a.id().startsWith("person:"));
    int next = g.last() + 1;
    boolean objectNext = next < w.size() && w.token(next).isWord() && w.token(next).clitics().pre().isEmpty()
        && ("NOUN".equals(w.token(next).pos()) || "PROPN".equals(w.token(next).pos()));
    return privatePerson && !objectNext;
  }

  /** Whether the mention is civilians after a count ("11 طفلا", "عدد من الأطفال"): people counted as casualties. */
  static boolean countedCivilians(SentenceWords w, ActorMention m) {
    if (!m.isCivilian()) {
      return false;
    }
    int j = m.first() - 1;
    int count = j >= 1 && w.isKey(j, "من") && w.is(j - 1, COUNTED_BY) ? j - 1 // "عدد من الأطفال"
        : j >= 0 && w.isCount(j) ? j : -1;
    // (not the subject of قام: "فقام عشرات من القرويين بجر هؤلاء النسوة … وضربهن", seed 268)
    return count >= 0 && !w.isKey(count - 1, ArgumentFinder.DID);
  }

  private static final java.util.Set<String> COUNTED_BY = EventKeys.setOf("عدد", "عشرات", "مئات", "آلاف", "الاف");

  /** Passives of wounding, in each number: "أصيب", "أصيبا", "أصيبوا" (and the misspelt "إصيبا"). */
  private static final java.util.Set<String> WERE_WOUNDED = EventKeys.setOf("أصيب", "اصيب", "إصيب", "أصيبا", "اصيبا",
      "إصيبا", "أصيبوا", "اصيبوا", "إصيبوا", "أصيبت", "اصيبت", "أصيبتا", "اصيبتا");

  /** Words that may stand between the wounded and their verb: "مواطنين تركيين اثنين أصيبا", "آخرون". */
  private static final java.util.Set<String> COUNT_WORDS = EventKeys.setOf("اثنين", "اثنان", "آخرين", "آخرون",
      "اخرين", "اخرون", "أيضا", "ايضا");

  /**
   * The wounded a passive right after them tells of, before the attack that hurt them: "جنديين كوريين
   * جنوبيين أصيبا بجروح في انفجار" (seed 239: the soldiers had been the blast's source), "أن اربعة مدنيين
   * أصيبوا بجروح أمس إثر انفجار"; null when the clause before the attack names none.
   */
  static ActorGroup woundedBefore(SentenceWords w, List<ActorGroup> groups, int trigger) {
    ActorGroup wounded = null;
    for (ActorGroup g : groups) {
      int k = g.last() + 1;
      while (k < trigger && w.is(k, COUNT_WORDS)) {
        k++;
      }
      if (k < trigger && w.is(k, WERE_WOUNDED) && ActorPositions.noBoundary(w, k + 1, trigger)) {
        wounded = g;
      }
    }
    return wounded;
  }

  /** Whether a casualty word stands strictly between two positions ("أمريكا حزينة لمقتل فولد في الهجوم"). */
  static boolean casualtyBetween(SentenceWords w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (w.is(i, CASUALTIES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at i is followed by no object: a preposition, punctuation, a clause opener ("مقاتلا
   * قتل بعدما …") or the end of the sentence.
   */
  private static boolean noObjectAfter(SentenceWords w, int i) {
    int j = i + 1;
    while (j < w.size() && QUOTES.contains(w.token(j).text())) {
      j++; // "تحتجز \"بدون وجه حق\" جنديين": a quotation is not the end of the clause
    }
    if (j < w.size() && !"ADP".equals(w.token(j).pos())) {
      j = w.afterTimeExpression(j); // "رجل أعدم هذا الأسبوع لقتله", "أعدم الاثنين شنقا" (في opens no object)
    }
    if (j < w.size() && w.is(j, MANNERS_OF_DEATH)) {
      j++;
    }
    if (j >= w.size()) {
      return true;
    }
    var next = w.token(j);
    // (or the next clause's verb: "130 انقلابياً قتلوا وأصيب العشرات")
    boolean nextVerb = w.isVerb(j) && (w.hasProclitic(j, "و") || w.hasProclitic(j, "ف"))
        // (or the next clause's counted subject: "260 مقاتلاً قتلوا ومئات جرحوا")
        || w.hasProclitic(j, "و") && (w.isCount(j) || w.is(j, COUNTED_BY));
    return next.kind() == org.marsad.doc.TokenKind.PUNCT || "ADP".equals(next.pos()) || w.is(j, Clauses.OPENERS)
        || next.clitics().pre().contains("ب") || next.clitics().pre().contains("ل") || nextVerb
        || w.is(j, IN_ADDITION) && w.is(j + 1, ObjectFinder.TO); // "تسعة من مسلحي الحوثي قتلوا إضافة إلى اثنين"
  }

  private static final java.util.Set<String> IN_ADDITION = EventKeys.setOf("إضافة", "اضافة", "علاوة");

  /** How one was executed, between the verb and what follows: "أعدم شنقا". */
  private static final java.util.Set<String> MANNERS_OF_DEATH = EventKeys.setOf("شنقا", "رميا", "صلبا", "ذبحا");

  private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "«", "»", "“", "”", "'");
}
