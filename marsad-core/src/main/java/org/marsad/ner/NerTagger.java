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
    return model.decode(features.extract(tokens));
  }
}
