package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Event;
import org.marsad.doc.Span;

/**
 * {@link EventEvaluation} on a tiny made-up gold folder, with a fake analyser that returns hand-made
 * events per sentence, so every score is known exactly.
 */
class EventEvaluationTest {
  private static final double EPS = 1e-12;

  @TempDir Path dir;
  private final Map<String, List<Event>> events = new HashMap<>();
  private final List<String> analysed = new ArrayList<>();
  private final Function<String, List<Event>> analyser = text -> {
    analysed.add(text);
    return events.getOrDefault(text, List.of());
  };

  static Event.Actor actor(String country, String code) {
    return new Event.Actor(0, 1, "x", null, country, code);
  }

  static Event event(String plover, double confidence, Event.Actor source, Event.Actor target) {
    return event(plover, confidence, source, target, 0, Event.Mode.ASSERTED);
  }

  /** An event whose trigger starts at {@code start}, in the given mode. */
  static Event event(String plover, double confidence, Event.Actor source, Event.Actor target, int start,
      Event.Mode mode) {
    return new Event(0, new Span(start, start + 1, "x"), source, target, "1411", "141", "14", 3, -6.5, plover,
        mode, null, confidence, 0, List.of());
  }

  static String role(String main, String role) {
    return "{\"main\":" + (main == null ? "null" : "\"" + main + "\"") + ",\"role\":\"" + role + "\"}";
  }

  static String span(String source, String target) {
    return "{\"source_actor\":[\"a\"],\"verb\":[\"v\"],\"target_actor\":[\"b\"],\"source_role\":" + source
        + ",\"target_role\":" + target + "}";
  }

  static String item(String type, String text, String... spans) {
    return "{\"_id\":\"x\",\"text\":\"" + text + "\",\"event_type\":\"" + type + "\",\"spans\":["
        + String.join(",", spans) + "]}";
  }

  static void write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Text of the protest row with a comma, doubled quotes and a line break inside its quoted field. */
  static final String TRICKY = "p-yes, \"quoted\"\nsecond line";

  @BeforeEach
  void goldFolder() throws IOException {
    write(dir.resolve("protest_labels.csv"), "id,event_type,label,accept,reject,total,text\r\n"
        + "1,PROTEST,yes,3,0,3,p-yes-hit\r\n"              // 0 tp
        + "2,PROTEST,yes,3,0,3,p-yes-miss\r\n"             // 1 fn
        + "3,PROTEST,easy no,0,3,3,p-no-fp\r\n"            // 2 fp
        + "4,PROTEST,difficult no,1,2,3,p-no-clean\r\n"    // 3 tn (an ASSAULT event does not count)
        + "5,PROTEST,ambiguous,1,1,2,p-amb\r\n"            // 4 left out
        + "6,PROTEST,yes,3,0,3,\"p-yes, \"\"quoted\"\"\nsecond line\"\r\n"); // 5 tp
    write(dir.resolve("assault_labels.csv"), "id,event_type,label,accept,reject,total,text\n"
        + "1,ASSAULT,yes,3,0,3,a-yes\n"                   // 0 tp
        + "2,ASSAULT,easy no,0,3,3,a-no\n"                // 1 tn
        + "3,ASSAULT,yes,3,0,3,a-yes-protest-only\n");    // 2 fn
    write(dir.resolve("protest_spans.json"), "[\n"
        + item("PROTEST", "ps0",
            span(role("USA", "GOV"), role("None", "CVL")),
            span(role("USA", "GOV"), "{}"),
            span(role("None", "CVL"), "\"UNKNOWN\"")) + ",\n"
        + item("PROTEST", "ps1",
            span(role("None", "CVL"), role("ISR", "MIL")),
            span(role("None", "CVL"), role("ISR", "MIL"))) + ",\n"
        + item("PROTEST", "ps2",
            span(role("TUN", "None"), role(null, "None")),
            span(role("EGY", "None"), "{}")) + "\n]");
    write(dir.resolve("assault_spans.json"), "["
        + item("ASSAULT", "as0",
            span(role("IGO", "None"), role("IRQ", "CVL")),
            span(role("IGO", "None"), role("IRQ", "CVL")),
            span("{}", "{}")) + ","
        + item("ASSAULT", "as1",
            span(role("None", "MIL"), role("USA", "MIL"))) + "]");

    events.put("p-yes-hit", List.of(event("PROTEST", 0.5, null, null)));
    events.put("p-no-fp", List.of(event("PROTEST", 0.5, null, null)));
    events.put("p-no-clean", List.of(event("ASSAULT", 0.9, null, null)));
    events.put("p-amb", List.of(event("PROTEST", 0.9, null, null)));
    events.put(TRICKY, List.of(event("ASSAULT", 0.9, null, null), event("protest", 0.2, null, null)));
    events.put("a-yes", List.of(event("ASSAULT", 0.7, actor("SYR", "SYRMIL"), null)));
    events.put("a-yes-protest-only", List.of(event("PROTEST", 0.7, null, null)));
    // ps0: the first in the text of the events that happened is scored: USA (right), no target (right),
    // GOV (right); not the announced one before it, nor the one listed first but later in the text
    events.put("ps0", List.of(event("PROTEST", 0.9, actor("EGY", "EGYGOV"), actor("EGY", "EGYCVL"), 9,
            Event.Mode.ASSERTED),
        event("PROTEST", 0.4, actor("USA", "USAGOV"), null, 5, Event.Mode.ASSERTED),
        event("PROTEST", 0.9, actor("EGY", "EGYGOV"), null, 0, Event.Mode.FUTURE)));
    // ps1: no event at all
    // ps2: gold tie TUN/EGY → TUN, the first annotator's; target has no country
    events.put("ps2", List.of(event("PROTEST", 0.6, actor("TUN", "TUNCVL"), actor(null, "CVL"))));
    // as0: an IGO code counts as gold "IGO"; the more confident PROTEST event is not of the type
    events.put("as0", List.of(event("PROTEST", 0.99, actor("USA", "USAGOV"), actor("USA", "USAGOV")),
        event("ASSAULT", 0.5, actor(null, "IGOUNO"), actor("IRQ", "IRQCVL"))));
    // as1: SYR where the gold has no country (wrong); target USA right, but its role GOV is not MIL
    events.put("as1", List.of(event("ASSAULT", 0.7, actor("SYR", "SYRMIL"), actor("USA", "USAGOV"))));
  }

  @Test
  void detectionCountsPerType() throws IOException {
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    eval.run(dir);
    EventEvaluation.Detection protest = eval.detection("PROTEST");
    assertEquals(List.of(2, 1, 1, 1, 5, 1),
        List.of(protest.tp(), protest.fp(), protest.fn(), protest.tn(), protest.n(), protest.ambiguous()));
    assertEquals(2.0 / 3, protest.precision(), EPS);
    assertEquals(2.0 / 3, protest.recall(), EPS);
    assertEquals(2.0 / 3, protest.f1(), EPS);
    EventEvaluation.Detection assault = eval.detection("ASSAULT");
    assertEquals(List.of(1, 0, 1, 1, 3), List.of(assault.tp(), assault.fp(), assault.fn(), assault.tn(), assault.n()));
    assertEquals(1.0, assault.precision(), EPS);
    assertEquals(0.5, assault.recall(), EPS);
    assertEquals(2.0 / 3, assault.f1(), EPS);
    assertTrue(analysed.contains(TRICKY), "the quoted multi-line text reaches the analyser whole");
    assertTrue(!analysed.contains("p-amb"), "ambiguous rows are not even analysed");
  }

  @Test
  void oneAnnotatorReferenceFromTheAcceptCounts() throws IOException {
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    eval.run(dir);
    // protest: three unanimous yes rows (tp 3), a 0/3 and a 1/3 no row (fp 1/3), the ambiguous row left out
    EventEvaluation.Expected protest = eval.detection("PROTEST").annotator().orElseThrow();
    assertEquals(3 / (3 + 1.0 / 3), protest.precision(), EPS);
    assertEquals(1.0, protest.recall(), EPS);
    assertEquals(2 * protest.precision() / (protest.precision() + 1), protest.f1(), EPS);
    assertEquals(1.0, eval.detection("ASSAULT").annotator().orElseThrow().f1(), EPS);
    assertTrue(eval.table().contains("one annotator, expected (reference)"), eval.table());
    assertEquals(1.0, eval.toJson().get("ASSAULT").get("one_annotator").get("f1").asDouble(), EPS);

    write(dir.resolve("assault_labels.csv"), "id,event_type,label,text\n1,ASSAULT,yes,a-yes\n");
    EventEvaluation noCounts = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    noCounts.run(dir);
    assertTrue(noCounts.detection("ASSAULT").annotator().isEmpty(), "no accept/total columns, no reference");
  }

  @Test
  void anAnnouncedEventStandsForASpanSentenceWithNoOther() throws IOException {
    write(dir.resolve("protest_spans.json"), "[" + item("PROTEST", "ps-future",
        span(role("None", "CVL"), "{}")) + "]");
    write(dir.resolve("protest_labels.csv"), "id,event_type,label,accept,reject,total,text\n"
        + "1,PROTEST,easy no,0,3,3,ps-future\n");
    events.put("ps-future", List.of(event("PROTEST", 0.8, actor(null, "CVL"), null, 0, Event.Mode.FUTURE)));
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    eval.run(dir);
    assertEquals(1.0, eval.actors("PROTEST").detectionRecall(), EPS);
    assertEquals(1.0, eval.actors("PROTEST").sourceCountryAccuracy(), EPS);
    assertEquals(0, eval.detection("PROTEST").fp(), "detection still counts only events that happened");
  }

  @Test
  void actorScoresPerTypeAndTogether() throws IOException {
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    eval.run(dir);
    EventEvaluation.Actors protest = eval.actors("PROTEST");
    assertEquals(3, protest.items());
    assertEquals(2.0 / 3, protest.detectionRecall(), EPS);
    assertEquals(2.0 / 3, protest.sourceCountryAccuracy(), EPS);
    assertEquals(1.0, protest.sourceCountryAccuracyLenient(), EPS);
    assertEquals(2.0 / 3, protest.targetCountryAccuracy(), EPS);
    assertEquals(2.0 / 3, protest.targetCountryAccuracyLenient(), EPS);
    assertEquals(2, protest.sourceRoleItems());
    assertEquals(0.5, protest.sourceRoleAccuracy(), EPS);
    assertEquals(1, protest.targetRoleItems());
    assertEquals(0.0, protest.targetRoleAccuracy(), EPS);

    EventEvaluation.Actors assault = eval.actors("ASSAULT");
    assertEquals(2, assault.items());
    assertEquals(1.0, assault.detectionRecall(), EPS);
    assertEquals(0.5, assault.sourceCountryAccuracy(), EPS);
    assertEquals(0.5, assault.sourceCountryAccuracyLenient(), EPS);
    assertEquals(1.0, assault.targetCountryAccuracy(), EPS);
    assertEquals(1, assault.sourceRoleItems());
    assertEquals(1.0, assault.sourceRoleAccuracy(), EPS);
    assertEquals(2, assault.targetRoleItems());
    assertEquals(0.5, assault.targetRoleAccuracy(), EPS);

    EventEvaluation.Actors all = eval.actors(null);
    assertEquals(5, all.items());
    assertEquals(0.8, all.detectionRecall(), EPS);
    assertEquals(0.6, all.sourceCountryAccuracy(), EPS);
    assertEquals(0.8, all.sourceCountryAccuracyLenient(), EPS);
    assertEquals(0.8, all.targetCountryAccuracy(), EPS);
    assertEquals(0.8, all.targetCountryAccuracyLenient(), EPS);
    assertEquals(2.0 / 3, all.sourceRoleAccuracy(), EPS);
    assertEquals(1.0 / 3, all.targetRoleAccuracy(), EPS);
  }

  @Test
  void jsonStartsWithTheAgreedShape() throws IOException {
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    eval.run(dir);
    ObjectNode json = eval.toJson();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("PROTEST", "ASSAULT", "source_country_acc", "target_country_acc"), keys.subList(0, 4));
    for (String type : List.of("PROTEST", "ASSAULT")) {
      List<String> fields = new ArrayList<>();
      json.get(type).fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("p", "r", "f1"), fields.subList(0, 3), type);
    }
    assertEquals(2.0 / 3, json.get("PROTEST").get("f1").asDouble(), EPS);
    assertEquals(0.5, json.get("ASSAULT").get("r").asDouble(), EPS);
    assertEquals(0.6, json.get("source_country_acc").asDouble(), EPS);
    assertEquals(0.8, json.get("target_country_acc").asDouble(), EPS);
    JsonNode all = json.get("details").get("actors").get("all");
    assertEquals(0.8, all.get("source_country_acc_lenient").asDouble(), EPS);
    assertEquals(0.8, all.get("detection_recall").asDouble(), EPS);
    assertEquals("all", json.get("half").asText());
    String table = eval.table();
    assertTrue(table.contains("PROTEST") && table.contains("0.667"), table);
  }

  @Test
  void halvesKeepEvenOrOddRowsOfEachFile() throws IOException {
    EventEvaluation even = new EventEvaluation(analyser, EventEvaluation.Half.even, null);
    even.run(dir);
    EventEvaluation.Detection p = even.detection("PROTEST"); // rows 0 tp, 2 fp, 4 ambiguous
    assertEquals(List.of(1, 1, 0, 0, 1), List.of(p.tp(), p.fp(), p.fn(), p.tn(), p.ambiguous()));
    EventEvaluation.Detection a = even.detection("ASSAULT"); // rows 0 tp, 2 fn
    assertEquals(List.of(1, 0, 1, 0), List.of(a.tp(), a.fp(), a.fn(), a.tn()));
    assertEquals(3, even.actors(null).items()); // ps0, ps2, as0
    assertEquals(1.0, even.actors(null).sourceCountryAccuracy(), EPS);

    analysed.clear();
    EventEvaluation odd = new EventEvaluation(analyser, EventEvaluation.Half.odd, null);
    odd.run(dir);
    p = odd.detection("PROTEST"); // rows 1 fn, 3 tn, 5 tp
    assertEquals(List.of(1, 0, 1, 1, 0), List.of(p.tp(), p.fp(), p.fn(), p.tn(), p.ambiguous()));
    assertEquals(1.0, p.precision(), EPS);
    assertEquals(0.5, p.recall(), EPS);
    assertEquals(2, odd.actors(null).items()); // ps1, as1
    assertEquals(0.0, odd.actors(null).sourceCountryAccuracy(), EPS);
    assertEquals(0.5, odd.actors(null).sourceCountryAccuracyLenient(), EPS);
    assertTrue(!analysed.contains("p-yes-hit") && !analysed.contains("ps0"), analysed.toString());
  }

  @Test
  void errorFileListsEveryWrongDetectionCountryAndRole() throws IOException {
    StringWriter out = new StringWriter();
    new EventEvaluation(analyser, EventEvaluation.Half.all, out).run(dir);
    String[] lines = out.toString().split("\n");
    assertEquals("kind\ttype\twhere\tgold\tpredicted\ttext", lines[0]);
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      assertEquals(6, cells.length, lines[i]);
      kinds.merge(cells[0], 1, Integer::sum);
    }
    assertEquals(Map.of("detection_fn", 2, "detection_fp", 1, "source_country", 2, "target_country", 1,
        "source_role", 1, "target_role", 2), kinds);
    String all = out.toString();
    assertTrue(all.contains("detection_fp\tPROTEST\tprotest_labels.csv row 3\teasy no\tPROTEST 1411 src=- tgt=- 0.50\tp-no-fp"), all);
    assertTrue(all.contains("source_country\tASSAULT\tassault_spans.json item 2\t-\tSYR — "), all);
    assertTrue(all.contains("target_country\tPROTEST\tprotest_spans.json item 2\tISR\t(no event); -\tps1"), all);
  }

  @Test
  void aMissingFileIsNamedBeforeAnythingIsAnalysed() throws IOException {
    Files.delete(dir.resolve("assault_spans.json"));
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> eval.run(dir));
    assertTrue(e.getMessage().contains("assault_spans.json"), e.getMessage());
    assertTrue(!e.getMessage().contains("protest_spans.json"), e.getMessage());
    assertTrue(analysed.isEmpty());
    NoSuchFileException none = assertThrows(NoSuchFileException.class,
        () -> EventEvaluation.checkFolder(dir.resolve("nowhere")));
    assertTrue(none.getMessage().contains("nowhere"), none.getMessage());
  }

  @Test
  void brokenJsonIsReportedWithItsFile() throws IOException {
    write(dir.resolve("protest_spans.json"), "[" + item("PROTEST", "ps0", span("{}", "{}")) + ", {\"text\": ");
    EventEvaluation eval = new EventEvaluation(analyser, EventEvaluation.Half.all, null);
    IOException e = assertThrows(IOException.class, () -> eval.run(dir));
    assertTrue(e.getMessage().startsWith("protest_spans.json: broken JSON at item 2"), e.getMessage());
  }

  @Test
  void predictedCountryOfAnActor() {
    assertEquals("RUS", EventEvaluation.country(actor("RUS", "RUSGOV")));
    assertEquals("IGO", EventEvaluation.country(actor(null, "IGOUNO")));
    assertEquals(null, EventEvaluation.country(actor(null, "CVL")));
    assertEquals(null, EventEvaluation.country(actor(null, null)));
    assertEquals(null, EventEvaluation.country(null));
  }
}
