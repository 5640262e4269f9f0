package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Closed-class words (prepositions, conjunctions, particles, pronouns, demonstratives, kana and its
 * sisters), read from the hand-curated {@code function-words.tsv}.
 */
public final class FunctionWords {
  /** A function word, keyed by its lexicon-normalised form. */
  public record Entry(String form, String pos, boolean takesPronoun) {}

  private final Map<String, Entry> byKey;

  private FunctionWords(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  public static FunctionWords load() {
    ArabicNormalizer normalizer = new ArabicNormalizer(ArabicNormalizer.Options.LEXICON);
    Map<String, Entry> map = new HashMap<>();
    try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String form = normalizer.normalize(cols[0]);
        map.putIfAbsent(form, new Entry(cols[0].replace("\u0651", ""), cols[1], cols.length > 2 && cols[2].equals("+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FunctionWords(Map.copyOf(map));
  }

  /** The function word with this lexicon-normalised form, or {@code null}. */
  public Entry get(String key) {
    return byKey.get(key);
  }
}
