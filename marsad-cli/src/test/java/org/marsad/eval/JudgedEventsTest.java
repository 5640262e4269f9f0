package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JudgedEvents} on small hand-made sheets, so every share is known exactly. */
class JudgedEventsTest {
  private static final double EPS = 1e-12;
  private static final String HEADER = String.join("\t", WildEventSample.COLUMNS);

  @TempDir Path dir;

  private Path sheet(String name, String... rows) throws IOException {
    StringBuilder s = new StringBuilder("# test sheet; pool: other 300, statement 100\n").append(HEADER).append('\n');
    for (String r : rows) {
      s.append(r).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, s, StandardCharsets.UTF_8);
    return p;
  }

  /** A row of the sheet: the keys and four verdicts, the text columns filled with placeholders. */
  private static String row(String article, String stratum, int trigger, String code, String source, String target,
      String mode) {
    return String.join("\t", article, "2018-01-01", stratum, "0", Integer.toString(trigger), "word", "190", "name",
        "src", "SRC", "tgt", "TGT", "asserted", "", "sentence", code, source, target, mode, "");
  }

  @Test
  void sharesPerStratumCountActorsAndModeOnlyForEventsThatAreThere() throws IOException {
    JudgedEvents j = JudgedEvents.read(sheet("a.tsv",
        row("a", "other", 1, "y", "y", "n", "y"),
        row("a", "other", 2, "r", "n", "y", "y"),
        row("b", "other", 3, "n", "-", "-", "-"),
        row("c", "other", 4, "y", "y", "y", "y"),
        row("d", "statement", 5, "y", "y", "y", "n")));
    assertEquals(new JudgedEvents.Share(2, 4), j.share("other", "code"));
    assertEquals(new JudgedEvents.Share(3, 4), j.share("other", "root"));
    assertEquals(new JudgedEvents.Share(2, 3), j.share("other", "source"), "the n row has no actors to judge");
    assertEquals(new JudgedEvents.Share(2, 3), j.share("other", "target"));
    assertEquals(new JudgedEvents.Share(1, 4), j.share("other", "all"));
    assertEquals(new JudgedEvents.Share(0, 1), j.share("statement", "all"));
    // weighted by the pool: 3/4 others (code 0.5), 1/4 statements (code 1.0)
    assertEquals(0.75 * 0.5 + 0.25 * 1.0, j.weighted("code"), EPS);
  }

  @Test
  void wilsonIntervalHoldsTheShareAndStaysInZeroOne() {
    JudgedEvents.Share s = new JudgedEvents.Share(80, 100);
    double[] ci = s.wilson();
    assertTrue(ci[0] < 0.8 && 0.8 < ci[1]);
    assertEquals(0.711, ci[0], 0.001); // Wilson 95% for 80/100
    assertEquals(0.866, ci[1], 0.001);
    double[] all = new JudgedEvents.Share(10, 10).wilson();
    assertEquals(1.0, all[1], EPS);
  }

  @Test
  void agreementComparesTheSameEventsOfTwoSheets() throws IOException {
    JudgedEvents a = JudgedEvents.read(sheet("a.tsv",
        row("a", "other", 1, "y", "y", "y", "y"),
        row("a", "other", 2, "n", "-", "-", "-")));
    JudgedEvents b = JudgedEvents.read(sheet("b.tsv",
        row("a", "other", 2, "n", "-", "-", "-"),
        row("a", "other", 1, "y", "n", "y", "y")));
    Map<String, JudgedEvents.Share> agree = JudgedEvents.agreement(a, b);
    assertEquals(List.of("code_ok", "source_ok", "target_ok", "mode_ok"), List.copyOf(agree.keySet()));
    assertEquals(new JudgedEvents.Share(2, 2), agree.get("code_ok"));
    assertEquals(new JudgedEvents.Share(1, 2), agree.get("source_ok"));
  }

  @Test
  void halfJudgedOrMalformedSheetsAreRefusedWithTheLine() throws IOException {
    IOException unjudged = assertThrows(IOException.class,
        () -> JudgedEvents.read(sheet("u.tsv", row("a", "other", 1, "", "", "", ""))));
    assertTrue(unjudged.getMessage().contains("u.tsv:3: code_ok must be y, r or n"), unjudged.getMessage());
    IOException dash = assertThrows(IOException.class,
        () -> JudgedEvents.read(sheet("d.tsv", row("a", "other", 1, "y", "-", "y", "y"))));
    assertTrue(dash.getMessage().contains("source_ok must be y or n"), dash.getMessage());
    Path noPool = dir.resolve("p.tsv");
    Files.writeString(noPool, HEADER + "\n" + row("a", "other", 1, "y", "y", "y", "y") + "\n");
    assertTrue(assertThrows(IOException.class, () -> JudgedEvents.read(noPool)).getMessage().contains("pool"));
  }
}
