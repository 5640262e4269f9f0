package org.marsad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
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
  private final ObjectMapper json = new ObjectMapper();

  /** Scores the first {@code limit} usable articles of the file; skipped lines are reported on {@code skips}. */
  public void run(Path file, int limit, PrintStream skips) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int scored = 0;
      int lineNumber = 0;
      String line;
      while (scored < limit && (line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          skips.printf(Locale.ROOT, "%s:%d: skipped, not a JSON object%n", file, lineNumber);
          continue;
        }
        String body = node == null ? "" : node.path("text").asText("");
        if (body.isBlank() || !node.hasNonNull("category")) {
          skips.printf(Locale.ROOT, "%s:%d: skipped, no text or no category%n", file, lineNumber);
          continue;
        }
        scored++;
        boolean sport = "sport".equals(node.path("category").asText());
        add(sport, SportsReport.of(text.apply(Document.of(null, body, null))));
      }
    }
  }
}
