package org.marsad.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;

/** Writes the automaton that {@link Lexicon} reads. Used by {@code marsad train lexicon}. */
public final class LexiconWriter {
  private final List<byte[]> paths = new ArrayList<>();

  /** Adds a reading of a form (the form already normalised with the lexicon options). */
  public void add(String form, LexEntry entry) {
    add(form, Lexicon.encodeLemma(form, entry.lemma()), entry.tag());
  }

  /** Records how often the form occurs in the reference corpora. */
  public void addFrequency(String form, int count) {
    add(form, "", Lexicon.FREQUENCY_TAG + Integer.toString(count));
  }

  public void addAll(Map<String, List<LexEntry>> entries) {
    entries.forEach((form, readings) -> readings.forEach(r -> add(form, r)));
  }

  private void add(String form, String lemmaDelta, String tag) {
    if (form.isEmpty() || form.indexOf((char) Lexicon.SEPARATOR) >= 0) {
      throw new IllegalArgumentException("bad form '" + form + "'");
    }
    String path = form + (char) Lexicon.SEPARATOR + lemmaDelta + (char) Lexicon.SEPARATOR + tag;
    paths.add(path.getBytes(StandardCharsets.UTF_8));
  }

  public int size() {
    return paths.size();
  }

  /** Sorts, removes duplicates and writes the automaton. */
  public void write(OutputStream out) throws IOException {
    byte[][] sorted = paths.toArray(new byte[0][]);
    Arrays.sort(sorted, FSABuilder.LEXICAL_ORDERING);
    List<byte[]> unique = new ArrayList<>(sorted.length);
    for (byte[] path : sorted) {
      if (unique.isEmpty() || FSABuilder.LEXICAL_ORDERING.compare(unique.get(unique.size() - 1), path) != 0) {
        unique.add(path);
      }
    }
    FSA fsa = FSABuilder.build(unique);
    new CFSA2Serializer().serialize(fsa, out);
  }
}
