package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of the NER features; a feature's string form is {@code name=value} ({@code name} alone for flags). */
final class FeatureNames {
  static final List<String> ALL = List.of(
      "b", "w", "s", "bs", "l", "p", "k", "pre", "post", "def", "len",
      "p1", "e1", "p2", "e2", "p3", "e3", "unknown",
      "m1s", "m1p", "m1l", "m1u", "m1g", "m2s", "m2p",
      "+1s", "+1p", "+1l", "+1u", "+1g", "+2s", "+2p",
      "m1", "m2", "+1", "+2",
      "m1s|s", "s|+1s", "g", "gp", "c", "m1c", "+1c");

  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < ALL.size(); i++) {
      INDEX.put(ALL.get(i), i);
    }
  }

  private FeatureNames() {}

  static int id(String name) {
    Integer id = INDEX.get(name);
    if (id == null) {
      throw new IllegalArgumentException("unknown feature name " + name);
    }
    return id;
  }

  /** Flags have no value: their string form is the name alone. */
  static boolean isFlag(String name) {
    return name.equals("b") || name.equals("def") || name.equals("unknown");
  }

  static String string(int id, String value) {
    String name = ALL.get(id);
    return isFlag(name) ? name : name + "=" + value;
  }

  /** Splits a stored feature string into (name id, value). */
  static Object[] parse(String feature) {
    int eq = feature.indexOf('=');
    if (eq < 0) {
      return new Object[] {id(feature), ""};
    }
    return new Object[] {id(feature.substring(0, eq)), feature.substring(eq + 1)};
  }
}
