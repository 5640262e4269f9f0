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
  private static final int B = FeatureNames.id("b");
  private static final int W = FeatureNames.id("w");
  private static final int S = FeatureNames.id("s");
  private static final int BS = FeatureNames.id("bs");
  private static final int L = FeatureNames.id("l");
  private static final int P = FeatureNames.id("p");
  private static final int K = FeatureNames.id("k");
  private static final int PRE = FeatureNames.id("pre");
  private static final int POST = FeatureNames.id("post");
  private static final int DEF = FeatureNames.id("def");
  private static final int LEN = FeatureNames.id("len");
  private static final int[] PREFIX = {FeatureNames.id("p1"), FeatureNames.id("p2"), FeatureNames.id("p3")};
  private static final int[] SUFFIX = {FeatureNames.id("e1"), FeatureNames.id("e2"), FeatureNames.id("e3")};
  private static final int UNKNOWN = FeatureNames.id("unknown");
  private static final int[] EDGE = {FeatureNames.id("m2"), FeatureNames.id("m1"), -1, FeatureNames.id("+1"), FeatureNames.id("+2")};
  private static final int[] STEM_AT = {FeatureNames.id("m2s"), FeatureNames.id("m1s"), -1, FeatureNames.id("+1s"), FeatureNames.id("+2s")};
  private static final int[] POS_AT = {FeatureNames.id("m2p"), FeatureNames.id("m1p"), -1, FeatureNames.id("+1p"), FeatureNames.id("+2p")};
  private static final int M1L = FeatureNames.id("m1l");
  private static final int P1L = FeatureNames.id("+1l");
  private static final int M1U = FeatureNames.id("m1u");
  private static final int P1U = FeatureNames.id("+1u");
  private static final int M1G = FeatureNames.id("m1g");
  private static final int P1G = FeatureNames.id("+1g");
  private static final int LEFT_BIGRAM = FeatureNames.id("m1s|s");
  private static final int RIGHT_BIGRAM = FeatureNames.id("s|+1s");
  private static final int G = FeatureNames.id("g");
  private static final int GP = FeatureNames.id("gp");
  private static final int C = FeatureNames.id("c");
  private static final int M1C = FeatureNames.id("m1c");
  private static final int P1C = FeatureNames.id("+1c");
  private static final String[] LENGTHS = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};

  private final Gazetteer gazetteer;
  private final WordClusters clusters;

  public FeatureExtractor(Gazetteer gazetteer) {
    this(gazetteer, WordClusters.load());
  }

  public FeatureExtractor(Gazetteer gazetteer, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  /** One feature list per token, as strings (for training). */
  public List<List<String>> features(List<Token> tokens) {
    return extract(tokens).asStrings();
  }

  /** The features of a sentence's tokens. */
  public Features extract(List<Token> tokens) {
    int n = tokens.size();
    String[] stem = new String[n];
    String[] word = new String[n];
    String[] unknown = new String[n];
    List<String> bare = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      stem[i] = SearchKeys.stem(t);
      word[i] = t.clitics().pre().isEmpty() ? stem[i] : SearchKeys.whole(t);
      bare.add(Gazetteer.wordKey(stem[i]));
      unknown[i] = t.kind() == TokenKind.ARABIC && t.pos() == null ? "true" : "false";
    }
    String[][] gaz = gazetteer.match(bare);
    String[] cluster = new String[n];
    for (int i = 0; i < n; i++) {
      cluster[i] = clusters.of(bare.get(i));
    }
    Features f = new Features();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      f.add(B, "");
      f.add(W, word[i]);
      f.add(S, stem[i]);
      f.add(BS, bare.get(i));
      f.add(L, t.lemma());
      f.add(P, t.pos());
      f.add(K, t.kind().name());
      if (!t.clitics().pre().isEmpty()) {
        f.add(PRE, String.join("", t.clitics().pre()));
      }
      if (!t.clitics().post().isEmpty()) {
        f.add(POST, "");
      }
      String s = bare.get(i);
      if (!s.equals(stem[i])) {
        f.add(DEF, "");
      }
      int len = s.length();
      f.add(LEN, LENGTHS[Math.min(len, 8)]);
      for (int k = 1; k <= 3 && k < len; k++) {
        f.add(PREFIX[k - 1], s.substring(0, k));
        f.add(SUFFIX[k - 1], s.substring(len - k));
      }
      if (unknown[i].equals("true")) {
        f.add(UNKNOWN, "");
      }
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        if (j < 0 || j >= n) {
          f.add(EDGE[d + 2], "<edge>");
          continue;
        }
        f.add(STEM_AT[d + 2], stem[j]);
        f.add(POS_AT[d + 2], tokens.get(j).pos());
        if (d == -1 || d == 1) {
          f.add(d < 0 ? M1L : P1L, tokens.get(j).lemma());
          f.add(d < 0 ? M1U : P1U, unknown[j]);
          if (gaz[j] != null) {
            for (String g : gaz[j]) {
              f.add(d < 0 ? M1G : P1G, g);
            }
          }
        }
      }
      f.add(LEFT_BIGRAM, (i > 0 ? stem[i - 1] : "<s>") + "|" + stem[i]);
      f.add(RIGHT_BIGRAM, stem[i] + "|" + (i + 1 < n ? stem[i + 1] : "</s>"));
      if (gaz[i] != null) {
        for (String g : gaz[i]) {
          f.add(G, g);
          f.add(GP, g + "|" + t.pos());
        }
      }
      if (cluster[i] != null) {
        f.add(C, cluster[i]);
        f.add(M1C, (i > 0 ? tokens.get(i - 1).pos() : "<s>") + "|" + cluster[i]);
      } else if (unknown[i].equals("true")) {
        f.add(C, "none");
      }
      f.endToken();
    }
    return f;
  }
}
