package org.marsad.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.doc.Document;
import org.marsad.doc.Token;
import org.marsad.doc.TokenKind;
import org.marsad.ner.Gazetteer;
import org.marsad.text.SearchKeys;
import org.marsad.text.TextStage;

/**
 * Learns distributional word clusters from the two news corpora: each frequent word is described by
 * the words just left and right of it (positive PMI), the description is reduced to a dense vector by
 * a seeded random projection, and spherical k-means groups the vectors. Deterministic for a seed.
 *
 * <p>Why not Brown clustering or word2vec: no maintained Java library for either runs within the
 * project's build; this is ~150 lines and a minute on the corpora, and gives the NER model what it
 * needs (a class for words it never saw labelled).
 */
public final class ClusterTrainer {
  private final Path data;
  private final Consumer<String> log;
  private final int vocabulary;
  private final int contexts;
  private final int dimensions;
  private final int clusters;
  private final long seed;

  public ClusterTrainer(Path data, Consumer<String> log, int vocabulary, int contexts, int dimensions, int clusters, long seed) {
    this.data = data;
    this.log = log;
    this.vocabulary = vocabulary;
    this.contexts = contexts;
    this.dimensions = dimensions;
    this.clusters = clusters;
    this.seed = seed;
  }

  public void write(OutputStream out) throws IOException {
    List<String[]> sentences = readCorpora();
    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
        tokens++;
      }
    }
    List<String> byFrequency = new ArrayList<>(counts.keySet());
    byFrequency.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    List<String> words = new ArrayList<>();
    for (String w : byFrequency) {
      if (!w.startsWith("<") && words.size() < vocabulary && counts.get(w) >= 5) {
        words.add(w);
      }
    }
    Map<String, Integer> wordId = index(words);
    Map<String, Integer> contextId = index(byFrequency.subList(0, Math.min(contexts, byFrequency.size())));
    log.accept(String.format("%,d tokens, %,d word types; clustering %,d words by %,d context words",
        tokens, counts.size(), words.size(), contextId.size()));

    int width = 2 * contextId.size();
    int[][] cooc = new int[words.size()][width];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = wordId.get(s[i]);
        if (w == null) {
          continue;
        }
        Integer left = i > 0 ? contextId.get(s[i - 1]) : null;
        Integer right = i + 1 < s.length ? contextId.get(s[i + 1]) : null;
        if (left != null) {
          cooc[w][left]++;
        }
        if (right != null) {
          cooc[w][contextId.size() + right]++;
        }
      }
    }
    float[][] vectors = project(cooc, width);
    int[] assignment = kmeans(vectors);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.write("# marsad word clusters: word key <TAB> cluster\n");
      for (int i = 0; i < words.size(); i++) {
        w.write(words.get(i) + "\tc" + assignment[i] + "\n");
      }
    }
  }

  /** Positive PMI of each (word, context) cell, randomly projected to a unit vector. */
  private float[][] project(int[][] cooc, int width) {
    long total = 0;
    long[] contextTotals = new long[width];
    long[] wordTotals = new long[cooc.length];
    for (int w = 0; w < cooc.length; w++) {
      for (int c = 0; c < width; c++) {
        contextTotals[c] += cooc[w][c];
        wordTotals[w] += cooc[w][c];
        total += cooc[w][c];
      }
    }
    Random random = new Random(seed);
    float[][] projection = new float[width][dimensions];
    for (float[] row : projection) {
      for (int d = 0; d < dimensions; d++) {
        row[d] = (float) random.nextGaussian();
      }
    }
    float[][] vectors = new float[cooc.length][dimensions];
    for (int w = 0; w < cooc.length; w++) {
      for (int c = 0; c < width; c++) {
        int n = cooc[w][c];
        if (n == 0 || wordTotals[w] == 0) {
          continue;
        }
        double pmi = Math.log((double) n * total / ((double) wordTotals[w] * contextTotals[c]));
        if (pmi <= 0) {
          continue;
        }
        for (int d = 0; d < dimensions; d++) {
          vectors[w][d] += (float) pmi * projection[c][d];
        }
      }
      normalise(vectors[w]);
    }
    return vectors;
  }

  /** Spherical k-means, seeded with the most frequent words, a fixed number of rounds. */
  private int[] kmeans(float[][] vectors) {
    int k = Math.min(clusters, vectors.length);
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = vectors[c * (vectors.length / k)].clone();
    }
    int[] assignment = new int[vectors.length];
    for (int round = 0; round < 15; round++) {
      int moved = 0;
      for (int w = 0; w < vectors.length; w++) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float s = dot(vectors[w], centroids[c]);
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
        if (assignment[w] != best) {
          moved++;
        }
        assignment[w] = best;
      }
      float[][] sums = new float[k][dimensions];
      for (int w = 0; w < vectors.length; w++) {
        for (int d = 0; d < dimensions; d++) {
          sums[assignment[w]][d] += vectors[w][d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalise(sums[c]);
        centroids[c] = sums[c];
      }
      log.accept("k-means round " + (round + 1) + ": " + moved + " words moved");
      if (moved == 0) {
        break;
      }
    }
    return assignment;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  private static void normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> id = new HashMap<>(words.size() * 2);
    for (String w : words) {
      id.put(w, id.size());
    }
    return id;
  }

  /** Every sentence of both corpora as word keys (numbers, punctuation and Latin words as placeholders). */
  private List<String[]> readCorpora() throws IOException {
    TextStage text = TextStage.load();
    ObjectMapper json = new ObjectMapper();
    Map<String, String> interned = new HashMap<>();
    List<String[]> sentences = new ArrayList<>();
    for (String corpus : List.of("ant-multisource-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz")) {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(data.resolve("corpus").resolve(corpus)), 1 << 16), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          Document doc = text.apply(Document.of(null, json.readTree(line).path("text").asText(""), null));
          for (org.marsad.doc.Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokensOf(s);
            String[] keys = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
              Token t = tokens.get(i);
              String key = t.kind() == TokenKind.ARABIC ? Gazetteer.wordKey(SearchKeys.stem(t))
                  : t.kind() == TokenKind.NUMBER ? "<num>" : t.kind() == TokenKind.PUNCT ? t.norm() : "<" + t.kind() + ">";
              keys[i] = interned.computeIfAbsent(key, k -> k);
            }
            sentences.add(keys);
          }
        }
      }
      log.accept("read " + corpus + ": " + sentences.size() + " sentences so far");
    }
    return sentences;
  }
}
