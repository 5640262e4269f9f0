package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word name lists (persons, locations, organisations) matched against a sentence's words: for
 * each word, which lists it is part of and where ("B-LOC" for the first word of a location name).
 * Words are search keys without proclitics or article, so "والقاهرة" matches "القاهرة".
 */
public final class Gazetteer {
  /** name (words joined by ' ') → types, e.g. "LOC" or "LOC|ORG" */
  private final Map<String, String> names;
  private final int longest;

  /** Every proper word-prefix of a name ("جامعة الدول" of "جامعة الدول العربية"): matching stops early. */
  private final java.util.Set<String> prefixes;

  public Gazetteer(Map<String, String> names) {
    this.names = Map.copyOf(names);
    this.prefixes = org.marsad.text.WordPrefixes.of(names.keySet());
    this.longest = Math.min(org.marsad.text.WordPrefixes.longest(names.keySet()), 6);
  }

  public Map<String, String> names() {
    return names;
  }

  /** For each word, the gazetteer features it carries ("B-LOC", "I-ORG"), or null. */
  public String[][] match(List<String> words) {
    String[][] out = new String[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= longest && i + n <= words.size(); n++) {
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(words.get(i + n - 1));
        String key = phrase.toString();
        String types = names.get(key);
        boolean longer = prefixes.contains(key);
        if (types == null) {
          if (!longer) {
            break;
          }
          continue;
        }
        for (String type : types.split("\\|")) {
          add(out, i, "B-" + type + (n == 1 ? "1" : ""));
          for (int k = i + 1; k < i + n; k++) {
            add(out, k, "I-" + type);
          }
        }
        if (!longer) {
          break;
        }
      }
    }
    return out;
  }

  private static void add(String[][] out, int i, String feature) {
    String[] old = out[i];
    if (old == null) {
      out[i] = new String[] {feature};
      return;
    }
    for (String f : old) {
      if (f.equals(feature)) {
        return;
      }
    }
    String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
    grown[old.length] = feature;
    out[i] = grown;
  }

  /** The key a name's word is stored and looked up under: search-normalised, without the article. */
  public static String wordKey(String searchKey) {
    return searchKey.startsWith("ال") && searchKey.length() > 3 ? searchKey.substring(2) : searchKey;
  }

  public static Map<String, String> newMap() {
    return new HashMap<>();
  }
}
