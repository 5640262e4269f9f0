package org.marsad.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Quantity;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;
import org.marsad.time.TimeStage;

class QuantityStageTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new Pipeline(List.of(TextStage.load(), new TimeStage(), new QuantityStage()));
  }

  private static List<Quantity> quantities(String text) {
    return pipeline.apply(Document.of("q", text, LocalDate.of(2018, 3, 1))).quantities();
  }

  private static Quantity find(List<Quantity> all, String text) {
    return all.stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + text + "\" in " + all));
  }

  @Test
  void sampleArticle() throws Exception {
    String text = Files.readString(Path.of("../samples/egypt-russia-2016.txt"), StandardCharsets.UTF_8);
    List<Quantity> all = pipeline.apply(Document.of("s", text, LocalDate.of(2016, 12, 27))).quantities();
    Quantity range = find(all, "70 كم");
    assertEquals(70, range.value());
    assertEquals("km", range.unit());
    assertEquals("km", find(all, "35 كم").unit());
    Quantity reactors = find(all, "4 مفاعلات");
    assertEquals(4, reactors.value());
    assertEquals("مفاعل", reactors.object());
    for (Quantity q : all) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      assertTrue(q.value() != 2015 && q.value() != 2016, "years are times, not quantities: " + q);
    }
  }

  @Test
  void countsMoneyPercentagesAndMeasures() {
    List<Quantity> all = quantities(
        "قتل 15 شخصا وأصيب ثلاثة آلاف جندي، وبلغت الخسائر 1.5 مليار دولار، أي نحو 20 في المئة من الميزانية،"
            + " بينما ارتفع الإنتاج إلى نصف مليون برميل وتراجعت الأسهم 3,5 بالمئة و15% وبلغت الصفقة ٢٥٠ مليون جنيه مصري.");
    assertEquals("شخص", find(all, "15 شخصا").object());
    Quantity soldiers = find(all, "ثلاثة آلاف جندي");
    assertEquals(3000, soldiers.value());
    assertEquals("جندي", soldiers.object());
    Quantity money = find(all, "1.5 مليار دولار");
    assertEquals(1.5e9, money.value());
    assertEquals("USD", money.currency());
    assertNull(money.unit());
    assertEquals("percent", find(all, "20 في المئة").unit());
    assertEquals("percent", find(all, "3,5 بالمئة").unit());
    assertEquals(3.5, find(all, "3,5 بالمئة").value());
    assertEquals("percent", find(all, "15%").unit());
    Quantity oil = find(all, "نصف مليون برميل");
    assertEquals(500_000, oil.value());
    assertEquals("barrel", oil.unit());
    Quantity pounds = find(all, "٢٥٠ مليون جنيه مصري");
    assertEquals(2.5e8, pounds.value());
    assertEquals("EGP", pounds.currency());
  }

  @Test
  void identifiersDatesAndPhoneNumbersAreNotQuantities() {
    assertTrue(quantities("أصدر مجلس الأمن القرار 2254 في 15 يناير 2016 عند الساعة 10:30").isEmpty());
    assertTrue(quantities("للاستفسار اتصل على 0123456789").isEmpty());
    assertTrue(quantities("تسلم الجيش طائرات بوك-إم3 وإف-16").isEmpty());
  }
}
