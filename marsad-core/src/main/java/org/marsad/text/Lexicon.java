package org.marsad.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;

/**
 * The Arabic word lexicon: for a word form (normalised with {@link ArabicNormalizer.Options#LEXICON})
 * its readings (lemma, part of speech, whether it carries a pronoun suffix) and how often it occurs
 * in news text.
 *
 * <p>It is one finite-state automaton (morfologik's CFSA2 format, a few MB for 1.2 million forms),
 * built by {@code marsad train lexicon} ({@link LexiconWriter}) from LanguageTool's Arabic dictionary,
 * the gazetteers and word counts of the news corpora in {@code ../shared/data}. Every path is
 * {@code form SEP lemma-delta SEP tag}; a tag starting with '#' holds the form's corpus count.
 */
public final class Lexicon {
  static final byte SEPARATOR = 0x1F;
  static final char FREQUENCY_TAG = '#';
  public static final String RESOURCE = "/org/marsad/text/lexicon.fsa";

  private final FSA fsa;

  private Lexicon(FSA fsa) {
    this.fsa = fsa;
  }

  /** The lexicon shipped with Marsad. */
  public static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + RESOURCE
            + " is missing: build it with `marsad train lexicon`");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Lexicon read(InputStream in) throws IOException {
    return new Lexicon(FSA.read(in));
  }

  /** A word's entry in the lexicon: its readings and its corpus count. */
  public record Word(List<LexEntry> readings, int frequency) {
    static final Word UNKNOWN = new Word(List.of(), 0);
  }

  /** Readings and corpus count of a normalised form; {@link Word#UNKNOWN}'s empties when absent. */
  public Word lookup(String form) {
    byte[] key = form.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = new byte[key.length + 1];
    System.arraycopy(key, 0, prefix, 0, key.length);
    prefix[key.length] = SEPARATOR;
    MatchResult match = new FSATraversal(fsa).match(prefix);
    if (match.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return Word.UNKNOWN;
    }
    List<LexEntry> readings = new ArrayList<>(2);
    int frequency = 0;
    ByteSequenceIterator paths = new ByteSequenceIterator(fsa, match.node);
    while (paths.hasNext()) {
      ByteBuffer path = paths.next();
      String rest = new String(path.array(), path.position(), path.remaining(), StandardCharsets.UTF_8);
      int sep = rest.indexOf((char) SEPARATOR);
      String tag = rest.substring(sep + 1);
      if (tag.charAt(0) == FREQUENCY_TAG) {
        frequency = Integer.parseInt(tag, 1, tag.length(), 10);
      } else {
        readings.add(LexEntry.parse(decodeLemma(form, rest.substring(0, sep)), tag));
      }
    }
    return new Word(readings.isEmpty() ? List.of() : readings, frequency);
  }

  /**
   * Lemmas are stored as a delta from the form: one char 'A'+k saying how many chars to cut from the
   * end of the form, then the chars to append; an empty delta means lemma = form.
   */
  static String encodeLemma(String form, String lemma) {
    if (lemma.equals(form)) {
      return "";
    }
    int common = 0;
    int max = Math.min(form.length(), lemma.length());
    while (common < max && form.charAt(common) == lemma.charAt(common)) {
      common++;
    }
    int cut = form.length() - common;
    if (cut > 25) {
      cut = form.length();
      common = 0;
    }
    return (char) ('A' + cut) + lemma.substring(common);
  }

  static String decodeLemma(String form, String delta) {
    if (delta.isEmpty()) {
      return form;
    }
    int cut = delta.charAt(0) - 'A';
    return form.substring(0, form.length() - cut) + delta.substring(1);
  }
}
