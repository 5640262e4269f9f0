package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.bench.BenchCorpus;
import org.marsad.bench.LuceneBaseline;
import org.marsad.bench.Throughput;
import java.time.LocalDate;
import org.marsad.doc.Document;
import org.marsad.link.LinkStage;
import org.marsad.ner.NerStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.quantity.QuantityStage;
import org.marsad.time.TimeStage;
import org.marsad.text.TextStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench}: speed of the text layer against Lucene's ArabicAnalyzer, same text, same run,
 * one thread.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the text layer's speed against Lucene's ArabicAnalyzer on the same text, in one run, on one thread,",
      "then each later stage on documents the stages before it have analysed, and the full pipeline.",
      "The corpus is the first N articles of " + BenchCorpus.FILE + " in the data folder."
    })
final class BenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin DataFolder data;

  @Option(names = "--articles", description = "Articles to read (default: ${DEFAULT-VALUE}).")
  int articles = 2000;

  @Option(names = "--warmup", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
  int warmup = 2;

  @Option(names = "--passes", description = "Measured passes; the best counts (default: ${DEFAULT-VALUE}).")
  int passes = 5;

  @Override
  public Integer call() throws Exception {
    if (data.missing()) {
      return ExitCodes.FAILED;
    }
    List<String> texts = BenchCorpus.load(data.path, articles);
    System.out.printf(Locale.ROOT, "corpus: %,d articles, %,d chars (%s)%n", texts.size(), BenchCorpus.chars(texts), BenchCorpus.FILE);
    long loadStart = System.nanoTime();
    TextStage text = TextStage.load();
    double textLoad = (System.nanoTime() - loadStart) / 1e9;
    loadStart = System.nanoTime();
    NerStage ner = NerStage.load();
    double nerLoad = (System.nanoTime() - loadStart) / 1e9;
    loadStart = System.nanoTime();
    LinkStage link = LinkStage.load();
    double kbLoad = (System.nanoTime() - loadStart) / 1e9;
    loadStart = System.nanoTime();
    org.marsad.event.EventStage events = org.marsad.event.EventStage.load();
    double eventsLoad = (System.nanoTime() - loadStart) / 1e9;
    System.out.printf(Locale.ROOT, "loaded: text layer %.2f s, NER model %.2f s, knowledge base %.2f s, event lexicons %.2f s%n",
        textLoad, nerLoad, kbLoad, eventsLoad);
    LocalDate date = LocalDate.of(2018, 6, 1);
    Pipeline full = new Pipeline(List.of(text, ner, link, new TimeStage(), new QuantityStage(), events));
    Pipeline beforeEvents = new Pipeline(List.of(ner, link, new TimeStage(), new QuantityStage()));
    Pipeline timeAndQuantities = new Pipeline(List.of(new TimeStage(), new QuantityStage()));
    Pipeline nerAndLinking = new Pipeline(List.of(ner, link));
    // the later stages are timed on documents the text layer has already analysed, so that each
    // figure is the stage's own cost, not a difference of two noisy totals
    List<Document> analysed = new java.util.ArrayList<>(texts.size());
    for (String t : texts) {
      analysed.add(text.apply(Document.of(null, t, date)));
    }
    Throughput.Result lucene;
    Throughput.Result ours;
    try (LuceneBaseline baseline = new LuceneBaseline()) {
      lucene = Throughput.measure("Lucene ArabicAnalyzer", texts, warmup, passes, baseline::tokens);
      ours = Throughput.measure("Marsad text layer", texts, warmup, passes,
          t -> text.apply(Document.of(null, t, date)).tokens().size());
    }
    // the full pipeline first: its passes also warm every later stage up, whose own figures below are
    // then steady-state ones (measured right after their few warm-up passes, the time stage's big rule
    // methods were not compiled yet and it looked 2.5 times slower than it is)
    Throughput.Result all = Throughput.measure("full pipeline", texts, warmup, passes,
        t -> full.apply(Document.of(null, t, date)).tokens().size());
    Throughput.Result later = Throughput.measureDocuments("time + quantity stages", analysed, warmup, passes,
        d -> timeAndQuantities.apply(d).tokens().size());
    Throughput.Result entities = Throughput.measureDocuments("NER + linking stages", analysed, warmup, passes,
        d -> nerAndLinking.apply(d).tokens().size());
    List<Document> readyForEvents = new java.util.ArrayList<>(analysed.size());
    for (Document d : analysed) {
      readyForEvents.add(beforeEvents.apply(d));
    }
    Throughput.Result eventStage = Throughput.measureDocuments("event stage", readyForEvents, warmup, passes,
        d -> events.apply(d).tokens().size());
    print(lucene);
    print(ours);
    print(later);
    print(entities);
    print(eventStage);
    print(all);
    double ratio = ours.megabytesPerSecond() / lucene.megabytesPerSecond();
    System.out.printf(Locale.ROOT, "ratio (same text, time): Marsad text layer = %.3f x Lucene ArabicAnalyzer (1/%.1f)%n", ratio, 1 / ratio);
    System.out.printf(Locale.ROOT, "Marsad text layer in Lucene-token terms: %,.0f Lucene tokens/s%n", ratio * lucene.tokensPerSecond());
    double[] shares = Throughput.pairedRatios(passes,
        () -> analysed.forEach(timeAndQuantities::apply),
        () -> texts.forEach(t -> text.apply(Document.of(null, t, date))));
    System.out.printf(Locale.ROOT,
        "time + quantity stages cost %.1f%% of the text layer's time (median of %d paired passes; range %.1f–%.1f%%; best times above: %.1f%%)%n",
        100 * shares[shares.length / 2], shares.length, 100 * shares[0], 100 * shares[shares.length - 1],
        100 * later.seconds() / ours.seconds());
    System.out.printf(Locale.ROOT, "NER + linking: %,.0f tokens/s (ratio to Lucene ArabicAnalyzer %.3f)%n",
        entities.tokensPerSecond(), lucene.seconds() / entities.seconds());
    System.out.printf(Locale.ROOT, "full pipeline: %,.0f tokens/s (ratio to Lucene ArabicAnalyzer %.3f)%n",
        all.tokensPerSecond(), lucene.seconds() / all.seconds());
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap: max %,d MB, in use now %,d MB%n", rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    return ExitCodes.OK;
  }

  private static void print(Throughput.Result r) {
    System.out.printf(Locale.ROOT, "%-24s %,12d tokens  %7.3f s  %,12.0f tokens/s  %7.1f MB/s%n",
        r.name(), r.tokens(), r.seconds(), r.tokensPerSecond(), r.megabytesPerSecond());
  }
}
