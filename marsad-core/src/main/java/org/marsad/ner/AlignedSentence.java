package org.marsad.ner;

import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Token;
import org.marsad.text.TextStage;

/**
 * A CoNLL sentence run through Marsad's text layer, with each of our tokens mapped to the gold word
 * it lies in (our tokenizer may split a gold word: "الشركات." → الشركات + .).
 */
public record AlignedSentence(ConllSentence gold, List<Token> tokens, int[] wordOf) {

  public static AlignedSentence of(ConllSentence gold, TextStage text) {
    int[] starts = new int[gold.words().size()];
    Document doc = text.apply(Document.of(null, gold.text(starts), null));
    List<Token> tokens = doc.tokens();
    int[] wordOf = new int[tokens.size()];
    int w = 0;
    for (int t = 0; t < tokens.size(); t++) {
      while (w + 1 < starts.length && starts[w + 1] <= tokens.get(t).start()) {
        w++;
      }
      wordOf[t] = w;
    }
    return new AlignedSentence(gold, tokens, wordOf);
  }

  /** Gold tags for our tokens: B-X on the first token of a B-X word, I-X on the rest. */
  public int[] tokenTags() {
    int[] tags = new int[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      String tag = gold.tags().get(wordOf[t]);
      boolean firstOfWord = t == 0 || wordOf[t - 1] != wordOf[t];
      if (tag.startsWith("B-") && !firstOfWord) {
        tag = "I-" + tag.substring(2);
      }
      tags[t] = Tags.index(tag);
    }
    return tags;
  }

  /** Predicted tags per gold word: the tag of the word's first token. */
  public List<String> wordTags(int[] tokenTags) {
    String[] tags = new String[gold.words().size()];
    java.util.Arrays.fill(tags, "O");
    for (int t = tokens.size() - 1; t >= 0; t--) {
      tags[wordOf[t]] = Tags.ALL.get(tokenTags[t]);
    }
    return List.of(tags);
  }
}
