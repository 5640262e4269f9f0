package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.text.SearchKeys;

/**
 * The features of each word of a sentence for the NER model: the word, its stem (clitics off), lemma,
 * part of speech, clitics, affixes and shape; the same for its neighbours (±2); gazetteer matches; and
 * whether the lexicon knows the word (names mostly are not in it).
 */
public final class FeatureExtractor {
  private final Gazetteer gazetteer;

  public FeatureExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** One feature list per token. */
  public List<List<String>> features(List<Token> tokens) {
    int n = tokens.size();
    String[] stem = new String[n];
    String[] word = new String[n];
    List<String> bare = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      word[i] = SearchKeys.whole(t);
      stem[i] = SearchKeys.stem(t);
      bare.add(Gazetteer.wordKey(stem[i]));
    }
    String[][] gaz = gazetteer.match(bare);
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      List<String> f = new ArrayList<>(48);
      f.add("b");
      f.add("w=" + word[i]);
      f.add("s=" + stem[i]);
      f.add("bs=" + bare.get(i));
      f.add("l=" + t.lemma());
      f.add("p=" + t.pos());
      f.add("k=" + t.kind());
      if (!t.clitics().pre().isEmpty()) {
        f.add("pre=" + String.join("", t.clitics().pre()));
      }
      if (!t.clitics().post().isEmpty()) {
        f.add("post=");
      }
      String s = bare.get(i);
      if (!s.equals(stem[i])) {
        f.add("def");
      }
      int len = s.length();
      f.add("len=" + Math.min(len, 8));
      for (int k = 1; k <= 3 && k < len; k++) {
        f.add("p" + k + "=" + s.substring(0, k));
        f.add("e" + k + "=" + s.substring(len - k));
      }
      if (t.kind() == TokenKind.ARABIC && t.pos() == null) {
        f.add("unknown");
      }
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        String where = d < 0 ? "m" + (-d) : "+" + d;
        if (j < 0 || j >= n) {
          f.add(where + "=<edge>");
          continue;
        }
        f.add(where + "s=" + stem[j]);
        f.add(where + "p=" + tokens.get(j).pos());
        if (Math.abs(d) == 1) {
          f.add(where + "l=" + tokens.get(j).lemma());
          f.add(where + "u=" + (tokens.get(j).kind() == TokenKind.ARABIC && tokens.get(j).pos() == null));
          if (gaz[j] != null) {
            for (String g : gaz[j]) {
              f.add(where + "g=" + g);
            }
          }
        }
      }
      f.add("m1s|s=" + (i > 0 ? stem[i - 1] : "<s>") + "|" + stem[i]);
      f.add("s|+1s=" + stem[i] + "|" + (i + 1 < n ? stem[i + 1] : "</s>"));
      if (gaz[i] != null) {
        for (String g : gaz[i]) {
          f.add("g=" + g);
          f.add("g=" + g + "|p=" + t.pos());
        }
      }
      all.add(f);
    }
    return all;
  }
}
