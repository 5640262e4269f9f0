package org.marsad.event;

import org.marsad.doc.Entity;
import org.marsad.doc.Event;

/**
 * Institutions the knowledge base cannot list one by one, coded by their head noun: universities,
 * colleges and institutes (EDU: "معهد كولونيا للأبحاث الاقتصادية", "معهد واشنطن"), hospitals (HLH),
 * companies and banks (BUS), parties (PTY), papers and channels (MED),
 * unions (LAB), associations (NGO), municipalities (GOV); a bulletin is a paper ("نشرة "سولار إنرجي ديفلوبمنت"", seed 205).
 * ("وكالة" and "منظمة" are not among them: as often as a news agency or a charity they name an intelligence
 * agency, a state's body, an IGO or a militia: "منظمة الطاقة الذرية الإيرانية", "منظمة بدر".) "أعلنت جامعة الملك فيصل",
 * "أكد مصرف "يو بي إس"", "وقال مستشفى الملك فهد": the institution speaks, not a king or a name of no code.
 */
final class Institutions {
  /** Head nouns and the role they give. */
  static final java.util.Map<String, String> ROLES = java.util.Map.ofEntries(
      java.util.Map.entry(EventKeys.of("حزب"), "PTY"), java.util.Map.entry(EventKeys.of("جامعة"), "EDU"),
      java.util.Map.entry(EventKeys.of("كلية"), "EDU"), java.util.Map.entry(EventKeys.of("معهد"), "EDU"),
      java.util.Map.entry(EventKeys.of("مستشفى"), "HLH"),
      java.util.Map.entry(EventKeys.of("شركة"), "BUS"), java.util.Map.entry(EventKeys.of("مصرف"), "BUS"),
      java.util.Map.entry(EventKeys.of("بنك"), "BUS"), java.util.Map.entry(EventKeys.of("صحيفة"), "MED"),
      java.util.Map.entry(EventKeys.of("قناة"), "MED"),
      java.util.Map.entry(EventKeys.of("مجلة"), "MED"), java.util.Map.entry(EventKeys.of("نشرة"), "MED"),
      java.util.Map.entry(EventKeys.of("نقابة"), "LAB"),
      java.util.Map.entry(EventKeys.of("جمعية"), "NGO"),
      // a town's municipality is local government ("وقالت بلدية بلقرن", seed 209; "أمانة منطقة الرياض")
      java.util.Map.entry(EventKeys.of("بلدية"), "GOV"), java.util.Map.entry(EventKeys.of("أمانة"), "GOV"));
  /** Last words of a medium's name, as written: "فيرفاكس ميديا", "سكاي نيوز", "جيروزاليم بوست". */
  private static final java.util.Set<String> MEDIA_NAME_ENDS = java.util.Set.of("ميديا", "نيوز", "بوست", "تايمز",
      "برس", "تريبيون", "غازيت", "هيرالد");
  /** Honorifics inside an institution's name: "جامعة الملك سعود", "مستشفى الأمير سلطان". */
  private static final java.util.Set<String> NAMED_FOR = EventKeys.setOf("الملك", "الأمير", "الامير", "الشيخ");

  private Institutions() {}

  /**
   * The institution a name the knowledge base lacks, or a person it is named for, belongs to: its head
   * noun opens the name or stands right before it (past a quote and an honorific); null when none does.
   */
  static Event.Actor of(SentenceWords words, Entity e, boolean unknown) {
    if (e.type() == null || e.type().equals("LOC") || !unknown && !isPersonId(e.id())) {
      return null;
    }
    int first = words.tokenAt(e.start());
    if (first < 0) {
      return null;
    }
    int head = first;
    if (!unknown || roleAt(words, first) == null) {
      head = first - 1;
      if (head >= 0 && words.is(head, NAMED_FOR)) {
        head--;
      }
      if (head >= 0 && isQuote(words, head)) {
        head--;
      }
    }
    String role = roleAt(words, head);
    if (role == null && unknown && !"PER".equals(e.type()) && mediaName(words, e)) {
      // "وذكرت «فيرفاكس ميديا للإعلام»" (seed 284): a name that ends as the press's do is the press's
      return new Event.Actor(e.start(), e.end(), e.text(), null, null, "MED");
    }
    if (role == null || head < first && !words.token(head).clitics().post().isEmpty()) {
      return null;
    }
    int start = words.token(head).stemStart();
    return new Event.Actor(start, e.end(), words.doc.text().substring(start, e.end()), null, null, role);
  }

  /** Whether the name ends in a word the press's names end in, and has no preposition inside. */
  private static boolean mediaName(SentenceWords words, Entity e) {
    int first = words.tokenAt(e.start());
    int last = words.tokenAt(e.end() - 1);
    for (int i = first; i <= last; i++) {
      if (!words.token(i).clitics().pre().isEmpty()) {
        return false; // ("كليفورد لشبكة سي بي إس نيوز": a speaker and whom she told)
      }
    }
    return last >= first && MEDIA_NAME_ENDS.contains(words.token(last).text());
  }

  /** Whether the mention is an institution this class coded: its head noun first, its role, no country. */
  static boolean named(SentenceWords words, ActorMention m) {
    Event.Actor a = m.actor();
    return a.id() == null && a.country() == null && a.code() != null && a.code().equals(roleAt(words, m.first()));
  }

  private static String roleAt(SentenceWords words, int i) {
    // (a bank is named with the article too: "البنك الأهلي الكويتي", seed 288, was Kuwait alone)
    if (i < 0 || i >= words.size() || words.isDefinite(i) && !words.is(i, BANKS)) {
      return null;
    }
    if (words.is(i, SITE)) {
      return websiteKind(words, i);
    }
    if (words.is(i, BANKS) && kindBetween(words, i + 1, i + BANK_NAME_WORDS, CENTRAL) != null) {
      return "GOV"; // "بنك الجزائر المركزي", "البنك المركزي أديب": a central bank is a state body, as the base's are
    }
    return words.is(i, CITY) ? cityKind(words, i) : ROLES.get(words.bare[i]);
  }

  private static final java.util.Set<String> BANKS = EventKeys.setOf("بنك", "مصرف");
  private static final java.util.Map<String, String> CENTRAL = java.util.Map.of(EventKeys.of("المركزي"), "GOV");
  /** How far after "بنك" "المركزي" may stand: right after it, or past a name of two words ("بنك إنجلترا المركزي"). */
  private static final int BANK_NAME_WORDS = 3;

  /** "موقع": a website, or a place ("موقع بونغي-ري للتجارب النووية", "موقع بحلحلان"). */
  private static final java.util.Set<String> SITE = EventKeys.setOf("موقع");
  /** Words after a site's name that make it a website, a medium: "موقع شبيغيل الإخباري". */
  private static final java.util.Map<String, String> ONLINE = java.util.Map.of(EventKeys.of("الإخباري"), "MED",
      EventKeys.of("الإلكتروني"), "MED", EventKeys.of("نيوز"), "MED"); // (keys fold the hamza: "الاخباري" too)
  /** How far after "موقع" a word saying it is online may stand, past a name of three words. */
  private static final int SITE_NAME_WORDS = 4;

  /**
   * The media role of "موقع" at i when it is a website: its name in quotes ("وذكر موقع «بي سي ماغازين»", seed
   * 261) or said to be online after it; null for a place.
   */
  private static String websiteKind(SentenceWords words, int i) {
    // (a quoted name is a website's where nothing is done to the site: not "لإخلاء موقع "نوتردام دي لوند"", a
    // masdar behind a preposition; "وذكر", which the tagger may read as a noun, bears a conjunction at most)
    boolean actedOn = i > 0 && words.token(i - 1).isWord() && "NOUN".equals(words.token(i - 1).pos())
        && !words.atMostConjunction(i - 1);
    if (i + 1 < words.size() && isQuote(words, i + 1) && !actedOn) {
      return "MED";
    }
    return kindBetween(words, i + 2, i + SITE_NAME_WORDS, ONLINE); // (past the name's first word)
  }

  /** "مدينة" named for a king: a medical, economic or science city ("مدينة الملك عبدالله الطبية", seed 210). */
  private static final java.util.Set<String> CITY = EventKeys.setOf("مدينة");
  private static final java.util.Map<String, String> CITY_KINDS = java.util.Map.of(EventKeys.of("الطبية"), "HLH",
      EventKeys.of("الاقتصادية"), "BUS", EventKeys.of("للعلوم"), "EDU", EventKeys.of("الجامعية"), "EDU");
  /** How far after "مدينة" its kind may stand, past the honorific and a name of three words. */
  private static final int CITY_NAME_WORDS = 5;

  /** The role of the city named at i by the adjective after its name, or null (a town, not an institution). */
  private static String cityKind(SentenceWords words, int i) {
    return words.is(i + 1, NAMED_FOR) ? kindBetween(words, i + 2, i + CITY_NAME_WORDS, CITY_KINDS) : null;
  }

  /** The role the first word of {@code kinds} among words {@code from}..{@code to} gives, or null. */
  private static String kindBetween(SentenceWords words, int from, int to, java.util.Map<String, String> kinds) {
    for (int j = from; j < words.size() && j <= to; j++) {
      String kind = kinds.get(words.bare[j]);
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  private static boolean isPersonId(String id) {
    return id != null && id.startsWith("person:");
  }

  private static boolean isQuote(SentenceWords words, int i) {
    return ActorPositions.QUOTES.contains(words.token(i).text());
  }
}
