package org.marsad.text;

import java.util.HashSet;
import java.util.Set;

/** Word-prefixes of multi-word names, so that a longest-match scan can stop as soon as none fits. */
public final class WordPrefixes {
  private WordPrefixes() {}

  /** Every proper word-prefix of each phrase ("جامعة الدول" of "جامعة الدول العربية"); words are space-separated. */
  public static Set<String> of(Iterable<String> phrases) {
    Set<String> prefixes = new HashSet<>();
    for (String phrase : phrases) {
      int space = phrase.indexOf(' ');
      while (space >= 0) {
        prefixes.add(phrase.substring(0, space));
        space = phrase.indexOf(' ', space + 1);
      }
    }
    return prefixes;
  }

  /** How many words the longest phrase has. */
  public static int longest(Iterable<String> phrases) {
    int max = 1;
    for (String phrase : phrases) {
      int words = 1;
      for (int i = 0; i < phrase.length(); i++) {
        if (phrase.charAt(i) == ' ') {
          words++;
        }
      }
      max = Math.max(max, words);
    }
    return max;
  }
}
