package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the event gold files: quoted CSV, the annotators' JSON, and what counts as "no country". */
class EventEvalGoldFilesTest {
  @TempDir Path dir;

  private List<EventGold.LabelRow> labels(String csv) throws IOException {
    Path file = dir.resolve("protest_labels.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<EventGold.LabelRow> rows = new ArrayList<>();
    EventGold.readLabels(file, "PROTEST", rows::add);
    return rows;
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
    List<EventGold.LabelRow> rows = labels("id,event_type,label,accept,reject,total,text\r\n"
        + "a1,PROTEST,yes,3,0,3,\"تظاهر الآلاف، في القاهرة, و\"\"المعارضة\"\" قالت\"\r\n"
        + "\r\n"
        + "a2,PROTEST,Easy No,0,3,3,\"سطر أول\nسطر ثان, \"\"مقتبس\"\"\"\r\n"
        + "a3,PROTEST,difficult no,1,2,3,plain text without quotes\r\n"
        + "a4,,ambiguous,1,1,2,\"\"\"only quotes\"\"\"\n");
    assertEquals(4, rows.size());
    assertEquals("تظاهر الآلاف، في القاهرة, و\"المعارضة\" قالت", rows.get(0).text());
    assertEquals(EventGold.Label.YES, rows.get(0).label());
    assertEquals("سطر أول\nسطر ثان, \"مقتبس\"", rows.get(1).text());
    assertEquals(EventGold.Label.EASY_NO, rows.get(1).label());
    assertEquals(1, rows.get(1).index(), "a blank line is no row");
    assertEquals("plain text without quotes", rows.get(2).text());
    assertEquals(EventGold.Label.DIFFICULT_NO, rows.get(2).label());
    assertEquals("\"only quotes\"", rows.get(3).text());
    assertEquals(EventGold.Label.AMBIGUOUS, rows.get(3).label());
    assertEquals("PROTEST", rows.get(3).type());
    assertEquals("protest_labels.csv row 4", rows.get(3).where());
  }

  @Test
  void anUnclosedQuoteIsABrokenFile() {
    IOException e = assertThrows(IOException.class, () -> labels(
        "id,event_type,label,accept,reject,total,text\n1,PROTEST,yes,3,0,3,\"never closed\n"));
    assertTrue(e.getMessage().startsWith("protest_labels.csv: broken CSV"), e.getMessage());
  }

  @Test
  void badLabelsTypesAndHeadersAreRefusedWithTheirRow() {
    IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> labels(
        "id,event_type,label,accept,reject,total,text\n1,PROTEST,yes,3,0,3,a\n2,PROTEST,maybe,1,1,2,b\n"));
    assertTrue(label.getMessage().contains("protest_labels.csv row 2") && label.getMessage().contains("maybe"),
        label.getMessage());
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> labels(
        "id,event_type,label,accept,reject,total,text\n1,ASSAULT,yes,3,0,3,a\n"));
    assertTrue(type.getMessage().contains("ASSAULT"), type.getMessage());
    IllegalArgumentException header = assertThrows(IllegalArgumentException.class, () -> labels(
        "id,type,label,text\n1,PROTEST,yes,a\n"));
    assertTrue(header.getMessage().contains("\"event_type\""), header.getMessage());
    assertThrows(IllegalArgumentException.class, () -> labels("id,event_type,label,accept,reject,total,text\n"));
  }

  @Test
  void spansAreReadOneItemAtATime() throws IOException {
    Path file = dir.resolve("assault_spans.json");
    Files.writeString(file, "[{\"text\":\"t1\",\"event_type\":\"ASSAULT\",\"spans\":[{\"source_role\":{}}]},"
        + "{\"text\":\"t2\",\"spans\":[]}]", StandardCharsets.UTF_8);
    List<EventGold.SpanItem> items = new ArrayList<>();
    assertEquals(2, EventGold.readSpans(file, "ASSAULT", items::add));
    assertEquals("t1", items.get(0).text());
    assertEquals(1, items.get(0).spans().size());
    assertEquals(1, items.get(1).index());
    Files.writeString(file, "{\"text\":\"t1\"}", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventGold.readSpans(file, "ASSAULT", items::add));
    assertTrue(e.getMessage().contains("not a JSON array"), e.getMessage());
    Files.writeString(file, "[{\"text\":\"t1\"}]", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> EventGold.readSpans(file, "ASSAULT", items::add));
    assertTrue(e.getMessage().contains("assault_spans.json item 1") && e.getMessage().contains("spans"),
        e.getMessage());
  }

  @Test
  void noCountryHasManySpellings() throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertEquals("USA", EventGold.country(json.readTree("{\"main\":\"USA\",\"role\":\"GOV\"}")));
    assertEquals("IGO", EventGold.country(json.readTree("{\"main\":\"igo\"}")));
    for (String none : List.of("{\"main\":\"None\",\"role\":\"CVL\"}", "{\"main\":null}", "{}", "\"UNKNOWN\"",
        "{\"main\":\"UNKNOWN\"}", "null", "[]")) {
      assertNull(EventGold.country(json.readTree(none)), none);
    }
    assertNull(EventGold.country(null));
    assertEquals("CVL", EventGold.role(json.readTree("{\"main\":\"None\",\"role\":\"CVL\"}")));
    assertNull(EventGold.role(json.readTree("{\"main\":\"USA\",\"role\":\"None\"}")));
    assertNull(EventGold.role(json.readTree("\"UNKNOWN\"")));
  }

  @Test
  void majorityBreaksTiesByTheFirstAnnotator() {
    assertEquals("USA", EventGold.majority(Arrays.asList("USA", "EGY", "USA")));
    assertEquals("EGY", EventGold.majority(Arrays.asList("EGY", "USA")));
    assertNull(EventGold.majority(Arrays.asList(null, "USA", null)));
    assertNull(EventGold.majority(Arrays.asList(null, "USA")));
    assertEquals("USA", EventGold.majority(Arrays.asList("USA", null)));
    assertEquals("ISR", EventGold.majority(Arrays.asList("PSE", "ISR", null, "ISR", "PSE").subList(1, 5)));
  }
}
