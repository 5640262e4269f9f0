package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Sentence;
import org.marsad.doc.TokenKind;

/**
 * Groups tokens into sentences, for news text.
 *
 * <p>A sentence ends:
 * <ul>
 *   <li>after '.', '!', '?', '؟', '…' or "..." (with any closing quotes and brackets that follow);
 *   <li>at a line break: in news files a line is a paragraph, and a sentence never crosses one.
 * </ul>
 * A period does not end a sentence when it closes an abbreviation (a one-letter Arabic word such as
 * "د." or "م.", a Latin initial, or a known title such as "Dr."), or the number of a list item at the
 * start of a line ("1. ").
 * <p>A web page's share buttons scraped with an article's text ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك",
 * 157 SaudiNewsNet articles open so) are a sentence of their own, not the subject of the first sentence's verb.
 */
public final class SentenceSplitter {

  public List<Sentence> split(CharSequence text, List<TokenSpan> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    int quotes = 0; // straight double quotes seen in the current sentence: odd = one is open
    for (int t = 0; t < tokens.size(); t++) {
      TokenSpan token = tokens.get(t);
      if (t > first && (lineBreakBetween(text, tokens.get(t - 1).end(), token.start())
          || endsShareButtons(text, tokens, t))) {
        sentences.add(sentence(tokens, first, t));
        first = t;
        quotes = 0;
      }
      if (token.kind() != TokenKind.PUNCT) {
        continue;
      }
      char c = text.charAt(token.start());
      if (c == '"') {
        quotes++;
      }
      if (!isTerminal(c) || isAbbreviationPeriod(text, tokens, t) || isListNumberPeriod(text, tokens, t)) {
        continue;
      }
      int last = t;
      // take closing quotes and brackets that follow the mark into the sentence
      while (last + 1 < tokens.size() && isCloser(text, tokens.get(last + 1), quotes)
          && !lineBreakBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
        last++;
        if (text.charAt(tokens.get(last).start()) == '"') {
          quotes++;
        }
      }
      // "؟!" and "!!" stay together
      while (last + 1 < tokens.size() && tokens.get(last + 1).kind() == TokenKind.PUNCT
          && isTerminal(text.charAt(tokens.get(last + 1).start()))
          && tokens.get(last + 1).start() == tokens.get(last).end()) {
        last++;
      }
      sentences.add(sentence(tokens, first, last + 1));
      first = last + 1;
      t = last;
      quotes = 0;
    }
    if (first < tokens.size()) {
      sentences.add(sentence(tokens, first, tokens.size()));
    }
    return sentences;
  }

  /** How near the start of the text share buttons may end. */
  private static final int SHARE_BUTTONS_REACH = 12;

  /** Whether the text opens with share buttons ("شارك …") whose last words stand before t: "اكتب رأيك". */
  private static boolean endsShareButtons(CharSequence text, List<TokenSpan> tokens, int t) {
    return t >= 3 && t <= SHARE_BUTTONS_REACH && wordIs(text, tokens.get(0), "شارك")
        && wordIs(text, tokens.get(t - 2), "اكتب")
        && wordIs(text, tokens.get(t - 1), "رأيك");
  }

  private static boolean wordIs(CharSequence text, TokenSpan token, String word) {
    return text.subSequence(token.start(), token.end()).toString().equals(word);
  }

  private static Sentence sentence(List<TokenSpan> tokens, int first, int end) {
    return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicNormalizer.ARABIC_QUESTION_MARK || c == '…';
  }

  private static boolean isCloser(CharSequence text, TokenSpan token, int quotesSoFar) {
    if (token.kind() != TokenKind.PUNCT) {
      return false;
    }
    char c = text.charAt(token.start());
    if (c == '"') {
      return quotesSoFar % 2 == 1;
    }
    return c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || c == '\'';
  }

  private static boolean lineBreakBetween(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        return true;
      }
    }
    return false;
  }

  /** "د." "م." "ص." (one Arabic letter), "J." (a Latin initial), "Dr." "Mr." … glued to the period. */
  private static boolean isAbbreviationPeriod(CharSequence text, List<TokenSpan> tokens, int t) {
    if (text.charAt(tokens.get(t).start()) != '.' || t == 0) {
      return false;
    }
    TokenSpan before = tokens.get(t - 1);
    if (before.end() != tokens.get(t).start()) {
      return false;
    }
    if (before.kind() == TokenKind.ARABIC) {
      return letterCount(text, before) == 1;
    }
    if (before.kind() == TokenKind.LATIN) {
      int len = before.end() - before.start();
      if (len == 1 && Character.isUpperCase(text.charAt(before.start()))) {
        return true;
      }
      String word = text.subSequence(before.start(), before.end()).toString();
      return LATIN_ABBREVIATIONS.contains(word);
    }
    return false;
  }

  private static final java.util.Set<String> LATIN_ABBREVIATIONS =
      java.util.Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "No", "vs", "etc", "Inc", "Ltd", "Co");

  private static int letterCount(CharSequence text, TokenSpan token) {
    int letters = 0;
    for (int i = token.start(); i < token.end(); i++) {
      if (CharClass.isArabicLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  /** "1." or "٢." opening a line: a list item's number, not the end of a sentence. */
  private static boolean isListNumberPeriod(CharSequence text, List<TokenSpan> tokens, int t) {
    if (text.charAt(tokens.get(t).start()) != '.' || t == 0) {
      return false;
    }
    TokenSpan before = tokens.get(t - 1);
    if (before.kind() != TokenKind.NUMBER || before.end() != tokens.get(t).start()
        || before.end() - before.start() > 3) {
      return false;
    }
    return t == 1 || lineBreakBetween(text, tokens.get(t - 2).end(), before.start());
  }
}
