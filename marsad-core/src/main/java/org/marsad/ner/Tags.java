package org.marsad.ner;

import java.util.List;

/** The BIO tag set over ANERcorp's entity types (its PERS is our PER). */
public final class Tags {
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");
  /** O, then B-PER, I-PER, B-LOC, I-LOC, … */
  public static final List<String> ALL = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
      "B-MISC", "I-MISC");
  public static final int COUNT = ALL.size();
  public static final int O = 0;

  private Tags() {}

  public static int index(String tag) {
    String t = tag.replace("PERS", "PER");
    int i = ALL.indexOf(t);
    if (i < 0) {
      throw new IllegalArgumentException("unknown tag " + tag);
    }
    return i;
  }

  public static boolean isBegin(int tag) {
    return tag != O && tag % 2 == 1;
  }

  public static String type(int tag) {
    return tag == O ? null : ALL.get(tag).substring(2);
  }

  /** I-X may only follow B-X or I-X. */
  public static boolean allowed(int previous, int tag) {
    if (tag == O || isBegin(tag)) {
      return true;
    }
    return previous != O && type(previous).equals(type(tag));
  }
}
