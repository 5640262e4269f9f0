package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * What a verb's agreement says about its subject. Arabic verbs agree with their subject, so the verb's
 * form tells which actor around it can be the subject: a VSO verb stays singular, so a plural verb
 * ("هاجموا") has its subject before it or in its suffix; a feminine verb ("قتلت") cannot have a man (after
 * a masculine title) or men in the plural ("خبراء إيرانيين") after it as its subject; a verb joined by و/ف whose subject is its suffix continues the subject
 * before it; and "كان X قد فعل" names the subject between كان and the verb.
 */
final class Agreement {
  private Agreement() {}

  /**
   * The actor between a form of كان and the verb ("وكانت دمشق [قد] اتهمت"), also at the end of a longer
   * subject ("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت"), or null.
   */
  static ActorGroup subjectOfKana(SentenceWords w, List<ActorGroup> groups, int verb) {
    int end = w.isKey(verb - 1, QAD) ? verb - 2 : verb - 1;
    for (ActorGroup g : groups) {
      boolean nisbaAlone = g.members().size() == 1 && g.members().get(0).attributive();
      // (the actor may end a word or two before the verb: "من قوات مكافحة الإرهاب قد قتلت")
      if (g.last() <= end && g.last() >= end - 2 && allWords(w, g.last() + 1, end + 1) && !nisbaAlone
          && kanaBefore(w, g.first(), NOUN_PHRASE_REACH) >= 0) {
        return g;
      }
    }
    ActorGroup titled = titledSubject(w, groups, end);
    if (titled != null) {
      return titled;
    }
    if (end == verb - 2) {
      // "وكان ولي العهد السعودي محمد بن سلمان في زيارته للولايات المتحدة في مارس 2018 قد دعا واشنطن": with
      // قد, a phrase of time or place may stand between the subject right after كان and the verb
      for (ActorGroup g : groups) {
        if (g.first() > 0 && w.is(g.first() - 1, KANA) && g.last() < end && end - g.last() <= KANA_REACH
            && noVerbBetween(w, g.last() + 1, end + 1)) {
          return g;
        }
      }
    }
    return null;
  }

  /**
   * The known person who ends a long title right after كان: "وكان قائد فيلق القدس في الحرس الثوري الإيراني
   * الجنرال قاسم سليماني قد زار بغداد". Only after a title, and only a person linked to the knowledge base,
   * so that a place or a body inside the title ("مقرر الأمم المتحدة … في كوريا الشمالية") is not taken.
   */
  private static ActorGroup titledSubject(SentenceWords w, List<ActorGroup> groups, int end) {
    ActorGroup last = ActorGroup.endingAt(groups, end);
    if (last == null || last.members().size() != 1 || !ActorFinder.isPerson(last.members().get(0))) {
      return null;
    }
    int k = kanaBefore(w, last.first(), KANA_REACH);
    boolean title = k >= 0 && (ActorFinder.roleOfTitle(w, k + 1) != null || w.is(k + 1, ActorFinder.PERSON_TITLES));
    return title && noVerbBetween(w, k + 1, last.first()) ? last : null;
  }

  /** How many words a phrase between the subject of كان and "قد" may take. */
  private static final int KANA_REACH = 12;

  private static boolean noVerbBetween(SentenceWords w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.isVerb(k) || w.isComma(k) || w.is(k, ActorPositions.RELATIVES)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allWords(SentenceWords w, int from, int to) {
    for (int k = from; k < to; k++) {
      // (a comma may close the subject: "وكان لافروف، قد قال")
      if (!w.token(k).isWord() && !(k == from && w.isComma(k)) || w.isVerb(k)) {
        return false;
      }
    }
    return true;
  }

  /** How many words a noun phrase may hold between كان and the actor that ends it. */
  private static final int NOUN_PHRASE_REACH = 5;

  /**
   * Where a form of كان opens the noun phrase ending at the actor starting at i (at most {@code reach} words
   * before it, with no verb or punctuation between), or -1.
   */
  private static int kanaBefore(SentenceWords w, int i, int reach) {
    for (int k = i - 1; k >= 0 && k >= i - reach; k--) {
      if (w.is(k, KANA)) {
        return k;
      }
      if (!w.token(k).isWord() || w.isVerb(k)) {
        return -1;
      }
    }
    return -1;
  }

  static final java.util.Set<String> KANA = EventKeys.setOf("كان", "كانت", "كانوا");
  private static final String QAD = EventKeys.of("قد");

  /** A verb with the plural subject suffix: "هاجموا" (perfective), "يطالبون" (imperfective). */
  static boolean pluralSuffix(SentenceWords w, int i) {
    String bare = w.bare[i];
    return (bare.endsWith("وا") && !w.lemma[i].endsWith("وا")) || (bare.endsWith("ون") && w.isImperfective(i));
  }

  /**
   * A verb in the first person, whose subject is the speaker: "نرفض تشكيل أي حكومة" (we reject),
   * "رفضنا", "سنقتل", "أطالب" (I demand). What follows it is its object, never its subject.
   */
  static boolean firstPerson(SentenceWords w, int i) {
    // (not the dual "تعاونا", they two cooperated)
    return firstPersonImperfective(w, i) || w.bare[i].equals(w.lemma[i] + "نا") && w.isVerb(i);
  }

  /**
   * A first-person verb by its prefix, "نرفض", "أطالب": unlike "رفضنا", which may also read "rejected us"
   * ("هددنا", "وعدنا"), it never takes a third party for its subject.
   */
  static boolean firstPersonImperfective(SentenceWords w, int i) {
    String bare = w.bare[i];
    String lemma = w.lemma[i];
    boolean weDo = w.isImperfective(i) && bare.startsWith("ن") && !lemma.startsWith("ن");
    // "أطالب الحكومة اللبنانية" (I demand): the prefix أ on a lemma without it (not "أعلن", whose lemma has it)
    boolean iDo = w.isVerb(i) && (bare.equals("أ" + lemma) || bare.equals("ا" + lemma)) && lemma.length() >= 3
        && "أاإآ".indexOf(lemma.charAt(0)) < 0;
    // (and with a weak last letter, which the lemma writes otherwise: "أدعو" of دعا)
    boolean iDoWeak = w.isVerb(i) && lemma.length() >= 3 && bare.length() == lemma.length() + 1
        && (bare.startsWith("أ") || bare.startsWith("ا")) && "أاإآ".indexOf(lemma.charAt(0)) < 0
        && WEAK.indexOf(bare.charAt(bare.length() - 1)) >= 0 && WEAK.indexOf(lemma.charAt(lemma.length() - 1)) >= 0
        && bare.substring(1, bare.length() - 1).equals(lemma.substring(0, lemma.length() - 1));
    return weDo || iDo || iDoWeak;
  }

  /** Weak letters that end a defective verb: "دعا" / "أدعو", "رمى" / "أرمي". */
  private static final String WEAK = "اوىي";
  static final String ALSO = EventKeys.of("كما");
  /** "بعد أن", "قبل أن", "عقب أن": a time clause whose verb's suffix is the main clause's subject. */
  private static final java.util.Set<String> TIME_CONJUNCTIONS = EventKeys.setOf("بعد", "قبل", "عقب");

  /**
   * A verb joined by و, ف or "كما" whose subject is a suffix: "وأطلقوا" (they), "فقتلت" (she), "كما
   * استهدفت" (she also targeted); the subject is then the actor the sentence was already about.
   */
  static boolean pronounSubject(SentenceWords w, int i) {
    // (not "كما ذكرت الأنباء": as the news reported, an attribution, not a second act)
    boolean also = w.isKey(i - 1, ALSO) && !w.is(i, TriggerFinder.TELLING);
    // (and a verb of the time clause after "بعد أن": "خطفوا عشرات المسيحيين بعد أن سيطروا على مدينة")
    boolean whenThey = w.isKey(i - 1, "ان") && w.is(i - 2, TIME_CONJUNCTIONS) && pluralSuffix(w, i)
        && pluralMainSubject(w, i - 3);
    if (!w.hasProclitic(i, "و") && !w.hasProclitic(i, "ف") && !also && !whenThey) {
      return false;
    }
    return pluralSuffix(w, i) || feminineVerb(w, i);
  }

  /** How far back the main clause's verb may stand before "بعد أن". */
  private static final int MAIN_VERB_REACH = 15;

  /**
   * Whether the nearest verb at or before i has a plural subject: its own suffix ("خطفوا"), or a plural in
   * the nominative right after it ("شن متطرفون"). Not "أوقفت الشرطة أربعة أشخاص بعد أن اقتحموا", whose
   * "they" are the ones held, nor "قال دانون … بعد أن قالوا".
   */
  private static boolean pluralMainSubject(SentenceWords w, int i) {
    for (int k = i; k >= 0 && k > i - MAIN_VERB_REACH; k--) {
      if (ActorPositions.QUOTES.contains(w.token(k).text())) {
        return false; // (a quotation opens between: its own speaker's words)
      }
      if (w.isVerb(k)) {
        String next = k + 1 < w.size() ? w.bare[k + 1] : "";
        return pluralSuffix(w, k) || next.endsWith("ون") || next.length() > 3 && next.endsWith("و");
      }
    }
    return false;
  }

  /**
   * A masculine plural or dual in the oblique case, right after the verb ("وطالب الحوثيين بالتوقف",
   * "وطالب الطرفين"): a subject would be nominative ("الحوثيون", "الطرفان"), so this is the verb's
   * object and its subject is its pronoun or was named before. Only the forms whose ending is sure: a
   * nisba plural ("يين") or the lemma with "ين" ("المتظاهرين" of متظاهر); not names ("بوتين", "الأمين")
   * or places ("البحرين", "الصين").
   */
  static boolean obliquePlural(SentenceWords w, ActorGroup g) {
    int head = g.first();
    if (g.members().get(0).isCountry() || !w.token(head).clitics().post().isEmpty()) {
      return false;
    }
    String bare = w.bare[head];
    String lemma = w.lemma[head];
    boolean nisba = bare.length() >= 6 && bare.endsWith("يين");
    boolean regular = lemma.length() >= 3 && bare.equals(lemma + "ين");
    return nisba || regular;
  }

  /** A perfective verb of the third person feminine singular: its written stem is its lemma and ت ("قتلت"). */
  static boolean feminineVerb(SentenceWords w, int i) {
    return w.isVerb(i) && !w.isImperfective(i) && w.bare[i].equals(w.lemma[i] + "ت");
  }

  /**
   * A verb of the third person masculine singular: a perfective written as its lemma ("هاجم", "دعا") or an
   * imperfective with ي and no plural or dual ending ("يطالب").
   */
  static boolean masculineVerb(SentenceWords w, int i) {
    if (!w.isVerb(i) || firstPerson(w, i)) {
      return false;
    }
    String bare = w.bare[i];
    boolean opens = !w.token(i).clitics().pre().isEmpty() || i == 0 || !w.token(i - 1).isWord()
        || w.is(i - 1, VERB_OPENERS);
    if (!opens) {
      return false; // (a masdar the tagger read as a verb: "بعد رفض الحكومة", whose genitive is its agent)
    }
    if (w.isImperfective(i)) {
      return bare.startsWith("ي") && !bare.endsWith("ون") && !bare.endsWith("ان") && !bare.endsWith("ن");
    }
    // (not a form written with a person prefix whose lemma keeps it: "تقول", "تلقى"; nor a verb of three
    // letters, written like its masdar: "رفض المملكة نقل السفارة" is the kingdom's refusal)
    boolean masdarShape = bare.length() == 3 && !bare.endsWith("ا") && !bare.endsWith("ى");
    return bare.equals(w.lemma[i]) && !w.lemma[i].endsWith("ت") && "تني".indexOf(bare.charAt(0)) < 0 && !masdarShape;
  }

  /** Words after which a clause opens with its verb. */
  private static final java.util.Set<String> VERB_OPENERS = EventKeys.setOf("قد", "لقد", "ثم", "كما", "حيث", "إذ",
      "اذ", "عندما", "حين", "بعدما", "لما", "الذي", "التي", "فقد", "وقد", "كذلك");

  /**
   * A body or a state named by a feminine singular noun ("السلطة الفلسطينية", "الحكومة السورية"), which
   * cannot be the subject of a masculine verb right before it: "فهاجم السلطة الفلسطينية قائلا" has its
   * subject in the verb, and the body is what it attacked. Not a person, nor the men's plurals and titles
   * written with ة ("القادة", "الطلبة", "الخليفة"), nor the words of number whose verb may agree with what
   * they count ("مجموعة من المسلحين").
   */
  static boolean cannotAgreeWithMasculine(SentenceWords w, ActorGroup g, List<ActorGroup> groups) {
    int head = g.first();
    ActorGroup next = ActorGroup.startingAt(groups, g.last() + 1);
    if (next != null) {
      return false; // (a body and the person who leads it: "انتقد المعارضة الإيرانية مريم رجوي")
    }
    ActorMention first = g.members().get(0);
    if (!writtenFeminine(w, g) || "PROPN".equals(w.token(head).pos()) || w.bare[head].endsWith("اه")) {
      return false;
    }
    String code = first.actor().code();
    String country = first.actor().country();
    String role = code == null ? null : country != null && code.startsWith(country) ? code.substring(3) : code;
    return first.isCountry() || role != null && BODIES.contains(role.length() > 3 ? role.substring(0, 3) : role);
  }

  /** Roles of bodies and states, whose nouns keep their grammatical gender (not "المارة", passers-by). */
  private static final java.util.Set<String> BODIES = java.util.Set.of("GOV", "COP", "MIL", "JUD", "LEG", "SPY",
      "MED", "BUS", "PTY", "OPP", "IGO", "NGO", "EDU", "HLH", "REB");

  /**
   * Whether a group is named by a feminine noun: a country or a capital (places are feminine), or a head word
   * written with ة that names no man ("الحكومة", "وزارة الخارجية"; not "القادة").
   */
  static boolean feminineNoun(SentenceWords w, ActorGroup g) {
    if (g.members().isEmpty()) {
      return false;
    }
    return place(g) || writtenFeminine(w, g);
  }

  /** Whether the group's head is written with ة and names no man ("الحكومة"; not "القادة", nor a person). */
  private static boolean writtenFeminine(SentenceWords w, ActorGroup g) {
    return w.token(g.first()).text().endsWith("ة") && !w.is(g.first(), MEN_WITH_TA)
        && !ActorFinder.isPerson(g.members().get(0));
  }

  /**
   * Whether a group is a place: a country ("الصين", "البحرين", "فلسطين") or a capital standing for its government
   * ("اتهمت بكين واشنطن"). Places are feminine, whatever their written ending.
   */
  private static boolean place(ActorGroup g) {
    ActorMention first = g.members().get(0);
    Event.Actor a = first.actor();
    boolean capital = a.country() != null && (a.country() + "GOV").equals(a.code()) && g.last() == g.first();
    return first.isCountry() || capital;
  }

  /**
   * Counted people named by a masculine noun ("خمسة شبان", "25 شخصا", "ثلاثة جنود"), who cannot be the subject of
   * a feminine verb before them. Not women ("خمس نساء", "ثلاث طالبات"), nor bodies, whose plurals a feminine
   * verb may have ("شاركت عشرة أحزاب").
   */
  static boolean countedMen(SentenceWords w, ActorGroup counted) {
    ActorMention first = counted.members().get(0);
    String role = first.actor().code();
    boolean people = first.isCivilian() || role != null && (role.endsWith("MIL") || role.endsWith("COP")
        || role.endsWith("REB") || role.endsWith("CRM"));
    String head = w.bare[counted.first()];
    return people && !head.endsWith("ات") && !head.endsWith("ة") && !w.is(counted.first(), WOMEN);
  }

  /** Women counted by a noun not written with ات or ة. */
  private static final java.util.Set<String> WOMEN = EventKeys.setOf("نساء", "النساء", "نسوة", "النسوة", "نسوه");

  /** Nouns written with ة that name men, or count what follows them. */
  private static final java.util.Set<String> MEN_WITH_TA = EventKeys.setOf("خليفة", "الخليفة", "علامة",
      "العلامة", "رحالة", "الرحالة", "طلبة", "الطلبة", "أساتذة", "الأساتذة", "اساتذة", "الاساتذة", "قادة", "القادة",
      "سادة", "السادة", "كفرة", "الكفرة", "خونة", "الخونة", "سحرة", "السحرة", "بحارة", "البحارة", "فلاسفة",
      "الفلاسفة", "تلامذة", "التلامذة", "جبابرة", "الجبابرة", "مجموعة", "المجموعة", "عدة", "جماعة", "بقية", "غالبية",
      "أغلبية", "اغلبية", "كافة", "قلة", "نخبة", "ثلة", "كوكبة", "حفنة");

  /**
   * A lone unlinked name after a masculine title ("فقتلت المدرس هاني شعبان نعيم"): a man, who cannot be
   * the subject of a feminine verb. The title decides: a name alone says nothing of its bearer's sex
   * ("وقالت نيكي هايلي"), and countries, organisations and role nouns are left alone, as their grammatical
   * gender is not their written ending (مصر, القوات).
   */
  static boolean cannotAgreeWithFeminine(SentenceWords w, ActorGroup g) {
    String head = w.bare[g.first()];
    // (not a short name that merely ends so, "أعلنت "زين السعودية"" (seed 230), nor a known body's name in -ون,
    // "وقالت البنتاغون", "أعلنت شيفرون"; the oblique -ين is men's, whatever body they belong to: "مسلحين من القاعدة")
    if ((head.endsWith("ين") || head.endsWith("ون") && !knownBody(g) || head.endsWith("يون")) && head.length() > 3
        && !place(g)) {
      return true; // men in the plural ("واستهدفت خبراء تجسس إيرانيين"): a VSO verb would be masculine
    }
    // (not in a title's genitive, whose head is the subject: "وانتقدت نائبة رئيس حزب الاتحاد الديمقراطي")
    if (w.is(g.first(), MASCULINE_HEADS) && w.token(g.first()).clitics().pre().isEmpty()
        && !w.is(g.first() - 1, OFFICERS)) {
      return true; // "واستهدفت بالأساس حزب العمال الكردستاني": a party is masculine, the campaign struck it (seed 241)
    }
    if (g.members().size() != 1 || g.first() < 1) {
      return false;
    }
    Event.Actor a = g.members().get(0).actor();
    var title = w.token(g.first() - 1);
    String t = w.bare[g.first() - 1];
    return a.code() == null && a.country() == null && title.isWord()
        && ("NOUN".equals(title.pos()) || "ADJ".equals(title.pos())) && !w.is(g.first() - 1, Clauses.DAYS)
        && w.isDefinite(g.first() - 1) && !t.endsWith("ه") && !t.endsWith("ات");
  }

  /** Masculine head nouns of bodies' names, which a feminine verb cannot have for its subject. */
  private static final java.util.Set<String> MASCULINE_HEADS = EventKeys.setOf("حزب", "تنظيم");
  /**
   * Officers and fronts whose genitive such a body may be, and who are the subject: "وقالت زعيمة حزب
   * الديمقراطيين", "واعلنت «جبهة حزب التحرير الشعبي الثوري»".
   */
  private static final java.util.Set<String> OFFICERS = EventKeys.setOf("رئيس", "رئيسة", "نائب", "نائبة", "زعيم",
      "زعيمة", "أمين", "أمينة", "عضو", "عضوة", "مسؤول", "مسؤولة", "قائد", "قائدة", "متحدثة", "ناطقة", "مؤسس",
      "مؤسسة", "جبهة", "حركة", "كتلة", "جناح");

  /** Whether the group's first member is an organisation the knowledge base knows. */
  private static boolean knownBody(ActorGroup g) {
    String id = g.members().get(0).actor().id();
    return id != null && id.startsWith("org:");
  }
}
