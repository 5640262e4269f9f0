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
      "Measure the text layer's speed against Lucene's ArabicAnalyzer on the same text, in one run, on one thread.",
      "The corpus is the first N articles of " + BenchCorpus.FILE + " in the data folder."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--data", description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--articles", description = "Articles to read (default: ${DEFAULT-VALUE}).")
  int articles = 2000;

  @Option(names = "--warmup", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
  int warmup = 2;

  @Option(names = "--passes", description = "Measured passes; the best counts (default: ${DEFAULT-VALUE}).")
  int passes = 5;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      System.err.println("marsad: data folder " + data + " not found (use --data)");
      return ExitCodes.FAILED;
    }
    List<String> texts = BenchCorpus.load(data, articles);
    System.out.printf(Locale.ROOT, "corpus: %,d articles, %,d chars (%s)%n", texts.size(), BenchCorpus.chars(texts), BenchCorpus.FILE);
    long loadStart = System.nanoTime();
    TextStage text = TextStage.load();
    System.out.printf(Locale.ROOT, "text layer loaded in %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
    Pipeline withTimeAndQuantities = new Pipeline(List.of(text, new TimeStage(), new QuantityStage()));
    LocalDate date = LocalDate.of(2018, 6, 1);
    Throughput.Result ours;
    Throughput.Result lucene;
    Throughput.Result timeAndQuantities;
    try (LuceneBaseline baseline = new LuceneBaseline()) {
      lucene = Throughput.measure("Lucene ArabicAnalyzer", texts, warmup, passes, baseline::tokens);
      ours = Throughput.measure("Marsad text layer", texts, warmup, passes,
          t -> text.apply(Document.of(null, t, date)).tokens().size());
      timeAndQuantities = Throughput.measure("+ time + quantities", texts, warmup, passes,
          t -> withTimeAndQuantities.apply(Document.of(null, t, date)).tokens().size());
    }
    print(lucene);
    print(ours);
    print(timeAndQuantities);
    System.out.printf(Locale.ROOT, "time + quantity stages add %.1f%% to the text layer's time%n",
        100 * (timeAndQuantities.seconds() / ours.seconds() - 1));
    double ratio = ours.megabytesPerSecond() / lucene.megabytesPerSecond();
    System.out.printf(Locale.ROOT, "ratio (same text, time): Marsad text layer = %.3f x Lucene ArabicAnalyzer (1/%.1f)%n", ratio, 1 / ratio);
    System.out.printf(Locale.ROOT, "Marsad text layer in Lucene-token terms: %,.0f Lucene tokens/s%n", ratio * lucene.tokensPerSecond());
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap: max %,d MB, in use now %,d MB%n", rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    return ExitCodes.OK;
  }

  private static void print(Throughput.Result r) {
    System.out.printf(Locale.ROOT, "%-24s %,12d tokens  %7.3f s  %,12.0f tokens/s  %7.1f MB/s%n",
        r.name(), r.tokens(), r.seconds(), r.tokensPerSecond(), r.megabytesPerSecond());
  }
}
