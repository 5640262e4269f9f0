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
  final List<String> keys = new ArrayList<>();
  final List<Token> tokens;
  final boolean future;

  Words(Document doc, Sentence sentence) {
    this.tokens = doc.tokensOf(sentence);
    boolean futureTense = false;
    for (Token t : tokens) {
      String key = SearchKeys.stem(t);
      if (!TimeWords.TRIGGERS.contains(key) && (!t.clitics().pre().isEmpty() || "وفبل".indexOf(key.isEmpty() ? ' ' : key.charAt(0)) >= 0)) {
        String whole = t.clitics().pre().isEmpty() ? key : SearchKeys.whole(t);
        if (TimeWords.TRIGGERS.contains(whole)) {
          key = whole; // فيفري is a month, not ف + يفري
        } else if (whole.length() > 3 && "وفبل".indexOf(whole.charAt(0)) >= 0
            && TimeWords.TRIGGERS.contains(whole.substring(1))) {
          key = whole.substring(1); // وجويلية: a conjunction the segmenter could not split off an unknown word
        }
      }
      keys.add(key);
      if (TimeWords.FUTURE_MARKERS.contains(key) || (t.clitics().pre().contains("س")
          && ("VERB".equals(t.pos()) || "AUX".equals(t.pos())))) {
        futureTense = true;
      }
    }
    this.future = futureTense;
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
        char first = keys.get(k).isEmpty() ? ' ' : keys.get(k).charAt(0);
        return first == 'ي' || first == 'ت' || first == 'ن';
      }
    }
    return future;
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
    if (i < 0 || i >= tokens.size()) {
      return -1;
    }
    Double n = tokens.get(i).number();
    return n == null || n != Math.rint(n) || n < 0 ? -1 : n.intValue();
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == TokenKind.PUNCT && tokens.get(i).text().charAt(0) == c;
  }

  boolean hasProclitic(int i) {
    return i >= 0 && i < tokens.size() && !tokens.get(i).clitics().pre().isEmpty();
  }
}
