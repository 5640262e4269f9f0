package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.text.SearchKeys;

/**
 * A sentence's tokens as the temporal grammar reads them: each word search-normalised without its
 * proclitics ("وأمس" reads "امس"), numbers with their values, and the original offsets.
 */
final class Words {
  final List<String> keys;
  final List<Token> tokens;
  /**
   * The document date the sentence is read against; kept here, with the sentence, rather than in the
   * tagger, which is shared between threads.
   */
  java.time.LocalDate anchor;
  private Boolean future;
  private final int[] counts;
  private final boolean[] startable;
  private final boolean[] trigger;

  private Words(List<Token> tokens, String[] keys, boolean[] trigger, int[] counts, boolean[] startable) {
    this.tokens = tokens;
    this.keys = java.util.Arrays.asList(keys);
    this.trigger = trigger;
    this.counts = counts;
    this.startable = startable;
  }

  /**
   * The sentence's words, or {@code null} when no word can start a time expression (no trigger word,
   * no number): most sentences of a news article, which then cost one pass and no allocation.
   */
  static Words of(Document doc, Sentence sentence) {
    List<Token> all = doc.tokens();
    int first = sentence.firstToken();
    int n = sentence.endToken() - first;
    boolean[] trigger = null;
    int[] counts = null;
    boolean[] startable = null;
    String[] keys = null;
    for (int i = 0; i < n; i++) {
      Token t = all.get(first + i);
      String key = null;
      boolean isTrigger = false;
      TokenKind kind = t.kind();
      if (kind == TokenKind.ARABIC) {
        key = SearchKeys.stem(t);
        // one look-up: a trigger, or one with a conjunction the segmenter could not split off (وجويلية)
        String canonical = TimeWords.TRIGGER_KEYS.get(key);
        if (canonical != null && (canonical == key || canonical.length() == key.length() || t.clitics().pre().isEmpty())) {
          key = canonical;
          isTrigger = true;
        }
      }
      Double number = t.number();
      int count = number == null || number != Math.rint(number) || number < 0 || number > Integer.MAX_VALUE
          ? -1 : number.intValue();
      if (keys == null) {
        if (!isTrigger && count < 0) {
          continue;
        }
        keys = new String[n];
        trigger = new boolean[n];
        counts = new int[n];
        startable = new boolean[n];
        for (int k = 0; k < i; k++) {
          // the words before: none is a trigger or a number, but "(" may start "(2016)"
          Token before = all.get(first + k);
          keys[k] = SearchKeys.stem(before);
          counts[k] = -1;
          startable[k] = isOpeningParenthesis(before);
        }
      }
      keys[i] = key != null ? key : SearchKeys.stem(t);
      trigger[i] = isTrigger;
      counts[i] = count;
      startable[i] = isTrigger || count >= 0 || isOpeningParenthesis(t);
    }
    if (keys == null) {
      return null;
    }
    return new Words(doc.tokensOf(sentence), keys, trigger, counts, startable);
  }

  private static boolean isOpeningParenthesis(Token t) {
    return t.kind() == TokenKind.PUNCT && t.text().charAt(0) == '(';
  }

  /** Whether a time expression could start at word i (a trigger word, a number or "("). */
  boolean isStartable(int i) {
    return startable[i];
  }

  /** Whether the sentence speaks of the future (computed when a rule first asks). */
  boolean future() {
    if (future == null) {
      boolean f = false;
      for (int i = 0; i < tokens.size() && !f; i++) {
        Token t = tokens.get(i);
        f = TimeWords.FUTURE_MARKERS.contains(keys.get(i)) || (t.clitics().pre().contains("س")
            && ("VERB".equals(t.pos()) || "AUX".equals(t.pos())));
      }
      future = f;
    }
    return future;
  }

  /** Whether word i is one a time expression can start with (numbers aside). */
  boolean isTrigger(int i) {
    return i >= 0 && i < trigger.length && trigger[i];
  }

  /**
   * Whether the event near word i is in the future: the nearest verb before it (within eight words)
   * decides — with س or after a future marker, or imperfective (يجتمع) → future; perfective → past;
   * with no verb near, the sentence's tense.
   */
  boolean futureAt(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Token t = tokens.get(k);
      if (TimeWords.FUTURE_MARKERS.contains(keys.get(k)) || t.clitics().pre().contains("س")) {
        return true;
      }
      if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
        if (placeMisreadAsVerb(k)) {
          continue; // "في لحج وتعز": names the tagger calls verbs, which no preposition precedes
        }
        if (describes(k)) {
          continue; // "بعد تعرض رجلين يرتديان قبعات يهودية لهجوم … الثلاثاء": what the men wear, no tense
        }
        return imperfective(keys.get(k), t.lemma());
      }
    }
    return future();
  }

  /** Whether the "verb" at k stands behind a preposition, or is joined by و to one that does: a noun. */
  private boolean placeMisreadAsVerb(int k) {
    for (int j = k; j > 0; j--) {
      Token before = tokens.get(j - 1);
      if ("ADP".equals(before.pos())) {
        return true;
      }
      boolean joined = tokens.get(j).clitics().pre().contains("و") && "VERB".equals(before.pos());
      if (!joined) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at k describes the indefinite noun right before it ("رجلين يرتديان"), a present of
   * description that says nothing of when the sentence's act happens.
   */
  private boolean describes(int k) {
    if (k == 0 || !imperfective(keys.get(k), tokens.get(k).lemma()) || !tokens.get(k).clitics().pre().isEmpty()) {
      return false;
    }
    Token before = tokens.get(k - 1);
    return "NOUN".equals(before.pos()) && !keys.get(k - 1).startsWith("ال") && before.clitics().pre().isEmpty()
        && before.clitics().post().isEmpty();
  }

  /**
   * Whether a verb is imperfective: its prefix ي/ت/ن is not the first letter of its lemma (perfectives
   * such as "تعرض" and "تصاعد" begin with ت too: "تعرض لهجوم يوم السبت" happened last Saturday).
   */
  private static boolean imperfective(String key, String lemma) {
    char first = key.isEmpty() ? ' ' : key.charAt(0);
    if (first != 'ي' && first != 'ت' && first != 'ن') {
      return false;
    }
    String lemmaKey = lemma == null ? "" : SearchKeys.fold(lemma);
    return lemmaKey.isEmpty() || lemmaKey.charAt(0) != first;
  }

  int size() {
    return tokens.size();
  }

  String key(int i) {
    return i >= 0 && i < keys.size() ? keys.get(i) : "";
  }

  boolean is(int i, String... options) {
    String k = key(i);
    for (String o : options) {
      if (k.equals(o)) {
        return true;
      }
    }
    return false;
  }

  /** The integer value of a number token (digits in any script), or -1. */
  int number(int i) {
    if (i < 0 || i >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.NUMBER || t.number() == null || t.number() != Math.rint(t.number())) {
      return -1;
    }
    return t.number().intValue();
  }

  /** A number written in digits or one number word ("ثلاثة"), or -1. */
  int count(int i) {
    return i < 0 || i >= counts.length ? -1 : counts[i];
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == TokenKind.PUNCT && tokens.get(i).text().charAt(0) == c;
  }

  boolean hasProclitic(int i) {
    return i >= 0 && i < tokens.size() && !tokens.get(i).clitics().pre().isEmpty();
  }
}
