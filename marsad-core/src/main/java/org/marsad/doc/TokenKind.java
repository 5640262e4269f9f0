package org.marsad.doc;

/** What sort of text a {@link Token} covers. */
public enum TokenKind {
  /** A word in Arabic script, possibly with clitics, diacritics or tatweel inside. */
  ARABIC,
  /** A word in another alphabet (Latin, Cyrillic, …), possibly with digits ("F16"). */
  LATIN,
  /** Digits in any script, with decimal and thousands separators. */
  NUMBER,
  PUNCT,
  URL,
  EMAIL,
  HASHTAG,
  /** "@name" as used on social media. */
  MENTION,
  /** Anything else that is not white space: currency signs, emoji, math symbols. */
  SYMBOL
}
