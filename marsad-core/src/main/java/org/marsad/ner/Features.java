package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one sentence as (name, value) pairs per token: "s" + "موسكو" rather than the string
 * "s=موسكو". Tagging looks the pairs up without building a string for each (the value strings are the
 * tokens' own keys, whose hash codes Java caches), which is most of what makes the tagger fast.
 */
public final class Features {
  private final List<int[]> names = new ArrayList<>();
  private final List<String[]> values = new ArrayList<>();
  private int[] currentNames = new int[64];
  private String[] currentValues = new String[64];
  private int size;

  void add(int name, String value) {
    if (size == currentNames.length) {
      currentNames = java.util.Arrays.copyOf(currentNames, size * 2);
      currentValues = java.util.Arrays.copyOf(currentValues, size * 2);
    }
    currentNames[size] = name;
    currentValues[size] = value == null ? "null" : value;
    size++;
  }

  void endToken() {
    names.add(java.util.Arrays.copyOf(currentNames, size));
    values.add(java.util.Arrays.copyOf(currentValues, size));
    size = 0;
  }

  public int tokens() {
    return names.size();
  }

  int[] names(int token) {
    return names.get(token);
  }

  String[] values(int token) {
    return values.get(token);
  }

  /** The features as "name=value" strings, the form the model is trained and stored in. */
  public List<List<String>> asStrings() {
    List<List<String>> out = new ArrayList<>(names.size());
    for (int t = 0; t < names.size(); t++) {
      int[] n = names.get(t);
      String[] v = values.get(t);
      List<String> f = new ArrayList<>(n.length);
      for (int k = 0; k < n.length; k++) {
        f.add(FeatureNames.string(n[k], v[k]));
      }
      out.add(f);
    }
    return out;
  }
}
