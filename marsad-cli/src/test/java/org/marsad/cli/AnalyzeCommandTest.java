package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad analyze} end to end: arguments in, JSON and exit code out. */
class AnalyzeCommandTest {
  private static final Path SAMPLE = Path.of("../samples/egypt-russia-2016.txt");

  record Run(int exit, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = MarsadCommand.commandLine().execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void sampleArticleGivesTheDocumentedJson() throws Exception {
    Run run = run("analyze", SAMPLE.toString(), "--date", "2016-12-27");
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals("marsad/1", doc.get("schema").asText());
    assertEquals("egypt-russia-2016.txt", doc.get("id").asText());
    assertEquals("2016-12-27", doc.get("date").asText());
    String text = doc.get("text").asText();
    assertEquals(Files.readString(SAMPLE, StandardCharsets.UTF_8), text);
    assertEquals(0, doc.get("warnings").size());
    for (String layer : List.of("entities", "times", "quantities", "events")) {
      assertTrue(doc.get(layer).isArray(), layer);
    }
    assertTrue(doc.get("sentences").size() > 10);
    for (JsonNode s : doc.get("sentences")) {
      assertTrue(s.get("end").asInt() > s.get("start").asInt());
    }
    boolean sawMoscow = false;
    for (JsonNode t : doc.get("tokens")) {
      int start = t.get("start").asInt();
      int end = t.get("end").asInt();
      assertEquals(t.get("text").asText(), text.substring(start, end));
      for (String field : List.of("norm", "lemma", "pos", "clitics", "stem", "kind")) {
        assertTrue(t.has(field), field);
      }
      if (t.get("text").asText().equals("وموسكو")) {
        sawMoscow = true;
        assertEquals("و", t.get("clitics").get("pre").get(0).asText());
        assertEquals("موسكو", text.substring(t.get("stem").get("start").asInt(), t.get("stem").get("end").asInt()));
      }
    }
    assertTrue(sawMoscow);
  }

  @Test
  void anOutputThatCannotBeWrittenFailsTheRun(@TempDir Path dir) throws Exception {
    // a full disk: every write fails, which System.out (a PrintStream) would only remember as an error flag
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\":\"1\",\"text\":\"وصل الوفد إلى موسكو\"}\n{\"id\":\"2\",\"text\":\"غادر الوفد القاهرة\"}\n");
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    synchronized (AnalyzeCommandTest.class) {
      try {
        System.setOut(new PrintStream(full, false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        exit = MarsadCommand.commandLine().execute("analyze", feed.toString(), "--format", "jsonl");
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
    }
    assertEquals(ExitCodes.FAILED, exit);
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("cannot write the output"), said);
  }

  @Test
  void jsonLinesOutputIsOneDocumentPerLine(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\":\"1\",\"text\":\"وصل الوفد إلى موسكو\"}\n{\"id\":\"2\",\"text\":\"غادر الوفد القاهرة\"}\n");
    Run run = run("analyze", feed.toString(), "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length);
    assertEquals("2", new ObjectMapper().readTree(lines[1]).get("id").asText());
  }

  @Test
  void brokenJsonLinesAreSkippedAndSaidSo(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, "{\"id\":\"1\",\"text\":\"وصل الوفد\"}\n{oops\n{\"id\":\"3\",\"text\":\"غادر الوفد\"}\n");
    Run run = run("analyze", feed.toString(), "--format", "jsonl");
    assertEquals(3, run.exit());
    assertTrue(run.err().contains("skipped feed.jsonl:2: not valid JSON"), run.err());
    assertEquals(2, run.out().strip().split("\n").length);
  }

  @Test
  void badFilesAreReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 0, 5, 6, 7});
    Path badUtf8 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Run run = run("analyze", empty.toString(), binary.toString(), badUtf8.toString(), SAMPLE.toString(),
        dir.resolve("missing.txt").toString(), "--format", "jsonl");
    assertEquals(3, run.exit());
    assertTrue(run.err().contains("empty.txt: empty input"), run.err());
    assertTrue(run.err().contains("binary.txt: binary data"), run.err());
    assertTrue(run.err().contains("latin1.txt: invalid UTF-8 at byte offset 3"), run.err());
    assertTrue(run.err().contains("missing.txt: no such file"), run.err());
    assertEquals(1, run.out().strip().split("\n").length);
  }

  @Test
  void nothingAnalysedExitsWithOne(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run run = run("analyze", empty.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.out());
  }

  @Test
  void nonArabicTextIsAnalysedWithAWarning(@TempDir Path dir) throws Exception {
    Path english = Files.writeString(dir.resolve("en.txt"), "Egypt asked Russia for air-defence systems.");
    Run run = run("analyze", english.toString());
    assertEquals(0, run.exit());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertTrue(doc.get("warnings").get(0).asText().startsWith("no Arabic text"));
    assertTrue(doc.get("tokens").size() > 5);
  }

  @Test
  void textFormatShowsSegmentation() {
    Run run = run("analyze", SAMPLE.toString(), "--format", "text");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("و+قال/VERB"), run.out());
    assertTrue(run.out().contains("ل+مصر/PROPN"), run.out());
  }

  @Test
  void gdeltFormatsAreChosenByTheirDashedNames() {
    for (String format : List.of("gdelt-events", "gdelt-mentions")) {
      Run run = run("analyze", SAMPLE.toString(), "--date", "2016-12-27", "--format", format);
      assertEquals(0, run.exit(), format + ": " + run.err());
      int columns = format.equals("gdelt-events") ? 61 : 16;
      for (String line : run.out().lines().toList()) {
        assertEquals(columns, line.split("\t", -1).length, line);
      }
    }
    Run help = run("analyze", "--help");
    assertTrue(help.out().contains("gdelt-events"), help.out());
    assertTrue(help.out().contains("gdelt-mentions"), help.out());
    assertTrue(help.out().contains("(default: json)"), help.out());
    Run bad = run("analyze", SAMPLE.toString(), "--format", "gdelt");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("gdelt-events"), bad.err());
  }

  @Test
  void helpVersionAndBadArguments() {
    Run help = run("analyze", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Exit codes:"));
    assertTrue(help.out().contains("--date"));
    Run version = run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("marsad "));
    Run badDate = run("analyze", SAMPLE.toString(), "--date", "27/12/2016");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("--date"), badDate.err());
    Run noFile = run("analyze");
    assertEquals(2, noFile.exit());
  }

  @Test
  void readsStandardInput() {
    java.io.InputStream oldIn = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("وقال الرئيس".getBytes(StandardCharsets.UTF_8)));
      Run run = run("analyze", "-", "--format", "jsonl");
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("\"id\":\"stdin\""));
    } finally {
      System.setIn(oldIn);
    }
  }
}
