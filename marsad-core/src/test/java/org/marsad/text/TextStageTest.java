package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;

/** The text layer on the article the project started from ({@code samples/} at the project root). */
class TextStageTest {
  private static TextStage stage;
  private static Document sample;

  @BeforeAll
  static void analyseSample() throws IOException {
    stage = TextStage.load();
    String text = Files.readString(Path.of("../samples/egypt-russia-2016.txt"), StandardCharsets.UTF_8);
    sample = stage.apply(Document.of("sample", text, LocalDate.of(2016, 12, 27)));
  }

  private static Token first(Document doc, String surface) {
    return doc.tokens().stream().filter(t -> t.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no token \"" + surface + "\""));
  }

  private static void assertSegmented(Document doc, String surface, List<String> pre, String stem, List<String> post) {
    Token t = first(doc, surface);
    assertEquals(pre, t.clitics().pre(), surface + " proclitics");
    assertEquals(post, t.clitics().post(), surface + " enclitics");
    assertEquals(stem, doc.cover(t.stemStart(), t.stemEnd()), surface + " stem");
  }

  @Test
  void segmentsCliticsInTheSample() {
    assertSegmented(sample, "لمصر", List.of("ل"), "مصر", List.of());
    assertSegmented(sample, "وقال", List.of("و"), "قال", List.of());
    assertSegmented(sample, "سيكون", List.of("س"), "يكون", List.of());
    assertSegmented(sample, "وموسكو", List.of("و"), "موسكو", List.of());
    assertSegmented(sample, "دفاعاتها", List.of(), "دفاعات", List.of("ها"));
    assertSegmented(sample, "بصناعتها", List.of("ب"), "صناعت", List.of("ها"));
    assertSegmented(sample, "للأزمة", List.of("ل"), "لأزمة", List.of());
  }

  @Test
  void aNameIsNoConjunctionBeforeAFirstPersonVerb() {
    // (و + أئل, "and I return", is the only split the dictionary allows; news names Wael far more often)
    Document doc = stage.apply(Document.of("t", "وقال وائل علوان إن الفصائل انسحبت، وأتمنى أن ينتهي ذلك.", null));
    assertSegmented(doc, "وائل", List.of(), "وائل", List.of());
    assertSegmented(doc, "وأتمنى", List.of("و"), "أتمنى", List.of());
  }

  @Test
  void segmentsProcliticChains() {
    Document doc = stage.apply(Document.of("t", "والتقى الوفد وبموسكو وزيرا ولبنان وكندا وبالتالي فللمرة", null));
    assertSegmented(doc, "وبموسكو", List.of("و", "ب"), "موسكو", List.of());
    assertSegmented(doc, "وبالتالي", List.of("و", "ب"), "التالي", List.of());
    assertSegmented(doc, "ولبنان", List.of("و"), "لبنان", List.of());
    assertSegmented(doc, "فللمرة", List.of("ف", "ل"), "لمرة", List.of());
  }

  @Test
  void doesNotOverSplit() {
    assertSegmented(sample, "وقطر", List.of("و"), "قطر", List.of());
    for (String word : List.of("بوتين", "وزير", "السيسي", "روسيا", "وسائل", "مصادر")) {
      Token t = first(sample, word);
      assertTrue(t.clitics().isEmpty(), word + " must not be split: " + t.clitics());
    }
    Document doc = stage.apply(Document.of("t", "لبنان كندا بريطانيا فرنسا قطر وليد كمال بكر", null));
    for (Token t : doc.tokens()) {
      assertTrue(t.clitics().isEmpty(), t.text() + " must not be split: " + t.clitics());
    }
  }

  @Test
  void lemmasDropCliticsAndArticle() {
    assertEquals("قال", first(sample, "وقال").lemma());
    assertEquals("VERB", first(sample, "وقال").pos());
    assertEquals("رئيس", first(sample, "الرئيس").lemma());
    assertEquals("PROPN", first(sample, "روسيا").pos());
    assertEquals("أرسل", first(sample, "أرسلت").lemma());
    // an unknown noun after لل keeps no ل of the article in its lemma (ل + (ا)لميليشيات)
    Document unknown = stage.apply(Document.of("lamlam", "قصف مواقع تابعة للميليشيات وللانقلابيين.", null));
    assertEquals("ميليشيات", first(unknown, "للميليشيات").lemma());
    assertEquals("انقلابيين", first(unknown, "وللانقلابيين").lemma());
  }

  @Test
  void numbersCarryTheirValue() {
    Token seventy = first(sample, "70");
    assertEquals(70.0, seventy.number());
    assertEquals("كم", sample.tokens().get(sample.tokens().indexOf(seventy) + 1).text());
    assertEquals(4.0, first(sample, "4").number());
    assertEquals(2015.0, first(sample, "2015").number());
  }

  @Test
  void everyOffsetPointsAtWhatItNames() {
    String text = sample.text();
    assertFalse(sample.tokens().isEmpty());
    for (Token t : sample.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
      assertTrue(t.start() <= t.stemStart() && t.stemStart() <= t.stemEnd() && t.stemEnd() <= t.end());
    }
    int previousEnd = 0;
    for (Sentence s : sample.sentences()) {
      List<Token> tokens = sample.tokensOf(s);
      assertEquals(tokens.get(0).start(), s.start());
      assertEquals(tokens.get(tokens.size() - 1).end(), s.end());
      assertTrue(s.start() >= previousEnd);
      assertEquals(text.substring(s.start(), s.end()).strip(), text.substring(s.start(), s.end()));
      previousEnd = s.end();
    }
    assertEquals(sample.tokens().size(), sample.sentences().get(sample.sentences().size() - 1).endToken());
  }

  @Test
  void sentencesOfTheSample() {
    // 12 paragraphs; two hold two sentences each and one holds three
    assertEquals(15, sample.sentences().size());
    Sentence second = sample.sentences().get(1);
    assertTrue(sample.cover(second.start(), second.end()).startsWith("يحاول الجانب الروسى"));
  }

  @Test
  void warnsAboutNonArabicText() {
    Document english = stage.apply(Document.of("en", "The quick brown fox jumps over the lazy dog.", null));
    assertEquals(1, english.warnings().size());
    assertTrue(english.warnings().get(0).startsWith("no Arabic text"));
    assertEquals(10, english.tokens().size());
    assertTrue(sample.warnings().isEmpty());
  }

  @Test
  void theNextWordCanKeepAWordWhole() {
    Document crownPrince = stage.apply(Document.of("t", "التقى ولي العهد السعودي، وقال: ولي رأي آخر.", null));
    Token prince = crownPrince.tokens().get(1);
    assertEquals("ولي", prince.text());
    assertTrue(prince.clitics().pre().isEmpty(), "the crown prince is one word: " + prince);
    Token mine = crownPrince.tokens().stream().filter(t -> t.text().equals("ولي")).skip(1).findFirst().orElseThrow();
    assertEquals(List.of("و"), mine.clitics().pre(), "alone it is still \"and to me\"");
  }

  @Test
  void lexiconKnowsNewsWords() {
    Lexicon lexicon = Lexicon.load();
    Lexicon.Word minister = lexicon.lookup("وزير");
    assertTrue(minister.frequency() > 1000);
    assertTrue(minister.readings().stream().anyMatch(r -> r.pos().equals("NOUN")));
    assertTrue(lexicon.lookup("ززززز").readings().isEmpty());
    assertEquals(0, lexicon.lookup("ززززز").frequency());
  }
}
