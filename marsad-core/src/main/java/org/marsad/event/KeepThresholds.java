package org.marsad.event;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The probability at which the {@link EventFilter} keeps an event, per PLOVER type: one operating point
 * per class, as each type has its own base rate and its own cost of a dropped event ("PROTEST=0.15,
 * ASSAULT=0.25"); a type not named takes the fallback.
 */
public record KeepThresholds(double fallback, Map<String, Double> byType) {
  public KeepThresholds {
    Map<String, Double> upper = new TreeMap<>();
    byType.forEach((type, t) -> upper.put(type.toUpperCase(Locale.ROOT), t));
    byType = Map.copyOf(upper);
    check(fallback);
    byType.values().forEach(KeepThresholds::check);
  }

  /** One threshold for every type. */
  public static KeepThresholds of(double all) {
    return new KeepThresholds(all, Map.of());
  }

  /**
   * Parses "0.25" (all types) or "PROTEST=0.15,ASSAULT=0.25" (per type; a bare number among them is the
   * fallback, else 0.5).
   */
  public static KeepThresholds parse(String spec) {
    double fallback = 0.5;
    Map<String, Double> byType = new TreeMap<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      try {
        if (eq < 0) {
          fallback = Double.parseDouble(p);
        } else {
          byType.put(p.substring(0, eq).strip().toUpperCase(Locale.ROOT), Double.parseDouble(p.substring(eq + 1).strip()));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a threshold: \"" + p + "\" (expected 0.25 or TYPE=0.25)");
      }
    }
    return new KeepThresholds(fallback, byType);
  }

  /** The threshold for events of a PLOVER type. */
  public double forType(String type) {
    return type == null ? fallback : byType.getOrDefault(type.toUpperCase(Locale.ROOT), fallback);
  }

  private static void check(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("a keep threshold is a probability in [0, 1]: " + t);
    }
  }

  /**
   * The form {@link #parse} reads back: "0.25", or "ASSAULT=0.25,PROTEST=0.15" with the fallback first
   * unless it is parse's default of 0.5.
   */
  @Override
  public String toString() {
    if (byType.isEmpty()) {
      return format(fallback);
    }
    StringBuilder out = new StringBuilder(fallback == 0.5 ? "" : format(fallback));
    new TreeMap<>(byType).forEach((type, t) -> out.append(out.length() == 0 ? "" : ",").append(type).append('=')
        .append(format(t)));
    return out.toString();
  }

  private static String format(double t) {
    return String.format(Locale.ROOT, "%s", t);
  }
}
