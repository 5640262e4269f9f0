package org.marsad.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Times a per-text function over a corpus: warm-up passes, then measured passes; the best pass counts. */
public final class Throughput {
  /** Result of one measured subject. */
  public record Result(String name, long tokens, long chars, double seconds) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }

    public double megabytesPerSecond() {
      return chars * 2 / seconds / 1e6;
    }
  }

  private Throughput() {}

  /** Runs {@code subject} over every text; it returns the number of tokens it produced. */
  public static Result measure(String name, List<String> texts, int warmup, int passes, ToLongFunction<String> subject) {
    long chars = BenchCorpus.chars(texts);
    long tokens = 0;
    for (int i = 0; i < warmup; i++) {
      for (String t : texts) {
        subject.applyAsLong(t);
      }
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      long count = 0;
      for (String t : texts) {
        count += subject.applyAsLong(t);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      tokens = count;
      best = Math.min(best, seconds);
    }
    return new Result(name, tokens, chars, best);
  }

  /** Runs {@code subject} over documents already analysed by earlier stages. */
  public static Result measureDocuments(String name, List<org.marsad.doc.Document> documents, int warmup, int passes,
      ToLongFunction<org.marsad.doc.Document> subject) {
    long chars = 0;
    for (org.marsad.doc.Document d : documents) {
      chars += d.text().length();
    }
    long tokens = 0;
    for (int i = 0; i < warmup; i++) {
      for (org.marsad.doc.Document d : documents) {
        subject.applyAsLong(d);
      }
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      long count = 0;
      for (org.marsad.doc.Document d : documents) {
        count += subject.applyAsLong(d);
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      tokens = count;
    }
    return new Result(name, tokens, chars, best);
  }

  /**
   * The ratio of two subjects' times, from passes that alternate between them (one of each, in turn):
   * on a shared machine the load drifts between two separate series of passes, and a ratio of their
   * best times inherits that drift; paired passes see the same load. Returns the ratios, sorted.
   */
  public static double[] pairedRatios(int passes, Runnable numerator, Runnable denominator) {
    double[] ratios = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      denominator.run();
      long middle = System.nanoTime();
      numerator.run();
      long end = System.nanoTime();
      ratios[i] = (double) (end - middle) / (middle - start);
    }
    java.util.Arrays.sort(ratios);
    return ratios;
  }
}
