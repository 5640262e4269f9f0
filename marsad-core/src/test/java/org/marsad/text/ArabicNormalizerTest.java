package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  private final ArabicNormalizer display = new ArabicNormalizer(ArabicNormalizer.Options.DEFAULT);
  private final ArabicNormalizer search = new ArabicNormalizer(ArabicNormalizer.Options.SEARCH);

  @Test
  void removesDiacriticsAndTatweel() {
    assertEquals("نعجل", display.normalize("نُعجّل"));
    assertEquals("لبنان", display.normalize("لبـــنان"));
    assertEquals("محمد", display.normalize("مُحَمَّدٌ"));
  }

  @Test
  void foldsAlefVariants() {
    assertEquals("احمد ادارة امن اسلام", display.normalize("أحمد إدارة آمن ٱسلام"));
  }

  @Test
  void digitsAndPunctuationBecomeAscii() {
    assertEquals("250 1.5 12 ,;?%", display.normalize("٢٥٠ ١٫٥ ۱۲ ،؛؟٪"));
  }

  @Test
  void presentationFormsDecompose() {
    assertEquals("لا", display.normalize("\uFEFB"));
    assertEquals("بسم", display.normalize("\uFE91\uFEB4\uFEE2"));
  }

  @Test
  void hamzaSeatSpeltWithAYehIsOneLetter() {
    assertEquals("الطوارئ لاجئ الشواطئ, هادئ", display.normalize("الطوارىء لاجىء الشواطيء، هادىء"));
    assertEquals("شيء بريء يمتلىء", display.normalize("شيء بريء يمتلىء"));
    ArabicNormalizer.OffsetMap offsets = new ArabicNormalizer.OffsetMap();
    StringBuilder out = new StringBuilder();
    display.normalize("قوات الطوارىء بعسير", 0, 19, out, offsets);
    assertEquals("قوات الطوارئ بعسير", out.toString());
    assertEquals(11, offsets.get(11));
    assertEquals(13, offsets.get(12));
  }

  @Test
  void removesInvisibleControls() {
    assertEquals("مصر", display.normalize("\u200Fم\u200Cص\u200Dر\u202B\uFEFF"));
  }

  @Test
  void optionalFoldingsOnlyWhenAsked() {
    assertEquals("فى مدرسة مسئول", display.normalize("فى مدرسة مسئول"));
    assertEquals("في مدرسه مسءول", search.normalize("فى مدرسة مسئول"));
    assertEquals(search.normalize("مسؤول"), search.normalize("مسئول"));
  }

  @Test
  void recordsTheOriginalOffsetOfEveryChar() {
    String text = "وَقَالَ";
    StringBuilder out = new StringBuilder();
    ArabicNormalizer.OffsetMap offsets = new ArabicNormalizer.OffsetMap();
    display.normalize(text, 0, text.length(), out, offsets);
    assertEquals("وقال", out.toString());
    assertEquals(4, offsets.size());
    for (int i = 0; i < out.length(); i++) {
      assertEquals(out.charAt(i), display.map(text.charAt(offsets.get(i))));
    }
  }
}
