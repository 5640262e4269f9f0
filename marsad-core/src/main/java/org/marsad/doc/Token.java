package org.marsad.doc;

import java.util.List;
import java.util.Objects;

/**
 * One token of the original text: a word (with its clitics still attached, as written), a number, a
 * punctuation mark, a URL, an e-mail address, a hashtag or a symbol.
 *
 * <p>{@code [start, end)} are UTF-16 offsets into {@link Document#text()}; {@code text} is always
 * {@code document.text().substring(start, end)}. {@code [stemStart, stemEnd)} is the part of the token
 * left when the clitics are taken off (for "وبموسكو" the span of "موسكو"); entity mentions use it so
 * that a mention never includes an attached proclitic.
 *
 * @param start offset of the first char in the original text
 * @param end offset after the last char
 * @param text the token as written
 * @param kind what sort of token it is
 * @param norm the normalised form (diacritics, tatweel and control chars removed, alef variants folded,
 *     digits ASCII)
 * @param lemma dictionary form of the stem (no clitics, no article), or the stem itself when unknown
 * @param pos coarse part of speech (Universal Dependencies tag set), or {@code null} when unknown
 * @param clitics proclitics and enclitics split off the stem, in reading order
 * @param stemStart offset of the stem's first char
 * @param stemEnd offset after the stem's last char
 * @param number numeric value of a number token ("70", "٢٥٠", "1,500", "سبعين"), else {@code null}
 * @param key search key of the stem: {@code norm} without the proclitics, with the search foldings
 *     (ى → ي, ة → ه, ؤ ئ → ء); what the rule-based stages match word lists against. Not in the JSON.
 */
public record Token(
    int start,
    int end,
    String text,
    TokenKind kind,
    String norm,
    String lemma,
    String pos,
    Clitics clitics,
    int stemStart,
    int stemEnd,
    Double number,
    String key) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clitics, "clitics");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
    }
    if (stemStart < start || stemEnd > end || stemEnd < stemStart) {
      throw new IllegalArgumentException("stem span outside token '" + text + "'");
    }
  }

  /** A token with no morphological analysis: the stem is the whole token. */
  public static Token plain(int start, String text, TokenKind kind, String norm, String key, String pos, Double number) {
    int end = start + text.length();
    return new Token(start, end, text, kind, norm, norm, pos, Clitics.NONE, start, end, number, key);
  }

  /** Whether the token is made of letters (Arabic or Latin), i.e. can carry a lemma. */
  public boolean isWord() {
    return kind == TokenKind.ARABIC || kind == TokenKind.LATIN;
  }

  /** The clitics split off a word, as normalised strings: for "وبموسكو" pre = [و, ب]. */
  public record Clitics(List<String> pre, List<String> post) {
    public static final Clitics NONE = new Clitics(List.of(), List.of());

    public Clitics {
      pre = List.copyOf(pre);
      post = List.copyOf(post);
    }

    public boolean isEmpty() {
      return pre.isEmpty() && post.isEmpty();
    }
  }
}
