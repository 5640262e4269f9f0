package org.marsad.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.event.SportsReport;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.TextStage;

/**
 * Scores the event stage's sports-report check ({@link SportsReport}) against the category labels of a
 * corpus in JSON Lines ({"text", "category"} per line, gzipped or not): positive = category "sport".
 * Only the text layer runs: the check reads words. Lines that are not JSON, or have no text or no
 * category, are skipped and reported.
 */
public final class SportsEvaluation extends BinaryCounts {
  private final Pipeline text = new Pipeline(List.of(TextStage.load()));

  /** Scores the first {@code limit} usable articles of the file; skipped lines are reported on {@code skips}. */
  public void run(Path file, int limit, PrintStream skips) throws IOException {
    int[] scored = {0};
    JsonLinesCorpus.read(file, skips, (node, lineNumber) -> {
      if (scored[0] >= limit) {
        return false;
      }
      String body = node.path("text").asText("");
      if (body.isBlank() || !node.hasNonNull("category")) {
        JsonLinesCorpus.skip(skips, file, lineNumber, "no text or no category");
        return true;
      }
      scored[0]++;
      boolean sport = "sport".equals(node.path("category").asText());
      add(sport, SportsReport.of(text.apply(Document.of(null, body, null))));
      return true;
    });
  }
}
