package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's input: the texts of the first N articles of the ANT corpus in
 * {@code ../shared/data/corpus}, in file order, so that every run reads the same text.
 */
public final class BenchCorpus {
  public static final String FILE = "corpus/ant-multisource-2018.jsonl.gz";

  private BenchCorpus() {}

  public static List<String> load(Path data, int articles) throws IOException {
    Path file = data.resolve(FILE);
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>(articles);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while (texts.size() < articles && (line = reader.readLine()) != null) {
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText("");
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  public static long chars(List<String> texts) {
    long n = 0;
    for (String t : texts) {
      n += t.length();
    }
    return n;
  }
}
