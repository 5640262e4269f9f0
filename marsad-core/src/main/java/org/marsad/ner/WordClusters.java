package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word clusters learnt from the unlabelled news corpora by {@code marsad train clusters}:
 * words that occur between the same neighbours share a cluster ("موسكو" with "أنقرة" and "طهران"),
 * which lets the NER model generalise to names it never saw in ANERcorp. Keyed like the gazetteer
 * (search key of the stem, without the article).
 */
public final class WordClusters {
  public static final String RESOURCE = "/org/marsad/ner/clusters.tsv.gz";
  public static final WordClusters NONE = new WordClusters(Map.of());

  private final Map<String, String> clusters;

  public WordClusters(Map<String, String> clusters) {
    this.clusters = clusters;
  }

  /** The shipped clusters, or none when the resource is absent (the model then has no cluster features). */
  public static WordClusters load() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return NONE;
      }
      Map<String, String> map = new HashMap<>(1 << 16);
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#")) {
            map.put(line.substring(0, tab), line.substring(tab + 1).intern());
          }
        }
      }
      return new WordClusters(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cluster of a word key, or {@code null}. */
  public String of(String key) {
    return clusters.get(key);
  }

  public int size() {
    return clusters.size();
  }
}
