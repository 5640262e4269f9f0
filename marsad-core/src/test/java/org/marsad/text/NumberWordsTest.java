package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
  private static double read(String phrase) {
    List<String> words = Arrays.asList(phrase.split(" "));
    NumberWords.Match m = NumberWords.read(words, 0);
    assertEquals(words.size(), m.tokenCount(), "all of \"" + phrase + "\" is the number");
    return m.value();
  }

  @Test
  void singleWords() {
    assertEquals(4, read("أربعة"));
    assertEquals(70, read("سبعين"));
    assertEquals(250, read("٢٥٠"));
    assertEquals(300, read("ثلاثمائة"));
    assertEquals(2000, read("ألفين"));
  }

  @Test
  void compounds() {
    assertEquals(3000, read("ثلاثة آلاف"));
    assertEquals(1_500_000, read("مليون ونصف"));
    assertEquals(1.5e9, read("1.5 مليار"));
    assertEquals(25, read("خمسة وعشرون"));
    assertEquals(13, read("ثلاثة عشر"));
    assertEquals(100_000, read("مئة ألف"));
    assertEquals(3_500_000, read("ثلاثة ملايين وخمسمائة ألف"));
    assertEquals(500_000, read("نصف مليون"));
  }

  @Test
  void digitGrouping() {
    assertEquals(1500, NumberWords.parseDigits("1,500"));
    assertEquals(1_500_000, NumberWords.parseDigits("1.500.000"));
    assertEquals(1.5, NumberWords.parseDigits("1.5"));
    assertEquals(3.5, NumberWords.parseDigits("3,5"));
    assertEquals(1234.5, NumberWords.parseDigits("1,234.5"));
    assertNull(NumberWords.parseDigits("1.2.3"));
  }

  @Test
  void stopsWhereTheNumberEnds() {
    NumberWords.Match m = NumberWords.read(List.of("70", "كم"), 0);
    assertEquals(1, m.tokenCount());
    assertEquals(70, m.value());
    assertNull(NumberWords.read(List.of("الرئيس", "أربعة"), 0));
    assertNull(NumberWords.value("وزير"));
  }
}
