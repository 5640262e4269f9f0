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

  SentenceWords(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.tokens = doc.tokensOf(sentence);
    int n = tokens.size();
    lemma = new String[n];
    bare = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        lemma[i] = EventKeys.lemma(t);
        bare[i] = EventKeys.bare(t);
      } else {
        lemma[i] = "";
        bare[i] = t.norm() == null ? t.text() : t.norm();
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Whether word i is one of the keys, by lemma or by written stem. */
  boolean is(int i, java.util.Set<String> keys) {
    return i >= 0 && i < lemma.length && (keys.contains(bare[i]) || keys.contains(lemma[i]));
  }

  boolean isKey(int i, String key) {
    return i >= 0 && i < lemma.length && (key.equals(bare[i]) || key.equals(lemma[i]));
  }

  boolean hasProclitic(int i, String clitic) {
    return tokens.get(i).clitics().pre().contains(clitic);
  }

  boolean isVerb(int i) {
    return "VERB".equals(tokens.get(i).pos()) || "AUX".equals(tokens.get(i).pos());
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
