package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.eval.EventEvaluation;
import org.marsad.eval.QuantityEvaluation;
import org.marsad.eval.SegmentationAgreement;
import org.marsad.eval.SpanScore;
import org.marsad.eval.TimeEvaluation;
import org.marsad.eval.WojoodEvaluation;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.FunctionWords;
import org.marsad.text.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval …}: scores a component against a reference file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a component against reference data.",
    subcommands = {EvalCommand.Segmentation.class, EvalCommand.Time.class, EvalCommand.Quantities.class,
        EvalCommand.Wojood.class, EvalCommand.Ner.class, EvalCommand.Events.class, EvalCommand.Sports.class,
        EvalCommand.EventsSample.class, EvalCommand.EventsJudged.class})
final class EvalCommand {

  enum Format { text, json }

  @Command(
      name = "segmentation",
      mixinStandardHelpOptions = true,
      description = {
        "Agreement of the clitic segmentation with a reference, word by word.",
        "FILE has one word per line: word<TAB>segmentation in the Stanford segmenter's notation",
        "(prefixes end with '+', suffixes start with '+': \"و+ ب+ موسكو\", \"مدينة +ه\"); blank lines are ignored."
      })
  static final class Segmentation implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Reference segmentation file.")
    Path file;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--weights", hidden = true,
        description = "Segmenter weights to try instead of the shipped ones (for tuning on a train file).")
    String weights;

    @Option(names = "--examples", description = "Examples to print per kind of disagreement (default: ${DEFAULT-VALUE}).")
    int examples = 5;

    @Override
    public Integer call() throws Exception {
      SegmentationAgreement agreement = new SegmentationAgreement(
          new CliticSegmenter(Lexicon.load(), FunctionWords.load(),
              weights == null ? CliticSegmenter.Weights.DEFAULT : CliticSegmenter.Weights.parse(weights)));
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            agreement.add(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
      if (format == Format.json) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("arabic_words", agreement.arabicWords());
        out.put("agreement", agreement.agreement());
        out.put("agreement_all_tokens", agreement.agreementAllTokens());
        out.put("incomparable", agreement.incomparable());
        ObjectNode kinds = out.putObject("disagreements");
        agreement.disagreementKinds().forEach(kinds::put);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
      }
      System.out.printf("Arabic words: %,d   agreement: %.2f%%   (all %,d tokens: %.2f%%; %,d words the reference rewrote beyond alignment were left out)%n",
          agreement.arabicWords(), 100 * agreement.agreement(), agreement.arabicWords() + agreement.otherWords(),
          100 * agreement.agreementAllTokens(), agreement.incomparable());
      for (Map.Entry<String, Integer> kind : agreement.disagreementKinds().entrySet()) {
        System.out.printf("  %-36s %,6d%n", kind.getKey(), kind.getValue());
        List<String> list = agreement.examples().get(kind.getKey());
        for (int i = 0; i < Math.min(examples, list.size()); i++) {
          System.out.println("      " + list.get(i));
        }
      }
      return ExitCodes.OK;
    }
  }

  static ObjectNode detection(ObjectNode parent, String field, SpanScore score) {
    ObjectNode node = parent.putObject(field);
    node.put("p", score.precision());
    node.put("r", score.recall());
    node.put("f1", score.f1());
    node.put("exact_f1", score.exactF1());
    node.put("gold", score.gold());
    node.put("predicted", score.predicted());
    return node;
  }

  static void printDetection(String name, SpanScore s) {
    System.out.printf(java.util.Locale.ROOT,
        "%-10s gold %4d  predicted %4d  P %.3f  R %.3f  F1 %.3f  (exact-span F1 %.3f)%n",
        name, s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.exactF1());
  }

  static void print(ObjectNode node) throws Exception {
    System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
  }

  @Command(
      name = "time",
      mixinStandardHelpOptions = true,
      description = {
        "Score time-expression detection and normalisation on a dev file (eval/time-dev.jsonl):",
        "one {\"id\",\"date\",\"text\",\"times\":[{\"text\",\"type\",\"value\"}]} per line.",
        "A prediction matches a gold expression when they overlap; normalisation = right type and value."
      })
  static final class Time implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;
    @Option(names = "--errors", description = "Print every error.") boolean showErrors;

    @Override
    public Integer call() throws Exception {
      TimeEvaluation eval = new TimeEvaluation();
      eval.run(Marsad.load(), file);
      if (format == Format.json) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        detection(out, "detection", eval.detection());
        out.put("normalisation_accuracy", eval.normalisationAccuracy());
        out.put("normalisation_over_gold", eval.normalisationOverGold());
        out.put("type_accuracy", eval.typeAccuracy());
        print(out);
        return ExitCodes.OK;
      }
      printDetection("detection", eval.detection());
      System.out.printf(java.util.Locale.ROOT,
          "normalisation: %.3f of detected expressions (type and value right); %.3f of all gold; type alone %.3f%n",
          eval.normalisationAccuracy(), eval.normalisationOverGold(), eval.typeAccuracy());
      if (showErrors) {
        eval.errors().forEach(e -> System.out.println("  " + e));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "quantities",
      mixinStandardHelpOptions = true,
      description = {
        "Score quantity detection on a dev file (eval/quantities-dev.jsonl): one",
        "{\"id\",\"date\",\"text\",\"quantities\":[{\"text\",\"value\",\"unit\",\"currency\",\"object\"}]} per line."
      })
  static final class Quantities implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;
    @Option(names = "--errors", description = "Print every error.") boolean showErrors;

    @Override
    public Integer call() throws Exception {
      QuantityEvaluation eval = new QuantityEvaluation();
      eval.run(Marsad.load(), file);
      if (format == Format.json) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        detection(out, "detection", eval.detection());
        out.put("value_unit_accuracy", eval.valueAndUnitAccuracy());
        out.put("object_accuracy", eval.objectAccuracy());
        print(out);
        return ExitCodes.OK;
      }
      printDetection("detection", eval.detection());
      System.out.printf(java.util.Locale.ROOT,
          "of detected quantities: value, unit and currency right %.3f; counted object right %.3f%n",
          eval.valueAndUnitAccuracy(), eval.objectAccuracy());
      if (showErrors) {
        eval.errors().forEach(e -> System.out.println("  " + e));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "events-sample",
      mixinStandardHelpOptions = true,
      description = {
        "Write a sheet of events coded in unlabelled news, drawn at random, for people to judge (then",
        "`marsad eval events-judged SHEET`). Articles of the categories are shuffled by the seed; events are",
        "drawn from the first ARTICLES of them, statements (CAMEO 01) and other events apart."
      })
  static final class EventsSample implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "JSON Lines corpus ({\"id\",\"date\",\"category\",\"text\"}, .gz allowed).")
    Path corpus;
    @Option(names = "--out", required = true, description = "The sheet to write (TSV).") Path out;
    @Option(names = "--categories", split = ",", description = "Categories to draw from (default: ${DEFAULT-VALUE}).")
    List<String> categories = List.of("middleEast", "internationalNews");
    @Option(names = "--articles", description = "Articles analysed (default: ${DEFAULT-VALUE}).") int articles = 200;
    @Option(names = "--events", description = "Events drawn that are not statements (default: ${DEFAULT-VALUE}).") int events = 100;
    @Option(names = "--statements", description = "Statements drawn (default: ${DEFAULT-VALUE}).") int statements = 25;
    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed = 1;
    @Option(names = "--exclude", split = ",", paramLabel = "FILE",
        description = "Leave out the articles listed in these files (sheets, or JSON Lines with an \"id\"): those read while tuning.")
    List<Path> exclude = List.of();

    @Override
    public Integer call() throws Exception {
      org.marsad.eval.WildEventSample sample = new org.marsad.eval.WildEventSample();
      java.util.Set<String> excluded = sample.idsIn(exclude);
      try (java.io.Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        sample.write(corpus, new java.util.TreeSet<>(categories), excluded, articles, events, statements, seed, w,
            System.err);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "events-judged",
      mixinStandardHelpOptions = true,
      description = {
        "Score a judged sheet of `marsad eval events-sample`: event code, root, source, target and mode",
        "accuracy per stratum (95% Wilson intervals) and weighted by the strata's shares of the pool. With a",
        "second sheet of the same events (another judge), print how often the two agree per column."
      })
  static final class EventsJudged implements Callable<Integer> {
    @Parameters(paramLabel = "SHEET", arity = "1..2") List<Path> sheets;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;

    @Override
    public Integer call() throws Exception {
      org.marsad.eval.JudgedEvents judged = org.marsad.eval.JudgedEvents.read(sheets.get(0));
      List<String> measures = List.of("code", "root", "source", "target", "mode", "all");
      ObjectNode out = new ObjectMapper().createObjectNode();
      for (String stratum : judged.strata()) {
        ObjectNode s = out.putObject(stratum);
        for (String m : measures) {
          org.marsad.eval.JudgedEvents.Share share = judged.share(stratum, m);
          double[] ci = share.wilson();
          s.putObject(m).put("acc", share.value()).put("n", share.n()).put("low", ci[0]).put("high", ci[1]);
          if (format == Format.text) {
            System.out.printf(java.util.Locale.ROOT, "%-10s %-7s %.3f  (%3d/%3d; 95%% %.2f–%.2f)%n", stratum, m,
                share.value(), share.yes(), share.n(), ci[0], ci[1]);
          }
        }
      }
      ObjectNode weighted = out.putObject("weighted");
      for (String m : measures) {
        weighted.put(m, judged.weighted(m));
        if (format == Format.text) {
          System.out.printf(java.util.Locale.ROOT, "%-10s %-7s %.3f  (strata weighted by their share of the pool)%n",
              "weighted", m, judged.weighted(m));
        }
      }
      if (sheets.size() == 2) {
        org.marsad.eval.JudgedEvents other = org.marsad.eval.JudgedEvents.read(sheets.get(1));
        ObjectNode agree = out.putObject("agreement");
        org.marsad.eval.JudgedEvents.agreement(judged, other).forEach((column, share) -> {
          agree.put(column, share.value());
          if (format == Format.text) {
            System.out.printf(java.util.Locale.ROOT, "agreement  %-9s %.3f  (%d/%d)%n", column, share.value(),
                share.yes(), share.n());
          }
        });
      }
      if (format == Format.json) {
        print(out);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "sports",
      mixinStandardHelpOptions = true,
      description = {
        "Score the sports-report check of the event stage (SportsReport) against the category labels of a",
        "corpus in JSON Lines ({\"text\",\"category\"} per line, .gz allowed; e.g.",
        "../shared/data/corpus/ant-multisource-2018.jsonl.gz): positive = category \"sport\"."
      })
  static final class Sports implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--limit", description = "Score the first N articles only (default: all).") int limit = Integer.MAX_VALUE;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;

    @Override
    public Integer call() throws Exception {
      org.marsad.eval.SportsEvaluation eval = new org.marsad.eval.SportsEvaluation();
      eval.run(file, limit, System.err);
      if (format == Format.json) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("p", eval.precision()).put("r", eval.recall()).put("f1", eval.f1())
            .put("tp", eval.tp()).put("fp", eval.fp()).put("fn", eval.fn()).put("tn", eval.tn());
        print(out);
      } else {
        System.out.printf(java.util.Locale.ROOT, "sports reports: %d articles, tp %d fp %d fn %d tn %d"
            + "  P %.3f  R %.3f  F1 %.3f%n", eval.tp() + eval.fp() + eval.fn() + eval.tn(), eval.tp(), eval.fp(),
            eval.fn(), eval.tn(), eval.precision(), eval.recall(), eval.f1());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "wojood",
      mixinStandardHelpOptions = true,
      description = "Score detection of Wojood's DATE, TIME, MONEY, PERCENT, QUANTITY and CARDINAL mentions (e.g. ../shared/data/ner/wojood/val.txt).")
  static final class Wojood implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;
    @Option(names = "--errors", description = "Print every miss and spurious mention.") boolean showErrors;

    @Override
    public Integer call() throws Exception {
      WojoodEvaluation eval = new WojoodEvaluation();
      eval.run(Marsad.load(), file);
      if (format == Format.json) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        eval.scores().forEach((type, score) -> detection(out, type, score));
        print(out);
        return ExitCodes.OK;
      }
      eval.scores().forEach(EvalCommand::printDetection);
      if (showErrors) {
        eval.errors().forEach(e -> System.out.println("  " + e));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Entity-level precision, recall and F1 of the shipped NER model on a CoNLL-style file",
        "(token TAG per line, blank line between sentences; PER or PERS)."
      })
  static final class Ner implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;

    @Override
    public Integer call() throws Exception {
      org.marsad.ner.NerTagger tagger = org.marsad.ner.NerTagger.load();
      org.marsad.ner.NerScore score = new org.marsad.ner.NerTrainer(org.marsad.text.TextStage.load(), m -> { })
          .evaluate(tagger.model(), org.marsad.ner.ConllSentence.read(file));
      if (format == Format.json) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        prf(out.putObject("micro"), score.micro());
        prf(out.putObject("macro"), score.macro());
        ObjectNode types = out.putObject("types");
        for (int k = 0; k < org.marsad.ner.Tags.TYPES.size(); k++) {
          prf(types.putObject(org.marsad.ner.Tags.TYPES.get(k)), score.prf(k));
        }
        print(out);
        return ExitCodes.OK;
      }
      for (int k = 0; k < org.marsad.ner.Tags.TYPES.size(); k++) {
        double[] v = score.prf(k);
        System.out.printf(java.util.Locale.ROOT, "%-5s gold %5d  P %.4f  R %.4f  F1 %.4f%n",
            org.marsad.ner.Tags.TYPES.get(k), score.gold(k), v[0], v[1], v[2]);
      }
      double[] micro = score.micro();
      double[] macro = score.macro();
      System.out.printf(java.util.Locale.ROOT, "micro       P %.4f  R %.4f  F1 %.4f%n", micro[0], micro[1], micro[2]);
      System.out.printf(java.util.Locale.ROOT, "macro       P %.4f  R %.4f  F1 %.4f%n", macro[0], macro[1], macro[2]);
      return ExitCodes.OK;
    }

    private static void prf(ObjectNode node, double[] v) {
      node.put("p", v[0]);
      node.put("r", v[1]);
      node.put("f1", v[2]);
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Score event detection and actor coding on the PLOVER gold folder (../shared/data/events/gold):",
        "protest_labels.csv, assault_labels.csv (id,event_type,label,accept,reject,total,text) and",
        "protest_spans.json, assault_spans.json (annotators' actors with country and role).",
        "Detection, per type: gold yes against easy/difficult no (ambiguous left out); predicted = the",
        "sentence has an event of the type. Actors: country of the source and target of the sentence's",
        "first event of the type (one that happened first) against the annotators' majority (no event =",
        "wrong; the lenient score reads it as no country)."
      })
  static final class Events implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The gold folder.") Path dir;
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).") Format format = Format.text;
    @Option(names = "--errors", paramLabel = "FILE",
        description = "Write every wrong detection, country and role to FILE (TSV: kind, type, where, gold, predicted, text).")
    Path errors;
    @Option(names = "--half", description = "all, even or odd: only the rows whose 0-based index within their file is"
        + " even (the tuning half) or odd (held out) (default: ${DEFAULT-VALUE}).")
    EventEvaluation.Half half = EventEvaluation.Half.all;
    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate the event filter: each sentence is judged by a"
        + " filter fitted on the other K-1 folds (by a hash of the sentence) of this folder, not by the shipped one (which was fitted"
        + " on the dev gold). 0 = use the shipped filter (default: ${DEFAULT-VALUE}).")
    int cv = 0;
    @Option(names = "--threshold", paramLabel = "T", description = "With --cv: the filter's keep probability, for all"
        + " types (0.25) or per type (PROTEST=0.15,ASSAULT=0.25) (default: the shipped filter's).")
    String threshold;
    @Option(names = "--no-filter", description = "Score the coded events with no filter at all (the rules alone).")
    boolean noFilter;

    /** The shipped filter's thresholds, or 0.5 when none ships. */
    private static org.marsad.event.KeepThresholds shippedThresholds() {
      org.marsad.event.EventFilter shipped = org.marsad.event.EventFilter.load();
      return shipped == null ? org.marsad.event.KeepThresholds.of(0.5) : shipped.thresholds();
    }

    @Override
    public Integer call() throws Exception {
      EventEvaluation.checkFolder(dir); // before loading the models
      try (java.io.Writer out = errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
        Marsad unfiltered = Marsad.with(org.marsad.event.EventStage.load().withFilter(null), false);
        boolean shipped = org.marsad.event.EventFilter.load() != null;
        if (cv == 0 && !noFilter && shipped) {
          System.err.println("note: the shipped event filter was fitted on the event gold; on that gold this score"
              + " flatters it. Use --cv 5 for an honest one, --no-filter for the rules alone.");
        }
        org.marsad.event.KeepThresholds keep =
            threshold != null ? org.marsad.event.KeepThresholds.parse(threshold) : shippedThresholds();
        String pipeline = cv > 0 ? String.format(java.util.Locale.ROOT,
                "rules + event filter, %d-fold cross-validated (threshold %s)", cv, keep)
            : noFilter || !shipped ? "rules alone" : "rules + shipped event filter";
        java.util.function.Function<String, java.util.List<org.marsad.doc.Event>> analyser =
            cv > 0 ? new org.marsad.eval.EventFilterCrossValidation(unfiltered, cv, keep).analyser(dir)
            : EventEvaluation.analyser(noFilter ? unfiltered : Marsad.load());
        EventEvaluation eval = new EventEvaluation(analyser, half, out);
        eval.run(dir);
        if (format == Format.json) {
          print(eval.toJson().put("pipeline", pipeline));
        } else {
          System.out.println("Pipeline: " + pipeline);
          System.out.print(eval.table());
        }
      }
      return ExitCodes.OK;
    }
  }
}
