package org.marsad.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SearchKeys;
import org.marsad.text.TextStage;

/**
 * Trains the NER model: ANERcorp train for fitting, dev for choosing the number of perceptron passes;
 * gazetteers from ANERgazet and CLDR country names (and whatever extra names the caller adds).
 */
public final class NerTrainer {
  private final TextStage text;
  private final Consumer<String> log;

  public NerTrainer(TextStage text, Consumer<String> log) {
    this.text = text;
    this.log = log;
  }

  /** The result of training: the model at the best pass, and its dev score. */
  public record Result(SequenceModel model, int epochs, NerScore dev) {}

  public Result train(List<ConllSentence> train, List<ConllSentence> dev, Gazetteer gazetteer, int maxEpochs, long seed) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer);
    List<PerceptronTrainer.Example> examples = new ArrayList<>();
    for (ConllSentence s : train) {
      AlignedSentence a = AlignedSentence.of(s, text);
      examples.add(new PerceptronTrainer.Example(extractor.features(a.tokens()), a.tokenTags()));
    }
    List<AlignedSentence> devAligned = new ArrayList<>();
    List<List<List<String>>> devFeatures = new ArrayList<>();
    for (ConllSentence s : dev) {
      AlignedSentence a = AlignedSentence.of(s, text);
      devAligned.add(a);
      devFeatures.add(extractor.features(a.tokens()));
    }
    PerceptronTrainer trainer = new PerceptronTrainer();
    Result[] best = {null};
    trainer.train(examples, maxEpochs, seed, gazetteer, epoch -> {
      SequenceModel model = trainer.averaged(gazetteer);
      NerScore score = new NerScore();
      for (int i = 0; i < devAligned.size(); i++) {
        AlignedSentence a = devAligned.get(i);
        score.add(a.gold().tags(), a.wordTags(model.decode(devFeatures.get(i))));
      }
      log.accept(String.format("pass %d: dev micro-F1 %.4f (%d features)", epoch, score.micro()[2], model.featureCount()));
      if (best[0] == null || score.micro()[2] > best[0].dev().micro()[2]) {
        best[0] = new Result(model, epoch, score);
      }
    });
    return best[0];
  }

  /** Scores a model on a CoNLL file. */
  public NerScore evaluate(SequenceModel model, List<ConllSentence> sentences) {
    NerTagger tagger = new NerTagger(model); // as the product tags
    NerScore score = new NerScore();
    for (ConllSentence s : sentences) {
      AlignedSentence a = AlignedSentence.of(s, text);
      score.add(s.tags(), a.wordTags(tagger.tag(a.tokens())));
    }
    return score;
  }

  /** Name lists of ANERgazet ({@code lexicons/anergazet}) and the country list, keyed as {@link Gazetteer} wants. */
  public static Map<String, String> gazetteerNames(Path data) throws IOException {
    Map<String, String> names = Gazetteer.newMap();
    Path dir = data.resolve("lexicons/anergazet");
    addLines(names, dir.resolve("AlignedLocGazetteer.txt"), "LOC");
    addLines(names, dir.resolve("AlignedPersGazetteer.txt"), "PER");
    addLines(names, dir.resolve("AlignedOrgGazetteer.txt"), "ORG");
    for (String line : Files.readAllLines(data.resolve("lexicons/countries/country.csv"), StandardCharsets.UTF_8)) {
      int comma = line.indexOf(',');
      if (comma > 0 && !line.startsWith("id,")) {
        add(names, line.substring(comma + 1), "LOC");
      }
    }
    for (String region : com.ibm.icu.util.ULocale.getISOCountries()) {
      add(names, new com.ibm.icu.util.ULocale("und", region).getDisplayCountry(new com.ibm.icu.util.ULocale("ar")), "LOC");
    }
    return names;
  }

  private static void addLines(Map<String, String> names, Path file, String type) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("==")) {
        add(names, line, type);
      }
    }
  }

  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.DEFAULT);

  /** Adds a name (any number of words) under its normalised key; a name in several lists keeps every type. */
  public static void add(Map<String, String> names, String name, String type) {
    StringBuilder key = new StringBuilder();
    for (String word : name.trim().split("[\\s\\-]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(Gazetteer.wordKey(SearchKeys.fold(NORMALIZER.normalize(word))));
    }
    if (key.length() < 2) {
      return;
    }
    names.merge(key.toString(), type, (a, b) -> a.contains(b) ? a : a + "|" + b);
  }
}
