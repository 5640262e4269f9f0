package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Arabic numbers written in words or digits: "أربعة" → 4, "سبعين" → 70, "ثلاثة آلاف" → 3000,
 * "خمسة وعشرون" → 25, "مليون ونصف" → 1,500,000, "1.5 مليار" → 1.5e9, "٢٥٠" → 250, "1,500" → 1500.
 *
 * <p>Works on a sequence of words (normalised or not: it applies the lexicon normalisation itself)
 * and reads the longest number that starts at a given word. Units, teens, tens and hundreds add up;
 * a scale word (ألف، مليون، مليار) multiplies what came before it, and "و + نصف/ربع" after a scale adds
 * that fraction of it.
 */
public final class NumberWords {
  /** A number read from {@code tokenCount} words. */
  public record Match(int tokenCount, double value) {}

  private enum Kind { SMALL, TEN_SUFFIX, SCALE, SCALE_PLURAL, SCALE_DUAL, FRACTION }

  private record Word(Kind kind, double value) {}

  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.LEXICON);
  private static final Map<String, Word> WORDS = new HashMap<>();

  static {
    small(1, "واحد", "واحدة");
    small(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
    small(3, "ثلاث", "ثلاثة");
    small(4, "أربع", "أربعة");
    small(5, "خمس", "خمسة");
    small(6, "ست", "ستة");
    small(7, "سبع", "سبعة");
    small(8, "ثمان", "ثماني", "ثمانية");
    small(9, "تسع", "تسعة");
    small(10, "عشر", "عشرة");
    small(20, "عشرون", "عشرين");
    small(30, "ثلاثون", "ثلاثين");
    small(40, "أربعون", "أربعين");
    small(50, "خمسون", "خمسين");
    small(60, "ستون", "ستين");
    small(70, "سبعون", "سبعين");
    small(80, "ثمانون", "ثمانين");
    small(90, "تسعون", "تسعين");
    small(100, "مائة", "مئة");
    small(200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي");
    String[] hundreds = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int i = 0; i < hundreds.length; i++) {
      small((i + 3) * 100, hundreds[i] + "مائة", hundreds[i] + "مئة");
    }
    small(800, "ثمانمائة", "ثمانمئة", "ثمانيمائة", "ثمانيمئة");
    put(Kind.TEN_SUFFIX, 10, "عشر", "عشرة");
    // "ألفا", "مليونا", "مليارا" are read as the accusative singular (بلغ العدد مليونا), far commoner in
    // news than the dual construct (ألفا جندي)
    put(Kind.SCALE, 1e3, "ألف", "ألفا");
    put(Kind.SCALE_DUAL, 2e3, "ألفان", "ألفين", "ألفي");
    put(Kind.SCALE_PLURAL, 1e3, "آلاف", "ألوف");
    put(Kind.SCALE, 1e6, "مليون", "مليونا");
    put(Kind.SCALE_DUAL, 2e6, "مليونان", "مليونين", "مليوني");
    put(Kind.SCALE_PLURAL, 1e6, "ملايين");
    put(Kind.SCALE, 1e9, "مليار", "بليون", "مليارا");
    put(Kind.SCALE_DUAL, 2e9, "ملياران", "مليارين", "بليونين");
    put(Kind.SCALE_PLURAL, 1e9, "مليارات", "بلايين");
    put(Kind.SCALE, 1e12, "تريليون", "ترليون");
    put(Kind.SCALE_PLURAL, 1e12, "تريليونات", "ترليونات");
    put(Kind.FRACTION, 0.5, "نصف");
    put(Kind.FRACTION, 0.25, "ربع");
    put(Kind.FRACTION, 1.0 / 3, "ثلث");
  }

  private NumberWords() {}

  private static void small(double value, String... forms) {
    put(Kind.SMALL, value, forms);
  }

  private static void put(Kind kind, double value, String... forms) {
    for (String form : forms) {
      String key = NORMALIZER.normalize(form);
      // "عشر" is both 10 and the teen suffix: keep the SMALL reading, teens are read by position
      WORDS.putIfAbsent(key, new Word(kind, value));
    }
  }

  /** The value of one word ("سبعين" → 70, "٢٥٠" → 250), or {@code null}. */
  public static Double value(String word) {
    Match match = read(List.of(word), 0);
    return match != null && match.tokenCount() == 1 ? match.value() : null;
  }

  /** The longest number starting at {@code words[from]}, or {@code null} when none starts there. */
  public static Match read(List<String> words, int from) {
    double total = 0;
    double current = 0;
    double lastScale = 0;
    boolean any = false;
    int i = from;
    boolean pendingConnector = false;
    boolean lastWasScale = false;
    while (i < words.size()) {
      String raw = NORMALIZER.normalize(words.get(i));
      if (any && raw.equals("و") && i + 1 < words.size()) {
        pendingConnector = true; // "مليونا و833 ألف": a lone و before digits
        i++;
        continue;
      }
      Double digits = any && !pendingConnector ? null : parseDigits(raw);
      if (digits != null) {
        current = any ? current + digits : digits;
        any = true;
        pendingConnector = false;
        lastWasScale = false;
        i++;
        continue;
      }
      boolean connector = pendingConnector;
      pendingConnector = false;
      Word word = lookup(raw);
      if (word == null && any && raw.length() > 2 && raw.charAt(0) == 'و') {
        word = lookup(raw.substring(1));
        connector = word != null;
      }
      if (word == null) {
        if (connector && raw.charAt(0) != 'و') {
          i--; // the lone و before this word is not part of the number
        }
        break;
      }
      if (word.kind() == Kind.SMALL || word.kind() == Kind.TEN_SUFFIX) {
        double v = word.value();
        if (any && !connector && current > 0 && current < 10 && v == 10) {
          current += 10; // teens: ثلاثة عشر
        } else if (any && !connector) {
          break; // two numbers side by side, not one
        } else {
          current += v;
        }
      } else if (word.kind() == Kind.FRACTION) {
        if (connector && lastScale > 0 && current == 0) {
          total += word.value() * lastScale;
        } else if (!any) {
          current = word.value();
        } else {
          break;
        }
      } else { // scales
        if (connector) {
          break;
        }
        double scale = word.kind() == Kind.SCALE_DUAL ? word.value() / 2 : word.value();
        if (lastWasScale && current == 0 && scale > lastScale) {
          total *= scale; // "8 آلاف مليار": thousands of billions
        } else if (word.kind() == Kind.SCALE_DUAL) {
          if (current != 0) {
            break;
          }
          total += word.value();
        } else {
          total += (current == 0 ? 1 : current) * word.value();
        }
        current = 0;
        lastScale = scale;
        lastWasScale = true;
        any = true;
        i++;
        continue;
      }
      lastWasScale = false;
      any = true;
      i++;
    }
    if (!any) {
      return null;
    }
    if (pendingConnector) {
      i--; // a trailing و belongs to what follows
    }
    return new Match(i - from, total + current);
  }

  private static Word lookup(String word) {
    Word w = WORDS.get(word);
    if (w == null && word.startsWith("ال") && word.length() > 4) {
      w = WORDS.get(word.substring(2));
    }
    return w;
  }

  /**
   * Digits with separators: "1,500" and "1.500.000" group thousands; "1.5" and "3,5" are decimals.
   * Returns {@code null} when the string is not a number.
   */
  public static Double parseDigits(String s) {
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return null;
    }
    int commas = 0;
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',') {
        commas++;
      } else if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    String plain;
    if (commas > 0 && dots > 0) {
      plain = s.replace(",", "");
    } else if (commas > 0) {
      plain = groupsOfThree(s, ',') ? s.replace(",", "") : s.replace(',', '.');
    } else if (dots > 1) {
      plain = groupsOfThree(s, '.') ? s.replace(".", "") : null;
    } else {
      plain = s;
    }
    if (plain == null || plain.indexOf('.') != plain.lastIndexOf('.')) {
      return null;
    }
    return Double.parseDouble(plain);
  }

  private static boolean groupsOfThree(String s, char separator) {
    String[] groups = s.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }
}
