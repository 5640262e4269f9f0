package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.TokenKind;

/**
 * Splits text into tokens with their offsets, in one left-to-right pass over the chars (no regex).
 *
 * <p>Rules, in the order they are tried at each position:
 * <ul>
 *   <li>white space and invisible controls separate tokens and belong to none;
 *   <li>URLs start with {@code http://}, {@code https://} or {@code www.} and run to the next space;
 *       trailing punctuation is left out;
 *   <li>e-mail addresses: {@code local@domain.tld};
 *   <li>hashtags {@code #word} (any script, digits and '_'), mentions {@code @name};
 *   <li>Arabic words: Arabic letters with the diacritics, tatweel and ZWJ/ZWNJ inside them. Digits are
 *       not part of an Arabic word: "70كم" is "70" + "كم", "لـ70" is "لـ" + "70";
 *   <li>other words: letters of other alphabets with digits and inner apostrophes ("F16", "O'Brien");
 *   <li>a hyphen between two letters or digits, with no space, joins the parts into one token
 *       ("بوك-إم3", "Buk-M3", "العربية-الأمريكية");
 *   <li>numbers: digits of any script with '.', ',', '٫', '٬' between digits ("1,500.25", "٣٫٥");
 *   <li>"..." and "…" are one token; every other punctuation mark is a token of its own;
 *   <li>anything else that is not a space is a symbol token (one code point: an emoji stays whole).
 * </ul>
 */
public final class Tokenizer {

  public List<TokenSpan> tokenize(CharSequence text) {
    List<TokenSpan> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (CharClass.isSpace(c)) {
        i++;
        continue;
      }
      int end;
      if ((end = urlEnd(text, i)) > i) {
        out.add(new TokenSpan(i, end, TokenKind.URL));
      } else if ((end = emailEnd(text, i)) > i) {
        out.add(new TokenSpan(i, end, TokenKind.EMAIL));
      } else if (c == '#' && i + 1 < n && isTagChar(text.charAt(i + 1))) {
        end = i + 1;
        while (end < n && (isTagChar(text.charAt(end)) || CharClass.isWordInternalMark(text.charAt(end)))) {
          end++;
        }
        out.add(new TokenSpan(i, end, TokenKind.HASHTAG));
      } else if (c == '@' && i + 1 < n && isAsciiNameChar(text.charAt(i + 1))) {
        end = i + 1;
        while (end < n && isAsciiNameChar(text.charAt(end))) {
          end++;
        }
        out.add(new TokenSpan(i, end, TokenKind.MENTION));
      } else if (CharClass.isArabicLetter(c) || (CharClass.isWordInternalMark(c) && startsArabicWord(text, i))) {
        end = joinHyphenated(text, arabicWordEnd(text, i));
        out.add(new TokenSpan(i, end, TokenKind.ARABIC));
      } else if (CharClass.isOtherLetter(c)) {
        end = joinHyphenated(text, otherWordEnd(text, i));
        out.add(new TokenSpan(i, end, TokenKind.LATIN));
      } else if (CharClass.isDigit(c)) {
        end = numberEnd(text, i);
        out.add(new TokenSpan(i, end, TokenKind.NUMBER));
      } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        end = i + 3;
        while (end < n && text.charAt(end) == '.') {
          end++;
        }
        out.add(new TokenSpan(i, end, TokenKind.PUNCT));
      } else if (isPunctuation(c)) {
        out.add(new TokenSpan(i, i + 1, TokenKind.PUNCT));
        end = i + 1;
      } else {
        end = i + Character.charCount(Character.codePointAt(text, i));
        // keep emoji sequences with their modifiers and joiners together
        while (end < n && (text.charAt(end) == '\u200D' || isVariationOrModifier(text, end))) {
          end += Character.charCount(Character.codePointAt(text, end));
        }
        out.add(new TokenSpan(i, end, TokenKind.SYMBOL));
      }
      i = end;
    }
    return out;
  }

  private static boolean startsArabicWord(CharSequence text, int i) {
    int j = i;
    while (j < text.length() && CharClass.isWordInternalMark(text.charAt(j))) {
      j++;
    }
    return j < text.length() && CharClass.isArabicLetter(text.charAt(j));
  }

  private static int arabicWordEnd(CharSequence text, int i) {
    int n = text.length();
    int end = i;
    while (end < n && (CharClass.isArabicLetter(text.charAt(end)) || CharClass.isWordInternalMark(text.charAt(end)))) {
      end++;
    }
    return end;
  }

  private static int otherWordEnd(CharSequence text, int i) {
    int n = text.length();
    int end = i;
    while (end < n) {
      char c = text.charAt(end);
      if (CharClass.isOtherLetter(c) || (c >= '0' && c <= '9')
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if ((c == '\'' || c == '\u2019') && end + 1 < n && CharClass.isOtherLetter(text.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /** Extends a word over "-part" while a hyphen sits between two letters or digits. */
  private static int joinHyphenated(CharSequence text, int end) {
    int n = text.length();
    while (end + 1 < n && CharClass.isHyphen(text.charAt(end))) {
      char next = text.charAt(end + 1);
      if (!(CharClass.isArabicLetter(next) || CharClass.isOtherLetter(next) || CharClass.isDigit(next))) {
        break;
      }
      int j = end + 1;
      while (j < n) {
        char c = text.charAt(j);
        if (CharClass.isArabicLetter(c) || CharClass.isOtherLetter(c) || CharClass.isDigit(c)
            || CharClass.isWordInternalMark(c)) {
          j++;
        } else {
          break;
        }
      }
      end = j;
    }
    return end;
  }

  private static int numberEnd(CharSequence text, int i) {
    int n = text.length();
    int end = i;
    while (end < n) {
      char c = text.charAt(end);
      if (CharClass.isDigit(c)) {
        end++;
      } else if (isNumberSeparator(c) && end + 1 < n && CharClass.isDigit(text.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == ArabicNormalizer.ARABIC_DECIMAL_SEPARATOR
        || c == ArabicNormalizer.ARABIC_THOUSANDS_SEPARATOR;
  }

  private static int urlEnd(CharSequence text, int i) {
    int n = text.length();
    int prefix;
    if (regionMatches(text, i, "http://")) {
      prefix = 7;
    } else if (regionMatches(text, i, "https://")) {
      prefix = 8;
    } else if (regionMatches(text, i, "www.")) {
      prefix = 4;
    } else {
      return i;
    }
    int end = i + prefix;
    while (end < n) {
      char c = text.charAt(end);
      if (CharClass.isSpace(c) || c == '"' || c == '<' || c == '>' || c == '«' || c == '»') {
        break;
      }
      end++;
    }
    while (end > i + prefix && isTrailingUrlPunct(text.charAt(end - 1))) {
      end--;
    }
    return end > i + prefix ? end : i;
  }

  private static boolean isTrailingUrlPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\''
        || c == '\u2019' || c == ArabicNormalizer.ARABIC_COMMA || c == ArabicNormalizer.ARABIC_SEMICOLON
        || c == ArabicNormalizer.ARABIC_QUESTION_MARK;
  }

  private static boolean regionMatches(CharSequence text, int i, String prefix) {
    if (i + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@code local@domain.tld} starting at i, or i when there is none. */
  private static int emailEnd(CharSequence text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && isEmailLocalChar(text.charAt(j))) {
      j++;
    }
    if (j == i || j >= n || text.charAt(j) != '@') {
      return i;
    }
    int domainStart = ++j;
    int lastDot = -1;
    while (j < n) {
      char c = text.charAt(j);
      if (isAsciiAlnum(c) || c == '-') {
        j++;
      } else if (c == '.' && j + 1 < n && isAsciiAlnum(text.charAt(j + 1))) {
        lastDot = j;
        j++;
      } else {
        break;
      }
    }
    if (lastDot < domainStart || j - lastDot - 1 < 2) {
      return i;
    }
    return j;
  }

  private static boolean isEmailLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiNameChar(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  private static boolean isTagChar(char c) {
    return CharClass.isArabicLetter(c) || CharClass.isOtherLetter(c) || CharClass.isDigit(c) || c == '_';
  }

  private static boolean isPunctuation(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isVariationOrModifier(CharSequence text, int i) {
    int cp = Character.codePointAt(text, i);
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (i > 0 && text.charAt(i - 1) == '\u200D' && !Character.isWhitespace(cp));
  }
}
