package org.marsad.ner;

import java.util.Map;

/**
 * The model's weights in an open-addressing table keyed by (feature name id, value string), so that
 * tagging looks features up without concatenating "name=value" strings.
 *
 * <p>Laid out for the cache, since a sentence's lookups are most of the tagger's time and, in the full
 * pipeline, the other stages evict the table between sentences: each slot is one {@code long} holding a
 * 64-bit hash of the feature, cut to the bits the entry number leaves, and the entry number; the weights
 * of all features lie in one flat array, a feature's tags side by side. A lookup reads one slot (two
 * on a collision, rarely more) and, when the feature is there, one run of weights. The value strings are
 * not kept: two features agree on their whole hash by chance with odds of about 2^-45 per lookup, far
 * below any effect on the tags (a hash match is how hashed-feature taggers look up all their weights).
 */
final class FeatureTable {
  private final long[] slots;
  /** The weights, {@link Tags#COUNT} per entry. */
  private final float[] weights;
  private final int mask;
  /** How many low bits of a slot hold the entry number; the rest hold the feature's hash. */
  private final int entryBits;
  private final long entryMask;

  FeatureTable(Map<String, float[]> byString) {
    int capacity = Integer.highestOneBit(Math.max(16, byString.size() * 2)) * 2;
    slots = new long[capacity];
    weights = new float[byString.size() * Tags.COUNT];
    mask = capacity - 1;
    entryBits = 64 - Long.numberOfLeadingZeros(Math.max(1, byString.size()));
    entryMask = (1L << entryBits) - 1;
    int entry = 0;
    for (Map.Entry<String, float[]> e : byString.entrySet()) {
      Object[] parsed = FeatureNames.parse(e.getKey());
      long hash = hash((Integer) parsed[0], (String) parsed[1]);
      int slot = (int) hash & mask;
      while (slots[slot] != 0) {
        if (fingerprint(slots[slot]) == fingerprint(hash)) {
          throw new IllegalStateException("two features with one hash: " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = (hash & ~entryMask) | entry;
      System.arraycopy(e.getValue(), 0, weights, entry * Tags.COUNT, Tags.COUNT);
      entry++;
    }
  }

  /**
   * FNV-1a over the name and the value's characters, never 0 in the bits a slot keeps (an empty slot is
   * 0).
   */
  private long hash(int name, String value) {
    long h = 0xcbf29ce484222325L ^ name;
    h *= 0x100000001b3L;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 29; // (the low bits pick the slot: mix the high ones in)
    return h | (1L << 63);
  }

  private long fingerprint(long slotOrHash) {
    return slotOrHash & ~entryMask;
  }

  /**
   * Adds the weights of feature (name, value) to {@code emission}, one per tag; returns whether the model
   * has the feature.
   */
  boolean addTo(int name, String value, float[] emission) {
    long hash = hash(name, value);
    long fingerprint = hash & ~entryMask;
    int slot = (int) hash & mask;
    long s;
    while ((s = slots[slot]) != 0) {
      if ((s & ~entryMask) == fingerprint) {
        int base = (int) (s & entryMask) * Tags.COUNT;
        for (int tag = 0; tag < Tags.COUNT; tag++) {
          emission[tag] += weights[base + tag];
        }
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }
}
