package org.marsad.bench.opennlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.marsad.ner.AlignedSentence;
import org.marsad.ner.ConllSentence;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.Gazetteer;
import org.marsad.ner.NerScore;
import org.marsad.ner.NerTrainer;
import org.marsad.ner.SequenceModel;
import org.marsad.ner.Tags;
import org.marsad.text.TextStage;

/**
 * Trains Apache OpenNLP's name finder (maxent and perceptron) on ANERcorp train with Marsad's NER
 * features, and compares it with Marsad's own averaged-perceptron/Viterbi tagger on ANERcorp dev:
 * entity-level F1, training time and tagging speed (features precomputed for both).
 *
 * <p>Usage: {@code OpenNlpComparison [DATA_DIR]} (default ../shared/data).
 */
public final class OpenNlpComparison {
  private static final String DESCRIPTOR = "<featureGenerators name=\"marsad\">"
      + "<generator class=\"" + PrecomputedFeatures.Factory.class.getName() + "\"/></featureGenerators>";

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<ConllSentence> train = ConllSentence.read(data.resolve("ner/anercorp/train.tsv"));
    List<ConllSentence> dev = ConllSentence.read(data.resolve("ner/anercorp/dev.tsv"));
    TextStage text = TextStage.load();
    Gazetteer gazetteer = new Gazetteer(NerTrainer.gazetteerNames(data));
    FeatureExtractor extractor = new FeatureExtractor(gazetteer);

    List<NameSample> samples = new ArrayList<>();
    for (int s = 0; s < train.size(); s++) {
      AlignedSentence a = AlignedSentence.of(train.get(s), text);
      samples.add(new NameSample(ids("t", s, a, extractor), spans(a.tokenTags()), true));
    }
    List<AlignedSentence> devAligned = new ArrayList<>();
    List<String[]> devIds = new ArrayList<>();
    List<List<List<String>>> devFeatures = new ArrayList<>();
    for (int s = 0; s < dev.size(); s++) {
      AlignedSentence a = AlignedSentence.of(dev.get(s), text);
      devAligned.add(a);
      devIds.add(ids("d", s, a, extractor));
      devFeatures.add(extractor.features(a.tokens()));
    }
    long devTokens = devAligned.stream().mapToLong(a -> a.tokens().size()).sum();

    // Marsad's own tagger, trained the way `marsad train ner` does (best of 20 passes on dev)
    long t0 = System.nanoTime();
    NerTrainer.Result ours = new NerTrainer(text, m -> { }).train(train, dev, gazetteer, 20, 42);
    double ourTrain = (System.nanoTime() - t0) / 1e9;
    SequenceModel model = ours.model();
    t0 = System.nanoTime();
    NerScore ourScore = new NerScore();
    for (int rep = 0; rep < 3; rep++) {
      ourScore = new NerScore();
      t0 = System.nanoTime();
      for (int i = 0; i < devAligned.size(); i++) {
        ourScore.add(devAligned.get(i).gold().tags(), devAligned.get(i).wordTags(model.decode(devFeatures.get(i))));
      }
    }
    double ourTag = (System.nanoTime() - t0) / 1e9;
    report("Marsad perceptron + Viterbi", ourScore, ourTrain, devTokens / ourTag);

    for (String algorithm : new String[] {"MAXENT", "PERCEPTRON"}) {
      TrainingParameters params = TrainingParameters.defaultParams();
      params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      params.put(TrainingParameters.ITERATIONS_PARAM, 100);
      params.put(TrainingParameters.CUTOFF_PARAM, 1);
      TokenNameFinderFactory factory = new TokenNameFinderFactory(
          DESCRIPTOR.getBytes(StandardCharsets.UTF_8), java.util.Map.of(), new BioCodec());
      t0 = System.nanoTime();
      TokenNameFinderModel nameModel = NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), params, factory);
      double trainTime = (System.nanoTime() - t0) / 1e9;
      NameFinderME finder = new NameFinderME(nameModel);
      NerScore score = new NerScore();
      double tagTime = 0;
      for (int rep = 0; rep < 3; rep++) {
        score = new NerScore();
        t0 = System.nanoTime();
        for (int i = 0; i < devAligned.size(); i++) {
          Span[] found = finder.find(devIds.get(i));
          score.add(devAligned.get(i).gold().tags(), devAligned.get(i).wordTags(tags(found, devIds.get(i).length)));
        }
        tagTime = (System.nanoTime() - t0) / 1e9;
      }
      report("OpenNLP NameFinderME " + algorithm, score, trainTime, devTokens / tagTime);
    }
  }

  private static String[] ids(String prefix, int s, AlignedSentence a, FeatureExtractor extractor) {
    List<List<String>> features = extractor.features(a.tokens());
    String[] ids = new String[a.tokens().size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = prefix + s + "_" + i;
      PrecomputedFeatures.FEATURES.put(ids[i], features.get(i));
    }
    return ids;
  }

  private static Span[] spans(int[] tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      boolean inside = i < tags.length && start >= 0 && tags[i] != Tags.O && !Tags.isBegin(tags[i])
          && Tags.type(tags[i]).equals(Tags.type(tags[start]));
      if (start >= 0 && !inside) {
        spans.add(new Span(start, i, Tags.type(tags[start])));
        start = -1;
      }
      if (i < tags.length && tags[i] != Tags.O && start < 0) {
        start = i;
      }
    }
    return spans.toArray(new Span[0]);
  }

  private static int[] tags(Span[] spans, int length) {
    int[] tags = new int[length];
    for (Span span : spans) {
      tags[span.getStart()] = Tags.index("B-" + span.getType());
      for (int i = span.getStart() + 1; i < span.getEnd(); i++) {
        tags[i] = Tags.index("I-" + span.getType());
      }
    }
    return tags;
  }

  private static void report(String name, NerScore score, double trainSeconds, double tokensPerSecond) {
    double[] micro = score.micro();
    double[] org = score.prf(Tags.TYPES.indexOf("ORG"));
    System.out.printf(Locale.ROOT, "%-32s dev micro-F1 %.4f  (P %.4f R %.4f)  ORG F1 %.4f  train %6.1f s  tag %,9.0f tokens/s%n",
        name, micro[2], micro[0], micro[1], org[2], trainSeconds, tokensPerSecond);
  }
}
