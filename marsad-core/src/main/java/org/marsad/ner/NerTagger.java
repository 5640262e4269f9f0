package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.doc.Token;

/** Tags a sentence's tokens with BIO entity tags using the shipped (or a given) model. */
public final class NerTagger {
  public static final String RESOURCE = "/org/marsad/ner/ner-model.txt.gz";

  private final SequenceModel model;
  private final FeatureExtractor features;

  public NerTagger(SequenceModel model) {
    this.model = model;
    this.features = new FeatureExtractor(model.gazetteer());
  }

  public static NerTagger load() {
    try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("NER model " + RESOURCE + " is missing: build it with `marsad train ner`");
      }
      return new NerTagger(SequenceModel.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SequenceModel model() {
    return model;
  }

  /** One tag per token (indices into {@link Tags#ALL}). */
  public int[] tag(List<Token> tokens) {
    int[] tags = model.decode(features.extract(tokens));
    for (int i = 0; i < tokens.size(); i++) {
      if (NEVER_IN_NAMES.contains(tokens.get(i).norm())) {
        tags[i] = Tags.O;
      }
    }
    return tags;
  }

  /**
   * Words that are never part of a name but that the model, from ANERcorp's train part, takes for its last
   * word: "ولي" of "ولي العهد" (the text layer reads it whole only before العهد / الأمر), which ANERcorp
   * never shows ("ترامب ولي العهد"), and the days of the week with the article ("قال هادي الخميس إن").
   */
  private static final java.util.Set<String> NEVER_IN_NAMES = java.util.Set.of("ولي", "السبت", "الاحد", "الاثنين",
      "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"); // (in Token.norm()'s form: hamza on alef folded)
}
