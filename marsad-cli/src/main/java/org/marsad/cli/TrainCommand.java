package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.train.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad train …}: rebuilds the committed models and lexicons from {@code ../shared/data}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a model or lexicon from the training data.",
    subcommands = {TrainCommand.Lexicon.class, TrainCommand.Clusters.class, TrainCommand.Ner.class,
        TrainCommand.Kb.class, TrainCommand.Events.class, TrainCommand.EventsFilter.class})
final class TrainCommand {

  @Command(
      name = "lexicon",
      mixinStandardHelpOptions = true,
      description = "Rebuild the Arabic lexicon (LanguageTool's dictionary + gazetteers + corpus counts).")
  static final class Lexicon implements Callable<Integer> {
    @Mixin DataFolder data;

    @Option(names = "--out", description = "Where to write the automaton (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources" + org.marsad.text.Lexicon.RESOURCE);

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      long started = System.nanoTime();
      LexiconBuilder.Report[] report = new LexiconBuilder.Report[1];
      writeResource(out, stream -> report[0] =
          new LexiconBuilder(data.path, message -> System.err.println("  " + message)).build(stream));
      System.out.printf("wrote %s: %,d bytes, %,d paths (%,d dictionary readings, %,d proper nouns, %,d counted forms from %,d corpus tokens) in %.1f s%n",
          out, Files.size(out), report[0].paths(), report[0].dictionaryForms(), report[0].properNouns(),
          report[0].countedForms(), report[0].corpusTokens(), (System.nanoTime() - started) / 1e9);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Train the named-entity model: averaged perceptron over BIO tags, fitted on ANERcorp train,",
        "the number of passes chosen on ANERcorp dev; gazetteers from ANERgazet and country names."
      })
  static final class Ner implements Callable<Integer> {
    @Mixin DataFolder data;

    @Option(names = "--out", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources" + org.marsad.ner.NerTagger.RESOURCE);

    @Option(names = "--epochs", description = "Most passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs = 20;

    @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      long started = System.nanoTime();
      java.util.List<org.marsad.ner.ConllSentence> train =
          org.marsad.ner.ConllSentence.read(data.resolve("ner/anercorp/train.tsv"));
      java.util.List<org.marsad.ner.ConllSentence> dev =
          org.marsad.ner.ConllSentence.read(data.resolve("ner/anercorp/dev.tsv"));
      org.marsad.ner.Gazetteer gazetteer =
          new org.marsad.ner.Gazetteer(org.marsad.ner.NerTrainer.gazetteerNames(data.path));
      org.marsad.ner.NerTrainer trainer = new org.marsad.ner.NerTrainer(
          org.marsad.text.TextStage.load(), message -> System.err.println("  " + message));
      org.marsad.ner.NerTrainer.Result result = trainer.train(train, dev, gazetteer, epochs, seed);
      writeResource(out, stream -> result.model().write(stream));
      System.out.printf(java.util.Locale.ROOT,
          "wrote %s: %,d bytes, %,d features, %d passes; dev micro-F1 %.4f (%.1f s)%n", out, Files.size(out),
          result.model().featureCount(), result.epochs(), result.dev().micro()[2], (System.nanoTime() - started) / 1e9);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "kb",
      mixinStandardHelpOptions = true,
      description = {
        "Rebuild the knowledge base from the curated files in kb/, CLDR country names (ICU4J),",
        "the nationality list and the CAMEO actor dictionary in the data folder."
      })
  static final class Kb implements Callable<Integer> {
    @Mixin DataFolder data;

    @Option(names = "--kb", description = "The curated source files (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("kb");

    @Option(names = "--out", description = "Where to write the knowledge base (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources" + org.marsad.link.KnowledgeBase.RESOURCE);

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      if (!Files.isDirectory(sources)) {
        System.err.println("marsad: " + sources + " not found (use --kb)");
        return ExitCodes.FAILED;
      }
      writeResource(out, stream ->
          new org.marsad.train.KbBuilder(sources, data.path, message -> System.err.println("  " + message)).write(stream));
      System.out.printf("wrote %s: %,d bytes%n", out, Files.size(out));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      description = "Learn word clusters for the NER model from the unlabelled news corpora (run before `train ner`).")
  static final class Clusters implements Callable<Integer> {
    @Mixin DataFolder data;

    @Option(names = "--out", description = "Where to write the clusters (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources" + org.marsad.ner.WordClusters.RESOURCE);

    @Option(names = "--words", description = "Most frequent words to cluster (default: ${DEFAULT-VALUE}).")
    int words = 20000;

    @Option(names = "--clusters", description = "Number of clusters (default: ${DEFAULT-VALUE}).")
    int clusters = 256;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      long started = System.nanoTime();
      writeResource(out, stream -> new org.marsad.train.ClusterTrainer(data.path,
          message -> System.err.println("  " + message), words, 1000, 128, clusters, seed).write(stream));
      System.out.printf(java.util.Locale.ROOT, "wrote %s: %,d bytes in %.1f s%n", out, Files.size(out),
          (System.nanoTime() - started) / 1e9);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Rebuild the event lexicons: the curated triggers and agents in lexicons/events/ merged with",
        "the object patterns and agents of the Arabic CAMEO dictionaries in the data folder."
      })
  static final class Events implements Callable<Integer> {
    @Mixin DataFolder data;

    @Option(names = "--lexicons", description = "The curated source files (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("lexicons/events");

    @Option(names = "--out", description = "Resource folder to write to (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources/org/marsad/event");

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      if (!Files.isDirectory(sources)) {
        System.err.println("marsad: " + sources + " not found (use --lexicons)");
        return ExitCodes.FAILED;
      }
      var builder = new org.marsad.train.EventLexiconBuilder(sources, data.path,
          message -> System.err.println("  " + message));
      Path triggers = out.resolve(org.marsad.event.TriggerLexicon.RESOURCE);
      Path agents = out.resolve(org.marsad.event.AgentLexicon.RESOURCE);
      writeResource(triggers, builder::writeTriggers);
      writeResource(agents, builder::writeAgents);
      System.out.printf("wrote %s (%,d bytes) and %s (%,d bytes)%n", triggers, Files.size(triggers), agents,
          Files.size(agents));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "events-filter",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the event filter (which PROTEST and ASSAULT events took place, and which are only named) on",
        "the event gold in the data folder; run after `train events`. Its dev score comes from",
        "`marsad eval events --cv 5`, never from the sentences it was fitted on."
      })
  static final class EventsFilter implements Callable<Integer> {
    @Mixin DataFolder data;

    // per type, the best mean of the type's F1 and its span sentences' source-country accuracy under
    // 5-fold cross-validation on the even (tuning) half of the gold, among 0.05 … 0.5 (docs/EVALUATION.md)
    @Option(names = "--threshold", paramLabel = "T", description = "Probability at which an event is kept: one for all"
        + " types (0.25) or per type (PROTEST=0.15,ASSAULT=0.25) (default: ${DEFAULT-VALUE}).")
    String threshold = "PROTEST=0.15,ASSAULT=0.20";

    @Option(names = "--out", description = "Where to write the filter (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources/org/marsad/event/" + org.marsad.event.EventFilter.RESOURCE);

    @Override
    public Integer call() throws Exception {
      if (data.missing()) {
        return ExitCodes.FAILED;
      }
      long started = System.nanoTime();
      org.marsad.Marsad unfiltered =
          org.marsad.Marsad.with(org.marsad.event.EventStage.load().withFilter(null), false);
      var rows = org.marsad.eval.EventFilterCrossValidation.read(data.resolve("events/gold"), unfiltered);
      org.marsad.event.EventFilter filter = org.marsad.eval.EventFilterCrossValidation.fit(rows,
          org.marsad.event.KeepThresholds.parse(threshold));
      writeResource(out, filter::write);
      System.out.printf(java.util.Locale.ROOT, "wrote %s: %,d weights from %,d judged sentences (%.1f s)%n", out,
          filter.size(), rows.size(), (System.nanoTime() - started) / 1e9);
      return ExitCodes.OK;
    }
  }

  /** Something that writes a resource to a stream. */
  interface ResourceWriter {
    void write(OutputStream out) throws Exception;
  }

  /** Writes a resource file (creating its folder) and returns its size in bytes. */
  static long writeResource(Path out, ResourceWriter writer) throws Exception {
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // into a temporary file first: a build that fails half-way must not leave a truncated resource
    // behind (an empty triggers.tsv silently turns the event stage off)
    Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
    try {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.write(stream);
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return Files.size(out);
  }
}
