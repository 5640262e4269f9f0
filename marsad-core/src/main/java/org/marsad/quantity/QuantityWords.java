package org.marsad.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Units of measure and currencies as news writes them, keyed by search-normalised word sequences
 * ({@link ArabicNormalizer.Options#SEARCH}). Hand-curated: no library maps Arabic unit and currency
 * words (with their plural and dual forms) to codes.
 */
final class QuantityWords {
  private QuantityWords() {}

  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.SEARCH);

  static String key(String word) {
    return NORMALIZER.normalize(word);
  }

  static final Map<List<String>, String> UNITS = new HashMap<>();
  static final Map<List<String>, String> CURRENCIES = new HashMap<>();
  static final Map<List<String>, String> PERCENT = new HashMap<>();

  static {
    unit("km", "كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو متر", "كيلو مترا", "كيلو مترات", "كيلومترين");
    unit("km2", "كيلومتر مربع", "كيلومترا مربعا", "كيلومترات مربعة", "كم مربع", "كم2", "كلم مربع");
    unit("m", "متر", "مترا", "أمتار", "مترين", "م");
    unit("m2", "متر مربع", "مترا مربعا", "أمتار مربعة");
    unit("cm", "سنتيمتر", "سنتيمترا", "سنتيمترات", "سم");
    unit("mile", "ميل", "ميلا", "أميال", "ميلين");
    unit("kg", "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلوجرام", "كيلوجراما", "كيلوجرامات", "كغ", "كلغ", "كجم", "كيلو");
    unit("g", "غرام", "غراما", "غرامات", "جرام", "جراما", "جرامات");
    unit("ton", "طن", "طنا", "أطنان", "طنين");
    unit("liter", "لتر", "لترا", "لترات", "ليتر", "ليترا", "ليترات");
    unit("barrel", "برميل", "برميلا", "براميل", "برميلين");
    unit("MW", "ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط", "ميغا واط", "ميجا وات");
    unit("GW", "غيغاواط", "جيجاوات", "جيغاواط", "غيغاوات", "جيجاواط");
    unit("kW", "كيلوواط", "كيلووات");
    unit("kWh", "كيلوواط ساعة", "كيلووات ساعة", "كيلوواط/ساعة");
    unit("hectare", "هكتار", "هكتارا", "هكتارات");
    unit("feddan", "فدان", "فدانا", "أفدنة");
    unit("degC", "درجة مئوية", "درجات مئوية", "درجة", "درجات");
    unit("cubic-meter", "متر مكعب", "مترا مكعبا", "أمتار مكعبة", "م3");
    unit("megabyte", "ميغابايت", "ميجابايت");
    currency("USD", "دولار", "دولارا", "دولارات", "دولارين", "دولار أمريكي", "دولار أميركي", "دولارا أمريكيا");
    currency("EUR", "يورو");
    currency("EGP", "جنيه", "جنيها", "جنيهات", "جنيه مصري", "جنيها مصريا", "جنيهات مصرية");
    currency("GBP", "جنيه إسترليني", "جنيها إسترلينيا", "جنيهات إسترلينية", "جنيه استرليني", "استرليني", "إسترليني");
    currency("SAR", "ريال", "ريالا", "ريالات", "ريال سعودي", "ريالا سعوديا", "ريالات سعودية");
    currency("QAR", "ريال قطري", "ريالا قطريا", "ريالات قطرية");
    currency("OMR", "ريال عماني", "ريالا عمانيا");
    currency("YER", "ريال يمني", "ريالا يمنيا");
    currency("IRR", "ريال إيراني", "ريالا إيرانيا");
    currency("AED", "درهم", "درهما", "دراهم", "درهم إماراتي", "درهما إماراتيا", "دراهم إماراتية");
    currency("MAD", "درهم مغربي", "درهما مغربيا", "دراهم مغربية");
    currency("KWD", "دينار كويتي", "دينارا كويتيا", "دنانير كويتية");
    currency("JOD", "دينار أردني", "دينارا أردنيا", "دنانير أردنية");
    currency("IQD", "دينار عراقي", "دينارا عراقيا", "دنانير عراقية");
    currency("TND", "دينار تونسي", "دينارا تونسيا", "دنانير تونسية");
    currency("DZD", "دينار جزائري", "دينارا جزائريا", "دنانير جزائرية");
    currency("BHD", "دينار بحريني", "دينارا بحرينيا");
    currency("LYD", "دينار ليبي", "دينارا ليبيا");
    currency("LBP", "ليرة لبنانية", "ليرات لبنانية");
    currency("TRY", "ليرة تركية", "ليرات تركية");
    currency("SYP", "ليرة سورية", "ليرات سورية");
    currency("RUB", "روبل", "روبلا", "روبلات");
    currency("CNY", "يوان");
    currency("JPY", "ين");
    currency("CHF", "فرنك سويسري");
    percent("%", "٪", "في المئة", "في المائة", "في المية", "بالمئة", "بالمائة", "بالمية");
  }

  private static List<String> words(String phrase) {
    return List.of(key(phrase).split(" "));
  }

  private static void unit(String code, String... forms) {
    for (String f : forms) {
      UNITS.put(words(f), code);
    }
  }

  private static void currency(String code, String... forms) {
    for (String f : forms) {
      CURRENCIES.put(words(f), code);
    }
  }

  private static void percent(String... forms) {
    for (String f : forms) {
      PERCENT.put(words(f), "percent");
    }
  }

  /** Numbers after these words name things, not amounts: القرار 2254، المادة 3، الدورة 25. */
  static final java.util.Set<String> IDENTIFIER_WORDS = new java.util.HashSet<>();

  static {
    for (String w : new String[] {"القرار", "قرار", "رقم", "الرقم", "المادة", "مادة", "البند", "بند", "الفصل",
        "الدورة", "دورة", "النسخة", "الطريق", "طريق", "الصفحة", "صفحة", "الجزء", "الحلقة", "حلقة", "الموسم",
        "الطائرة", "الرحلة", "رحلة", "القانون", "قانون", "المرسوم", "مرسوم", "الهاتف", "هاتف", "الكيلو",
        "الشارع", "شارع", "المبنى", "الغرفة", "الفقرة", "فقرة", "العدد", "الإصدار", "إصدار", "الطراز", "طراز",
        "مجموعة", "المجموعة", "الفئة", "المستوى", "الجولة", "جولة", "الأسبوع", "المرحلة", "بوابة"}) {
      IDENTIFIER_WORDS.add(key(w));
    }
  }

  /** First words of every unit, currency and percent phrase. */
  static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

  static {
    UNITS.keySet().forEach(k -> FIRST_WORDS.add(k.get(0)));
    CURRENCIES.keySet().forEach(k -> FIRST_WORDS.add(k.get(0)));
    PERCENT.keySet().forEach(k -> FIRST_WORDS.add(k.get(0)));
  }
}
