package org.marsad.bench.opennlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feeds Marsad's NER features to OpenNLP's name finder: tokens are passed as ids, and this generator
 * returns the features Marsad's {@code FeatureExtractor} computed for the id. Both learners then see
 * exactly the same features, so the comparison is of the learning machinery alone.
 */
public final class PrecomputedFeatures implements AdaptiveFeatureGenerator {
  static final Map<String, List<String>> FEATURES = new ConcurrentHashMap<>();

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    List<String> f = FEATURES.get(tokens[index]);
    if (f != null) {
      features.addAll(f);
    }
  }

  /** Lets an OpenNLP feature-generator descriptor name this generator. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new PrecomputedFeatures();
    }
  }
}
