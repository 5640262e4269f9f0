package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/** The shipped event filter: what it covers, that it keeps plain reports and drops what readers do not count. */
class EventFilterTest {
  private static final Marsad UNFILTERED = Marsad.with(EventStage.load().withFilter(null), false);
  private static final EventFilter SHIPPED = EventFilter.load();

  private static List<Event> of(String text, String plover) {
    Document doc = UNFILTERED.analyze(text, null);
    return doc.events().stream().filter(e -> plover.equals(e.plover())).toList();
  }

  @Test
  void shippedFilterJudgesProtestsAndAssaultsOnly() {
    assertNotNull(SHIPPED, "event-filter.tsv ships (marsad train events-filter)");
    assertEquals(0.20, SHIPPED.thresholds().forType("ASSAULT"), 1e-9);
    assertEquals(0.15, SHIPPED.thresholds().forType("PROTEST"), 1e-9);
    Document doc = UNFILTERED.analyze("وقعت مصر وروسيا اتفاقا لبناء محطة الضبعة النووية.", null);
    Event agree = doc.events().stream().filter(e -> "057".equals(e.cameo()) || "AGREE".equals(e.plover()))
        .findFirst().orElseThrow(() -> new AssertionError(doc.events().toString()));
    assertFalse(SHIPPED.covers(agree));
    assertTrue(SHIPPED.keeps(doc, agree));
  }

  @Test
  void keepsPlainReportsOfAttacksAndProtests() {
    for (String[] c : new String[][] {
        {"هاجمت القوات الإسرائيلية مدينة غزة.", "ASSAULT"},
        {"قتل خمسة جنود أمريكيين في هجوم انتحاري في بغداد أمس.", "ASSAULT"},
        {"خطف مسلحون مجهولون صحافيا فرنسيا في بوساسو.", "ASSAULT"},
        {"تظاهر آلاف المصريين في ميدان التحرير للمطالبة بإسقاط الحكومة.", "PROTEST"}}) {
      Document doc = UNFILTERED.analyze(c[0], null);
      List<Event> events = doc.events().stream().filter(e -> c[1].equals(e.plover())).toList();
      assertFalse(events.isEmpty(), c[0]);
      assertTrue(events.stream().anyMatch(e -> SHIPPED.keeps(doc, e)), "kept: " + c[0]);
    }
  }

  @Test
  void dropsAnAttackWordUsedFiguratively() {
    // (the rules once coded "طائرات بلا طيار تستخدم لأغراض التجسس" here; they now read that verb as
    // describing the drones, with no actor subject)
    String text = "السؤال الأكثر تفجرا حول نهوض طالبان على امتداد الحدود بين أفغانستان وباكستان هو: هل تدعم"
        + " وكالات الاستخبارات الباكستانية حركة طالبان؟";
    Document doc = UNFILTERED.analyze(text, null);
    List<Event> assaults = of(text, "ASSAULT");
    assertFalse(assaults.isEmpty(), "the rules code the 'most explosive' question as a bombing");
    assertTrue(assaults.stream().noneMatch(e -> SHIPPED.keeps(doc, e)), "a reader counts no attack here");
    assertTrue(Marsad.load().analyze(text, null).events().stream().noneMatch(e -> "ASSAULT".equals(e.plover())),
        "the default pipeline applies the shipped filter");
  }

  @Test
  void thresholdsParsePerTypeWithAFallback() {
    KeepThresholds t = KeepThresholds.parse("PROTEST=0.15, assault=0.25");
    assertEquals(0.15, t.forType("PROTEST"), 1e-9);
    assertEquals(0.25, t.forType("ASSAULT"), 1e-9);
    assertEquals(0.5, t.forType("COERCE"), 1e-9);
    assertEquals("ASSAULT=0.25,PROTEST=0.15", t.toString());
    assertEquals(0.3, KeepThresholds.parse("0.3").forType("PROTEST"), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> KeepThresholds.parse("PROTEST=high"));
    assertThrows(IllegalArgumentException.class, () -> KeepThresholds.parse("1.5"));
  }

  @Test
  void writesAndReadsBackTheSameModel() throws IOException {
    EventFilter f = new EventFilter(Map.of("trig=هجوم", 1.5, "ASSAULT|mode=asserted", -0.25), 0.1,
        KeepThresholds.parse("0.3,PROTEST=0.2"), Set.of("ASSAULT", "PROTEST"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.write(out);
    EventFilter back = EventFilter.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(f.size(), back.size());
    assertEquals(f.thresholds(), back.thresholds());
    assertEquals(0.3, back.thresholds().forType("ASSAULT"), 1e-9);
    assertEquals(0.2, back.thresholds().forType("PROTEST"), 1e-9);
    assertEquals(f.probability(List.of("trig=هجوم", "ASSAULT|mode=asserted")),
        back.probability(List.of("trig=هجوم", "ASSAULT|mode=asserted")), 1e-6);
  }
}
