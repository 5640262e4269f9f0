package org.marsad.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain model over BIO tags: one weight per (feature, tag) plus tag-transition weights,
 * decoded with Viterbi (an I-X tag may only follow B-X or I-X). Trained by {@link PerceptronTrainer}.
 *
 * <p>Stored as gzipped text: the gazetteer ("G name types"), the transitions ("T …") and one line per
 * feature with its nonzero weights ("F feature tag:weight …").
 */
public final class SequenceModel {
  final Map<String, float[]> weights;
  /** transitions[previous][tag]; previous = {@link Tags#COUNT} is the sentence start. */
  final float[][] transitions;
  private final Gazetteer gazetteer;

  SequenceModel(Map<String, float[]> weights, float[][] transitions, Gazetteer gazetteer) {
    this.weights = weights;
    this.transitions = transitions;
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public int featureCount() {
    return weights.size();
  }

  /** The best tag sequence for the features of a sentence's tokens (string form, for training). */
  public int[] decode(List<List<String>> features) {
    int n = features.size();
    float[][] emissions = new float[n][Tags.COUNT];
    for (int i = 0; i < n; i++) {
      for (String f : features.get(i)) {
        float[] w = weights.get(f);
        if (w != null) {
          for (int k = 0; k < Tags.COUNT; k++) {
            emissions[i][k] += w[k];
          }
        }
      }
    }
    return viterbi(emissions);
  }

  /** The best tag sequence for a sentence's features (the fast path: no feature strings are built). */
  public int[] decode(Features features) {
    FeatureTable table = table();
    int n = features.tokens();
    float[][] emissions = new float[n][Tags.COUNT];
    for (int i = 0; i < n; i++) {
      int[] names = features.names(i);
      String[] values = features.values(i);
      float[] emission = emissions[i];
      for (int k = 0; k < names.length; k++) {
        table.addTo(names[k], values[k], emission);
      }
    }
    return viterbi(emissions);
  }

  private volatile FeatureTable table;

  private FeatureTable table() {
    FeatureTable t = table;
    if (t == null) {
      t = new FeatureTable(weights);
      table = t;
    }
    return t;
  }

  private int[] viterbi(float[][] emissions) {
    int n = emissions.length;
    int t = Tags.COUNT;
    if (n == 0) {
      return new int[0];
    }
    float[][] score = new float[n][t];
    int[][] back = new int[n][t];
    for (int i = 0; i < n; i++) {
      float[] emission = emissions[i];
      for (int tag = 0; tag < t; tag++) {
        if (i == 0) {
          score[0][tag] = Tags.allowed(Tags.O, tag) ? transitions[t][tag] + emission[tag] : Float.NEGATIVE_INFINITY;
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int prev = 0; prev < t; prev++) {
          if (!Tags.allowed(prev, tag)) {
            continue;
          }
          float s = score[i - 1][prev] + transitions[prev][tag];
          if (s > best) {
            best = s;
            arg = prev;
          }
        }
        score[i][tag] = best + emission[tag];
        back[i][tag] = arg;
      }
    }
    int[] tags = new int[n];
    float best = Float.NEGATIVE_INFINITY;
    for (int tag = 0; tag < t; tag++) {
      if (score[n - 1][tag] > best) {
        best = score[n - 1][tag];
        tags[n - 1] = tag;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      tags[i - 1] = back[i][tags[i]];
    }
    return tags;
  }

  public void write(OutputStream out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.write("# marsad ner model: tags " + String.join(" ", Tags.ALL) + "\n");
      for (Map.Entry<String, String> g : new TreeMap<>(gazetteer.names()).entrySet()) {
        w.write("G\t" + g.getKey() + "\t" + g.getValue() + "\n");
      }
      for (int prev = 0; prev <= Tags.COUNT; prev++) {
        w.write("T\t" + prev);
        for (float v : transitions[prev]) {
          w.write("\t" + v);
        }
        w.write("\n");
      }
      for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
        StringBuilder line = new StringBuilder("F\t").append(e.getKey());
        float[] v = e.getValue();
        for (int k = 0; k < v.length; k++) {
          if (v[k] != 0) {
            line.append('\t').append(k).append(':').append(v[k]);
          }
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  public static SequenceModel read(InputStream in) throws IOException {
    Map<String, float[]> weights = new HashMap<>(1 << 18);
    float[][] transitions = new float[Tags.COUNT + 1][Tags.COUNT];
    Map<String, String> names = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        switch (parts[0]) {
          case "G":
            names.put(parts[1], parts[2]);
            break;
          case "T": {
            int prev = Integer.parseInt(parts[1]);
            for (int k = 0; k < Tags.COUNT; k++) {
              transitions[prev][k] = Float.parseFloat(parts[2 + k]);
            }
            break;
          }
          case "F": {
            float[] v = new float[Tags.COUNT];
            for (int k = 2; k < parts.length; k++) {
              int colon = parts[k].indexOf(':');
              v[Integer.parseInt(parts[k], 0, colon, 10)] = Float.parseFloat(parts[k].substring(colon + 1));
            }
            weights.put(parts[1], v);
            break;
          }
          default:
            throw new IOException("bad model line: " + line);
        }
      }
    }
    return new SequenceModel(weights, transitions, new Gazetteer(names));
  }
}
