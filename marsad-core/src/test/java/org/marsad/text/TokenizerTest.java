package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.doc.TokenKind;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> texts(String text) {
    return tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).collect(Collectors.toList());
  }

  private List<TokenKind> kinds(String text) {
    return tokenizer.tokenize(text).stream().map(TokenSpan::kind).collect(Collectors.toList());
  }

  @Test
  void arabicWordsKeepTheirDiacriticsAndTatweel() {
    assertEquals(List.of("لن", "نُعجّل", "لـ"), texts("لن نُعجّل لـ"));
  }

  @Test
  void digitsGluedToWordsAreSeparateTokens() {
    assertEquals(List.of("70", "كم"), texts("70كم"));
    assertEquals(List.of("لـ", "70", "كم"), texts("لـ70 كم"));
    assertEquals(List.of(TokenKind.ARABIC, TokenKind.NUMBER, TokenKind.ARABIC), kinds("لـ70 كم"));
  }

  @Test
  void numbersWithSeparators() {
    assertEquals(List.of("1,500.25", "٣٫٥", "2016", "."), texts("1,500.25 ٣٫٥ 2016."));
    assertEquals(List.of(TokenKind.NUMBER, TokenKind.NUMBER, TokenKind.NUMBER, TokenKind.PUNCT), kinds("1,500.25 ٣٫٥ 2016."));
  }

  @Test
  void hyphenatedNamesStayWhole() {
    assertEquals(List.of("\"", "بوك-إم3", "\""), texts("\"بوك-إم3\""));
    assertEquals(List.of("Buk-M3", "F-16"), texts("Buk-M3 F-16"));
    assertEquals(List.of("سوكولوف", "-", "في"), texts("سوكولوف - في"));
  }

  @Test
  void urlsEmailsHashtagsMentions() {
    String text = "انظر https://www.example.com/a?b=1. وراسلنا على info@marsad.org #مصر_اليوم @user_1";
    assertEquals(List.of("انظر", "https://www.example.com/a?b=1", ".", "وراسلنا", "على", "info@marsad.org",
        "#مصر_اليوم", "@user_1"), texts(text));
    assertEquals(List.of(TokenKind.ARABIC, TokenKind.URL, TokenKind.PUNCT, TokenKind.ARABIC, TokenKind.ARABIC,
        TokenKind.EMAIL, TokenKind.HASHTAG, TokenKind.MENTION), kinds(text));
  }

  @Test
  void punctuationAndEllipsis() {
    assertEquals(List.of("قال", "،", "ثم", "...", "لماذا", "؟", "!"), texts("قال، ثم... لماذا؟!"));
    assertEquals(List.of("نعم", "…"), texts("نعم…"));
  }

  @Test
  void latinWordsAndSymbols() {
    assertEquals(List.of("O'Brien", "said", "$", "5", "😀"), texts("O'Brien said $5 😀"));
  }

  @Test
  void offsetsCoverTheOriginal() {
    String text = "  وَقالَ\u200F الرئيسُ:  «لن»\n";
    for (TokenSpan t : tokenizer.tokenize(text)) {
      assertEquals(t.end() - t.start(), text.substring(t.start(), t.end()).length());
    }
    assertEquals(List.of("وَقالَ", "الرئيسُ", ":", "«", "لن", "»"), texts(text));
  }
}
