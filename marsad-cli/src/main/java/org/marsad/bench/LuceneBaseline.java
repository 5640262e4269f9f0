package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/** Lucene's ArabicAnalyzer (tokenise, normalise, stop words, light stemming): the speed reference. */
public final class LuceneBaseline implements AutoCloseable {
  private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

  /** Runs the analyzer over a text and returns how many tokens it produced. */
  public long tokens(String text) {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      stream.reset();
      long n = 0;
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
