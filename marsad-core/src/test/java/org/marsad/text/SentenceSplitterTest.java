package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, tokenizer.tokenize(text)).stream()
        .map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
  }

  @Test
  void splitsAtTerminalMarks() {
    assertEquals(List.of("وصل الوفد.", "هل انتهى الاجتماع؟", "نعم!"), split("وصل الوفد. هل انتهى الاجتماع؟ نعم!"));
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("السطر الأول", "السطر الثاني"), split("السطر الأول\nالسطر الثاني"));
    assertEquals(List.of("فقرة", "فقرة أخرى."), split("فقرة\n\nفقرة أخرى."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("قال د. محمد إن م. علي وصل.", "ثم غادر."), split("قال د. محمد إن م. علي وصل. ثم غادر."));
    assertEquals(List.of("Dr. Smith met J. Doe."), split("Dr. Smith met J. Doe."));
  }

  @Test
  void shareButtonsScrapedWithTheTextAreASentenceOfTheirOwn() {
    assertEquals(List.of("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "أكد الأمير أن الوطن في أيد أمينة."),
        split("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد الأمير أن الوطن في أيد أمينة."));
    assertEquals(List.of("قال الكاتب: اكتب رأيك في المقال."), split("قال الكاتب: اكتب رأيك في المقال."));
  }

  @Test
  void numberedListItems() {
    assertEquals(List.of("1. الاقتصاد", "2. السياسة"), split("1. الاقتصاد\n2. السياسة"));
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertEquals(List.of("قال: \"لن نعجل.\"", "وأضاف."), split("قال: \"لن نعجل.\" وأضاف."));
    assertEquals(List.of("قال «انتهى».", "ثم ذهب"), split("قال «انتهى». ثم ذهب"));
  }

  @Test
  void decimalsAndEllipsis() {
    assertEquals(List.of("نما الاقتصاد 1.5 في المئة...", "ثم تراجع."), split("نما الاقتصاد 1.5 في المئة... ثم تراجع."));
  }
}
