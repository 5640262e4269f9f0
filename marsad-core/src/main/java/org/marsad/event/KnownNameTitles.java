package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Event;

/**
 * The posts a known person's name is followed by, with no comma: "الأمير محمد بن نايف ولي العهد نائب
 * رئيس مجلس الوزراء وزير الداخلية" lists his posts. Their role nouns ("ولي العهد", "مجلس الوزراء") are
 * no party of their own when a party with a country follows the posts in the same clause (past a place
 * and a time: "في الرياض أمس"): that one is the verb's object ("… وزير الخارجية الأمريكي جون كيري").
 * Without one the role noun may be the object itself ("استقبل السيسي رئيس الوزراء"), so it stays.
 */
final class KnownNameTitles {
  /** How many words a run of posts may take, with the place and time after them. */
  private static final int POST_WORDS = 20;
  private static final String IN = EventKeys.of("في");
  private static final String IN_THE_NAME_OF = EventKeys.of("باسم");
  private static final String EMIR = EventKeys.of("أمير");
  /** What an office is for, behind ل in its title: "لرعاية الشباب", "لشؤون الخارجية". */
  private static final java.util.Set<String> PORTFOLIOS = EventKeys.setOf("رعاية", "شؤون", "شئون");

  private KnownNameTitles() {}

  /** Drops the role nouns among the posts after a known person's name. */
  static void drop(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 0; k + 1 < mentions.size(); k++) {
      if (!knownPerson(mentions.get(k).actor()) || !opensPosts(words, mentions.get(k).last() + 1)) {
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (ActorMention m : mentions.subList(k + 1, mentions.size())) {
        spans.add(new Span(m.first(), m.last(), party(m.actor())));
      }
      List<Span> posts = new ArrayList<>();
      int party = partyAfterPosts(words, mentions.get(k).last() + 1, spans, posts);
      // (a titled "party" with only more posts between it and what he says is one more post of his own)
      spans.stream().filter(sp -> sp.first() == party && words.is(party, ActorFinder.PERSON_TITLES)
          && saidAfter(words, List.of(sp))).findFirst().ifPresent(posts::add);
      String country = mentions.get(k).actor().country();
      // (his own posts, of his country or of none: "وانتقد خامنئي الرئيس الأمريكي … لقوله" names the one criticised)
      boolean own = mentions.stream().filter(m -> posts.stream().anyMatch(p -> p.first() == m.first()))
          .allMatch(m -> m.actor().country() == null || m.actor().country().equals(country));
      if (party >= 0 || own && (saidAfter(words, posts) || objectAfter(words, posts))) {
        mentions.removeIf(m -> posts.stream().anyMatch(p -> p.first() == m.first()));
      }
    }
  }

  /** How many words may stand between the last post and the verb's object: "رئيس اللجنة الأولمبية العربية السعودية". */
  private static final int OBJECT_REACH = 4;

  /**
   * Whether the verb's object follows his posts: "عقد الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب رئيس
   * اللجنة الأولمبية العربية السعودية اجتماعا": an indefinite accusative noun closes the posts, which are his.
   */
  private static boolean objectAfter(SentenceWords words, List<Span> posts) {
    // (only the last post's own adjectives and nisbas may come between)
    return closedAfter(posts, OBJECT_REACH, i -> !words.isDefinite(i) && "NOUN".equals(words.token(i).pos())
            && words.bare[i].endsWith("ا") && words.token(i).clitics().isEmpty(),
        // (a time between is no break: "… وزير الدفاع أمس اتصالاً هاتفياً")
        i -> Adjuncts.afterTimeWords(words, i) == i
            && (!words.isDefinite(i) || !words.token(i).clitics().pre().isEmpty()), words.size());
  }

  /** How many words of further posts may stand between the last one and "أن": "رئيس اللجنة الإشرافية لسوق عكاظ". */
  private static final int SAID_REACH = 8;

  /**
   * Whether what he says follows his posts: "وأوضح الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة
   * مكة المكرمة رئيس اللجنة الإشرافية لسوق عكاظ أن": the posts are his, no topic of what he says.
   */
  private static boolean saidAfter(SentenceWords words, List<Span> posts) {
    // (not "لقوله بأن": what he is criticised for saying)
    return closedAfter(posts, SAID_REACH, i -> Clauses.isThat(words, i) && words.token(i).clitics().pre().isEmpty(),
        i -> Clauses.isBoundary(words, i) && !words.isComma(i) || words.isVerb(i), words.size());
  }

  /**
   * Whether, within {@code reach} words after the last of the posts, a word that closes them comes before one
   * that breaks off their phrase.
   */
  private static boolean closedAfter(List<Span> posts, int reach, java.util.function.IntPredicate closes,
      java.util.function.IntPredicate breaks, int size) {
    if (posts.isEmpty()) {
      return false;
    }
    int end = posts.get(posts.size() - 1).last();
    for (int i = end + 1; i < size && i <= end + reach; i++) {
      if (closes.test(i)) {
        return true;
      }
      if (breaks.test(i)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the object after a known person's posts starts, when the source is such a person and its posts
   * follow it at from; from itself otherwise.
   */
  static int pastPosts(SentenceWords words, List<ActorGroup> groups, ActorGroup source, int from) {
    if (source.members().size() != 1 || !knownOrTitled(words, source.members().get(0)) || !opensPosts(words, from)) {
      return from;
    }
    List<Span> spans = new ArrayList<>();
    for (ActorGroup g : groups) {
      if (g.first() >= from) {
        spans.add(new Span(g.first(), g.last(), g.members().stream().allMatch(m -> party(m.actor()))));
      }
    }
    int party = partyAfterPosts(words, from, spans, new ArrayList<>());
    return party >= 0 ? party : from;
  }

  private record Span(int first, int last, boolean party) {}

  /** How many nouns a place may take before the time after it: "مكتب سموه بقصر الحكم". */
  private static final int PLACE_WORDS = 5;

  /**
   * Where the time words start after a place of nouns at from ("مكتب سموه بقصر الحكم أمس"), or -1 when no
   * time follows such nouns.
   */
  private static int timeAfterPlace(SentenceWords words, int from) {
    for (int k = from; k < words.size() && k <= from + PLACE_WORDS; k++) {
      if (k > from && Adjuncts.afterTimeWords(words, k) > k) {
        return k;
      }
      String pos = words.token(k).pos();
      if (!words.token(k).isWord() || !(pos == null || pos.equals("NOUN") || pos.equals("PROPN")
          || pos.equals("ADJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A known person, or one named after his title with a country ("الأمير فيصل بن بندر", SAUGOV): a source
   * whose posts may follow him.
   */
  private static boolean knownOrTitled(SentenceWords words, ActorMention m) {
    return knownPerson(m.actor()) || m.actor().country() != null && m.last() > m.first()
        && words.is(m.first(), ActorFinder.PERSON_TITLES) && "PROPN".equals(words.token(m.last()).pos());
  }

  private static boolean knownPerson(Event.Actor a) {
    return a.id() != null && a.id().startsWith("person:") && a.country() != null;
  }

  /** A party of its own: one with a country, or a known person or body that is no generic one. */
  private static boolean party(Event.Actor a) {
    return a.country() != null || a.id() != null && !a.id().startsWith("org:");
  }

  /** Whether a bare title stands at word i, opening a run of posts. */
  private static boolean opensPosts(SentenceWords words, int i) {
    return words.is(i, ActorFinder.PERSON_TITLES) && words.token(i).clitics().pre().isEmpty() || heir(words, i);
  }

  private static final String HEIR = EventKeys.of("ولي");
  private static final java.util.Set<String> REIGN = EventKeys.setOf("عهد", "العهد");

  /**
   * Whether the crown prince's title opens at i, which the segmenter reads as و + لي: "ولي العهد", "ولي عهد أبو
   * ظبي" ("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبو ظبي … عادل الجبير": the post was taken for the guest),
   * or the deputy's "ولي ولي العهد" ({@link #deputyHeir}).
   */
  private static boolean heir(SentenceWords words, int i) {
    return i < words.size() && words.token(i).text().equals("ولي")
        && (words.is(i + 1, REIGN) || words.isKey(i + 1, HEIR));
  }

  /** Whether the first "ولي" of "ولي ولي العهد" (the deputy crown prince) stands at i. */
  private static boolean deputyHeir(SentenceWords words, int i) {
    return i < words.size() && words.token(i).text().equals("ولي") && words.isKey(i + 1, HEIR);
  }

  /**
   * The first word of the party the posts at title lead to, or -1 when the clause ends first; the role
   * nouns passed on the way are added to posts. (Called only where {@link #opensPosts} holds, so that no
   * spans are gathered for a name no post follows.)
   */
  private static int partyAfterPosts(SentenceWords words, int title, List<Span> spans, List<Span> posts) {
    int next = 0;
    boolean placed = false;
    int afterPlace = -1;
    for (int i = title; i < words.size() && i < title + POST_WORDS; i++) {
      while (next < spans.size() && spans.get(next).first() < i) {
        next++;
      }
      Span here = next < spans.size() && spans.get(next).first() == i ? spans.get(next) : null;
      if (!placed && words.isKey(i, IN) && words.token(i).clitics().post().isEmpty() && i + 1 < words.size()
          && next < spans.size() && spans.get(next).first() == i + 1) {
        // where he received them: "في الرياض أمس", then the party
        i = Adjuncts.afterTimeWords(words, spans.get(next).last() + 1) - 1;
        placed = true;
        afterPlace = i + 1;
        continue;
      }
      int time = placed || !words.isKey(i, IN) ? -1 : timeAfterPlace(words, i + 1);
      if (time > 0) {
        // or in a room named by its nouns, with the day after it: "في مكتب سموه بقصر الحكم أمس"
        i = Adjuncts.afterTimeWords(words, time) - 1;
        placed = true;
        afterPlace = i + 1;
        continue;
      }
      int timeEnd = placed || i == title ? i : Adjuncts.afterTimeWords(words, i);
      int roomEnd = timeEnd > i ? PlacePhrases.afterPlacesWithBa(words, timeEnd) : i;
      if (roomEnd > timeEnd) {
        // a bare time and the room after the posts: "أمير منطقة عسير صباح أمس بمكتبه بالإمارة أمين منطقة"
        i = roomEnd - 1;
        placed = true;
        afterPlace = roomEnd;
        continue;
      }
      if (deputyHeir(words, i)) {
        continue;
      }
      if (i == afterPlace && words.isComma(i)) {
        continue; // the comma after the place and time: "في قصر السلام بجدة مساء أمس، اللواء ركن حمد"
      }
      // (a post may be "for" the head of a body: "النائب الثاني لرئيس مجلس الوزراء")
      // (or what his office is for: "الرئيس العام لرعاية الشباب", "وزير الدولة لشؤون الخارجية")
      boolean forHead = i > title && words.token(i).clitics().pre().equals(List.of("ل"))
          && (words.is(i, ActorFinder.PERSON_TITLES) || words.is(i, PORTFOLIOS));
      String pos = words.token(i).pos();
      boolean namedParty = here != null && here.party() && here.last() > i; // (a name the tagger reads as a verb)
      if (!heir(words, i) && (words.isComma(i) || Clauses.isBoundary(words, i) && !namedParty
          || !words.token(i).clitics().pre().isEmpty() && !forHead
          || words.is(i, Clauses.OTHER_PREPOSITIONS) || words.is(i, Clauses.TARGET_PREPOSITIONS)
          || words.isKey(i, IN_THE_NAME_OF)
          || !(pos == null || pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN"))
          && !namedParty)) { // ("عادل الجبير")
        return -1; // (a post's phrase goes on behind a preposition: "المتحدث باسم الكرملين")
      }
      if (here != null) {
        // (a party right after a title is the post's own: "سفيرة الولايات المتحدة")
        // (and the posts come first; the party opens with a title or a name, not a genitive's adjective:
        // "مدير هيئة الأركان العسكرية الأمريكية")
        // (nor a region's emir with no name after it: "مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة" is
        // the prince's own post)
        boolean regionPost = words.isKey(i, EMIR) && words.is(i + 1, ActorFinder.PROVINCES) && here.last() <= i + 3;
        if (here.party() && i > title && !words.is(i - 1, ActorFinder.PERSON_TITLES) && !regionPost
            && (words.is(i, ActorFinder.PERSON_TITLES) || "PROPN".equals(pos) || "VERB".equals(pos) && namedParty)) {
          return i;
        }
        posts.add(here);
        i = here.last();
      }
    }
    return -1;
  }
}
