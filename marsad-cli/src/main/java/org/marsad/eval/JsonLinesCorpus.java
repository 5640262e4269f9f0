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
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus in JSON Lines (gzipped or not) for the scorers that use one: one object per line,
 * blank lines ignored, a line that is not JSON reported on {@code skips} with its number and passed over.
 */
final class JsonLinesCorpus {
  /** What a scorer does with one object; returns false to stop reading. */
  interface Visitor {
    boolean visit(JsonNode node, int lineNumber) throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesCorpus() {}

  static void read(Path file, PrintStream skips, Visitor visitor) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          skips.printf(Locale.ROOT, "%s:%d: skipped, not a JSON object%n", file, lineNumber);
          continue;
        }
        if (!visitor.visit(node, lineNumber)) {
          return;
        }
      }
    }
  }

  /** The report of a line skipped for the reason given. */
  static void skip(PrintStream skips, Path file, int lineNumber, String why) {
    skips.printf(Locale.ROOT, "%s:%d: skipped, %s%n", file, lineNumber, why);
  }
}
