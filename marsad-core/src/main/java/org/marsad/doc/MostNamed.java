package org.marsad.doc;

import java.util.Map;

/**
 * The key a document names most, when it leads the next by a clear margin: the country an article is
 * about, the kingdom its "المملكة" means. Ties and near ties give none, as a reader would not guess.
 */
public final class MostNamed {
  private MostNamed() {}

  /**
   * The key with the highest count, when that count is at least {@code atLeast} and at least {@code lead}
   * times the next one; null otherwise.
   */
  public static <K> K of(Map<K, Integer> counts, int atLeast, double lead) {
    K top = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<K, Integer> c : counts.entrySet()) {
      if (c.getValue() > first) {
        second = first;
        first = c.getValue();
        top = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    return top != null && first >= atLeast && first >= lead * second ? top : null;
  }
}
