package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands, and the scores the project reports on its held-out time and quantity sets. */
class EvalCommandTest {
  private static JsonNode json(String... args) throws Exception {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run(args);
    assertEquals(0, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void timeScoresOnTheHeldOutSet() throws Exception {
    JsonNode score = json("eval", "time", "../eval/time-test.jsonl", "--format", "json");
    assertTrue(score.get("detection").get("f1").asDouble() >= 0.93, score.toString());
    assertTrue(score.get("normalisation_accuracy").asDouble() >= 0.90, score.toString());
  }

  @Test
  void quantityScoresOnTheHeldOutSet() throws Exception {
    JsonNode score = json("eval", "quantities", "../eval/quantities-test.jsonl", "--format", "json");
    assertTrue(score.get("detection").get("f1").asDouble() >= 0.95, score.toString());
    assertTrue(score.get("value_unit_accuracy").asDouble() >= 0.90, score.toString());
  }

  @Test
  void nerScoresACoNllFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.tsv");
    Files.writeString(file, "وصل\tO\nفلاديمير\tB-PERS\nبوتين\tI-PERS\nإلى\tO\nالقاهرة\tB-LOC\n\n"
        + "قالت\tO\nالأمم\tB-ORG\nالمتحدة\tI-ORG\nإن\tO\nمصر\tB-LOC\nتعافت\tO\n");
    JsonNode score = json("eval", "ner", file.toString(), "--format", "json");
    for (String part : new String[] {"micro", "macro"}) {
      assertTrue(score.get(part).has("p") && score.get(part).has("r") && score.get(part).has("f1"));
    }
    for (String type : new String[] {"PER", "LOC", "ORG", "MISC"}) {
      assertTrue(score.get("types").has(type), type);
    }
    assertTrue(score.get("types").get("LOC").get("f1").asDouble() > 0.99, score.toString());
  }

  @Test
  void badCoNllLinesAreRefusedWithTheirNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "وصل\tO\nبوتين\n");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "ner", file.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("bad.tsv:2"), run.err());
  }

  @Test
  void sportsScoresTheCheckAgainstCategoriesAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("tiny.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    String match = mapper.writeValueAsString(java.util.Map.of("category", "sport", "text",
        "فاز الفريق على ضيفه بهدفين مقابل هدف في مباراة الدوري على ملعب المدينة، وسجل المهاجم الهدف الأول في الشوط"
        + " الأول قبل أن يعادل لاعب المنافس من ركلة جزاء، وقال المدرب إن اللاعبين استحقوا الفوز في هذا الموسم. "
            .repeat(4)));
    String news = mapper.writeValueAsString(java.util.Map.of("category", "middleEast", "text",
        "التقى الرئيس المصري نظيره الروسي في القاهرة أمس وبحث الجانبان التعاون العسكري. ".repeat(8)));
    Files.writeString(corpus, match + "\n{broken\n" + news + "\n");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "sports", corpus.toString(), "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("tiny.jsonl:2: skipped"), run.err());
    JsonNode score = new ObjectMapper().readTree(run.out());
    assertEquals(1, score.get("tp").asInt(), score.toString());
    assertEquals(1, score.get("tn").asInt(), score.toString());
  }

  @Test
  void eventsSampleWritesASheetThatEventsJudgedScoresOnceFilled(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("tiny.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    String news = mapper.writeValueAsString(java.util.Map.of("id", "n1", "date", "2018-05-01T10:00:00+02:00",
        "category", "middleEast", "text", "التقى الرئيس المصري نظيره الروسي في القاهرة أمس. وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدين الهجوم."));
    String sport = mapper.writeValueAsString(java.util.Map.of("id", "s1", "date", "2018-05-01", "category", "sport",
        "text", "التقى الفريقان أمس."));
    Files.writeString(corpus, news + "\n{broken\n" + sport + "\n");
    Path sheet = dir.resolve("sheet.tsv");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "events-sample", corpus.toString(), "--out",
        sheet.toString(), "--events", "5", "--statements", "5");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("tiny.jsonl:2: skipped"), run.err());
    java.util.List<String> lines = Files.readAllLines(sheet);
    assertTrue(lines.get(0).contains("pool: other "), lines.get(0));
    java.util.List<String> rows = lines.stream().filter(l -> l.startsWith("n1\t")).toList();
    assertTrue(rows.size() >= 2, String.join("\n", lines)); // the meeting and the statement; nothing from sport
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("s1\t")));

    Path read = dir.resolve("read.txt");
    Files.writeString(read, "# read while tuning\nn1\n");
    Path held = dir.resolve("held.tsv");
    AnalyzeCommandTest.Run excluded = AnalyzeCommandTest.run("eval", "events-sample", corpus.toString(), "--out",
        held.toString(), "--exclude", read.toString());
    assertEquals(0, excluded.exit(), excluded.err());
    assertTrue(Files.readAllLines(held).stream().noneMatch(l -> l.startsWith("n1\t")), "n1 was read while tuning");
    assertTrue(Files.readAllLines(held).get(0).contains("1 ids excluded"));

    AnalyzeCommandTest.Run unjudged = AnalyzeCommandTest.run("eval", "events-judged", sheet.toString());
    assertEquals(1, unjudged.exit());
    assertTrue(unjudged.err().contains("code_ok must be y, r or n"), unjudged.err());

    java.util.List<String> filled = new java.util.ArrayList<>();
    for (String l : lines) {
      filled.add(l.startsWith("n1\t") ? l.substring(0, l.length() - 5) + "\ty\ty\ty\ty\t" : l);
    }
    Files.write(sheet, filled);
    AnalyzeCommandTest.Run judged = AnalyzeCommandTest.run("eval", "events-judged", sheet.toString(), sheet.toString(),
        "--format", "json");
    assertEquals(0, judged.exit(), judged.err());
    JsonNode score = mapper.readTree(judged.out());
    assertEquals(1.0, score.get("weighted").get("all").asDouble(), 1e-9, score.toString());
    assertEquals(1.0, score.get("agreement").get("code_ok").asDouble(), 1e-9, score.toString());
  }

  @Test
  void aMissingFileIsNamedAsMissing(@TempDir Path dir) throws Exception {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "sports", dir.resolve("none.jsonl").toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("no such file: ") && run.err().contains("none.jsonl"), run.err());
  }

  @Test
  void eventsNamesTheGoldFilesItLacks(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("protest_labels.csv"), "id,event_type,label,accept,reject,total,text\n");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "events", dir.toString(), "--format", "json");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("lacks protest_spans.json, assault_labels.csv, assault_spans.json"), run.err());
    assertTrue(run.out().isEmpty(), run.out());
  }

  @Test
  void eventsScoresATinyGoldFolder(@TempDir Path dir) throws Exception {
    for (String type : new String[] {"protest", "assault"}) {
      Files.writeString(dir.resolve(type + "_labels.csv"), "id,event_type,label,accept,reject,total,text\n"
          + "1," + type.toUpperCase() + ",yes,3,0,3,\"تظاهر المئات، أمس، أمام السفارة\"\n"
          + "2," + type.toUpperCase() + ",easy no,0,3,3,وصل الوفد إلى موسكو\n");
      Files.writeString(dir.resolve(type + "_spans.json"), "[{\"text\":\"تظاهر المئات أمام السفارة\",\"spans\":"
          + "[{\"source_role\":{\"main\":\"None\",\"role\":\"CVL\"},\"target_role\":{}}]}]");
    }
    Path errors = dir.resolve("errors.tsv");
    JsonNode score = json("eval", "events", dir.toString(), "--format", "json", "--errors", errors.toString());
    java.util.List<String> keys = new java.util.ArrayList<>();
    score.fieldNames().forEachRemaining(keys::add);
    assertEquals(java.util.List.of("PROTEST", "ASSAULT", "source_country_acc", "target_country_acc"), keys.subList(0, 4));
    assertEquals(2, score.get("PROTEST").get("n").asInt(), score.toString());
    assertTrue(Files.readString(errors).startsWith("kind\ttype\twhere\tgold\tpredicted\ttext\n"));
    AnalyzeCommandTest.Run text = AnalyzeCommandTest.run("eval", "events", dir.toString(), "--half", "odd");
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("half: odd"), text.out());
  }
}
