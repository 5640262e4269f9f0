package org.marsad.event;

import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;

/**
 * One sentence's tokens with the keys the event rules look at, computed once per sentence. Indices are
 * sentence-relative: 0 … size()-1.
 */
final class SentenceWords {
  final Document doc;
  final Sentence sentence;
  final List<Token> tokens;
  final String[] lemma;
  final String[] bare;
  /**
   * The written stem after a ل whose article's alif the spelling dropped ("للمطالبة" is ل + المطالبة, its
   * stem "لمطالبة"): "مطالبة"; null for other words. Only a second chance in {@link #is}, since "للبنان" is
   * ل + لبنان.
   */
  private final String[] afterLam;
  /** Words inside a known name past its first: "التحالف الذي تقوده السعودية" holds no clause of its own. */
  private final boolean[] insideName;
  /** The first words of names the knowledge base knows: "رامي عبدالرحمن" (the tagger reads "رامي" as a verb). */
  private final boolean[] nameStart;
  /** The first words of places the knowledge base knows: "بيروت" of "ببيروت". */
  private final boolean[] placeStart;
  /**
   * Verbs the trigger lexicon knows only by their present's stem, whatever the lemmatiser read: "تعقد" before
   * "اجتماعا" is تَعقِد (holds), not the perfective تَعَقَّد (grew complicated) its lemma says.
   */
  private final boolean[] presentByStem;

  SentenceWords(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.tokens = doc.tokensOf(sentence);
    int n = tokens.size();
    lemma = new String[n];
    bare = new String[n];
    afterLam = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        lemma[i] = EventKeys.lemma(t);
        bare[i] = EventKeys.bare(t);
        if (CONDEMNS.contains(bare[i]) && t.clitics().post().isEmpty()) {
          lemma[i] = CONDEMNED; // (the tagger reads "يدين" as two hands, "ندين" as two rivals)
        }
        if (org.marsad.text.SearchKeys.afterLam(t) && bare[i].length() > 3 && bare[i].startsWith("ل")) {
          afterLam[i] = bare[i].substring(1);
        }
      } else {
        lemma[i] = "";
        bare[i] = t.norm() == null ? t.text() : t.norm();
      }
    }
    insideName = new boolean[n];
    nameStart = new boolean[n];
    placeStart = new boolean[n];
    presentByStem = new boolean[n];
    List<org.marsad.doc.Entity> entities = doc.entities();
    for (int k = firstEntityFrom(entities, sentence.start()); k < entities.size(); k++) {
      org.marsad.doc.Entity e = entities.get(k);
      if (e.start() >= sentence.end()) {
        break; // (entities come in text order)
      }
      if (e.id() != null && e.end() <= sentence.end()) {
        int at = tokenAt(e.start());
        if (at >= 0 && at < n) {
          nameStart[at] = true;
          placeStart[at] = e.id().startsWith("place:");
        }
        for (int i = at + 1; i >= 1 && i < n && tokens.get(i).start() < e.end(); i++) {
          insideName[i] = true;
        }
      }
    }
  }

  /**
   * The index of the first entity that starts at or after {@code start} (entities come in text order), found
   * by halving so that each sentence does not walk the document's entities before it.
   */
  private static int firstEntityFrom(List<org.marsad.doc.Entity> entities, int start) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether word i stands inside a name the knowledge base knows, past its first word. */
  boolean insideName(int i) {
    return i >= 0 && i < insideName.length && insideName[i];
  }

  /** Whether word i lies inside an entity the tagger found (known to the knowledge base or not). */
  boolean inEntity(int i) {
    int at = tokens.get(i).start();
    return doc.entities().stream().anyMatch(e -> e.start() <= at && at < e.end());
  }

  /** Whether word i opens a name the knowledge base knows. */
  boolean startsName(int i) {
    return i >= 0 && i < nameStart.length && nameStart[i];
  }

  /** Quotation marks, straight, double-angle and curly. */
  private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "«", "»", "“", "”");

  /** Whether token i is a quotation mark (false outside the sentence). */
  boolean isQuote(int i) {
    return i >= 0 && i < tokens.size() && QUOTES.contains(tokens.get(i).text());
  }

  /** Whether word i opens a place the knowledge base knows. */
  boolean startsPlace(int i) {
    return i >= 0 && i < placeStart.length && placeStart[i];
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The written stem of word i without the ل the article's alif left behind ("للسلطات" → سلطات), or null. */
  String afterLam(int i) {
    return afterLam[i];
  }

  /** Whether word i is a masculine singular nisba adjective: "تونسي", "الإداري" (tagged ADJ, written with final ي). */
  boolean isNisbaAdjective(int i) {
    return "ADJ".equals(tokens.get(i).pos()) && bare[i].length() > 3 && bare[i].endsWith("ي");
  }

  /** Letters that abbreviate an honorific before a name, with their dot: "د." (دكتور), "م." (مهندس), "أ." (أستاذ). */
  private static final java.util.Set<String> ABBREVIATED_HONORIFICS = java.util.Set.of("د", "م", "أ");

  /** Whether word i is an abbreviated honorific or its dot: "وزير التعليم د. عزام الدخيل". */
  boolean abbreviatedHonorific(int i) {
    String t = tokens.get(i).text();
    if (ABBREVIATED_HONORIFICS.contains(t)) {
      return i + 1 < tokens.size() && ".".equals(tokens.get(i + 1).text());
    }
    return ".".equals(t) && i > 0 && ABBREVIATED_HONORIFICS.contains(tokens.get(i - 1).text());
  }

  /** Whether word i is one of the keys, by lemma or by written stem. */
  boolean is(int i, java.util.Set<String> keys) {
    return i >= 0 && i < lemma.length
        && (keys.contains(bare[i]) || keys.contains(lemma[i]) || afterLam[i] != null && keys.contains(afterLam[i]));
  }

  /**
   * Whether word i carries an object pronoun and, without it, is one of the keys: "تبنته", "نفذها"
   * (the lemmatiser reads some such verbs as nouns of other lemmas, so the written stem decides too).
   */
  boolean isWithPronoun(int i, java.util.Set<String> keys) {
    if (i < 0 || i >= lemma.length) {
      return false;
    }
    var post = tokens.get(i).clitics().post();
    if (post.isEmpty()) {
      return false;
    }
    String pronoun = org.marsad.text.SearchKeys.fold(post.get(post.size() - 1));
    String stem = bare[i].endsWith(pronoun) ? bare[i].substring(0, bare[i].length() - pronoun.length()) : bare[i];
    // (an imperfective's stem too: "هجمات ينفذها الحوثيون")
    return keys.contains(lemma[i]) || keys.contains(stem) || keys.contains(EventKeys.verbStem(stem));
  }

  /** Whether a word of the set stands within {@code reach} words of i, i itself left out. */
  boolean near(int i, int reach, java.util.Set<String> keys) {
    for (int j = Math.max(0, i - reach); j <= Math.min(size() - 1, i + reach); j++) {
      if (j != i && is(j, keys)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, within {@code reach} words after i, a word of {@code first} stands with a word of {@code second} right
   * after it: "احتل … المركز الأول", "طلب الملك نقل تحياته".
   */
  boolean pairAfter(int i, int reach, java.util.Set<String> first, java.util.Set<String> second) {
    for (int k = i + 1; k < size() && k <= i + reach; k++) {
      if (is(k, first) && is(k + 1, second)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any word of the sentence is one of the keys. */
  boolean mentions(java.util.Set<String> keys) {
    for (int i = 0; i < lemma.length; i++) {
      if (is(i, keys)) {
        return true;
      }
    }
    return false;
  }

  boolean isKey(int i, String key) {
    return i >= 0 && i < lemma.length && (key.equals(bare[i]) || key.equals(lemma[i]));
  }

  /** Whether word i carries the proclitic (false outside the sentence, as {@link #is} and {@link #isKey}). */
  boolean hasProclitic(int i, String clitic) {
    return i >= 0 && i < tokens.size() && tokens.get(i).clitics().pre().contains(clitic);
  }

  /**
   * Whether word i is a verb: tagged so, unless a preposition governs it ("في قصف", "بقصف": a verb
   * never follows one, the tagger misread the masdar).
   */
  boolean isVerb(int i) {
    Token t = tokens.get(i);
    if (heldVerb(i)) {
      return true;
    }
    if (CONDEMNED.equals(lemma[i]) && CONDEMNS.contains(bare[i]) && atMostConjunction(i)) {
      return true;
    }
    if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos()) || NOT_VERBS.contains(bare[i]) || prayer(i)
        || crownOf(i)) {
      return false;
    }
    return !t.clitics().pre().contains("ب") && !(i > 0 && PREPOSITIONS.contains(bare[i - 1]));
  }

  /**
   * The imperfective of أدان (condemned), "يدين", "تدين", "ندين", "أدين": a hollow stem that neither the tagger
   * nor the stem rule takes back to its verb (seed 246).
   */
  private static final java.util.Set<String> CONDEMNS = EventKeys.setOf("يدين", "تدين", "ندين", "أدين");
  private static final String CONDEMNED = EventKeys.of("أدان");

  /** "عقد", which the tagger always reads as the noun (a contract, a decade). */
  private static final String HELD = EventKeys.of("عقد");

  /** Words after which a clause's verb may stand: "قد عقد", "كما عقد". */
  private static final java.util.Set<String> VERB_LEADS = EventKeys.setOf("قد", "كما", "ثم", "حيث");

  /**
   * Whether word i is the verb "عقد" (held): bare or behind و/ف where a clause opens, before its subject,
   * definite, a name or a title ("وعقد الرئيس اجتماعا", "عقد لافروف لقاء", "عقد وزراء الخارجية"); not the
   * noun before an indefinite genitive or adjective ("وعقد اتفاق مبدئي").
   */
  private boolean heldVerb(int i) {
    Token t = tokens.get(i);
    List<String> pre = t.clitics().pre();
    if (!HELD.equals(bare[i]) || !t.clitics().post().isEmpty() || !(pre.isEmpty() || pre.equals(List.of("و"))
        || pre.equals(List.of("ف"))) || i + 1 >= tokens.size()) {
      return false;
    }
    boolean opens = i == 0 || !tokens.get(i - 1).isWord() || VERB_LEADS.contains(bare[i - 1]);
    Token next = tokens.get(i + 1);
    boolean subject = isDefinite(i + 1) || "PROPN".equals(next.pos()) || next.pos() == null && next.isWord()
        || is(i + 1, ActorFinder.PERSON_TITLES);
    return opens && subject && next.clitics().pre().isEmpty();
  }

  /**
   * Whether word i is the verb of a prayer set after a name, "حفظه الله", "رحمه الله", "أيده الله": a
   * formula of respect that opens no clause ("تلقى الملك سلمان - حفظه الله - اتصالا هاتفيا من …").
   */
  boolean prayer(int i) {
    return i >= 0 && i + 1 < bare.length && PRAYERS.contains(bare[i]) && GOD.equals(bare[i + 1]);
  }

  /** Whether token i is the dash, bracket or comma that sets a prayer apart: "- حفظه الله -", "(رحمه الله)". */
  boolean aroundPrayer(int i) {
    return i >= 0 && i < tokens.size() && !tokens.get(i).isWord() && (prayer(i + 1) || i >= 2 && prayer(i - 2));
  }

  /** The position past a prayer at i, with its dashes or brackets ("- حفظه الله -"), or i itself when there is none. */
  int pastPrayer(int i) {
    int at = i < tokens.size() && !tokens.get(i).isWord() && prayer(i + 1) ? i + 1 : i;
    if (!prayer(at)) {
      return i;
    }
    return aroundPrayer(at + 2) ? at + 3 : at + 2;
  }

  private static final java.util.Set<String> PRAYERS = EventKeys.setOf("حفظه", "يحفظه", "حفظها", "يحفظها",
      "حفظهم", "يحفظهم", "حفظهما", "أيده", "ايده", "يؤيده", "رعاه", "يرعاه", "رحمه", "يرحمه", "رحمها", "رحمهم",
      "وفقه", "يوفقه", "سدده", "أيدهم", "ايدهم", "أيدهما", "ايدهما", "يؤيدهم", "وفقهم", "وفقهما", "يوفقهم", "رعاهم",
      "رعاهما", "يرعاهم", "سددهم", "أيدها", "ايدها");
  private static final String GOD = EventKeys.of("الله");

  /**
   * Words the tagger reads as verbs: "قيادي بارز" (prominent; the verb بارز, to duel, is not news), "مسؤولي دول
   * شقيقة" (states; دوّل, to internationalise, is not news either).
   */
  private static final java.util.Set<String> NOT_VERBS = EventKeys.setOf("بارز", "بارزا", "بارزة", "دول");

  /** Whether word i is the "عهد" of "ولي عهد البحرين" (crown prince), which the tagger reads as a verb (seed 250). */
  private boolean crownOf(int i) {
    return i > 0 && CROWN.equals(bare[i]) && HEIR.equals(bare[i - 1]) && tokens.get(i).clitics().isEmpty();
  }

  private static final String CROWN = EventKeys.of("عهد");
  private static final String HEIR = EventKeys.of("ولي");

  private static final java.util.Set<String> PREPOSITIONS = EventKeys.setOf("في", "من", "على", "إلى", "الى", "عن",
      "مع", "حول", "ضد", "خلال", "إثر", "اثر", "جراء", "ضمن");

  /** Whether token i is a comma, Latin or Arabic. */
  boolean isComma(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    String t = tokens.get(i).text();
    return ",".equals(t) || "،".equals(t);
  }

  /**
   * Whether word i is a verb in the imperfective ("يقتل", "تستهدف"): its written stem opens with a
   * person prefix its lemma lacks. A perfective whose lemma itself opens with ت ("تعرض") reads as
   * perfective, and so does an imperfective of such a verb ("تتعرض"): a miss, never a false alarm.
   */
  boolean isImperfective(int i) {
    return isVerb(i) && imperfectiveShape(i);
  }

  /**
   * Whether word i is written like an imperfective verb (a prefix ي/ت/ن its lemma lacks), whatever its tag:
   * the tagger reads some verbs as nouns ("تحتجز" before a quotation).
   */
  boolean imperfectiveShape(int i) {
    if (bare[i].isEmpty() || lemma[i].isEmpty()) {
      return false;
    }
    char first = bare[i].charAt(0);
    return "يتن".indexOf(first) >= 0 && lemma[i].charAt(0) != first;
  }

  /** Marks verb i as a present the trigger lexicon matched by its stem without the prefix ("تعقد" → عقد). */
  void readAsPresent(int i) {
    presentByStem[i] = "يتن".indexOf(bare[i].charAt(0)) >= 0;
  }

  /**
   * Whether verb i is a present by its trigger's reading though its lemma is not (see {@link #readAsPresent}).
   * Only the mode asks: the other rules keep the lemmatiser's reading, which their tuning assumed.
   */
  boolean presentByStem(int i) {
    return presentByStem[i];
  }

  /** Whether token i is a number, in digits or in words ("5", "ثلاثة", "الثلاثة"). */
  boolean isNumber(int i) {
    Token t = tokens.get(i);
    return t.kind() == org.marsad.doc.TokenKind.NUMBER || t.number() != null;
  }

  /**
   * Whether token i is a number, a number word without the article ("5", "ثلاثة", not "الثلاثة"), a
   * round count ("عشرات", "مئات", "آلاف") or a dual ("شخصان").
   */
  boolean isCount(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.kind() == org.marsad.doc.TokenKind.NUMBER
        || (t.number() != null && !definiteNumber(i))
        || ROUND_COUNTS.contains(bare[i]) || isDual(i) || aNumberOf(i);
  }

  /**
   * An indefinite noun in the nominative dual ("شخصان", "جنديان", "امرأتان"): two of them, a count in itself.
   * Not a broken plural that happens to end the same way ("بلدان", "صبيان").
   */
  private boolean isDual(int i) {
    if (!"NOUN".equals(tokens.get(i).pos()) || isDefinite(i) || lemma[i].length() < 3 || NOT_DUALS.contains(bare[i])
        || insideName(i) || startsName(i)) {
      return false; // (nor a name the knowledge base knows: "الملك سلمان", "عثمان")
    }
    String l = lemma[i];
    return bare[i].equals(l + "ان") || (l.endsWith("ه") && bare[i].equals(l.substring(0, l.length() - 1) + "تان"));
  }

  /**
   * A number word with the article ("الثلاثة", "الألف"); "ألف" and "ألفي" only look definite, their alif
   * and lam being the word's own.
   */
  private boolean definiteNumber(int i) {
    String stem = org.marsad.text.SearchKeys.stem(tokens.get(i));
    return stem.startsWith("ال") && !(lemma[i].startsWith("ال") && !stem.startsWith("الال"));
  }

  private static final java.util.Set<String> NOT_DUALS = EventKeys.setOf("بلدان", "صبيان", "جيران", "إخوان", "اخوان",
      "شبان", "فرسان", "غلمان");

  /**
   * The written stem of word i without its first letter when that is a و the segmenter left on a word of
   * four letters or more ("ودعا", read whole as "ودع": the conjunction and دعا); null otherwise.
   */
  String afterJoinedWa(int i) {
    return bare[i].length() >= 4 && bare[i].charAt(0) == 'و' ? bare[i].substring(1) : null;
  }

  /** Whether word i carries the article ("الجنديان", "القصف"); false past either end, as {@link #is}. */
  boolean isDefinite(int i) {
    return i >= 0 && i < tokens.size() && org.marsad.text.SearchKeys.stem(tokens.get(i)).startsWith("ال");
  }

  private static final java.util.Set<String> NUMBER_OF = EventKeys.setOf("عدد", "عددا");

  /**
   * "عدد من" opening a clause's count ("قتل عددا من زعماء طالبان"); not one joined by و to another count,
   * "مقتل سبعة عناصر شرطة وعدد من المتظاهرين", which lists more of the same side.
   */
  private boolean aNumberOf(int i) {
    return NUMBER_OF.contains(bare[i]) && tokens.get(i).clitics().pre().isEmpty() && isKey(i + 1, "من");
  }

  /** Counts without a number: some, several ("اعتقلت الشرطة بعض الأشخاص", "ذكرت عدة مصادر"). */
  static final java.util.Set<String> VAGUE_COUNTS = EventKeys.setOf("بعض", "عدة");
  static final java.util.Set<String> ROUND_COUNTS = java.util.stream.Stream.concat(VAGUE_COUNTS.stream(),
      EventKeys.setOf("عشرات", "مئات", "آلاف", "الاف", "ألوف", "ملايين").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether word i opens the sentence bare (no article, no pronoun, at most و or ف before it), where news
   * puts its verb: "وذكر سكان محليون", "نشر رفلين مقالاً", which the tagger reads as nouns. Asked only of
   * words the trigger lexicon has as verbs; a masdar opening a headline ("مقتل", "اعتقال") keeps its noun entry.
   */
  boolean opensBare(int i) {
    Token t = tokens.get(i);
    return i == 0 && "NOUN".equals(t.pos()) && i + 1 < tokens.size() && tokens.get(1).isWord()
        && !org.marsad.text.SearchKeys.stem(t).startsWith("ال") && atMostConjunction(i) && t.clitics().post().isEmpty();
  }

  /**
   * Whether word i is a verb the tagger read as a noun: a bare word (no article, at most و or ف before
   * it) followed by a definite subject and a count, the shape of a VSO clause ("وقتل المسلحون ثلاثة
   * جنود"); a noun is not followed by a definite noun and then a number.
   */
  boolean isMisreadVerb(int i) {
    Token t = tokens.get(i);
    if (!"NOUN".equals(t.pos()) || i + 2 >= tokens.size() || org.marsad.text.SearchKeys.stem(t).startsWith("ال")) {
      return false;
    }
    if (!atMostConjunction(i)) {
      return false;
    }
    Token subject = tokens.get(i + 1);
    return subject.isWord() && subject.number() == null && org.marsad.text.SearchKeys.stem(subject).startsWith("ال")
        && isCount(i + 2);
  }

  /**
   * Whether word i carries no proclitic but a conjunction, و or ف: "وقتل" may still be a verb or its
   * passive, "بقتل" or "لقتل" is a masdar behind a preposition. (The segmenter takes one conjunction at most.)
   */
  boolean atMostConjunction(int i) {
    var pre = tokens.get(i).clitics().pre();
    return pre.isEmpty() || pre.size() == 1 && (pre.get(0).equals("و") || pre.get(0).equals("ف"));
  }

  /**
   * The word after the time expression that starts at word j, alone or behind "في" ("قتلت في السنتين
   * الماضيتين عشرات الفلسطينيين"), or j when none starts there.
   */
  int afterTimeExpression(int j) {
    if (j >= tokens.size()) {
      return j;
    }
    int from = isKey(j, Adjuncts.IN) && j + 1 < tokens.size() ? j + 1 : j;
    for (org.marsad.doc.TimeExpression t : doc.times()) {
      if (t.start() == tokens.get(j).start() || t.start() == tokens.get(from).start()) {
        int last = tokenAt(t.end() - 1);
        return last >= j ? last + 1 : j;
      }
    }
    return j;
  }

  /** Index of the token containing a char offset; -1 if none. */
  int tokenAt(int offset) {
    return indexAt(tokens, offset);
  }

  /** Index in {@code tokens} (ordered, as a sentence's are) of the token containing a char offset; -1 if none. */
  static int indexAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
