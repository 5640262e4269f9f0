package org.marsad.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * The words of Arabic time expressions, keyed by their search-normalised form
 * ({@link ArabicNormalizer.Options#SEARCH}: alef, ى, ة and hamza seats folded).
 */
final class TimeWords {
  private TimeWords() {}

  static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.SEARCH);

  static String key(String word) {
    return NORMALIZER.normalize(word);
  }

  /** Gregorian month names of the Egyptian/Western, Levantine/Iraqi, Maghrebi and Moroccan sets. */
  static final Map<List<String>, Integer> MONTHS = new HashMap<>();
  /** Month names that are also common words or names (آب father, نيسان a car): need a date context. */
  static final java.util.Set<List<String>> AMBIGUOUS_MONTHS = new java.util.HashSet<>();
  static final Map<List<String>, Integer> HIJRI_MONTHS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();

  static {
    month(1, "يناير", "جانفي", "كانون الثاني");
    month(2, "فبراير", "فيفري", "شباط");
    month(3, "مارس", "آذار");
    month(4, "أبريل", "إبريل", "ابريل", "أفريل", "نيسان");
    month(5, "مايو", "ماي", "أيار");
    month(6, "يونيو", "يونية", "جوان", "حزيران");
    month(7, "يوليو", "يولية", "جويلية", "تموز", "يوليوز");
    month(8, "أغسطس", "أوت", "آب", "غشت");
    month(9, "سبتمبر", "أيلول", "شتنبر");
    month(10, "أكتوبر", "تشرين الأول");
    month(11, "نوفمبر", "تشرين الثاني", "نونبر");
    month(12, "ديسمبر", "كانون الأول", "دجنبر");
    for (String word : new String[] {"آب", "نيسان", "تموز", "ماي", "أيار", "مارس"}) {
      AMBIGUOUS_MONTHS.add(words(word));
    }
    hijri(1, "محرم");
    hijri(2, "صفر");
    hijri(3, "ربيع الأول");
    hijri(4, "ربيع الآخر", "ربيع الثاني");
    hijri(5, "جمادى الأولى", "جمادى الأول");
    hijri(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر");
    hijri(7, "رجب");
    hijri(8, "شعبان");
    hijri(9, "رمضان");
    hijri(10, "شوال");
    hijri(11, "ذو القعدة", "ذي القعدة");
    hijri(12, "ذو الحجة", "ذي الحجة");
    weekday(1, "الاثنين", "الإثنين");
    weekday(2, "الثلاثاء");
    weekday(3, "الأربعاء");
    weekday(4, "الخميس");
    weekday(5, "الجمعة");
    weekday(6, "السبت");
    weekday(7, "الأحد");
  }

  private static List<String> words(String phrase) {
    return List.of(key(phrase).split(" "));
  }

  private static void month(int n, String... names) {
    for (String name : names) {
      MONTHS.put(words(name), n);
    }
  }

  private static void hijri(int n, String... names) {
    for (String name : names) {
      HIJRI_MONTHS.put(words(name), n);
    }
  }

  private static void weekday(int isoDay, String... names) {
    for (String name : names) {
      WEEKDAYS.put(key(name), isoDay);
      WEEKDAYS.put(key(name.substring(2)), isoDay); // يوم اثنين، كل جمعة
    }
  }

  /** Calendar units: singular, dual and plural forms → unit and the count the form itself carries. */
  record Unit(char code, int count) {}

  static final Map<String, Unit> UNITS = new HashMap<>();

  static {
    unit('D', 1, "يوم", "يوما", "اليوم");
    unit('D', 2, "يومين", "يومان", "اليومين");
    unit('D', 0, "أيام", "الأيام");
    unit('W', 1, "أسبوع", "أسبوعا", "الأسبوع");
    unit('W', 2, "أسبوعين", "أسبوعان", "الأسبوعين");
    unit('W', 0, "أسابيع", "الأسابيع");
    unit('M', 1, "شهر", "شهرا", "الشهر");
    unit('M', 2, "شهرين", "شهران", "الشهرين");
    unit('M', 0, "أشهر", "شهور", "الأشهر", "الشهور");
    unit('Y', 1, "عام", "عاما", "سنة", "العام", "السنة");
    unit('Y', 2, "عامين", "عامان", "سنتين", "سنتان", "العامين", "السنتين");
    unit('Y', 0, "أعوام", "سنوات", "سنين", "الأعوام", "السنوات");
    unit('H', 1, "ساعة");
    unit('H', 2, "ساعتين", "ساعتان", "الساعتين");
    unit('H', 0, "ساعات", "الساعات");
    unit('m', 1, "دقيقة");
    unit('m', 2, "دقيقتين", "دقيقتان");
    unit('m', 0, "دقائق");
    unit('X', 1, "عقد", "عقدا");
    unit('X', 2, "عقدين", "عقدان");
    unit('X', 0, "عقود");
  }

  private static void unit(char code, int count, String... forms) {
    for (String form : forms) {
      UNITS.put(key(form), new Unit(code, count));
    }
  }

  /** Words after a period that place it: الماضي → -1, المقبل → +1, الجاري → 0. */
  static final Map<String, Integer> PERIOD_SHIFT = new HashMap<>();

  static {
    for (String w : new String[] {"الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة",
        "المنقضي",
        "الماضيين", "الماضيتين", "المنصرمين", "المنصرمتين", "الفائتين", "الفائتتين", "السابقين", "السابقتين"}) {
      PERIOD_SHIFT.put(key(w), -1);
    }
    for (String w : new String[] {"المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية", "الآتي",
        "الجديد", "الجديدة",
        "المقبلين", "المقبلتين", "القادمين", "القادمتين"}) {
      PERIOD_SHIFT.put(key(w), 1);
    }
    for (String w : new String[] {"الجاري", "الجارية", "الحالي", "الحالية", "هذا", "هذه"}) {
      PERIOD_SHIFT.put(key(w), 0);
    }
  }

  /** Words that name a part of a period: مطلع يناير، أواخر العام. */
  static final java.util.Set<String> PERIOD_PARTS = new java.util.HashSet<>();

  static {
    for (String w : new String[] {"مطلع", "أوائل", "بداية", "بدايات", "مستهل", "أول", "منتصف", "أواسط", "وسط",
        "أواخر", "نهاية", "نهايات", "ختام", "آخر", "أواخر", "مطالع", "خلال", "طيلة", "طوال"}) {
      PERIOD_PARTS.add(key(w));
    }
  }

  /** Words that set a future tense for the sentence (weekday and month resolution). */
  static final java.util.Set<String> FUTURE_MARKERS = new java.util.HashSet<>();

  static {
    for (String w : new String[] {"سوف", "المقبل", "المقبلة", "القادم", "القادمة", "المقرر", "يعتزم", "تعتزم",
        "سيتم", "ستتم", "المرتقب", "المرتقبة", "المنتظر"}) {
      FUTURE_MARKERS.add(key(w));
    }
  }

  /**
   * Every word that can start a time expression (numbers and "(" aside). Rules run only where one
   * stands, which keeps the stage cheap next to the text layer.
   */
  static final java.util.Set<String> TRIGGERS = new java.util.HashSet<>();

  static {
    MONTHS.keySet().forEach(k -> TRIGGERS.add(k.get(0)));
    HIJRI_MONTHS.keySet().forEach(k -> TRIGGERS.add(k.get(0)));
    TRIGGERS.addAll(WEEKDAYS.keySet());
    TRIGGERS.addAll(UNITS.keySet());
    TRIGGERS.addAll(PERIOD_PARTS);
    for (String w : new String[] {"يوم", "شهر", "عام", "سنة", "العام", "السنة", "القرن", "هذا", "هذه", "أمس",
        "الأمس", "البارحة", "أول", "بعد", "غدا", "غد", "الغد", "بكرا", "بكرة", "اليوم", "صباح", "فجر", "ظهر",
        "ظهيرة", "عصر", "مساء", "ليلة", "ليل", "منذ", "قبل", "خلال", "غضون", "الساعة", "لمدة", "مدة", "طيلة",
        "طوال", "قرابة", "نحو", "على", "كل", "سنويا", "شهريا", "أسبوعيا", "يوميا", "حاليا", "الآن", "راهنا",
        "مؤخرا", "سابقا", "قريبا", "مستقبلا", "لاحقا", "الوقت", "الماضي", "المستقبل", "الأول", "الأولى",
        "الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
        "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة",
        "العاشر", "العاشرة", "العشرين", "الثلاثين", "العشرون", "الثلاثون", "الليلة", "الربع", "وقت", "الآونة",
        "الفترة", "عدة", "بضعة", "بضع"}) {
      TRIGGERS.add(key(w));
    }
    for (String decade : new String[] {"العشرينيات", "العشرينات", "الثلاثينيات", "الثلاثينات", "الأربعينيات",
        "الأربعينات", "الخمسينيات", "الخمسينات", "الستينيات", "الستينات", "السبعينيات", "السبعينات",
        "الثمانينيات", "الثمانينات", "التسعينيات", "التسعينات"}) {
      TRIGGERS.add(key(decade));
      TRIGGERS.add(key(decade.substring(2)));
    }
  }

  /** Introducing words: a time expression starts here only if a time word or number follows. */
  static final java.util.Set<String> INTRODUCERS = new java.util.HashSet<>();
  /** Ordinal words (الخامس عشر من يناير): a day only before a month name. */
  static final java.util.Set<String> ORDINALS = new java.util.HashSet<>();
  /** First words of Gregorian and Hijri month names. */
  static final java.util.Set<String> MONTH_STARTS = new java.util.HashSet<>();

  static {
    for (String w : new String[] {"على", "نحو", "قرابة", "مدة", "لمدة", "طيلة", "طوال", "منذ", "قبل", "بعد", "خلال",
        "غضون", "هذا", "هذه", "كل", "أول", "آخر", "وسط", "مطلع", "أوائل", "بداية", "بدايات", "مستهل", "منتصف", "أواسط",
        "أواخر", "نهاية", "نهايات", "ختام", "مطالع"}) {
      INTRODUCERS.add(key(w));
    }
    for (String w : new String[] {"الأول", "الأولى", "الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة",
        "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة",
        "التاسع", "التاسعة", "العاشر", "العاشرة", "العشرين", "الثلاثين", "العشرون", "الثلاثون"}) {
      ORDINALS.add(key(w));
    }
    MONTHS.keySet().forEach(k -> MONTH_STARTS.add(k.get(0)));
    HIJRI_MONTHS.keySet().forEach(k -> MONTH_STARTS.add(k.get(0)));
  }

  /** Triggers with a conjunction or preposition glued on (وجويلية), for words the segmenter left whole. */
  static final java.util.Set<String> CONJ_TRIGGERS = new java.util.HashSet<>();
  /** One look-up per word: trigger → itself, glued trigger → the trigger without its first letter. */
  static final Map<String, String> TRIGGER_KEYS = new HashMap<>();

  static {
    for (String t : TRIGGERS) {
      if (t.length() >= 3) {
        for (String p : new String[] {"و", "ف", "ب", "ل"}) {
          CONJ_TRIGGERS.add(p + t);
          TRIGGER_KEYS.put(p + t, t);
        }
      }
    }
    for (String t : TRIGGERS) {
      TRIGGER_KEYS.put(t, t);
    }
  }
}
