package org.marsad.event;

import java.util.List;

/**
 * Where the act took place, told between a VSO subject and its object: "استقبل الملك سلمان في مكتبه بقصر
 * اليمامة في الرياض الأربعاء رئيس الوزراء اللبناني". Arabic lets such phrases stand before the object; the
 * object is then the actor right after them, once the last phrase is complete (a definite word, a pronoun
 * suffix, a name or a day), since an actor after an incomplete noun is that noun's genitive ("في مكتب رئيس
 * الوزراء").
 */
final class PlacePhrases {
  private static final String IN = EventKeys.of("في");
  /** Heads of a place behind ب: "بقصر اليمامة", "بمقر الأمم المتحدة", "بالعاصمة". */
  private static final java.util.Set<String> PLACE_HEADS = EventKeys.setOf("قصر", "القصر", "مقر", "المقر", "مكتب",
      "مكتبه", "مكتبها", "العاصمة", "عاصمة", "مدينة", "المدينة", "مبنى", "منزل", "منزله", "مقره", "مقرها",
      // a province's seat, where its emir receives: "بمكتبه بالإمارة", "بالديوان الأميري"
      "الإمارة", "الامارة", "ديوان", "الديوان");
  /** At most this many tokens of phrases (three of a few words each, with a time and its punctuation). */
  private static final int REACH = 14;

  private PlacePhrases() {}

  /**
   * The position of the actor after the place phrases that begin at {@code i}, or {@code i} when no phrase
   * begins there or no actor follows the last one.
   */
  static int objectAfter(SentenceWords w, List<ActorGroup> groups, int i) {
    int k = w.isComma(i) && w.isKey(i + 1, IN) ? i + 1 : i; // "أمير دولة قطر، في مكتبه بالديوان الأميري"
    int phrases = 0;
    int phraseEnd = i - 1; // (the last phrase's end: a day after it may follow)
    java.util.Set<Integer> rooms = new java.util.HashSet<>(); // heads that are places, though coded as bodies
    while (k < w.size() && k < i + REACH) {
      int head;
      if (w.isKey(k, IN) && w.token(k).clitics().pre().isEmpty() && w.token(k).clitics().post().isEmpty()) {
        head = k + 1;
      } else if (room(w, k) || onlyBa(w, k) && w.startsPlace(k)) {
        head = k; // "بقصر اليمامة", "ببيروت"
        if (room(w, k)) {
          rooms.add(k); // "بالديوان الأميري": the Amiri Diwan is where he received them
        }
      } else if (phrases > 0 && bareDay(w, k)) {
        k++; // "… في الرياض الأربعاء رئيس الوزراء"
        continue;
      } else if (phrases > 0 && Adjuncts.afterTimeWords(w, k) > k) {
        k = Adjuncts.afterTimeWords(w, k); // "في مكتبه بالديوان الأميري قبل ظهر اليوم (الاثنين)"
        continue;
      } else if (phrases > 0 && w.isComma(k) && k > i && !w.isComma(k - 1) && k + 1 < w.size()
          && w.token(k + 1).isWord() && !w.isVerb(k + 1) && !Clauses.isBoundary(w, k + 1)) {
        k++; // the comma closing the phrases: "… قبل ظهر اليوم (الاثنين)، وزراء خارجية"
        break;
      } else if (phrases > 0 && w.isComma(k) && bareDay(w, k + 1) && w.isComma(k + 2)) {
        k += 3; // "استقبل ترامب في البيت الأبيض، السبت، القس أندرو برانسون"
        continue;
      } else {
        break;
      }
      int end = phraseEnd(w, groups, head);
      if (end < 0) {
        return i;
      }
      k = end + 1;
      phraseEnd = end;
      phrases++;
    }
    if (phrases == 0 || k >= w.size() || k >= i + REACH
        || !complete(w, groups, phraseEnd) && !complete(w, groups, k - 1)) {
      return i;
    }
    ActorGroup object = ActorGroup.startingAt(groups, k);
    if (object != null) {
      return w.token(k).clitics().pre().isEmpty() ? k : i;
    }
    // an object the coder cannot name is still past phrases that name only places: "في السراي الحكومي
    // ببيروت اليوم المنسقة الخاصة للأمم المتحدة", not Beirut (not past an actor named in a phrase: "في تصعيد
    // كلامي مع الولايات المتحدة"; nor into another clause: "في درنة التي تقع")
    for (ActorGroup g : groups) {
      if (g.first() >= i && g.first() < k && !w.startsPlace(g.first()) && !stateOrCapital(g)
          && !rooms.contains(g.first())) {
        return i;
      }
    }
    return w.isCount(k) || w.token(k).isWord() && !w.isVerb(k) && !Clauses.isBoundary(w, k) ? k : i;
  }

  /**
   * The word after the places behind ب that begin at {@code k} ("بمكتبه بالإمارة", "بقصر اليمامة"), or k when
   * none begins there.
   */
  static int afterPlacesWithBa(SentenceWords w, int k) {
    while (k < w.size() && room(w, k)) {
      boolean open = !w.isDefinite(k) && w.token(k).clitics().post().isEmpty();
      k++;
      if (open && k < w.size() && w.token(k).isWord() && w.isDefinite(k)) {
        k++; // its genitive: "بقصر اليمامة"
      }
    }
    return k;
  }

  /** Whether a place's head noun stands at k behind ب alone: "بقصر", "بمكتبه", "بالإمارة". */
  private static boolean room(SentenceWords w, int k) {
    return onlyBa(w, k) && w.is(k, PLACE_HEADS);
  }

  private static boolean onlyBa(SentenceWords w, int k) {
    return w.hasProclitic(k, "ب") && w.token(k).clitics().pre().size() == 1;
  }

  /** The last word of the noun phrase at {@code head}: a group, or a noun with its genitives; -1 if none. */
  private static int phraseEnd(SentenceWords w, List<ActorGroup> groups, int head) {
    if (head >= w.size() || !w.token(head).isWord() || w.isVerb(head)) {
      return -1;
    }
    ActorGroup g = ActorGroup.startingAt(groups, head);
    int end = g != null ? g.last() : head;
    // an indefinite head without a suffix takes a genitive: "بقصر اليمامة", "في مدينة حلب" (not a verb
    // describing it, which the tagger may call a noun: "في مقال نشرته صحيفة")
    while (end + 1 < w.size() && !complete(w, groups, end) && w.token(end + 1).isWord()
        && w.token(end + 1).clitics().pre().isEmpty() && w.token(end + 1).clitics().post().isEmpty()
        && !w.isVerb(end + 1) && !w.is(end + 1, Clauses.TARGET_PREPOSITIONS)
        && !w.is(end + 1, Clauses.OTHER_PREPOSITIONS)) { // (nor past a preposition: "في تصعيد كلامي مع")
      ActorGroup genitive = ActorGroup.startingAt(groups, end + 1);
      end = genitive != null ? genitive.last() : end + 1;
    }
    while (end + 1 < w.size() && w.isDefinite(end) && "ADJ".equals(w.token(end + 1).pos()) && w.isDefinite(end + 1)
        && w.token(end + 1).clitics().isEmpty() && oneWordAt(groups, end + 1)) {
      end++; // its adjectives: "في السراي الحكومي", "في الخط الفاصل العسكري"
    }
    boolean placeKind = w.is(end, StruckPlaces.PLACE_HEADS) || w.is(end, ArgumentFinder.PLACE_NOUNS);
    ActorGroup named = placeKind ? ActorGroup.startingAt(groups, end + 1) : null;
    return named != null ? named.last() : end; // "في العاصمة دمشق": the place's name is in apposition
  }

  /** A country or its capital, as a place: "في قطر", "بالعاصمة الرياض" (SAUGOV). */
  private static boolean stateOrCapital(ActorGroup g) {
    if (g.members().size() != 1) {
      return false;
    }
    var actor = g.members().get(0).actor();
    return actor.country() != null && actor.code() != null
        && (actor.code().equals(actor.country()) || actor.code().equals(actor.country() + "GOV"));
  }

  /** Whether no actor of more than one word starts at word i (a nisba alone may be a place's adjective). */
  private static boolean oneWordAt(List<ActorGroup> groups, int i) {
    ActorGroup g = ActorGroup.startingAt(groups, i);
    return g == null || g.last() == i;
  }

  /** Whether the noun phrase can end at word i: definite, with a pronoun suffix, a name's end, or a day. */
  private static boolean complete(SentenceWords w, List<ActorGroup> groups, int i) {
    return w.isDefinite(i) || !w.token(i).clitics().post().isEmpty() || ActorGroup.endingAt(groups, i) != null
        || "PROPN".equals(w.token(i).pos()) || bareDay(w, i);
  }

  /** A day or a time of day with no preposition: "الأربعاء", "أمس", "مساء". */
  private static boolean bareDay(SentenceWords w, int i) {
    return (w.is(i, Adjuncts.DAY_NAMES) || w.is(i, Adjuncts.TIME_WORDS))
        && w.token(i).clitics().pre().isEmpty();
  }
}
