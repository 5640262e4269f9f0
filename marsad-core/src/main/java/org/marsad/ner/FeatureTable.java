package org.marsad.ner;

import java.util.Map;

/**
 * The model's weights in an open-addressing table keyed by (feature name id, value string), so that
 * tagging looks features up without concatenating "name=value" strings.
 */
final class FeatureTable {
  private final int[] names;
  private final String[] values;
  private final float[][] weights;
  private final int mask;

  FeatureTable(Map<String, float[]> byString) {
    int capacity = Integer.highestOneBit(Math.max(16, byString.size() * 2)) * 2;
    names = new int[capacity];
    values = new String[capacity];
    weights = new float[capacity][];
    mask = capacity - 1;
    for (Map.Entry<String, float[]> e : byString.entrySet()) {
      Object[] parsed = FeatureNames.parse(e.getKey());
      int name = (Integer) parsed[0];
      String value = (String) parsed[1];
      int slot = hash(name, value) & mask;
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      names[slot] = name;
      values[slot] = value;
      weights[slot] = e.getValue();
    }
  }

  private static int hash(int name, String value) {
    int h = value.hashCode() * 31 + name;
    return h ^ (h >>> 16);
  }

  float[] get(int name, String value) {
    int slot = hash(name, value) & mask;
    while (values[slot] != null) {
      if (names[slot] == name && values[slot].equals(value)) {
        return weights[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }
}
