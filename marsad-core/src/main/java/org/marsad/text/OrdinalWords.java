package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Arabic ordinal numbers up to 31 (the days of a month): "الأول" → 1, "الخامس عشر" → 15,
 * "الحادي والعشرين" → 21, "الثلاثين" → 30. Works on words normalised for search
 * ({@link ArabicNormalizer.Options#SEARCH}), masculine and feminine forms alike.
 */
public final class OrdinalWords {
  /** An ordinal read from {@code tokenCount} words. */
  public record Match(int tokenCount, int value) {}

  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.SEARCH);
  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();

  static {
    unit(1, "الأول", "الأولى", "الحادي", "الحادية");
    unit(2, "الثاني", "الثانية");
    unit(3, "الثالث", "الثالثة");
    unit(4, "الرابع", "الرابعة");
    // (الأخير, "the last", is read by the quarter rule, not here)
    unit(5, "الخامس", "الخامسة");
    unit(6, "السادس", "السادسة");
    unit(7, "السابع", "السابعة");
    unit(8, "الثامن", "الثامنة");
    unit(9, "التاسع", "التاسعة");
    unit(10, "العاشر", "العاشرة");
    TENS.put(NORMALIZER.normalize("العشرين"), 20);
    TENS.put(NORMALIZER.normalize("العشرون"), 20);
    TENS.put(NORMALIZER.normalize("الثلاثين"), 30);
    TENS.put(NORMALIZER.normalize("الثلاثون"), 30);
  }

  private OrdinalWords() {}

  private static void unit(int value, String... forms) {
    for (String f : forms) {
      UNITS.put(NORMALIZER.normalize(f), value);
    }
  }

  /** The ordinal starting at {@code words[from]} (search-normalised words), or {@code null}. */
  public static Match read(List<String> words, int from) {
    if (from >= words.size()) {
      return null;
    }
    String first = words.get(from);
    Integer tens = TENS.get(first);
    if (tens != null) {
      return new Match(1, tens);
    }
    Integer unit = UNITS.get(first);
    if (unit == null) {
      return null;
    }
    if (from + 1 < words.size()) {
      String next = words.get(from + 1);
      if (unit < 10 && (next.equals("عشر") || next.equals("عشره"))) {
        return new Match(2, unit + 10);
      }
      if (unit < 10 && next.startsWith("و")) {
        Integer t = TENS.get(next.substring(1));
        if (t != null) {
          return new Match(2, t + unit);
        }
      }
    }
    return new Match(1, unit);
  }
}
