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

  /** Each tag's entity type, computed once: the decoder asks for it at every step of its inner loop. */
  private static final String[] TYPE_OF = ALL.stream().map(t -> t.equals("O") ? null : t.substring(2))
      .toArray(String[]::new);
  private static final boolean[][] ALLOWED = new boolean[COUNT][COUNT];

  static {
    for (int previous = 0; previous < COUNT; previous++) {
      for (int tag = 0; tag < COUNT; tag++) {
        ALLOWED[previous][tag] = tag == O || isBegin(tag)
            || previous != O && TYPE_OF[previous].equals(TYPE_OF[tag]);
      }
    }
  }

  public static String type(int tag) {
    return TYPE_OF[tag];
  }

  /** I-X may only follow B-X or I-X. */
  public static boolean allowed(int previous, int tag) {
    return ALLOWED[previous][tag];
  }
}
