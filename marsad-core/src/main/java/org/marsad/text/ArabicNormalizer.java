package org.marsad.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalises Arabic text for matching. The original text is never changed: the normaliser writes a
 * new string and, when asked, the offset in the original of every char it writes, so that anything
 * found in the normalised form can be mapped back.
 *
 * <p>Always applied:
 * <ul>
 *   <li>harakat, tanween, shadda, sukun, superscript alef and Quranic marks are removed;
 *   <li>tatweel (kashida) is removed;
 *   <li>zero-width and bidi control characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates,
 *       BOM, soft hyphen) are removed;
 *   <li>alef with hamza above or below, alef with madda and alef wasla → bare alef;
 *   <li>Persian keheh → kaf, Farsi yeh → yeh;
 *   <li>yeh or alef maqsura + hamza ending a word of the pattern فاعئ / فواعئ → yeh with hamza
 *       ("الطوارىء" → "الطوارئ");
 *   <li>Arabic-Indic and Persian digits → ASCII digits; Arabic decimal/thousands separators and percent
 *       sign → '.', ',' and '%';
 *   <li>Arabic comma, semicolon and question mark → ',', ';' and '?';
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their NFKC decomposition (ﻻ → لا).
 * </ul>
 * Optional (search and lexicon look-up want them; display does not):
 * <ul>
 *   <li>{@link Options#foldYeh}: alef maqsura → yeh (Egyptian spelling writes "فى" for "في");
 *   <li>{@link Options#foldTehMarbuta}: teh marbuta → heh;
 *   <li>{@link Options#foldHamzaSeats}: waw with hamza and yeh with hamza → hamza ("مسئول" and
 *       "مسؤول" both become "مسءول").
 * </ul>
 */
public final class ArabicNormalizer {
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TATWEEL = '\u0640';
  public static final char HEH = '\u0647';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char KEHEH = '\u06A9';
  public static final char KAF = '\u0643';
  public static final char FARSI_YEH = '\u06CC';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_LETTER_MARK = '\u061C';
  public static final char ARABIC_PERCENT = '\u066A';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char SOFT_HYPHEN = '\u00AD';
  public static final char BOM = '\uFEFF';

  /** Which optional foldings to apply. */
  public record Options(boolean foldYeh, boolean foldTehMarbuta, boolean foldHamzaSeats) {
    /** Display-safe: only the foldings every use wants. */
    public static final Options DEFAULT = new Options(false, false, false);
    /** For dictionary look-up: spelling variants of one word meet, teh marbuta stays (it is a clitic boundary). */
    public static final Options LEXICON = new Options(true, false, true);
    /** For search: every folding. */
    public static final Options SEARCH = new Options(true, true, true);
  }

  /** Collects the original offset of each char written; a growable int array. */
  public static final class OffsetMap {
    private int[] offsets = new int[32];
    private int size;

    void add(int offset) {
      if (size == offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, size * 2);
      }
      offsets[size++] = offset;
    }

    public int size() {
      return size;
    }

    /** The original offset of normalised char {@code i}. */
    public int get(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return offsets[i];
    }

    public void clear() {
      size = 0;
    }
  }

  private static final ArabicNormalizer DEFAULT_INSTANCE = new ArabicNormalizer(Options.DEFAULT);

  /** The default normalisation of a string (a shared instance: normalisers are immutable). */
  public static String normalizeDefault(CharSequence text) {
    return DEFAULT_INSTANCE.normalize(text);
  }

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  /** NFKC images of the presentation-form blocks, computed once: the hot loop never calls ICU. */
  private static final String[] PRESENTATION_FORMS = new String[0x10000];

  static {
    for (int c = 0xFB50; c <= 0xFEFF; c++) {
      if (c >= 0xFE00 && c < 0xFE70) {
        continue; // variation selectors, CJK forms: not Arabic presentation forms
      }
      String decomposed = NFKC.normalize(String.valueOf((char) c));
      if (!decomposed.equals(String.valueOf((char) c))) {
        PRESENTATION_FORMS[c] = decomposed;
      }
    }
  }

  private final Options options;

  public ArabicNormalizer(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  /** The normalised form of a whole string. */
  public String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    normalize(text, 0, text.length(), out, null);
    return out.toString();
  }

  /**
   * Appends the normalised form of {@code text[start, end)} to {@code out}. When {@code offsets} is
   * not null, appends for each char written the offset in {@code text} it came from.
   */
  public void normalize(CharSequence text, int start, int end, StringBuilder out, OffsetMap offsets) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (hamzaSeatSpeltApart(text, i, start, end)) {
        append(YEH_HAMZA, i, out, offsets);
        i++; // the hamza after it is the one just written
        continue;
      }
      String expansion = PRESENTATION_FORMS[c];
      if (expansion != null) {
        for (int k = 0; k < expansion.length(); k++) {
          append(expansion.charAt(k), i, out, offsets);
        }
      } else {
        append(c, i, out, offsets);
      }
    }
  }

  /**
   * Whether {@code text[i, i+2)} is "ىء" or "يء" ending a word of the pattern فاعئ / فواعئ, a common
   * spelling of its yeh with hamza: "الطوارىء", "لاجىء", "الشواطيء" are "الطوارئ", "لاجئ", "الشواطئ".
   * (No word of that pattern has a yeh before its final hamza; "شيء" and "بريء", which do, keep it.)
   */
  private boolean hamzaSeatSpeltApart(CharSequence text, int i, int start, int end) {
    char c = text.charAt(i);
    return (c == ALEF_MAKSURA || c == YEH) && i + 1 < end && text.charAt(i + 1) == HAMZA
        && (i + 2 == end || !Character.isLetter(text.charAt(i + 2)))
        && i - 2 >= start && map(text.charAt(i - 2)) == ALEF;
  }

  private void append(char c, int origin, StringBuilder out, OffsetMap offsets) {
    char mapped = map(c);
    if (mapped == 0) {
      return;
    }
    out.append(mapped);
    if (offsets != null) {
      offsets.add(origin);
    }
  }

  /** The normalised image of one char, or 0 when the char is dropped. */
  public char map(char c) {
    if (isDroppedMark(c)) {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case KEHEH:
        return KAF;
      case FARSI_YEH:
        return YEH;
      case ALEF_MAKSURA:
        return options.foldYeh ? YEH : c;
      case TEH_MARBUTA:
        return options.foldTehMarbuta ? HEH : c;
      case WAW_HAMZA:
      case YEH_HAMZA:
        return options.foldHamzaSeats ? HAMZA : c;
      case ARABIC_COMMA:
        return ',';
      case ARABIC_SEMICOLON:
        return ';';
      case ARABIC_QUESTION_MARK:
        return '?';
      case ARABIC_PERCENT:
        return '%';
      case ARABIC_DECIMAL_SEPARATOR:
        return '.';
      case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      default:
        if (c >= '\u0660' && c <= '\u0669') {
          return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
          return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }
  }

  /** Diacritics, tatweel and invisible controls: removed by every normalisation. */
  public static boolean isDroppedMark(char c) {
    return isDiacritic(c) || c == TATWEEL || isInvisibleControl(c);
  }

  /** Harakat, tanween, shadda, sukun, maddah/hamza marks, superscript alef and Quranic annotation signs. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  /** Zero-width and bidi controls that change neither the letters nor the words. */
  public static boolean isInvisibleControl(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2060'
        || c == ARABIC_LETTER_MARK
        || c == BOM
        || c == SOFT_HYPHEN;
  }
}
