package org.marsad.text;

/** Character classes the tokenizer and segmenter need, as cheap range tests (no regex, no tables). */
final class CharClass {
  private CharClass() {}

  /** A letter of the Arabic script, including presentation forms and the Persian/Urdu additions. */
  static boolean isArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u063F')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u066E' && c <= '\u066F')
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF')
        || (c >= '\u06FA' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08C9')
        || (c >= '\uFB50' && c <= '\uFDFB')
        || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** Chars that may sit inside an Arabic word without ending it: diacritics, tatweel, ZWJ/ZWNJ. */
  static boolean isWordInternalMark(char c) {
    return ArabicNormalizer.isDiacritic(c)
        || c == ArabicNormalizer.TATWEEL
        || c == '\u200C'
        || c == '\u200D';
  }

  /** Digits of any script (ASCII, Arabic-Indic, Persian, …). */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')
        || (c > '\u007F' && Character.isDigit(c));
  }

  /** Value 0–9 of a digit of any script. */
  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return Character.digit(c, 10);
  }

  /** A letter of any other alphabet (Latin, Cyrillic, Greek …). */
  static boolean isOtherLetter(char c) {
    if (c < '\u0080') {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return !isArabicLetter(c) && Character.isLetter(c);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u000B'
        || c == '\u000C' || c == '\u0085' || (c > '\u007F' && Character.isWhitespace(c))
        || c == '\u202F' || c == '\u2007' || ArabicNormalizer.isInvisibleControl(c);
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
