package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.ActorRef;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.pipeline.Stage;
import org.marsad.text.SearchKeys;

/**
 * Links entity mentions to the knowledge base, adds the mentions of known names the model missed,
 * and fills {@link Document#actors()} with nisba adjectives, role phrases and seats of government.
 *
 * <p>Linking: the mention's words (or, for a person, its last word: "بوتين") are looked up as an alias;
 * entries of a kind that fits the mention's type are preferred (PER → person; LOC → country, then
 * place; ORG → organisation, then country), and among people the one holding a role on the document
 * date. The CAMEO code is the one valid on that date (السيسي is EGYMIL before 2014-06-08 and EGYGOV
 * after it).
 */
public final class LinkStage implements Stage {
  private static final Map<String, String> ROLE_NOUNS = Map.ofEntries(
      Map.entry("رءيس", "GOV"), Map.entry("رءيسه", "GOV"), Map.entry("رءاسه", "GOV"), // (رئيسة: "رئيسة وزراء بريطانيا")
      Map.entry("سفيره", "GOV"), Map.entry("زعيمه", "GOV"), Map.entry("حكومه", "GOV"), Map.entry("وزير", "GOV"),
      // "المستشارة الألمانية", "المستشار النمساوي": a chancellor (or a state's adviser) is the government
      Map.entry("مستشار", "GOV"), Map.entry("مستشاره", "GOV"),
      Map.entry("وزيره", "GOV"), Map.entry("وزاره", "GOV"), Map.entry("خارجيه", "GOV"), Map.entry("داخليه", "GOV"),
      Map.entry("خزانه", "GOV"), // "الخزانة الأمريكية" (the Treasury)
      Map.entry("سفير", "GOV"), Map.entry("سفاره", "GOV"), Map.entry("نظام", "GOV"), Map.entry("سلطات", "GOV"),
      Map.entry("رءاسي", "GOV"), Map.entry("ملك", "GOV"), Map.entry("امير", "GOV"), Map.entry("مسءول", "GOV"),
      Map.entry("مسءولين", "GOV"), Map.entry("محافظ", "GOV"), Map.entry("مسءولون", "GOV"), Map.entry("دبلوماسيه", "GOV"),
      // "دبلوماسيين روس": diplomats are their state's officials
      Map.entry("دبلوماسي", "GOV"), Map.entry("دبلوماسيين", "GOV"), Map.entry("دبلوماسيون", "GOV"),
      Map.entry("دبلوماسيا", "GOV"), Map.entry("قياده", "GOV"), Map.entry("زعيم", "GOV"),
      Map.entry(KnowledgeBase.wordKey("ولي"), "GOV"), // "ولي العهد السعودي" (the crown prince)
      Map.entry(KnowledgeBase.wordKey("عاهل"), "GOV"), // "العاهل الأردني" (the monarch)
      // "لنظيره التركي": one's counterpart, a minister or head of state (the key keeps the pronoun)
      Map.entry("نظير", "GOV"), Map.entry("نظيره", "GOV"), Map.entry("نظيرها", "GOV"), Map.entry("نظيرهم", "GOV"),
      Map.entry("نظراء", "GOV"), Map.entry("نظراءه", "GOV"), Map.entry("نظيرته", "GOV"), Map.entry("نظيرتها", "GOV"),
      Map.entry("نظيريه", "GOV"), Map.entry("نظيراه", "GOV"), // "مع نظيريه السعودي والأميركي": his two counterparts
      Map.entry("جيش", "MIL"), Map.entry("قوات", "MIL"), Map.entry("جنود", "MIL"), Map.entry("عسكريه", "MIL"),
      Map.entry("مقاتلات", "MIL"), Map.entry("طاءرات", "MIL"), Map.entry("بحريه", "MIL"), Map.entry("دفاع", "MIL"),
      // the general staff: "رئيس الأركان الإسرائيلي" commands the army
      Map.entry(KnowledgeBase.wordKey("أركان"), "MIL"),
      // "المقاومة اليمنية", "المقاومة في تعز": the resistance fighters of a country
      Map.entry("مقاومه", "REB"),
      Map.entry("شرطه", "COP"), Map.entry("امن", "COP"), Map.entry("معارضه", "OPP"), Map.entry("برلمان", "LEG"),
      Map.entry("نواب", "LEG"), Map.entry("قضاء", "JUD"), Map.entry("محكمه", "JUD"), Map.entry("نيابه", "JUD"),
      Map.entry("اعلام", "MED"),
      // "وكالة الاستخبارات الأمريكية", "المخابرات التركية": the intelligence service, not an agency of the press
      Map.entry("مخابرات", "SPY"), Map.entry("استخبارات", "SPY"),
      Map.entry("صحيفه", "MED"), Map.entry("وكاله", "MED"), Map.entry("تلفزيون", "MED"), Map.entry("شركه", "BUS"),
      Map.entry("شركات", "BUS"), Map.entry("لاجءين", "REF"), Map.entry("لاجءون", "REF"), Map.entry("مهاجرين", "REF"),
      Map.entry("مهاجرون", "REF"), Map.entry("متظاهرين", "CVL"),
      Map.entry("متظاهرون", "CVL"), Map.entry("مواطنين", "CVL"), Map.entry("شعب", "CVL"));

  /**
   * Proclitics the segmenter may have cut off a name's first letter as: "و" + "ول ستريت", "س" + "انا", "ب" +
   * "ان كي مون" (Ban Ki-moon, read as "بأن").
   */
  private static final java.util.Set<List<String>> RESTORED_LETTERS = java.util.Set.of(List.of("و"), List.of("س"),
      List.of("ب"));

  /** "وكالة", and what a news agency is "for" (the key of the word behind ل holds it): "للأنباء"، "للإعلام". */
  private static final String AGENCY = KnowledgeBase.wordKey("وكالة");
  private static final java.util.Set<String> NEWS = java.util.Set.of(KnowledgeBase.wordKey("أنباء"),
      KnowledgeBase.wordKey("إعلام"), KnowledgeBase.wordKey("صحافة"));

  /** Generic authorities whose adjective says which they are: "السلطات القضائية", "الأجهزة الأمنية". */
  private static final java.util.Set<String> AUTHORITIES = java.util.Set.of(KnowledgeBase.wordKey("سلطات"),
      KnowledgeBase.wordKey("سلطة"), KnowledgeBase.wordKey("أجهزة"), KnowledgeBase.wordKey("جهات"));
  private static final Map<String, String> ADJECTIVE_ROLES = Map.of(KnowledgeBase.wordKey("القضائية"), "JUD",
      KnowledgeBase.wordKey("الأمنية"), "COP", KnowledgeBase.wordKey("العسكرية"), "MIL");

  /** Words between a role noun and its country: "رئيس وزراء باكستان", "ولي عهد السعودية" (keys). */
  private static final java.util.Set<String> CONSTRUCT_MIDDLE = java.util.Set.of(KnowledgeBase.wordKey("وزراء"),
      KnowledgeBase.wordKey("عهد"), KnowledgeBase.wordKey("جمهورية"), KnowledgeBase.wordKey("دولة"),
      KnowledgeBase.wordKey("مملكة"), KnowledgeBase.wordKey("سلطنة")); // "رئيس جمهورية سنغافورة"

  /** Role nouns that before a country say something else: "أمن اليمن" (its security), "بقيادة الولايات المتحدة". */
  private static final java.util.Set<String> NOT_CONSTRUCT_ROLES = java.util.Set.of(KnowledgeBase.wordKey("أمن"),
      KnowledgeBase.wordKey("قيادة"), KnowledgeBase.wordKey("قضاء"), KnowledgeBase.wordKey("دفاع"),
      KnowledgeBase.wordKey("مقاومة")); // (and "مقاومة إسرائيل", resisting it)

  /** Words a nisba after which names a language: "اللغة الفرنسية", "الناطقة بالفرنسية" (keys). */
  private static final Set<String> LANGUAGE_HEADS = Set.of("لغه", "ناطقه", "ناطق", "ناطقين", "ناطقون", "ناطقتين")
      .stream().map(KnowledgeBase::wordKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The key of "الشؤون" (affairs): a nisba after it names a topic ("الشؤون التركية"). */
  private static final String AFFAIRS = KnowledgeBase.wordKey("الشؤون");
  /** Keys of "القطري" and "القطرية", which also mean "country-level" (قُطري). */
  private static final Set<String> QATARI = Set.of(KnowledgeBase.wordKey("القطري"), KnowledgeBase.wordKey("القطرية"));
  /** Keys of a director and an office, which a body has in each country: "المدير القطري", "المكتب القطري". */
  private static final Set<String> IN_EACH_COUNTRY = java.util.stream.Stream.of("المدير", "المديرة", "مدير", "مديرة",
      "المكتب", "مكتب", "المنسق", "المنسقة", "منسق", "منسقة").map(KnowledgeBase::wordKey)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the nisba at i is "country-level", not Qatari: after a director or an office, with the country or
   * the body it serves right after ("المدير القطري لبرنامج الأغذية", "المديرة القطرية في العراق").
   */
  private static boolean countryLevel(List<Token> tokens, String[] keys, int i, int end) {
    if (i == 0 || end != i || !QATARI.contains(keys[i]) || !IN_EACH_COUNTRY.contains(keys[i - 1])
        || end + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end + 1);
    return "في".equals(keys[end + 1]) || next.clitics().pre().contains("ل");
  }

  /** "بن" and "ابن" (son of), which join a man's name to his father's. */
  private static final Set<String> SON = Set.of(KnowledgeBase.wordKey("بن"), KnowledgeBase.wordKey("ابن"));
  /** "عبد", the first half of a name written in two words: "عبد العزيز". */
  private static final String ABD = KnowledgeBase.wordKey("عبد");
  /** "آل", which opens a family's name: "آل نهيان", "آل سعود". */
  private static final String FAMILY = KnowledgeBase.wordKey("آل");

  /** The key of "القومي" (national), which makes "الأمن" the state's security, not its police. */
  private static final String NATIONAL = KnowledgeBase.wordKey("القومي");

  /** Roles of a state's own bodies, which a capital after them names the state of. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "SPY", "LEG");

  /** The key of "مقاومة", the resistance only with the article and its nisba right after it ("المقاومة اليمنية"). */
  private static final String RESISTANCE = KnowledgeBase.wordKey("مقاومة");

  /** The key of "العاصمة": a name after it is the capital ("العاصمة عمان" is Amman, not Oman). */
  private static final String CAPITAL_WORD = "عاصمه";
  /** Amman as written with its shadda; Oman is written عُمان or bare. */
  private static final String AMMAN_WRITTEN = "عمّان";
  private static final Set<String> CITY_WORDS = Set.of(KnowledgeBase.wordKey("مدينة"), KnowledgeBase.wordKey("ريف"),
      KnowledgeBase.wordKey("غوطة"), KnowledgeBase.wordKey("ضواحي"), KnowledgeBase.wordKey("أطراف"),
      KnowledgeBase.wordKey("محيط"));
  /** Institutions named by their city: "معهد واشنطن", "جامعة طهران", "مطار بغداد" are no government. */
  private static final Set<String> CITY_INSTITUTIONS = java.util.stream.Stream.of("معهد", "مركز", "جامعة", "متحف",
      "مطار", "فندق", "ملعب", "نادي", "مستشفى", "بورصة", "مؤتمر", "منتدى", "ماراثون", "مهرجان", "معرض")
      .map(KnowledgeBase::wordKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /**
   * Meetings and deals named by the capital that is their genitive: "اجتماع الخرطوم", "اتفاق الرياض",
   * "محادثات آستانا" tell where, not who met (but "اجتماع بالبيت الأبيض", behind ب, is the seat's).
   */
  private static final Set<String> NAMED_MEETINGS = java.util.stream.Stream.of("اجتماع", "اجتماعات", "قمة", "اتفاق",
      "اتفاقية", "معاهدة", "محادثات", "مفاوضات", "مسار", "جولة")
      .map(KnowledgeBase::wordKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final KnowledgeBase kb;
  private final SpellingVariants variants;
  private final Kingdoms kingdoms;
  private final boolean explain;

  public LinkStage(KnowledgeBase kb, boolean explain) {
    this(kb, new SpellingVariants(kb), new Kingdoms(kb), explain);
  }

  private LinkStage(KnowledgeBase kb, SpellingVariants variants, Kingdoms kingdoms, boolean explain) {
    this.kb = kb;
    this.variants = variants;
    this.kingdoms = kingdoms;
    this.explain = explain;
  }

  public static LinkStage load() {
    return new LinkStage(KnowledgeBase.load(), false);
  }

  /** The same stage, with or without explanations on each link. */
  public LinkStage explaining(boolean on) {
    return new LinkStage(kb, variants, kingdoms, on);
  }

  @Override
  public String name() {
    return "link";
  }

  @Override
  public Document apply(Document document) {
    LocalDate date = document.date();
    List<Entity> entities = new ArrayList<>();
    List<ActorRef> actors = new ArrayList<>();
    int next = 0;
    List<Entity> found = document.entities();
    List<ShortNames.KeyedSentence> keyed = new ArrayList<>();
    boolean basesNamed = MilitaryBases.named(document.text());
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = document.tokensOf(sentence);
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = key(tokens.get(i));
      }
      keyed.add(new ShortNames.KeyedSentence(tokens, keys));
      List<Entity> inSentence = new ArrayList<>();
      while (next < found.size() && found.get(next).start() < sentence.end()) {
        Entity mention = found.get(next++);
        for (Entity part : runTogether(document, mention, tokens, keys, date)) {
          if (!isAdjectiveMention(part, tokens, keys)) {
            inSentence.add(link(document, part, tokens, keys, date));
          }
        }
      }
      inSentence.addAll(dictionaryMentions(document, tokens, keys, inSentence, date));
      if (basesNamed) {
        inSentence.removeIf(e -> MilitaryBases.baseAt(e, tokens, keys)); // "من القاعدة": the base
      }
      inSentence.replaceAll(e -> quotedNewspaper(e, tokens, date));
      inSentence.sort(Comparator.comparingInt(Entity::start));
      entities.addAll(inSentence);
      actors.addAll(actorReferences(document, tokens, keys, inSentence));
    }
    // "التحالف" alone, once the document has named "التحالف العربي" (or is news of Yemen)
    List<Entity> shortNames = new ShortNames(kb, explain).mentions(document, keyed, entities, date);
    if (!shortNames.isEmpty()) {
      entities.addAll(shortNames);
      entities.sort(Comparator.comparingInt(Entity::start));
    }
    // "المملكة" alone, in a document whose kingdom is clear
    List<Entity> kingdom = kingdoms.mentions(document, keyed, entities, date, explain);
    if (!kingdom.isEmpty()) {
      entities.addAll(kingdom);
      entities.sort(Comparator.comparingInt(Entity::start));
    }
    // "ماي" alone, once the document has named "تيريزا ماي"
    List<Entity> surnames = new RepeatedSurnames(kb, explain).mentions(document, keyed, entities, date);
    if (!surnames.isEmpty()) {
      // (the model's unlinked tag over the same word gives way: "المالكي", "ترامب العفو")
      entities.removeIf(e -> RepeatedSurnames.unlinked(e)
          && surnames.stream().anyMatch(n -> e.start() < n.end() && n.start() < e.end()));
      entities.addAll(surnames);
      entities.sort(Comparator.comparingInt(Entity::start));
    }
    // "قوات صالح", "الحوثي وصالح": a leader's common-word name beside his forces or allies
    List<Entity> leaders = LeadersByTheirForces.mentions(kb, document, keyed, entities, date, explain);
    if (!leaders.isEmpty()) {
      entities.removeIf(e -> LeadersByTheirForces.replaced(e, leaders));
      entities.addAll(leaders);
      entities.sort(Comparator.comparingInt(Entity::start));
    }
    // "وانتقد الحريري" after "عمرو الحريري": the one named before, not the famous bearer
    entities = RepeatedSurnames.withoutOtherBearers(kb, entities);
    // "حزب العمال" in news that names "حزب العمال الكردستاني": the PKK, not Britain's Labour Party
    entities = LongerNames.relink(entities, explain);
    // "محكمة في طرابلس" in news of Gaddafi's son: Libya's Tripoli, not Lebanon's
    entities = HomonymPlaces.relink(kb, entities, date, explain);
    return document.withEntities(entities).withActors(actors);
  }

  /**
   * The knowledge-base key of a word. "للعراق" is ل + العراق with the article's alif dropped, so its stem
   * is "لعراق"; it is looked up as "عراق" when only that is a name or a role noun ("للبنان" stays ل + لبنان).
   */
  private String key(Token t) {
    String key = KnowledgeBase.wordKey(SearchKeys.stem(t));
    if (!SearchKeys.afterLam(t) || !key.startsWith("ل") || key.length() < 4 || known(key)) {
      return key;
    }
    String restored = key.substring(1);
    return known(restored) || ROLE_NOUNS.containsKey(restored) ? restored : key; // ("للرئيس الكوري الجنوبي")
  }

  /**
   * The key of a word inside a name: as written with its ل when only that continues a name the base knows
   * ("المرصد السوري لحقوق الإنسان", whose "لحقوق" the text layer segments to ل + حقوق), else its own key.
   */
  private String nameKey(Token t, String key, CharSequence prefix) {
    if (!t.clitics().pre().equals(List.of("ل")) || key.startsWith("ل") || known(prefix + " " + key)) {
      return key;
    }
    String written = "ل" + key;
    return known(prefix + " " + written) ? written : key;
  }

  private boolean known(String key) {
    return kb.isPrefix(key) || !kb.lookup(key).isEmpty();
  }

  /**
   * Country names that are also everyday adjectives: "مالي" (Mali, and financial: "دعم مالي", "خبير
   * مالي"). After a noun that does not head a country ("في", "جمهورية", "شمال", "رئيس" …) the word is
   * the adjective.
   */
  private static final java.util.Set<String> ADJECTIVE_NAMES = java.util.Set.of("مالي");
  private static final java.util.Set<String> COUNTRY_HEADS = java.util.Set.of("في", "الي", "من", "عن", "مع", "جمهوريه",
      "دوله", "شمال", "جنوب", "شرق", "غرب", "وسط", "رءيس", "حكومه", "جيش", "شعب", "سلطات", "عاصمه");

  /**
   * "فتح" is most often the verb or masdar "to open" ("فتح تحقيقات", "فتح سفارتها", "وفتح الجيش ممرا"), and a
   * surname; it names Fatah only where the text says it is a movement: in quotes, behind "حركة" or "باسم"
   * ("المتحدث باسم فتح"), behind a member's word and a preposition ("قيادي في فتح"), or beside Hamas
   * ("فتح وحماس", "حماس وفتح").
   */
  private static boolean namesFatah(List<Token> tokens, String[] keys, int i) {
    boolean quoted = i > 0 && i + 1 < keys.length && isQuote(tokens.get(i - 1)) && isQuote(tokens.get(i + 1));
    int before = quoted ? i - 2 : i - 1;
    return quoted || before >= 0 && FATAH_HEADS.contains(keys[before])
        || before >= 1 && FATAH_MEMBERS.contains(keys[before - 1]) && FATAH_OF.contains(keys[before])
        || i + 1 < keys.length && keys[i + 1].equals(HAMAS) && tokens.get(i + 1).clitics().pre().contains("و")
        || i > 0 && keys[i - 1].equals(HAMAS) && tokens.get(i).clitics().pre().contains("و");
  }

  private static final java.util.Set<String> FATAH_HEADS = java.util.Set.of("حركه", "حركتي", "حركتا", "باسم",
      "فصيل", "فصاءل");
  private static final java.util.Set<String> FATAH_MEMBERS = java.util.Set.of("قيادي", "قياديا", "قياديين",
      "قياديون", "قياده", "عضو", "اعضاء", "مسءول", "كوادر", "انصار", "عناصر");
  private static final java.util.Set<String> FATAH_OF = java.util.Set.of("في", "من", "عن");
  private static final String HAMAS = "حماس";

  /**
   * A place named alone in quotes is the newspaper of that name when the base has one: "وقال … ل"الرياض"",
   * "«المدينة»" (Saudi papers named after their cities); the mention otherwise as it is.
   */
  private Entity quotedNewspaper(Entity e, List<Token> tokens, LocalDate date) {
    if (e.id() == null || !e.id().startsWith("place:")) {
      return e;
    }
    int first = tokenAt(tokens, e.start());
    int last = first;
    while (last + 1 < tokens.size() && tokens.get(last + 1).start() < e.end()) {
      last++;
    }
    if (first < 1 || last + 1 >= tokens.size() || !isQuote(tokens.get(first - 1)) || !isQuote(tokens.get(last + 1))) {
      return e;
    }
    String paper = KnowledgeBase.key(NEWSPAPER + " " + e.text());
    List<KnowledgeBase.Alias> papers = kb.lookup(paper);
    return papers.isEmpty() ? e : choose(e, papers, paper, date, false, null);
  }

  private static final String NEWSPAPER = "صحيفة";

  private static boolean isQuote(Token t) {
    String s = t.text();
    return s.length() == 1 && "\"«»“”'".indexOf(s.charAt(0)) >= 0;
  }

  /** What a base is: "القاعدة الجوية", "القاعدة العسكرية" (keys, article and ة folded). */
  private static final java.util.Set<String> BASE_KINDS = java.util.Set.of("جويه", "عسكريه", "بحريه", "الجويه",
      "العسكريه", "البحريه");

  private static final String INDIA = KnowledgeBase.wordKey("الهند");
  private static final String NUT = KnowledgeBase.wordKey("جوز");
  private static final String SQUARES = KnowledgeBase.wordKey("الميادين");
  private static final Set<String> THESE = Set.of(KnowledgeBase.wordKey("هذه"), KnowledgeBase.wordKey("تلك"),
      KnowledgeBase.wordKey("كل"), KnowledgeBase.wordKey("جميع"));

  private static final String APPLE = "ابل";
  private static final String COMPANY = "شركه";
  private static final String SEOUL = "سيول";
  /** Words beside "سيول" that make it floods: "سيول جارفة", "أمطار وسيول". */
  private static final java.util.Set<String> FLOOD_WORDS = java.util.Set.of("جارفه", "عارمه", "امطار", "الامطار",
      "مياه", "فيضانات", "الفيضانات", "الوديان", "اوديه", "الاوديه");

  /** Whether "سيول" at i is floods: with the article (Seoul has none), or beside rain and torrent words. */
  private static boolean floods(List<Token> tokens, String[] keys, int i) {
    return SearchKeys.stem(tokens.get(i)).startsWith("ال") || i + 1 < keys.length && FLOOD_WORDS.contains(keys[i + 1])
        || i > 0 && FLOOD_WORDS.contains(keys[i - 1]);
  }

  private static final String TALIBAN = KnowledgeBase.wordKey("طالبان");
  private static final String MOVEMENT = KnowledgeBase.wordKey("حركة");
  /** Other forms of "student" that show "طالبان" to be the dual: "34 طالباً", "طلاب", "طالبة". */
  // (not "طالب", also the verb "demanded")
  private static final java.util.Set<String> STUDENT_FORMS = java.util.stream.Stream.of("طالبا", "طالباً", "طلاب",
      "طالبة", "طالبات").map(KnowledgeBase::wordKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether the sentence speaks of students by another form of the word. */
  private static boolean aboutStudents(String[] keys) {
    for (String k : keys) {
      if (STUDENT_FORMS.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdjective(List<Token> tokens, int i, String[] keys) {
    if ("فتح".equals(keys[i]) && !namesFatah(tokens, keys, i)) {
      return true; // (not a name: the verb or masdar "to open")
    }
    if (APPLE.equals(keys[i]) && !tokens.get(i).text().contains("أبل") && !tokens.get(i).text().contains("آبل")
        && !(i > 0 && COMPANY.equals(keys[i - 1]))) {
      // "الإبل", "للإبل": camels (the hamza below), "وابل من الرصاص": a barrage; the folded key reads both as
      // Apple, which the press writes with its hamza ("أبل", "آبل") or after "شركة"
      return true;
    }
    if (SEOUL.equals(keys[i]) && floods(tokens, keys, i)) {
      return true; // "السيول", "أمطار وسيول جارفة": floods, not Seoul
    }
    if (INDIA.equals(keys[i]) && i > 0 && NUT.equals(keys[i - 1])) {
      return true; // "جوز الهند": coconuts, not India (seed 235)
    }
    if (SQUARES.equals(keys[i]) && i > 0 && (THESE.contains(keys[i - 1]) || "في".equals(keys[i - 1]))) {
      return true; // "إغلاق هذه الميادين", "في الميادين": town squares, not the Lebanese channel (seed 235)
    }
    if ("قاعده".equals(keys[i]) && i + 1 < keys.length && BASE_KINDS.contains(keys[i + 1])) {
      return true; // "القاعدة الجوية بالعند": the air base, not al-Qaeda
    }
    if ("ضفه".equals(keys[i]) && i + 1 < keys.length && tokens.get(i + 1).text().startsWith("ال")
        && !"غربيه".equals(keys[i + 1])) {
      // "على الضفة الاسيوية للبوسفور", "الضفة الشرقية", "الضفة الأخرى": a river's bank; alone or before
      // "الغربية" (when the recogniser took only its first word), "الضفة" is the West Bank
      return true;
    }
    if ("نيابه".equals(keys[i]) && i + 1 < keys.length && "عن".equals(keys[i + 1])) {
      return true; // "نيابة عن الملك", "نيابة عن الغالبية": on behalf of, not the prosecution
    }
    if ("مسقط".equals(keys[i]) && i + 1 < keys.length && keys[i + 1].startsWith("راس")) {
      return true; // "مسقط رأسها": one's birthplace, not Muscat
    }
    if (TALIBAN.equals(keys[i]) && (i == 0 || !MOVEMENT.equals(keys[i - 1])) && aboutStudents(keys)) {
      return true; // "اجتاز منهم طالبان في كل مرحلة": two students (the dual of طالب), not the Taliban
    }
    if (!ADJECTIVE_NAMES.contains(keys[i]) || i == 0 || !tokens.get(i).clitics().pre().isEmpty()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.isWord() && !COUNTRY_HEADS.contains(keys[i - 1]);
  }

  /**
   * A one-token mention that is an adjective, not a name: a definite nisba ("السورية", an actor
   * reference) or a country name used as an adjective ("خبير مالي").
   */
  private boolean isAdjectiveMention(Entity mention, List<Token> tokens, String[] keys) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.stemStart() == mention.start() && t.stemEnd() == mention.end()) {
        return isDefiniteNisba(tokens, i, keys[i]) || isAdjective(tokens, i, keys);
      }
    }
    return false;
  }

  /** A person mention that runs two names together, split: two people, or a person and a country. */
  private List<Entity> runTogether(Document doc, Entity mention, List<Token> tokens, String[] keys, LocalDate date) {
    List<Entity> people = twoPeople(doc, mention, tokens, keys, date);
    if (people.size() > 1) {
      return people;
    }
    List<Entity> object = objectBehindPreposition(doc, mention, tokens, keys, date);
    if (object.size() > 1) {
      return object;
    }
    List<Entity> placeFirst = placeAndPerson(doc, mention, tokens, keys);
    return placeFirst != null ? placeFirst : personAndCountry(doc, mention, tokens, keys);
  }

  /** Nouns after which a place's name stands in construct: "أمير منطقة عسير", "محافظ محافظة جدة". */
  private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("منطقه", "محافظه", "مدينه", "ولايه",
      "بلديه", "امانه", "جمهوريه", "مملكه"); // ("لرئيس جمهورية بوليفيا إيفو موراليس")
  /** Times of day that open an adverb after the place: "أمير منطقة عسير صباح أمس". */
  private static final java.util.Set<String> TIMES_OF_DAY = java.util.Set.of("صباح", "مساء", "ظهر", "فجر", "عصر",
      "ليله", "صباحا", "مساءا", "ظهرا", "فجرا", "عصرا");

  /**
   * A person mention whose first word is a place in construct with "منطقة", "محافظة" … before it: "أمير منطقة
   * عسير صباح أمس" (the region and a time the model tagged as a name), "أمين منطقة عسير صالح بن عبدالعزيز
   * القاضي" (the region run into the name after it), or a place behind "ل" ("لليمن عبد ربه هادي منصور"). Split
   * into the place and the person, or the place alone when a time follows it; null when the mention is not such.
   */
  private List<Entity> placeAndPerson(Document doc, Entity mention, List<Token> tokens, String[] keys) {
    List<Integer> words = mentionWords(tokens, mention);
    if (!"PER".equals(mention.type()) || words.size() < 2) {
      return null;
    }
    int first = words.get(0);
    // (or the place behind "ل", which opens no name: "الرئيس الشرعي لليمن عبد ربه هادي منصور", seed 192)
    boolean behindTo = tokens.get(first).clitics().pre().equals(List.of("ل"));
    boolean afterHead = first > 0 && PLACE_HEADS.contains(keys[first - 1])
        && tokens.get(first).clitics().pre().isEmpty();
    if (!namesKind(keys[first], KbEntry.Kind.PLACE, KbEntry.Kind.COUNTRY) || !(afterHead || behindTo)
        || knownWhole(words, keys)) {
      return null;
    }
    int placeEnd = Math.min(mention.end(), tokens.get(first).stemEnd());
    Entity region = respanned(doc, mention, mention.start(), placeEnd, "LOC");
    int next = words.get(1);
    if (TIMES_OF_DAY.contains(keys[next])) {
      return List.of(region);
    }
    int personStart = Math.max(mention.start(), tokens.get(next).stemStart());
    return List.of(region, respanned(doc, mention, personStart, mention.end()));
  }

  /** Whether the key is the name of an entry of one of the kinds. */
  private boolean namesKind(String key, KbEntry.Kind... kinds) {
    List<KbEntry.Kind> wanted = List.of(kinds);
    return kb.lookup(key).stream().anyMatch(a -> a.kind() == KnowledgeBase.AliasKind.NAME
        && wanted.contains(a.entry().kind()));
  }

  /** Whether the base knows the mention's words, all together, as a name. */
  private boolean knownWhole(List<Integer> words, String[] keys) {
    return !kb.lookup(String.join(" ", words.stream().map(i -> keys[i]).toList())).isEmpty();
  }

  /**
   * A person mention whose last word is a country's name written with its article, which no surname has:
   * "وزار بخاري الكاميرون" (VSO: the visitor and the country visited, which the model tags as one name,
   * then read as David Cameron), unless a given name opens it; or any country or place behind "ل" ("زيارة الملك
   * سلمان للأردن", seed 173), also after a known person the model tagged as a body ("الجبير لموسكو"). Split into
   * the person and the place; any other mention is returned as it is.
   */
  private List<Entity> personAndCountry(Document doc, Entity mention, List<Token> tokens, String[] keys) {
    List<Integer> words = mentionWords(tokens, mention);
    // (the model may tag a known person run into "ل" + a place as a body: "زيارة الجبير لموسكو", seed 179)
    boolean personAsBody = "ORG".equals(mention.type()) && words.size() == 2
        && kb.lookup(keys[words.get(0)]).stream().anyMatch(a -> a.entry().kind() == KbEntry.Kind.PERSON);
    if (!"PER".equals(mention.type()) && !personAsBody || words.size() < 2) {
      return List.of(mention);
    }
    int last = words.get(words.size() - 1);
    Token country = tokens.get(last);
    // (after a given name the word is a family's: "محمد السويد", "عبدالله السويد")
    boolean countryWithArticle = namesKind(keys[last], KbEntry.Kind.COUNTRY) && !kb.isGivenName(keys[words.get(0)])
        && country.clitics().pre().isEmpty() && SearchKeys.stem(country).startsWith("ال");
    // (no family's name is written behind "ل", "to", and a city may stand there too: "زيارة الملك سلمان للأردن",
    // "زيارة الجبير لموسكو")
    boolean placeBehindTo = country.clitics().pre().equals(List.of("ل"))
        && namesKind(keys[last], KbEntry.Kind.COUNTRY, KbEntry.Kind.PLACE);
    if (knownWhole(words, keys) || !(placeBehindTo || countryWithArticle && !personAsBody)) {
      return List.of(mention);
    }
    int personEnd = Math.min(mention.end(), tokens.get(words.get(words.size() - 2)).stemEnd());
    int countryStart = Math.max(mention.start(), country.stemStart());
    return List.of(respanned(doc, mention, mention.start(), personEnd, "PER"),
        respanned(doc, mention, countryStart, mention.end(), "LOC"));
  }

  /**
   * A person mention of two words that are the names of two people in office on the date, and no name
   * of one: "يلتقي ترامب بوتين" (VSO: subject and object side by side, which the model tags as one
   * name). Split into the two; any other mention is returned as it is.
   */
  private List<Entity> twoPeople(Document doc, Entity mention, List<Token> tokens, String[] keys, LocalDate date) {
    if (!"PER".equals(mention.type())) {
      return List.of(mention);
    }
    List<Integer> words = mentionWords(tokens, mention);
    if (words.size() != 2 || knownWhole(words, keys)) {
      return List.of(mention);
    }
    KbEntry first = personInOffice(keys[words.get(0)], date);
    KbEntry second = personInOffice(keys[words.get(1)], date);
    if (first == null || second == null || first == second) {
      return List.of(mention);
    }
    List<Entity> parts = new ArrayList<>(2);
    for (int i : words) {
      Token t = tokens.get(i);
      int start = Math.max(mention.start(), t.stemStart());
      int end = Math.min(mention.end(), t.stemEnd());
      parts.add(respanned(doc, mention, start, end));
    }
    return parts;
  }

  /**
   * A person mention whose last word is a preposition's object, the surname of a person in office on the
   * date: "التقى الملك سلمان بأردوغان" (the model tags "سلمان بأردوغان" as one name). No name has a word
   * behind ب or ل: the segmenter leaves "بن", "بوتين" whole. Split before that word.
   */
  private List<Entity> objectBehindPreposition(Document doc, Entity mention, List<Token> tokens, String[] keys,
      LocalDate date) {
    if (!"PER".equals(mention.type())) {
      return List.of(mention);
    }
    List<Integer> words = mentionWords(tokens, mention);
    if (words.size() < 2 || knownWhole(words, keys)) {
      return List.of(mention);
    }
    int last = words.get(words.size() - 1);
    Token object = tokens.get(last);
    List<String> pre = object.clitics().pre();
    String nearest = pre.isEmpty() ? null : pre.get(pre.size() - 1);
    boolean preposition = "ب".equals(nearest) || "ل".equals(nearest);
    if (!preposition || personInOffice(keys[last], date) == null) {
      return List.of(mention);
    }
    Token before = tokens.get(words.get(words.size() - 2));
    return List.of(respanned(doc, mention, mention.start(), Math.min(mention.end(), before.end())),
        respanned(doc, mention, Math.max(mention.start(), object.stemStart()), mention.end()));
  }

  /** The indexes of the words (no punctuation) a mention covers, in order. */
  private static List<Integer> mentionWords(List<Token> tokens, Entity mention) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > mention.start() && t.start() < mention.end() && t.kind() != TokenKind.PUNCT) {
        words.add(i);
      }
    }
    return words;
  }

  /**
   * Whether the word is a given name "عبد" + one of God's names written as one word ("عبدالرحمن",
   * "عبدالعزيز"): always a man's first name, which the base's people may not carry ("عبدالرحمن العشماوي", a
   * Saudi poet, is no Hisham Ashmawy).
   */
  private static boolean servantOfGod(String key) {
    return key.startsWith(ABD) && key.length() > ABD.length() + 2;
  }

  /**
   * Whether a name the base knows only by its surname may be this person's: its given names agree with
   * the base's, up to spelling ("ايمانويل" / "إمانويل"). A mention that opens with a title or an article
   * ("الرئيس ماكرون") has no given name to disagree.
   */
  static boolean sameGivenName(List<String> words, KbEntry entry) {
    String[] known = KnowledgeBase.key(entry.name()).split(" ");
    if (entry.kind() != KbEntry.Kind.PERSON || known.length < 2 || words.get(0).startsWith("ال")) {
      return true;
    }
    // (without the article, which keys drop from "الله" but not from "عبدالله")
    String given = String.join("", words.subList(0, words.size() - 1)).replace("ال", "");
    String knownGiven = String.join("", java.util.Arrays.asList(known).subList(0, known.length - 1)).replace("ال", "");
    if (given.startsWith(knownGiven) || knownGiven.startsWith(given) || nearly(given, knownGiven)) {
      return true;
    }
    for (String word : words.subList(0, words.size() - 1)) {
      for (int k = 0; k + 1 < known.length; k++) {
        if (nearly(word.replace("ال", ""), known[k].replace("ال", ""))) {
          return true; // one of the given names: "قايد السبسي" is الباجي قائد السبسي
        }
      }
    }
    return false;
  }

  /**
   * Whether the words before the surname are two bare words, neither a role noun: a given name and a father's
   * ("باقر جبر الزبيدي", an Iraqi minister, is no Aidarous al-Zubaidi), even when both are dictionary words.
   */
  private static boolean fullName(List<String> words, List<Token> tokens, int first) {
    if (words.size() < 3) {
      return false;
    }
    for (int k = 0; k < 2; k++) {
      Token t = tokens.get(first + k);
      if (!t.clitics().pre().isEmpty() || SearchKeys.stem(t).startsWith("ال")
          || ROLE_NOUNS.containsKey(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same name up to a transliteration's spelling ("إيسايس" / "أسياس"): a letter in three may differ, one
   * in a short name (not "أحمد" / "محمود").
   */
  private static boolean nearly(String a, String b) {
    return editDistance(a, b) <= Math.max(1, Math.max(a.length(), b.length()) / 3);
  }

  /** Whether a word before the last is a person's name alone: "دونالد ترامب برانسون" runs two names together. */
  private boolean namesAnotherPerson(List<String> words) {
    for (String word : words.subList(0, words.size() - 1)) {
      for (KnowledgeBase.Alias a : kb.lookup(word)) {
        if (a.entry().kind() == KbEntry.Kind.PERSON) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words of respect before a name, not given names: "آية الله خامنئي". */
  private static final Set<String> HONORIFICS = Set.of(KnowledgeBase.wordKey("آية"), KnowledgeBase.wordKey("حجة"));

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitution, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The one person the base knows by this word (a name or surname) who holds a role on the date, or null. */
  private KbEntry personInOffice(String key, LocalDate date) {
    KbEntry found = null;
    for (KnowledgeBase.Alias a : kb.lookup(key)) {
      if (a.entry().kind() != KbEntry.Kind.PERSON || a.entry().roleOn(date) == null
          || (found != null && found != a.entry())) {
        return null;
      }
      found = a.entry();
    }
    return found;
  }

  // ---- linking --------------------------------------------------------------------------------

  private Entity link(Document doc, Entity mention, List<Token> tokens, String[] keys, LocalDate date) {
    List<Integer> at = mentionWords(tokens, mention);
    if (at.isEmpty()) {
      return mention;
    }
    int first = at.get(0); // the mention's first word
    int last = at.get(at.size() - 1);
    List<String> words = new ArrayList<>(at.size());
    for (int i : at) {
      words.add(keys[i]);
    }
    String key = String.join(" ", words);
    if (at.size() == 1 && key.equals(BROTHERS) && nameFollows(tokens, last)) {
      return mention; // "الأخوان كاسترو", "الأخوين ألتان": brothers of a family, not the Brotherhood
    }
    List<KnowledgeBase.Alias> candidates = kb.lookup(key);
    if (candidates.isEmpty() && words.size() > 1) {
      String writtenKey = writtenKey(tokens, first, last);
      List<KnowledgeBase.Alias> asWritten = writtenKey.equals(key) ? List.of() : kb.lookup(writtenKey);
      if (!asWritten.isEmpty()) {
        key = writtenKey;
        candidates = asWritten;
      }
    }
    if (candidates.isEmpty()) {
      // a foreign name whose first letters the segmenter took for a preposition inside the model's span:
      // "كولن باول" (ب + أول), "جيروم باول"; the name as written is the alias
      String surfaceKey = KnowledgeBase.key(doc.text().substring(mention.start(), mention.end()));
      List<KnowledgeBase.Alias> asWritten = surfaceKey.equals(key) ? List.of() : kb.lookup(surfaceKey);
      if (!asWritten.isEmpty()) {
        key = surfaceKey;
        candidates = asWritten;
      }
    }
    String via = key;
    if (candidates.isEmpty() && words.size() > 1) {
      String country = nisbaCountry(words.get(words.size() - 1));
      if (country != null) {
        // وزارة الخارجية الروسية: a generic body made national by its nisba
        String body = String.join(" ", words.subList(0, words.size() - 1));
        Entity national = nationalBody(mention, body, country, date);
        if (national != null) {
          return national;
        }
        if (mention.type().equals("LOC")) {
          return placeIn(mention, body, tokens.get(at.get(at.size() - 2)), country, date);
        }
      }
    }
    boolean cutShort = mention.type().equals("PER") ? candidates.isEmpty() : mention.type().equals("ORG");
    if (cutShort && last + 1 < tokens.size() && tokens.get(last + 1).isWord()) {
      // the model cut the name short: "كيم جونغ | أون"; the name with the next word is an alias (for a
      // body also when the short name is one too: "سكاي نيوز | عربية" is another channel)
      String longer = key + " " + keys[last + 1];
      List<KnowledgeBase.Alias> more = kb.lookup(longer);
      String writtenKey = more.isEmpty() ? writtenKey(tokens, first, last) : key;
      if (!writtenKey.equals(key)) {
        longer = writtenKey + " " + keys[last + 1]; // "اللجنة الدولية للصليب | الأحمر"
        more = kb.lookup(longer);
      }
      if (more.isEmpty()) {
        Token next = tokens.get(last + 1); // "جيروم | باول", the next word split as ب + أول
        longer = key + " " + KnowledgeBase.wordKey(doc.text().substring(next.start(), next.end()));
        more = kb.lookup(longer);
      }
      if (!more.isEmpty()) {
        int end = tokens.get(last + 1).stemEnd();
        return choose(respanned(doc, mention, mention.start(), end), more, longer, date, false, null);
      }
    }
    // (a head that is a short name elsewhere, "حزب" for Hezbollah, still heads a quoted name)
    boolean onlyShort = candidates.stream().allMatch(a -> a.kind() == KnowledgeBase.AliasKind.SHORT);
    if (onlyShort && first == last && QUOTED_BODY_HEADS.containsKey(key)) {
      Entity quoted = quotedBody(doc, mention, tokens, last, QUOTED_BODY_HEADS.get(key), date);
      if (quoted != null) {
        return quoted;
      }
    }
    if (candidates.isEmpty() && mention.type().equals("PER") && first > 0 && tokens.get(first - 1).isWord()
        && tokens.get(first - 1).clitics().pre().isEmpty()) {
      // the model cut the name's first word off: "العقيد الركن تركي | المالكي" (تركي also reads "Turkish")
      String wider = keys[first - 1] + " " + key;
      List<KnowledgeBase.Alias> more = kb.lookup(wider);
      if (!more.isEmpty()) {
        int start = tokens.get(first - 1).stemStart();
        return choose(respanned(doc, mention, start, mention.end()), more, wider, date, false, null);
      }
    }
    Token opening = tokens.get(first);
    if (candidates.isEmpty() && RESTORED_LETTERS.contains(opening.clitics().pre())
        && opening.stemStart() == mention.start()) {
      // the segmenter took the first letter of a foreign name for the conjunction: "صحيفة وول ستريت
      // جورنال" became و + "ول ستريت جورنال"; or for the future's س: "سانا" (the Syrian agency) became
      // س + "انا"; with the letter back, the name is an alias
      String whole = KnowledgeBase.key(doc.text().substring(opening.start(), mention.end()));
      List<KnowledgeBase.Alias> restored = kb.lookup(whole);
      if (!restored.isEmpty()) {
        return choose(respanned(doc, mention, opening.start(), mention.end()), restored, whole, date, false, null);
      }
    }
    int family = words.indexOf(FAMILY);
    if (candidates.isEmpty() && mention.type().equals("PER") && family >= 2) {
      // the name without its family's: "عبدالله بن زايد | آل نهيان", "تميم بن حمد | آل ثاني" (the base
      // lists the name and, not always, its long form)
      String given = String.join(" ", words.subList(0, family));
      candidates = kb.lookup(given);
      via = candidates.isEmpty() ? via : given;
    }
    // (not a body named after him: "مؤسسة محمد بن سلمان بن عبد العزيز الخيرية")
    boolean named = words.size() > 2 && SearchKeys.stem(tokens.get(last)).startsWith("ال")
        && !words.get(words.size() - 2).equals(ABD);
    for (int k = words.size() - 2; candidates.isEmpty() && mention.type().equals("PER") && !named && k >= 3; k--) {
      if (SON.contains(words.get(k))) {
        // the name with its grandfather's: "محمد بن نايف | بن عبدالعزيز" (the base lists name and father)
        String given = String.join(" ", words.subList(0, k));
        candidates = kb.lookup(given);
        via = candidates.isEmpty() ? via : given;
      }
    }
    if (candidates.isEmpty() && mention.type().equals("PER") && words.size() > 1) {
      via = words.get(words.size() - 1);
      // (not another man of that surname: "أحمد عباس" is not Mahmoud Abbas)
      // (a word the lexicon lacks or a known first name is a given name; "لصالح أردوغان", "ينفي غولن" are
      // other words the model took into the name)
      // (nor two names the model ran together, "كيم وترامب", "كيم لترامب": the last is still the man's)
      Token given = tokens.get(first);
      boolean givenName = given.clitics().pre().isEmpty() && tokens.get(last).clitics().pre().isEmpty()
          && !SearchKeys.stem(given).startsWith("ال") && !HONORIFICS.contains(words.get(0))
          && (given.pos() == null || kb.isGivenName(words.get(0)) || servantOfGod(words.get(0))
              || fullName(words, tokens, first))
          && !namesAnotherPerson(words);
      // (nor a family name written first, "مون جاي إن", "كيم جونغ أون", after a name: "نيكول مون" is someone
      // else; after a word the model took in, "أن مون", "مكتب مون", it is the man)
      String lastWord = via;
      String before = tokens.get(last - 1).pos();
      boolean afterName = before == null || before.equals("PROPN");
      // (a person's last word names a person, not a body: "عبد الرقيب سيف فتح" is no Fatah, "نيكه فاغنر" no Wagner,
      // seed 253; but a family that names its movement, with the article, does: "عبدالخالق الحوثي")
      boolean namesMovement = SearchKeys.stem(tokens.get(last)).startsWith("ال");
      candidates = kb.lookup(via).stream().filter(a -> !givenName || sameGivenName(words, a.entry()))
          .filter(a -> !afterName || !RepeatedSurnames.familyFirst(a.entry(), lastWord))
          .filter(a -> namesMovement || a.entry().kind() != KbEntry.Kind.ORG).toList();
    }
    Token single = words.size() == 1 ? tokens.get(first) : null;
    boolean capitalNamed = first > 0 && CAPITAL_WORD.equals(keys[first - 1]);
    Entity linked = choose(mention, candidates, via, date, capitalNamed, single);
    if (linked.id() == null && candidates.isEmpty() && mention.type().equals("PER")) {
      List<KnowledgeBase.Alias> respelled = variants.lookup(key); // "ماريا زخاروفا", "تشاوش أوغلو"
      if (!respelled.isEmpty()) {
        return choose(mention, respelled, key, date, false, single);
      }
      if (single != null && single.clitics().pre().isEmpty() && (key.startsWith("ل") || key.startsWith("ب"))
          && single.stemStart() == mention.start()) {
        // the segmenter keeps a preposition on a name it does not know: "زيارة لناتنياهو"
        respelled = variants.lookup(key.substring(1));
        if (!respelled.isEmpty()) {
          Entity bare = respanned(doc, mention, mention.start() + 1, mention.end());
          return choose(bare, respelled, key.substring(1), date, false, null);
        }
      }
    }
    if (linked.id() == null && mention.type().equals("LOC") && last + 1 < tokens.size()
        && tokens.get(last + 1).clitics().pre().isEmpty() && SearchKeys.stem(tokens.get(last + 1)).startsWith("ال")) {
      // a place the model took without its nisba: "كفرنبودة | السورية"
      String country = nisbaCountry(keys[last + 1]);
      if (country != null) {
        int end = tokens.get(last + 1).stemEnd();
        return placeIn(respanned(doc, mention, mention.start(), end), key, tokens.get(last), country, date);
      }
    }
    // a generic body followed by a nisba the model left out: وزارة الخارجية | الروسية
    KbEntry entry = linked.id() == null ? null : kb.entry(linked.id());
    if (entry != null && entry.kind() == KbEntry.Kind.ORG && entry.country() == null) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).stemEnd() == mention.end() || tokens.get(i).end() == mention.end()) {
          int nisba = bodyNisba(tokens, keys, first, i);
          String country = nisbaCountry(keys[nisba]);
          if (country != null) {
            int end = tokens.get(nisba).stemEnd();
            Entity national = nationalBody(respanned(doc, mention, mention.start(), end), key, country, date);
            if (national != null) {
              return national;
            }
          }
          break;
        }
      }
      if (words.size() == 1 && commonPortfolio(keys, first)) {
        return mention;
      }
    }
    return linked;
  }

  /**
   * Whether the word at i is a portfolio that is also a common noun (health, also "truth"; defence,
   * justice, work …) standing without "وزارة"/"وزير" before it: "هذه الاتهامات العارية من الصحة". Such a
   * word names the ministry only behind its title or with a nisba ("الصحة الفلسطينية").
   */
  private static boolean commonPortfolio(String[] keys, int i) {
    return COMMON_PORTFOLIOS.contains(keys[i]) && !(i > 0 && MINISTRY_WORDS.contains(keys[i - 1]));
  }

  /** Whether a key has the shape of a nisba adjective ("عسكريه", "امني"). */
  private static boolean nisbaShaped(String key) {
    return key.endsWith("يه") || key.endsWith("ي");
  }

  /** Portfolios whose bare name is more often a common noun: health (truth), defence, justice, work … */
  private static final Set<String> COMMON_PORTFOLIOS = Set.of(KnowledgeBase.key("الصحة"), KnowledgeBase.key("الدفاع"),
      KnowledgeBase.key("العدل"), KnowledgeBase.key("الثقافة"), KnowledgeBase.key("الإعلام"),
      KnowledgeBase.key("التعليم"), KnowledgeBase.key("الزراعة"), KnowledgeBase.key("العمل"),
      KnowledgeBase.key("النقل"), KnowledgeBase.key("الطاقة"), KnowledgeBase.key("البيئة"),
      KnowledgeBase.key("السياحة"), KnowledgeBase.key("الإسكان"));
  private static final Set<String> MINISTRY_WORDS = Set.of(KnowledgeBase.key("وزارة"), KnowledgeBase.key("وزير"),
      KnowledgeBase.key("وزيرة"), KnowledgeBase.key("وزارات"), KnowledgeBase.key("وزراء"));
  private static final String STATE = KnowledgeBase.wordKey("الدولة");

  /**
   * Where the nisba of a body ending at word {@code last} would stand: right after it, or past a second
   * portfolio joined by و after a ministry's name ("وزارة الشؤون الخارجية والتعاون المغربية", seed 229; not two
   * bodies, "مقر الجيش والسفارة الفرنسية", "الحكومة والمعارضة السورية").
   */
  private int bodyNisba(List<Token> tokens, String[] keys, int first, int last) {
    boolean joined = MINISTRY_WORDS.contains(keys[first]) && last + 2 < tokens.size()
        && tokens.get(last + 1).clitics().pre().equals(List.of("و"))
        && SearchKeys.stem(tokens.get(last + 1)).startsWith("ال") && nisbaCountry(keys[last + 1]) == null
        && nisbaCountry(keys[last + 2]) != null;
    return joined ? last + 2 : last + 1;
  }

  /** A generic organisation of the knowledge base (no country of its own) placed in a country by a nisba. */
  private Entity nationalBody(Entity mention, String bodyKey, String country, LocalDate date) {
    for (KnowledgeBase.Alias a : kb.lookup(bodyKey)) {
      KbEntry e = a.entry();
      if (e.kind() == KbEntry.Kind.ORG && e.country() == null) {
        String role = e.code() == null ? "" : e.code();
        String code = role.length() == 3 ? country + role : country;
        String why = explain ? "alias \"" + bodyKey + "\" → " + e.id() + " (generic body) + nisba → " + country : null;
        return mention.linked(e.id(), mention.text(), country, code, 0.8, why);
      }
    }
    return null;
  }

  /** "الإخوان" (also written الأخوان), the Brotherhood's short name and "the brothers". */
  private static final String BROTHERS = KnowledgeBase.wordKey("الاخوان"); // as the text layer folds it

  /** Whether a name the lexicon lacks or tags as proper follows the word at {@code i} with nothing between. */
  private static boolean nameFollows(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isWord() && next.clitics().pre().isEmpty() && (next.pos() == null || "PROPN".equals(next.pos()));
  }

  /**
   * The key of words first..last as the text layer segments them: a word after ل restored to a name of its
   * own ("للصليب" → "صليب", as "الصليب الأحمر" is one) is, inside a longer name, the name's own "للصليب":
   * "اللجنة الدولية للصليب الأحمر".
   */
  private static String writtenKey(List<Token> tokens, int first, int last) {
    List<String> written = new ArrayList<>(last - first + 1);
    for (int i = first; i <= last; i++) {
      if (tokens.get(i).kind() != TokenKind.PUNCT) {
        written.add(KnowledgeBase.wordKey(SearchKeys.stem(tokens.get(i))));
      }
    }
    return String.join(" ", written);
  }

  /**
   * Head nouns of a body whose name news writes in quotes ("منظمة "أطباء بلا حدود"", "حزب "البديل لألمانيا"")
   * and the CAMEO role of one the base lacks.
   */
  private static final Map<String, String> QUOTED_BODY_HEADS = Map.of(KnowledgeBase.key("منظمة"), "NGO",
      KnowledgeBase.key("جمعية"), "NGO", KnowledgeBase.key("حزب"), "PTY");
  private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("\"", "«", "“");
  private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("\"", "»", "”");
  /** How many words a quoted name may have. */
  private static final int QUOTED_NAME_WORDS = 6;

  /**
   * A body's head noun with its name in quotes after it, "منظمة "أطباء بلا حدود"", "منظمة "OPCW"": the body
   * the base knows by that name, else one it does not know with the head's role ({@code role}: NGO for an
   * organisation, PTY for a party); null when no quoted name follows.
   */
  private Entity quotedBody(Document doc, Entity mention, List<Token> tokens, int head, String role, LocalDate date) {
    int open = head + 1;
    if (open + 2 >= tokens.size() || !OPENING_QUOTES.contains(tokens.get(open).text())) {
      return null;
    }
    int close = open + 1;
    while (close < tokens.size() && close <= open + QUOTED_NAME_WORDS && !CLOSING_QUOTES.contains(tokens.get(close).text())) {
      close++;
    }
    if (close >= tokens.size() || close == open + 1 || !CLOSING_QUOTES.contains(tokens.get(close).text())) {
      return null;
    }
    if (close == open + 2 && ("ADJ".equals(tokens.get(open + 1).pos()) || tokens.get(open + 1).text().endsWith("ية"))) {
      return null; // "منظمة "إرهابية"": what the body is called, not its name
    }
    String name = doc.text().substring(tokens.get(open + 1).start(), tokens.get(close - 1).end());
    Entity whole = respanned(doc, mention, mention.start(), tokens.get(close).end());
    List<KnowledgeBase.Alias> known = kb.lookup(KnowledgeBase.key(name));
    if (known.isEmpty()) {
      known = kb.lookup(KnowledgeBase.key(doc.text().substring(mention.start(), mention.end()) + " " + name));
    }
    if (!known.isEmpty()) {
      return choose(whole, known, KnowledgeBase.key(name), date, false, null);
    }
    String why = explain ? "a body's head noun and a quoted name the base lacks → " + role : null;
    return whole.linked(null, null, null, role, 0.6, why);
  }

  /** The same mention over another span of the text, not yet linked. */
  private static Entity respanned(Document doc, Entity mention, int start, int end) {
    return respanned(doc, mention, start, end, mention.type());
  }

  /** A part of the mention over another span of the text, of the given type, not yet linked. */
  private static Entity respanned(Document doc, Entity mention, int start, int end, String type) {
    return new Entity(start, end, doc.text().substring(start, end), type, null, null, null, null,
        mention.confidence(), null);
  }

  /**
   * A place told by its country's nisba, "دوما السورية", "عفرين السورية": the place of that name in that
   * country, or, where the knowledge base has none, a place it does not know but in that country (news
   * adds the nisba to exactly the small places a reader would not place).
   */
  private Entity placeIn(Entity mention, String placeKey, Token nameToken, String country, LocalDate date) {
    for (KnowledgeBase.Alias a : kb.lookup(placeKey)) {
      KbEntry e = a.entry();
      if (e.kind() == KbEntry.Kind.PLACE && country.equals(e.country())) {
        String why = explain ? "alias \"" + placeKey + "\" → " + e.id() + " + its country's nisba" : null;
        return mention.linked(e.id(), e.name(), country, e.codeOn(date), 0.9, why);
      }
    }
    if ("NOUN".equals(nameToken.pos())) {
      return mention; // a common noun the model took for a place: "الأم الكينية" (the Kenyan mother)
    }
    String why = explain ? "an unknown place + nisba → a place in " + country : null;
    return mention.linked(null, null, country, null, 0.6, why);
  }

  /**
   * @param capitalNamed the word before the mention is "العاصمة": a capital alias wins
   * @param single the mention's one token, or null: a one-word name whose entry is written with the
   *     article ("الكاميرون") fits a mention without it ("كاميرون", David Cameron) only as a last resort
   */
  private Entity choose(Entity mention, List<KnowledgeBase.Alias> candidates, String via, LocalDate date,
      boolean capitalNamed, Token single) {
    KnowledgeBase.Alias best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // (a written shadda tells Amman from Oman, which the keys fold together: "بين الرياض وعمّان", seed 268)
    capitalNamed |= mention.text().contains(AMMAN_WRITTEN);
    boolean personNotPlace = personNotPlace(mention, candidates, single);
    for (KnowledgeBase.Alias a : candidates) {
      if (a.kind() == KnowledgeBase.AliasKind.NISBA || a.kind() == KnowledgeBase.AliasKind.SHORT) {
        continue; // (a short name is linked by the whole document, ShortNames)
      }
      if (personNotPlace && (a.kind() == KnowledgeBase.AliasKind.CAPITAL || a.entry().kind() == KbEntry.Kind.PLACE)) {
        continue;
      }
      if (single != null && a.kind() == KnowledgeBase.AliasKind.SURNAME && a.entry().kind() == KbEntry.Kind.PERSON
          && SearchKeys.stem(single).startsWith("ال") && !surnameHasArticle(a.entry(), via)) {
        continue; // a surname written without the article is another family's with it: "المبارك" is no Mubarak
      }
      if (single != null && BARE_ONLY.contains(a.key()) && hasArticle(single)) {
        continue; // "الحماس" is enthusiasm: Hamas never takes the article (seed 253)
      }
      if (single != null && MASDARS_BEHIND_BA.contains(a.key()) && single.clitics().pre().contains("ب")) {
        continue; // "طالبت حماس بفتح المعابر": by opening, no Fatah (seed 257)
      }
      boolean named = a.kind() == KnowledgeBase.AliasKind.NAME || a.kind() == KnowledgeBase.AliasKind.WORD;
      double score = fit(mention.type(), a.entry().kind()) + (named ? 1 : 0)
          + (a.entry().roleOn(date) != null ? 1 : 0)
          + (a.kind() == KnowledgeBase.AliasKind.CAPITAL ? (capitalNamed ? 3 : -1.5) : 0)
          - (single != null && named && !articleAgrees(single, a.entry()) ? 5 : 0);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best == null) {
      return mention;
    }
    KbEntry e = best.entry();
    boolean fits = fit(mention.type(), e.kind()) >= 2;
    double confidence = (fits ? 0.9 : 0.6) - (candidates.size() > 1 ? 0.1 : 0)
        - (best.kind() == KnowledgeBase.AliasKind.SURNAME ? 0.1 : 0);
    String code = e.codeOn(date);
    String why = null;
    if (explain) {
      KbEntry.Role role = e.roleOn(date);
      why = "alias \"" + via + "\" (" + best.kind() + ") → " + e.id() + " (" + e.kind() + ")"
          + (candidates.size() > 1 ? " over " + (candidates.size() - 1) + " other entr" + (candidates.size() == 2 ? "y" : "ies") : "")
          + (role != null ? "; role " + role.code() + " " + role.from() + ".." + (role.to() == null ? "" : role.to())
              + " holds on " + date : e.roles().isEmpty() ? "" : "; no dated role holds on " + date);
    }
    return mention.linked(e.id(), e.name(), e.country(), code, Math.max(0.3, confidence), why);
  }

  /**
   * Whether a person's one-word name lacks the article a place of that name is written with: "وقال رياض
   * الأشقر" is no Riyadh, nor its capital's government (seed 233).
   */
  private static boolean personNotPlace(Entity mention, List<KnowledgeBase.Alias> candidates, Token single) {
    return single != null && "PER".equals(mention.type()) && candidates.stream()
        .anyMatch(a -> a.entry().kind() == KbEntry.Kind.PLACE && a.kind() == KnowledgeBase.AliasKind.NAME
            && !articleAgrees(single, a.entry()));
  }

  /** How well an entry kind fits a mention type: 3 best, 2 fitting, 0 not. */
  private static double fit(String type, KbEntry.Kind kind) {
    switch (type) {
      case "PER":
        return kind == KbEntry.Kind.PERSON ? 3 : 0;
      case "LOC":
        return kind == KbEntry.Kind.COUNTRY ? 3 : kind == KbEntry.Kind.PLACE ? 2.5 : 0;
      case "ORG":
        return kind == KbEntry.Kind.ORG ? 3 : kind == KbEntry.Kind.COUNTRY ? 2 : 0;
      default:
        return kind == KbEntry.Kind.PRODUCT ? 3 : kind == KbEntry.Kind.ORG ? 2 : 1;
    }
  }

  // ---- names the model missed ---------------------------------------------------------------------

  private List<Entity> dictionaryMentions(Document doc, List<Token> tokens, String[] keys, List<Entity> known,
      LocalDate date) {
    List<Entity> added = new ArrayList<>();
    String[] nameKeys = new String[Math.max(1, kb.longestAlias())]; // the words' keys as a name reads them (nameKey)
    int i = 0;
    while (i < tokens.size()) {
      Entity tagged = hashtag(doc, tokens.get(i), known, date);
      if (tagged != null) {
        added.add(tagged);
        i++;
        continue;
      }
      int matched = 0;
      KnowledgeBase.Alias alias = null;
      // the longest n worth trying: extend while the words so far begin some alias
      int reach = 1;
      StringBuilder prefix = new StringBuilder(keys[i]);
      int most = Math.min(kb.longestAlias(), tokens.size() - i);
      nameKeys[0] = keys[i];
      while (reach < most && kb.isPrefix(prefix.toString())) {
        nameKeys[reach] = nameKey(tokens.get(i + reach), keys[i + reach], prefix);
        prefix.append(' ').append(nameKeys[reach]);
        reach++;
      }
      for (int n = reach; n >= 1 && matched == 0; n--) {
        int from = tokens.get(i).stemStart();
        int to = tokens.get(i + n - 1).end();
        // (a longer name takes in the shorter mentions inside it, as the longest match does: "منظمة الامن |
        // والتعاون في اوروبا", "قوات [سوريا] الديمقراطية" is the SDF, not Syria's forces)
        if (!covers(tokens, i, n) || overlaps(known, from, to) && !(n > 1 && allWithin(known, from, to))) {
          continue;
        }
        StringBuilder key = new StringBuilder(nameKeys[0]);
        for (int k = 1; k < n; k++) {
          key.append(' ').append(nameKeys[k]);
        }
        if (n == 1 && (isDefiniteNisba(tokens, i, keys[i]) || isAdjective(tokens, i, keys)
            || keys[i].equals(BROTHERS) && nameFollows(tokens, i)
            || BARE_ONLY.contains(keys[i]) && hasArticle(tokens.get(i))
            || MASDARS_BEHIND_BA.contains(keys[i]) && tokens.get(i).clitics().pre().contains("ب"))) {
          continue; // السورية is the adjective, not سورية the country; "خبير مالي" is financial; "الأخوان كاسترو"
        }
        List<KnowledgeBase.Alias> found = kb.lookup(key.toString());
        for (KnowledgeBase.Alias a : found) {
          boolean name = a.kind() == KnowledgeBase.AliasKind.NAME
              || a.kind() == KnowledgeBase.AliasKind.WORD && afterPlaceWord(tokens, keys, i);
          if (name && (n > 1 || isNameLike(tokens.get(i), a.entry().kind()))
              && (n > 1 || articleAgrees(tokens.get(i), a.entry()))) {
            alias = a;
            matched = n;
            break;
          }
          if (n == 1 && found.size() == 1 && knownSurname(tokens.get(i), key.toString(), a, date)) {
            alias = a; // "وهدد ترامب إيران": the surname of the one person the base knows by it, in office
            matched = 1;
            break;
          }
        }
      }
      if (alias == null) {
        i++;
        continue;
      }
      int start = tokens.get(i).stemStart();
      int last = i + matched - 1;
      String nationalCountry = null;
      if (alias.entry().kind() == KbEntry.Kind.ORG && alias.entry().country() == null && last + 1 < tokens.size()) {
        int nisba = bodyNisba(tokens, keys, i, last);
        nationalCountry = nisbaCountry(keys[nisba]); // وزارة الخارجية + الروسية
        if (nationalCountry != null) {
          matched += nisba - last;
          last = nisba;
        }
      }
      if (matched == 1 && nationalCountry == null && alias.entry().kind() == KbEntry.Kind.ORG
          && alias.entry().country() == null && commonPortfolio(keys, i)) {
        i++;
        continue;
      }
      // (the whole last word: its key keeps what the segmenter took for a suffix, "تيريزا ماي" is no "ما" + ي)
      int end = tokens.get(last).end();
      final int s0 = start;
      final int e0 = end;
      known.removeIf(e -> e.start() >= s0 && e.end() <= e0); // (now inside the longer name)
      Entity mention = new Entity(start, end, doc.text().substring(start, end), typeOf(alias.entry().kind()),
          null, null, null, null, 0.7, null);
      Entity linked = nationalCountry != null
          ? nationalBody(mention, alias.key(), nationalCountry, date)
          : choose(mention, kb.lookup(alias.key()), alias.key(), date, i > 0 && CAPITAL_WORD.equals(keys[i - 1]),
              null);
      added.add(linked.linked(linked.id(), linked.name(), linked.country(), linked.code(), 0.7,
          linked.explanation() == null ? null : "knowledge-base name; " + linked.explanation()));
      i += matched;
    }
    return added;
  }

  /**
   * A hashtag that is a name of the knowledge base, as news sites tag them: "#ترمب", "#كوريا_الشمالية"
   * (Al Arabiya tags names in running text). The mention is the name without its '#'.
   */
  private Entity hashtag(Document doc, Token t, List<Entity> known, LocalDate date) {
    // (a hashtag the name tagger read as a name it could not link is read as the base reads it: the
    // model tags "#الجيش_اليمني" as a person)
    // (but not one that reaches past the hashtag: "دونالد #ترمب" is one name)
    if (t.kind() != TokenKind.HASHTAG || t.end() - t.start() < 3) {
      return null;
    }
    java.util.function.Predicate<Entity> onTag = e -> e.start() < t.end() && t.start() < e.end();
    if (known.stream().anyMatch(e -> onTag.test(e) && (e.id() != null || e.start() < t.start() || e.end() > t.end()))) {
      return null;
    }
    String name = doc.text().substring(t.start() + 1, t.end());
    String key = KnowledgeBase.key(name);
    List<KnowledgeBase.Alias> aliases = kb.lookup(key);
    Entity found = null;
    for (KnowledgeBase.Alias a : aliases) {
      boolean surname = a.kind() == KnowledgeBase.AliasKind.SURNAME && a.entry().kind() == KbEntry.Kind.PERSON;
      if (a.kind() == KnowledgeBase.AliasKind.NAME || surname) { // "#ترمب" tags the man, as "ترمب" would
        Entity mention = new Entity(t.start() + 1, t.end(), name, typeOf(a.entry().kind()), null, null, null, null,
            0.7, null);
        Entity linked = choose(mention, aliases, key, date, false, null);
        found = linked.linked(linked.id(), linked.name(), linked.country(), linked.code(), 0.7,
            linked.explanation() == null ? null : "hashtag; " + linked.explanation());
        break;
      }
    }
    int lastWord = key.lastIndexOf(' ');
    String country = found == null && lastWord > 0 ? nisbaCountry(key.substring(lastWord + 1)) : null;
    if (country != null) {
      // a body and its nisba: "#الجيش_اليمني" is Yemen's army, as "الجيش اليمني" would be
      Entity mention = new Entity(t.start() + 1, t.end(), name, "ORG", null, null, null, null, 0.7, null);
      found = nationalBody(mention, key.substring(0, lastWord), country, date);
    }
    if (found != null) {
      known.removeIf(onTag); // (the tagger's unlinked reading)
    }
    return found;
  }

  /** Words that open with the letters of the article but have none: "إلى", "الذي", "التي", "إلا". */
  private static final Set<String> NOT_DEFINITE = Set.of("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "اللتين",
      "إلا", "الا", "اللتان", "اللذان").stream().map(KnowledgeBase::wordKey)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words after which a place name that is also a common word is the place: "في صور", "مدينة العين". */
  private static final Set<String> PLACE_WORDS = Set.of("في", "الى", "إلى", "من", "قرب", "نحو", "باتجاه", "مدينة",
      "بمدينة", "لمدينة", "بلدة", "محافظة", "ولاية", "منطقة", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي",
      "غربي", "وسط", "ضواحي", "أطراف", "سكان", "أهالي").stream().map(KnowledgeBase::wordKey)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean afterPlaceWord(List<Token> tokens, String[] keys, int i) {
    return i > 0 && tokens.get(i).clitics().pre().isEmpty() && PLACE_WORDS.contains(keys[i - 1]);
  }

  /** Words a name can be made of: it starts with a word; later parts may be numbers ("إف 16"). */
  private static boolean covers(List<Token> tokens, int i, int n) {
    for (int k = i; k < i + n; k++) {
      TokenKind kind = tokens.get(k).kind();
      boolean word = kind == TokenKind.ARABIC || kind == TokenKind.LATIN;
      if (!word && !(k > i && kind == TokenKind.NUMBER)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A one-word mention spelt with the article whose key is also a nisba: the adjective ("الأزمة السورية").
   * Where the country's own name has the article too (السعودية), it is the adjective only after a
   * definite word it agrees with ("القوات السعودية"), and the country anywhere else.
   */
  private boolean isDefiniteNisba(List<Token> tokens, int i, String key) {
    Token t = tokens.get(i);
    if (!SearchKeys.stem(t).startsWith("ال") || nisbaCountry(key) == null) {
      return false;
    }
    for (KnowledgeBase.Alias a : kb.lookup(key)) {
      if (a.kind() == KnowledgeBase.AliasKind.NAME && a.entry().kind() == KbEntry.Kind.COUNTRY
          && a.entry().name().startsWith("ال")) {
        // (not after "إلى", which only looks definite: "زيارة بوتين إلى السعودية" is the country)
        return i > 0 && tokens.get(i - 1).clitics().pre().isEmpty() && SearchKeys.stem(tokens.get(i - 1)).startsWith("ال")
            && tokens.get(i - 1).kind() == TokenKind.ARABIC && !NOT_DEFINITE.contains(key(tokens.get(i - 1)))
            && !"ADP".equals(tokens.get(i - 1).pos());
      }
    }
    return true;
  }

  /**
   * "الصعيد" is a region, "صعيد" (level) is not: a one-word name written with ال needs it in the text
   * (or its ل after the preposition ل: "للقاهرة"), and so does the last word of a name used alone.
   */
  private static boolean articleAgrees(Token t, KbEntry entry) {
    String stem = SearchKeys.stem(t);
    boolean hasArticle = hasArticle(t);
    String name = entry.name();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (name.contains(" ") && last.startsWith("ال") && KnowledgeBase.wordKey(last).equals(KnowledgeBase.wordKey(stem))) {
      return hasArticle; // "الصحة" for "وزارة الصحة", not "أكد صحة ما قاله" (the truth of it)
    }
    return !name.startsWith("ال") || name.contains(" ") || hasArticle;
  }

  /** Whether the word bears the article, or its lam behind the preposition ل ("للقاهرة", "للبنين"). */
  private static boolean hasArticle(Token t) {
    String stem = SearchKeys.stem(t);
    return stem.startsWith("ال") || (stem.startsWith("ل") && SearchKeys.afterLam(t));
  }

  /**
   * Names that, with the article, are common nouns: "الحماس" (enthusiasm), "الأمل" (hope), "البنين" and "للبنين"
   * (the boys, "38 كلية للبنين و29 للبنات" in seed 265, not Benin).
   */
  private static final Set<String> BARE_ONLY = Set.of(KnowledgeBase.key("حماس"), KnowledgeBase.key("أمل"),
      KnowledgeBase.key("بنين"));
  /** Bodies named by a masdar, which behind ب is the act: "بفتح المعبر" (by opening the crossing). */
  private static final Set<String> MASDARS_BEHIND_BA = Set.of(KnowledgeBase.key("فتح"));

  /** The proclitics a lone surname may bear: و, and the prepositions ل and ب ("تهنئة للسيسي"). */
  private static final Set<List<String>> SURNAME_PROCLITICS = Set.of(List.of(), List.of("و"), List.of("ل"),
      List.of("ب"), List.of("و", "ل"), List.of("و", "ب"));

  /**
   * Whether a lone word the model did not tag is the surname of a person who holds a role on the date
   * and is the only entry the base knows by it ("ترامب", "أردوغان"), written as no dictionary word is
   * (the lexicon gives common words a part of speech).
   */
  private static boolean knownSurname(Token t, String key, KnowledgeBase.Alias a, LocalDate date) {
    String pos = t.pos();
    // (the tagger calls some surnames adjectives, "ماكرون" as the plural of ماكر, "روحاني", "ظريف": 101, 15
    // and 11 times unlinked in 1,623 articles of 2018 news; without the article they are the name)
    boolean adjective = "ADJ".equals(pos) && !SearchKeys.stem(t).startsWith("ال");
    return a.kind() == KnowledgeBase.AliasKind.SURNAME && a.entry().kind() == KbEntry.Kind.PERSON
        && key.length() >= 4 && (pos == null || pos.equals("PROPN") || pos.equals("X") || adjective)
        && a.entry().roleOn(date) != null
        && SURNAME_PROCLITICS.contains(t.clitics().pre()) // "بين كيم، وترامب", "رسالة لأردوغان", "بأوباما"
        && (!SearchKeys.stem(t).startsWith("ال") || surnameHasArticle(a.entry(), key));
  }

  /**
   * Whether the person's name writes the surname with the article ("السيسي"). One written without it
   * ("ليز تراس") is another word when the text writes it with one: "ألتراس" (ultras) is no Truss.
   */
  private static boolean surnameHasArticle(KbEntry person, String key) {
    for (String word : person.name().split(" ")) {
      if (word.startsWith("ال") && KnowledgeBase.wordKey(word).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word name must look like one. Places and countries may share their spelling with a verb
   * (حلب، قطر): only function words are refused. Other names must not be known as anything but a noun.
   */
  private static boolean isNameLike(Token t, KbEntry.Kind kind) {
    String pos = t.pos();
    if (pos == null || pos.equals("PROPN") || pos.equals("X")) {
      return true;
    }
    if (kind == KbEntry.Kind.PLACE || kind == KbEntry.Kind.COUNTRY) {
      return pos.equals("NOUN") || pos.equals("VERB") || pos.equals("ADJ");
    }
    return pos.equals("NOUN");
  }

  /** Whether every entity overlapping the span lies inside it, and is shorter. */
  private static boolean allWithin(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.start() < end && start < e.end() && (e.start() < start || e.end() > end || e.end() - e.start() == end - start)) {
        return false;
      }
    }
    return true;
  }

  static boolean overlaps(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.start() < end && start < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static String typeOf(KbEntry.Kind kind) {
    switch (kind) {
      case PERSON:
        return "PER";
      case ORG:
        return "ORG";
      case PRODUCT:
        return "MISC";
      default:
        return "LOC";
    }
  }

  // ---- actor references ---------------------------------------------------------------------------

  /**
   * Whether one country's name spans tokens k to i and no word governs it: after a definite word
   * ("غادر … وزير الدفاع اليوم المملكة الأردنية الهاشمية") the name is a party of its own; after a
   * construct's head it is that head's ("التحالف بقيادة المملكة العربية السعودية", "وزير خارجية الولايات
   * المتحدة الأميركية").
   */
  private static boolean ownName(List<Entity> entities, List<Token> tokens, int k, int i) {
    for (Entity e : entities) {
      if ("LOC".equals(e.type()) && e.id() != null && e.id().equals(e.country()) && e.start() <= tokens.get(k).start()
          && tokens.get(i).end() <= e.end()) {
        int before = tokenAt(tokens, e.start()) - 1;
        return before >= 0 && SearchKeys.stem(tokens.get(before)).startsWith("ال");
      }
    }
    return false;
  }

  /** A linked body of the country whose name ends at {@code end} and starts after {@code start}, or null. */
  private static Entity namedBodyEndingAt(List<Entity> entities, int start, int end, String country) {
    for (Entity e : entities) {
      if ("ORG".equals(e.type()) && e.id() != null && e.code() != null && country.equals(e.country())
          && e.start() > start && e.end() == end && !e.code().equals(country)) {
        return e;
      }
    }
    return null;
  }

  /** Whether the name of a person the knowledge base knows begins at the token and goes on past it. */
  private static boolean opensPerson(List<Entity> entities, Token t) {
    return entities.stream().anyMatch(e -> "PER".equals(e.type()) && e.id() != null && e.start() == t.start()
        && e.end() > t.end());
  }

  private List<ActorRef> actorReferences(Document doc, List<Token> tokens, String[] keys, List<Entity> entities) {
    List<ActorRef> refs = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      // a two-word nisba first: "الكوري الجنوبي" is South Korean, "الكوري" alone would say North
      // (looked up only where some alias goes on from this word: this runs on every token)
      String pair = i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.ARABIC && kb.isPrefix(keys[i])
          ? nisbaCountry(keys[i] + " " + keys[i + 1]) : null;
      int nisbaEnd = pair != null ? i + 1 : i;
      String country = pair != null ? pair : nisbaCountry(keys[i]);
      if (country == null && i > 0 && keys[i].endsWith("يا") && keys[i].length() > 4
          && (isCount(tokens.get(i - 1)) || kb.lookup(keys[i]).isEmpty() && !kb.isPrefix(keys[i]))) {
        // the accusative: "17 فلسطينيا", "قتلت الشرطة فلسطينيا" (not a name in -يا: "سوريا" is a country,
        // "كوريا" the start of one)
        country = nisbaCountry(keys[i].substring(0, keys[i].length() - 1));
      }
      boolean whole = false;
      if (country == null && tokens.get(i).clitics().pre().equals(List.of("ك"))) {
        // a nisba whose first letter the segmenter took for "like": "كندية" (ك + ندية), Canadian
        country = nisbaCountry(KnowledgeBase.key(tokens.get(i).text()));
        whole = country != null;
      }
      if (country != null && i > 0 && LANGUAGE_HEADS.contains(keys[i - 1])) {
        i = nisbaEnd; // "باللغة الفرنسية", "اليومية الناطقة بالفرنسية": a language, no actor of that country
        continue;
      }
      if (country != null && i > 0 && keys[i - 1].equals(AFFAIRS)) {
        i = nisbaEnd; // "الباحث في الشؤون التركية": the topic of one's work, no actor of that country
        continue;
      }
      if (countryLevel(tokens, keys, i, nisbaEnd)) {
        i = nisbaEnd; // "المديرة القطرية في العراق": a body's country director (قُطرية), no Qatari (seed 238)
        continue;
      }
      if (country != null && nisbaEnd + 1 < tokens.size() && SON.contains(keys[nisbaEnd + 1])
          && !SearchKeys.stem(tokens.get(i)).startsWith("ال")) {
        i = nisbaEnd; // a given name: "تركي بن سعود" is a prince, no Turk (not "نظيره التركي بن علي يلدريم")
        continue;
      }
      if (country != null && !SearchKeys.stem(tokens.get(i)).startsWith("ال") && opensPerson(entities, tokens.get(i))) {
        i = nisbaEnd; // a known person's given name: "قوات التحالف تركي المالكي" (their spokesman), no Turk
        continue;
      }
      if (country != null) {
        int first = i;
        String role = null;
        // (an indefinite nisba is no adjective of a definite title: "الأمير الدكتور تركي" is a name)
        boolean indefinite = !whole && !SearchKeys.stem(tokens.get(i)).startsWith("ال");
        boolean crossedPortfolio = false;
        boolean crossedConstruct = false; // (joined in the construct state, "وزير الزراعة واستصلاح الأراضي")
        for (int k = i - 1; k >= 0 && k >= i - (crossedPortfolio ? 4 : 3); k--) {
          if (nisbaCountry(keys[k]) != null || tokens.get(k).kind() != TokenKind.ARABIC) {
            break;
          }
          if (isFlags(doc, tokens.get(k), keys[k])) {
            break; // the nisba is the flags' ("أحرق المتظاهرون الأعلام الأميركية")
          }
          if (ownName(entities, tokens, k, i)) {
            break; // the nisba is in a state's name: "وزير الدفاع اليوم المملكة الأردنية الهاشمية" (seed 233)
          }
          String r = ROLE_NOUNS.get(keys[k]);
          if ("MED".equals(r) && keys[k].equals(AGENCY) && i + 1 < keys.length
              && tokens.get(i + 1).clitics().pre().contains("ل") && NEWS.stream().noneMatch(keys[i + 1]::contains)) {
            r = "GOV"; // "الوكالة الأمريكية للحماية البيئية": an agency of the state, not of news (seed 273)
          }
          if (r != null && k + 1 < i && keys[k + 1].equals(NATIONAL)) {
            r = "GOV"; // "مستشار الأمن القومي الأميركي": national security is the government's, not the police's
          }
          Token head = k > 0 ? tokens.get(k - 1) : null;
          // (or a minister of state's portfolio: "وزيرة الدولة لشؤون الإعلام الأردنية", no Jordanian outlet)
          boolean portfolio = k >= 2 && keys[k - 1].equals(AFFAIRS) && keys[k - 2].equals(STATE);
          if (r != null && head != null && (MINISTRY_WORDS.contains(keys[k - 1]) || portfolio)
              && head.clitics().post().isEmpty() && !SearchKeys.stem(head).startsWith("ال")) {
            // the minister or ministry whose portfolio this is: "وزير الخارجية الروسي" is one reference, the
            // minister's, the government's (of defence its military, as judged: "وزير الدفاع الأمريكي"); of
            // information or security no outlet or police ("وزير الإعلام الفنزويلي", "وزير الأمن العام الكندي")
            r = r.equals("MIL") ? r : "GOV";
            k--;
          } else if (r != null && crossedConstruct && !MINISTRY_WORDS.contains(keys[k])) {
            break; // (the و joined bodies, not portfolios: "قوات الشرعية وميليشيات الحوثي الإيرانية")
          }
          if (r == null && k > 0 && ADJECTIVE_ROLES.containsKey(keys[k]) && AUTHORITIES.contains(keys[k - 1])) {
            r = ADJECTIVE_ROLES.get(keys[k]); // "السلطات القضائية المصرية": the authorities the adjective names
            k--;
          }
          boolean behindLam = tokens.get(k).clitics().pre().contains("ل") && k > 0
              && !SearchKeys.stem(tokens.get(k - 1)).startsWith("ال");
          if (r != null && RESISTANCE.equals(keys[k])
              && (k + 1 < i || !SearchKeys.stem(tokens.get(k)).startsWith("ال") && !behindLam)) {
            // the act of resisting: "مقاومة الاحتلال الإسرائيلي" is no Israeli resistance (the resistance is
            // "المقاومة اليمنية", or behind ل "في كمين للمقاومة اليمنية", not "المجلس الوطني للمقاومة الإيرانية")
            break;
          }
          if (r != null && indefinite && SearchKeys.stem(tokens.get(k)).startsWith("ال")) {
            break;
          }
          if (r != null) {
            role = r;
            first = k;
            break;
          }
          // (but a second portfolio joined by و in the construct state is: "وزير الزراعة واستصلاح الأراضي المصري",
          // or with its adjective: "وزير الأوقاف والشؤون الدينية الفلسطيني")
          boolean joinedPortfolio = tokens.get(k).clitics().pre().equals(List.of("و")) && k + 1 < i
              && SearchKeys.stem(tokens.get(k + 1)).startsWith("ال");
          if (!SearchKeys.stem(tokens.get(k)).startsWith("ال") && !joinedPortfolio) {
            break; // an indefinite word between is not in the role noun's phrase: "حمل المتظاهرون أعلاما تركية"
          }
          if (NOT_DEFINITE.contains(keys[k]) || "ADP".equals(tokens.get(k).pos())) {
            break; // "إلى", "الذي" only look definite: "زيارة الرئيس السيسي إلى السعودية" is no Saudi president
          }
          crossedPortfolio |= joinedPortfolio;
          crossedConstruct |= joinedPortfolio && !SearchKeys.stem(tokens.get(k)).startsWith("ال");
        }
        // (the whole word where its first letter is the nisba's own: "كندية")
        int start = whole && first == i ? tokens.get(i).start() : tokens.get(first).stemStart();
        int end = tokens.get(nisbaEnd).stemEnd();
        String code = country + (role == null ? "" : role);
        // (the nisba closes a body's name after the role noun: "رئيس الائتلاف السوري" heads the opposition
        // coalition, SYROPP, not Syria's government)
        // (a minister's portfolio stays the government's, "وزير الاستخبارات الإيراني", and a central bank's
        // head is no business)
        Entity body = role == null || MINISTRY_WORDS.contains(keys[first]) ? null
            : namedBodyEndingAt(entities, start, end, country);
        body = body != null && body.code().endsWith("BUS") ? null : body;
        refs.add(new ActorRef(start, end, doc.text().substring(start, end), country,
            body != null ? body.code() : code));
        i = nisbaEnd;
      }
    }
    // a role noun placed in a country: "السلطات في لبنان", "الشرطة في فرنسا" (the country's, as with a nisba)
    for (Entity e : entities) {
      if (e.country() == null || e.id() == null || !e.id().equals(e.country())) {
        continue; // the country itself, not a person or body of it
      }
      int at = tokenAt(tokens, e.start());
      // a role noun with the country as its genitive: "رئيس غواتيمالا", "أمير قطر", "رئيس وزراء باكستان",
      // "ولي عهد السعودية" (the role noun in the construct state, without the article)
      int head = at >= 2 && CONSTRUCT_MIDDLE.contains(keys[at - 1]) ? at - 2 : at - 1;
      String held = head >= 0 && tokens.get(head).clitics().post().isEmpty()
          && !SearchKeys.stem(tokens.get(head)).startsWith("ال") && !NOT_CONSTRUCT_ROLES.contains(keys[head])
          // (an adjective before "ل" names no body of the country: "مساعدات عسكرية لمصر" is aid to Egypt)
          && !(nisbaShaped(keys[head]) && tokens.get(at).clitics().pre().contains("ل"))
          ? ROLE_NOUNS.get(keys[head]) : null;
      if (held != null) {
        int start = tokens.get(head).stemStart();
        refs.add(new ActorRef(start, e.end(), doc.text().substring(start, e.end()), e.country(), e.country() + held));
        continue;
      }
      if (at >= 2 && "في".equals(keys[at - 1]) && SearchKeys.stem(tokens.get(at - 2)).startsWith("ال")) {
        int body = at - 2;
        if (body >= 1 && ROLE_NOUNS.containsKey(keys[body]) && nisbaShaped(keys[body]) && nisbaCountry(keys[body]) == null
            && SearchKeys.stem(tokens.get(body - 1)).startsWith("ال")) {
          body--; // the role word is an adjective of the noun before it: "النيابة العسكرية في مصر"
        }
        String role = ROLE_NOUNS.get(keys[body]);
        if (role != null && !role.equals("CVL") && !role.equals("MED") && !role.equals("BUS")) {
          int start = tokens.get(body).stemStart();
          refs.add(new ActorRef(start, e.end(), doc.text().substring(start, e.end()), e.country(), e.country() + role));
        }
      }
    }
    // capitals and seats of government standing for the government: موسكو، الكرملين، البيت الأبيض
    for (Entity e : entities) {
      List<KnowledgeBase.Alias> aliases = kb.lookup(spanKey(tokens, keys, e));
      int only = tokenAt(tokens, e.start());
      if (e.id() == null && only >= 0 && tokens.get(only).end() >= e.end()
          && personNotPlace(e, aliases, tokens.get(only))) {
        continue;
      }
      for (KnowledgeBase.Alias a : aliases.isEmpty() ? kb.lookup(KnowledgeBase.key(e.text())) : aliases) {
        if ((a.kind() == KnowledgeBase.AliasKind.CAPITAL || a.kind() == KnowledgeBase.AliasKind.SEAT)
            && a.entry().kind() == KbEntry.Kind.COUNTRY) {
          String country = a.entry().country();
          // a state body with the capital as its genitive: "حكومة بغداد", "سلطات طهران", "نظام دمشق"
          int head = tokenAt(tokens, e.start()) - 1;
          boolean meetingPlace = head >= 0 && NAMED_MEETINGS.contains(keys[head])
              && a.kind() == KnowledgeBase.AliasKind.CAPITAL && tokens.get(head + 1).start() == e.start();
          if (meetingPlace
              || head >= 0 && (CITY_WORDS.contains(keys[head]) || CITY_INSTITUTIONS.contains(keys[head]))) {
            // "بوسط المدينة واغادوغو", "غوطة دمشق", "ريف دمشق": the city or its land, named as such; "معهد
            // واشنطن", "جامعة طهران": an institution named by its city
            break;
          }
          String role = head >= 0 && tokens.get(head).clitics().post().isEmpty()
              && !SearchKeys.stem(tokens.get(head)).startsWith("ال") ? ROLE_NOUNS.get(keys[head]) : null;
          if (role != null && STATE_ROLES.contains(role)) {
            int start = tokens.get(head).stemStart();
            refs.add(new ActorRef(start, e.end(), doc.text().substring(start, e.end()), country, country + role));
          } else {
            refs.add(new ActorRef(e.start(), e.end(), e.text(), country, country + "GOV"));
          }
          break;
        }
      }
    }
    refs.sort(Comparator.comparingInt(ActorRef::start));
    return refs;
  }

  /** The key of an entity's words, as the look-ups read them ("للرياض" as الرياض). */
  private static String spanKey(List<Token> tokens, String[] keys, Entity e) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > e.start() && t.start() < e.end() && t.kind() != TokenKind.PUNCT) {
        key.append(key.length() == 0 ? "" : " ").append(keys[i]);
      }
    }
    return key.toString();
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return tokens.get(i).start() <= offset ? i : -1;
      }
    }
    return -1;
  }

  /**
   * "الأعلام الأمريكية" are flags, not the media ("الإعلام الأمريكي"): the search key folds both to
   * اعلام, so the written hamza decides.
   */
  private static boolean isFlags(Document doc, Token token, String key) {
    if (!"اعلام".equals(key)) {
      return false;
    }
    String stem = doc.text().substring(token.stemStart(), token.stemEnd());
    return stem.startsWith("أعلام") || stem.startsWith("الأعلام");
  }

  private static boolean isCount(Token t) {
    return t.kind() == TokenKind.NUMBER || t.number() != null;
  }

  private String nisbaCountry(String key) {
    for (KnowledgeBase.Alias a : kb.lookup(key)) {
      if (a.kind() == KnowledgeBase.AliasKind.NISBA) {
        return a.entry().country();
      }
    }
    return null;
  }
}
