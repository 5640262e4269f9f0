package org.marsad.event;

/**
 * Where what is said ends before its sentence does: at the quote that closes a quotation ("وقال ترامب: "لقد
 * قامت بعمل رائع"، وأشار الرئيس الأمريكي إلى أن …") or where the narrator turns to another matter ("…، أما في
 * إسرائيل فإن …"). What follows is not the speaker's (the next speech verb may open words of its own).
 */
final class QuotedSpeech {
  private QuotedSpeech() {}

  /**
   * Where what is said from {@code complement} ends: the quote that closes the quotation opening there (the
   * quote itself, or ":" and the quote) when a word of the sentence follows it, an "أما" of the narrator or
   * another speaker after "، في حين";
   * else {@code w.size()}: what is said runs to the end of the sentence.
   */
  static int end(SentenceWords w, int complement) {
    int quote = quoteEnd(w, complement);
    int turn = narratorTurns(w, complement);
    return Math.min(quote, turn);
  }

  /** "أما" after a comma: the narrator turns to another matter ("…، أما في إسرائيل فإن …"). */
  private static final java.util.Set<String> AS_FOR = EventKeys.setOf("أما", "اما");

  /**
   * Where the narrator turns to another matter after what is said, outside any quotation: "وزارة الخارجية
   * الأمريكية قالت إن …، أما في إسرائيل فإن هذه خطوة شعبية"; {@code w.size()} when it does not.
   */
  static int narratorTurns(SentenceWords w, int complement) {
    boolean quoted = false;
    boolean whileClause = saidWhile(w, complement);
    for (int i = complement + 1; i < w.size(); i++) {
      String text = w.token(i).text();
      if ("\"".equals(text) || "«".equals(text) || "»".equals(text) || "“".equals(text) || "”".equals(text)) {
        quoted = !quoted;
      } else if (!quoted && w.is(i, AS_FOR) && w.isComma(i - 1)) {
        return i;
      } else if (!quoted && w.isComma(i - 1) && anotherSpeaker(w, i)) {
        return i;
      } else if (!quoted && whileClause && w.isComma(i - 1) && w.is(i, TriggerFinder.TELLING) && w.isVerb(i)) {
        return i; // "وفي حين أكد العطية أن …، قال كيري": the main clause's speaker
      } else if (!quoted && w.isComma(i - 1) && namedSpeakerJoins(w, i)) {
        // "وأكدت وزارة العدل أن …، وذكرت الوزارة أن": the narrator tells the next thing said (seed 268); it
        // ends at the comma, so that the verb opens words of its own
        return i - 1;
      }
    }
    return w.size();
  }

  /**
   * A past speech verb joined by و whose subject is named right after it: "، وذكرت الوزارة", "، وقال الرئيس".
   * The speaker's own words would go on with a pronoun or a participle ("وأضاف", "مشيرا").
   */
  private static boolean namedSpeakerJoins(SentenceWords w, int i) {
    if (i + 1 >= w.size() || !w.hasProclitic(i, "و") || !w.is(i, TriggerFinder.TELLING) || !w.isVerb(i)
        || w.isImperfective(i)) {
      return false;
    }
    // (a name the tagger leaves untagged too: "وقال اوزتورك إن", seed 272)
    String pos = w.token(i + 1).pos();
    boolean named = "NOUN".equals(pos) || "PROPN".equals(pos) || pos == null && w.token(i + 1).isWord();
    return named && !w.isVerb(i + 1) && w.token(i + 1).clitics().pre().isEmpty();
  }

  /** "بينما", "فيما", "في حين": while, as another speaker tells (not "في حين أن", the speaker's contrast). */
  private static final java.util.Set<String> WHILE = EventKeys.setOf("بينما", "فيما");

  /**
   * "…، في حين أكد متحدث باسم حركة الشباب أن", "…، بينما قالت الشرطة": after a comma, another speech verb
   * behind a word of contrast gives another speaker's words, not the first one's.
   */
  private static boolean anotherSpeaker(SentenceWords w, int i) {
    int verb = w.is(i, WHILE) ? i + 1 : w.isKey(i, "في") && w.isKey(i + 1, "حين") ? i + 2 : -1;
    return verb > 0 && verb < w.size() && w.is(verb, TriggerFinder.TELLING) && w.isVerb(verb);
  }

  /**
   * Whether the speech verb whose complement starts at {@code complement} stands behind a word of contrast,
   * "وفي حين أكد الوزير أن …"، "بينما قال": a clause the sentence's own speaker follows after a comma.
   */
  private static boolean saidWhile(SentenceWords w, int complement) {
    for (int v = complement - 1; v >= 1 && v >= complement - 8; v--) {
      if (w.is(v, TriggerFinder.TELLING) && w.isVerb(v)) {
        return w.is(v - 1, WHILE) || v >= 2 && w.isKey(v - 2, "في") && w.isKey(v - 1, "حين");
      }
    }
    return false;
  }

  private static int quoteEnd(SentenceWords w, int complement) {
    int open = complement;
    if (open < w.size() && ":".equals(w.token(open).text())) {
      open++;
    }
    if (open >= w.size()) {
      return w.size();
    }
    String close = switch (w.token(open).text()) {
      case "«" -> "»";
      case "\"" -> "\"";
      case "“" -> "”";
      default -> null;
    };
    if (close == null) {
      return w.size();
    }
    for (int i = open + 1; i < w.size(); i++) {
      if (close.equals(w.token(i).text())) {
        // (a word or two in quotes is a name or a term, "وذكرت صحيفة "حرييت"، الأربعاء، أن", not the words
        // said; and a participle of saying goes on with the same speaker: "…"، مشيرا إلى أن …)
        // (nor a longer name the speaker is, whose words follow behind إن: "وتقول "حملة وقف الإنسان الآلي
        // القاتل" - جماعة … - إن")
        return i - open <= NAME_WORDS + 1 || continues(w, i + 1) || !wordAfter(w, i) || thatFollows(w, i + 1)
            ? w.size() : i;
      }
    }
    return w.size();
  }

  /** At most this many words in quotes make a name, not a quotation. */
  private static final int NAME_WORDS = 2;
  /** Participles by which the same speaker goes on: "…"، مشيرا إلى أن". */
  private static final java.util.Set<String> GOING_ON = EventKeys.setOf("مشيرا", "لافتا", "مضيفا", "موضحا",
      "مؤكدا", "معتبرا", "قائلا", "متابعا", "منوها", "مشددا", "محذرا", "داعيا", "مشيرة", "لافتة", "مضيفة",
      "موضحة", "مؤكدة", "معتبرة", "قائلة", "متابعة", "منوهة", "مشددة", "محذرة", "داعية");
  /** Complementizers that open what a speaker says: "إن", "أن". */
  private static final java.util.Set<String> THAT = EventKeys.setOf("إن", "أن", "إنه", "أنه", "إنها", "أنها");
  /** How far after a quoted name its speaker's "إن" may come (past an aside between dashes or brackets). */
  private static final int THAT_REACH = 14;

  private static boolean thatFollows(SentenceWords w, int from) {
    boolean aside = false; // (a verb between dashes or brackets belongs to the aside, not to another clause)
    for (int j = from; j < w.size() && j <= from + THAT_REACH; j++) {
      String text = w.token(j).text();
      if ("-".equals(text) || "–".equals(text) || "(".equals(text) || ")".equals(text)) {
        aside = !aside;
      } else if (w.is(j, THAT)) {
        return true;
      } else if (w.isVerb(j) && !aside || ".".equals(text)) {
        return false;
      }
    }
    return false;
  }

  private static boolean continues(SentenceWords w, int from) {
    for (int j = from; j < w.size() && j <= from + 2; j++) {
      if (w.is(j, GOING_ON)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordAfter(SentenceWords w, int i) {
    for (int j = i + 1; j < w.size(); j++) {
      if (w.token(j).isWord()) {
        return true;
      }
    }
    return false;
  }
}
