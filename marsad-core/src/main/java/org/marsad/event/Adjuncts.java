package org.marsad.event;

/**
 * Words that stand between a verb and its object without being either: times ("أمس", "الخميس", "قبل
 * أيام", "في وقت سابق", "للمرة الأولى"), adverbs ("أيضا", "مؤخرا", "بشدة"), who spoke for the subject
 * ("على لسان وزير خارجيتها،") and what one acts with ("بالحجارة", "بغارات جوية", "بعدة قذائف").
 */
final class Adjuncts {
  private Adjuncts() {}

  static final java.util.Set<String> TIME_WORDS = EventKeys.setOf("أمس", "امس", "اليوم", "الليلة", "مساء",
      "صباح", "فجر", "ظهر", "ليل");
  /** Adverbs between the subject and the object: "واعتقلت السلطات أيضا الطالب", "ونددت واشنطن مؤخرا". */
  static final java.util.Set<String> ADVERBS = EventKeys.setOf("أيضا", "ايضا", "كذلك", "مؤخرا", "سابقا",
      "لاحقا", "رسميا", "مجددا", "مرة", "مرتين", "بشدة");
  /** Adverbs of manner written with ب, as the text has them: "وانتقد مسؤولون بريطانيون بشدة المؤتمر". */
  private static final java.util.Set<String> MANNER = java.util.Set.of("بشدة", "بقوة", "بحزم", "بشده", "بقوه",
      "بكثافة", "بكثافه", "بعنف", "بحرارة", "بحراره");
  /** What one throws or shoots with: "بالحجارة", "بالرصاص". */
  private static final java.util.Set<String> INSTRUMENTS = EventKeys.setOf("حجارة", "الحجارة", "رصاص", "الرصاص",
      "زجاجات", "الزجاجات", "قنابل", "القنابل", "صواريخ", "الصواريخ", "قذائف", "القذائف");
  /** What one backs with, behind "ب" ("بتدريب الميليشيات" is a charge's act, no means): "بالسلاح", "بالمال". */
  private static final java.util.Set<String> ARMS_OR_MONEY = EventKeys.setOf("سلاح", "أسلحة", "اسلحة", "مال",
      "أموال", "اموال", "عتاد", "ذخيرة", "ذخائر");
  /** What else one backs with, joined by و after the first: "بالسلاح والتدريب", "بالمال والعتاد". */
  private static final java.util.Set<String> SUPPLIES = java.util.stream.Stream.concat(ARMS_OR_MONEY.stream(),
      EventKeys.setOf("تدريب", "خبراء").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /**
   * What one strikes with, after a verb of striking only ("رحبت بالضربات الأمريكية" welcomes the strikes):
   * "استهدف بغارات جوية", "قصفت بعدة قذائف".
   */
  private static final java.util.Set<String> STRIKE_MEANS = EventKeys.setOf("حجارة", "رصاص", "قنابل", "صواريخ",
      "قذائف", "صاروخ", "قذيفة", "غارات", "غارة", "ضربات", "ضربة", "مدفعية", "براميل", "طائرات");
  /** Verbs of striking, whose means may stand between them and what they hit. */
  static final java.util.Set<String> STRIKING = EventKeys.setOf("قصف", "استهدف", "ضرب", "هاجم", "دك", "أمطر",
      "رشق");
  /** The weapon an instrument is of: "بقذائف الهاون", "بصواريخ الطائرات". */
  private static final java.util.Set<String> WEAPONS_OF = EventKeys.setOf("الهاون", "هاون", "المدفعية",
      "الدبابات", "الطائرات", "الطيران");
  /** Counts of an instrument: "بعدة قذائف", "بعشرات الصواريخ". */
  private static final java.util.Set<String> SOME = EventKeys.setOf("عدة", "عشرات", "مئات", "سلسلة");
  /** "للمرة الأولى", "لأول مرة": which time, an adverb of time. */
  private static final java.util.Set<String> ORDINALS = EventKeys.setOf("الأولى", "الاولى", "الثانية", "الثالثة",
      "الرابعة", "الخامسة", "الأخيرة", "الاخيرة");
  private static final String TIME_OF = EventKeys.of("مرة");
  private static final String FIRST = EventKeys.of("أول");
  /** "على لسان": by the mouth of, who spoke for the subject. */
  private static final String TONGUE = EventKeys.of("لسان");
  /** Day names, which count only with their article: the key of "الأحد" is that of "أحد" (one of). */
  static final java.util.Set<String> DAY_NAMES = EventKeys.setOf("السبت", "الأحد", "الاثنين", "الإثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة");
  private static final java.util.Set<String> DAY_ADJECTIVES = EventKeys.setOf("الماضي", "المقبل", "الفائت",
      "القادم");
  private static final java.util.Set<String> AGO = EventKeys.setOf("قبل", "منذ");
  private static final java.util.Set<String> SPANS = EventKeys.setOf("أيام", "يومين", "ساعات", "أسابيع", "أسبوع",
      "أشهر", "شهر", "شهرين", "سنوات", "عام", "أسبوعين");

  private static final java.util.Set<String> UNTIL = EventKeys.setOf("حتى", "إلى", "الى");

  /**
   * Whether word i is "الآن" (now), told by its written stem: its key without the article is that of
   * "أن", so a key set cannot hold it.
   */
  static boolean isNow(SentenceWords w, int i) {
    return i >= 0 && i < w.size() && w.token(i).isWord() && org.marsad.text.SearchKeys.stem(w.token(i)).equals("الان");
  }

  static final String IN = EventKeys.of("في");
  private static final String DAY = EventKeys.of("يوم");
  private static final String TIME = EventKeys.of("وقت");
  private static final String FROM = EventKeys.of("من");
  private static final String YESTERDAY = EventKeys.of("أمس");
  /** "قبل ظهر اليوم", "بعد ظهر أمس": before or after a time of day. */
  private static final java.util.Set<String> BEFORE_AFTER = EventKeys.setOf("قبل", "بعد");
  private static final String NIGHT = EventKeys.of("الليلة");
  /** "الليلة قبل الماضية", the night before last. */
  private static final java.util.Set<String> NIGHT_BEFORE_LAST = EventKeys.setOf("الماضية");
  private static final String NEW = EventKeys.of("جديد");
  private static final java.util.Set<String> EARLIER_LATER = EventKeys.setOf("سابق", "لاحق", "متأخر");

  /** Past time words before an object: "أمس", "الخميس", "قبل أيام" (a time says when, the object follows). */
  static int afterTimeWords(SentenceWords w, int i) {
    if (i + 3 < w.size() && w.isComma(i) && (w.is(i + 1, TIME_WORDS) || w.is(i + 1, DAY_NAMES)) && w.isComma(i + 2)) {
      i += 3; // "قد استقبل، الثلاثاء، وزير الخارجية الأمريكي": a day between commas right after the verb
    } else if (i + 4 < w.size() && w.isComma(i) && w.isKey(i + 1, NIGHT) && w.is(i + 2, BEFORE_AFTER)
        && w.is(i + 3, NIGHT_BEFORE_LAST) && w.isComma(i + 4)) {
      i += 5; // "اعتقلت الشرطة الإسرائيلية، الليلة قبل الماضية، مئير أتينغر"
    }
    int k = i;
    while (k < w.size() && k < i + 4) {
      boolean day = w.is(k, DAY_NAMES) && (w.isDefinite(k) || w.hasProclitic(k, "ل"));
      // (a night between two days: "ليل السبت للأحد")
      boolean bare = w.token(k).clitics().pre().isEmpty() || (day && k > i && w.hasProclitic(k, "ل"));
      // (and the day's own adjective: "وناشدت الصحيفة الأربعاء الماضي مجلس حقوق الإنسان")
      boolean dayAdjective = k > i && w.is(k - 1, DAY_NAMES) && w.is(k, DAY_ADJECTIVES);
      boolean timeWord = w.is(k, TIME_WORDS) || day || dayAdjective || w.is(k, ADVERBS);
      if (timeWord && bare || MANNER.contains(w.token(k).text())) {
        k++;
        if (k + 1 < w.size() && w.isComma(k) && k > i && w.isComma(i - 1)) {
          k++; // a day between commas: "اتهم وزير الخارجية، مايك بومبيو، الجمعة، النظام الإيراني"
        }
      } else if (k == i && w.hasProclitic(k, "ب") && w.is(k, INSTRUMENTS)) {
        k++; // "ورشق متظاهرون بالحجارة الجنود الإسرائيليين": what they acted with, before the object
      } else if (k == i && w.hasProclitic(k, "ب") && w.is(k, ARMS_OR_MONEY)) {
        k++; // "دعمت بالسلاح والتدريب جماعة الحوثي": what they backed it with, before the object
        while (k < w.size() && w.hasProclitic(k, "و") && w.is(k, SUPPLIES)) {
          k++;
        }
      } else if (w.hasProclitic(k, "ل") && (w.isKey(k, TIME_OF) && w.is(k + 1, ORDINALS)
          || w.isKey(k, FIRST) && w.isKey(k + 1, TIME_OF))) {
        k += 2; // "اتهمت إسرائيل للمرة الأولى … إيران", "لأول مرة"
      } else if (k == i && w.isKey(k, Clauses.ON) && w.isKey(k + 1, TONGUE) && commaWithin(w, k + 2, 6) > 0) {
        // "اتهمت الحكومة اليمنية على لسان وزير خارجيتها، إيران" (and past the speaker's name between
        // commas: "أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، العنف")
        int comma = commaWithin(w, k + 2, 6);
        int named = SubjectAsides.afterApposition(w, comma);
        k = named > comma ? named : comma + 1;
      } else if (w.is(k, BEFORE_AFTER) && w.token(k).clitics().pre().isEmpty() && w.is(k + 1, TIME_WORDS)
          && w.token(k + 1).clitics().pre().isEmpty()) {
        k++; // "قبل ظهر اليوم"
      } else if (w.is(k - 1, TIME_WORDS) && "(".equals(w.token(k).text()) && w.is(k + 1, DAY_NAMES) && k + 2 < w.size()
          && ")".equals(w.token(k + 2).text())) {
        k += 3; // the day in brackets: "قبل ظهر اليوم (الاثنين)"
      } else if (w.isKey(k, DAY) && w.token(k).clitics().pre().isEmpty() && w.is(k + 1, DAY_NAMES)) {
        k += 2; // "رفضت يوم الأربعاء مجددا الإفراج عن القس"
      } else if (isNow(w, k) || (w.is(k, UNTIL) && isNow(w, k + 1))) {
        k += isNow(w, k) ? 1 : 2; // "ترفض حتى الآن طلب وزير الداخلية"
      } else if (w.is(k, AGO) && w.is(k + 1, SPANS)) {
        k += 2;
      } else if (w.isKey(k, IN) && w.isKey(k + 1, TIME) && w.is(k + 2, EARLIER_LATER)) {
        k += 3; // "في وقت سابق"
      } else if (w.isKey(k, FIRST) && w.token(k).clitics().pre().isEmpty() && w.isKey(k + 1, FROM)
          && w.isKey(k + 2, YESTERDAY)) {
        k += 3; // "أول من أمس", the day before yesterday
      } else if (w.isKey(k, FROM) && w.token(k).clitics().pre().isEmpty() && w.isKey(k + 1, NEW)) {
        k += 2; // "خطفت من جديد خمسة مقاتلين", again
      } else {
        break;
      }
    }
    return k < w.size() ? k : i;
  }

  /** Edges of a period: "بنهاية الأسبوع", "في مطلع الشهر". */
  private static final java.util.Set<String> PERIOD_EDGES = EventKeys.setOf("نهاية", "مطلع", "بداية", "أواخر",
      "أوائل", "منتصف");
  private static final java.util.Set<String> PERIODS = EventKeys.setOf("الأسبوع", "الاسبوع", "الشهر", "العام",
      "الليل");

  /**
   * Past a period told by its edge, "بنهاية الأسبوع", "في منتصف الشهر", "نهاية الأسبوع", or i when none
   * stands there.
   */
  static int afterPeriod(SentenceWords w, int i) {
    int k = w.isKey(i, IN) && w.token(i).clitics().pre().isEmpty() ? i + 1 : i;
    if (k + 1 >= w.size()) {
      return i;
    }
    // (behind "ب" only with no "في" before: "بنهاية الأسبوع", "في نهاية الأسبوع")
    var pre = w.token(k).clitics().pre();
    boolean opens = pre.isEmpty() || k == i && pre.equals(java.util.List.of("ب"));
    return w.is(k, PERIOD_EDGES) && opens && w.is(k + 1, PERIODS) ? k + 2 : i;
  }

  /**
   * Past what a verb of striking strikes with, right after it or its subject ("قصفت بعدة قذائف مواقع
   * ميليشيات الحوثي", "استهدف بغارات جوية عشرات المواقع"), or i when nothing of the kind stands there.
   */
  static int afterMeans(SentenceWords w, int i) {
    if (i >= w.size() || !w.hasProclitic(i, "ب")) {
      return i;
    }
    return w.is(i, STRIKE_MEANS) ? afterInstrument(w, i)
        : w.is(i, SOME) && w.is(i + 1, STRIKE_MEANS) ? afterInstrument(w, i + 1) : i;
  }

  /** Past the instrument noun at i, its weapon's genitive ("بقذائف الهاون") and its adjectives ("بغارات جوية"). */
  private static int afterInstrument(SentenceWords w, int i) {
    int k = i + 1;
    if (!w.isDefinite(i) && w.is(k, WEAPONS_OF) && w.token(k).clitics().pre().isEmpty()) {
      k++;
    }
    while (k < w.size() && k < i + 4 && "ADJ".equals(w.token(k).pos()) && w.token(k).clitics().pre().isEmpty()) {
      k++;
    }
    return k;
  }

  /** Where a comma stands within {@code reach} words from i, before any clause boundary, or -1. */
  private static int commaWithin(SentenceWords w, int i, int reach) {
    for (int k = i; k < w.size() && k < i + reach; k++) {
      if (w.isComma(k)) {
        return k + 1 < w.size() ? k : -1;
      }
      if (Clauses.isBoundary(w, k) || w.isVerb(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** What opens the channel a statement or a criticism went by: "عبر حسابه على تويتر", "في تغريدة". */
  private static final java.util.Set<String> CHANNEL_OPENERS = EventKeys.setOf("عبر", "في", "على");
  /** The platforms and posts a channel names; it ends with the last of them. */
  private static final java.util.Set<String> CHANNELS = EventKeys.setOf("تويتر", "توتير", "فيسبوك", "فيس", "بوك",
      "إنستغرام", "انستغرام", "إنستجرام", "يوتيوب", "تلغرام", "تيليغرام", "تغريدة", "تغريدات", "تدوينة", "منشور");
  /** Words a channel may hold before its platform: "حسابه الرسمي على", "تغريدة له على". */
  private static final java.util.Set<String> CHANNEL_WORDS = EventKeys.setOf("حساب", "حسابه", "حسابها",
      "صفحة", "صفحته", "صفحتها", "الرسمي", "الرسمية", "الشخصي", "الشخصية", "على", "في", "موقع", "منصة");

  private static final java.util.Set<String> OWN = java.util.Set.of("له", "لها", "لهم");

  /** Statements a subject acts by: "اتهمت هيلي في بيان روسيا بحماية". */
  private static final java.util.Set<String> STATEMENTS = EventKeys.setOf("بيان", "تصريح", "تصريحات", "مقابلة",
      "خطاب", "كلمة");
  /** What kind of statement: "في خطاب تلفزيوني", "في بيان مشترك". */
  private static final java.util.Set<String> STATEMENT_KINDS = EventKeys.setOf("تلفزيوني", "تلفزيونية", "متلفز",
      "متلفزة", "إذاعي", "إذاعية", "صحفي", "صحفية", "صحافي", "صحافية", "مشترك", "مشتركة", "مكتوب", "رسمي",
      "رسمية");

  /**
   * Past the statement an acting subject spoke in, before the object: "اتهمت هيلي في بيان روسيا", "انتقد في
   * خطاب متلفز الحكومة". {@code i} when no statement opens there.
   */
  static int afterStatement(SentenceWords w, int i) {
    if (i + 2 >= w.size() || !w.isKey(i, IN) || !w.token(i).clitics().pre().isEmpty() || !w.is(i + 1, STATEMENTS)) {
      return i;
    }
    int k = i + 2;
    while (k < w.size() && (OWN.contains(w.token(k).text()) || w.is(k, STATEMENT_KINDS))) {
      k++;
    }
    return k < w.size() ? k : i;
  }

  /**
   * Past the channel a verb's subject acted by, before the object: "انتقد ترامب عبر حسابه على تويتر فريق
   * المستشار الخاص", "هاجم في تغريدة وسائل الإعلام". {@code i} when no channel opens there.
   */
  static int afterChannel(SentenceWords w, int i) {
    if (i + 1 >= w.size() || !w.is(i, CHANNEL_OPENERS) || !w.token(i).clitics().pre().isEmpty()) {
      return i;
    }
    int end = -1;
    for (int k = i + 1; k <= i + 5 && k < w.size(); k++) {
      if (w.is(k, CHANNELS)) {
        end = k;
      } else if (!w.is(k, CHANNEL_WORDS) && !OWN.contains(w.token(k).text())) {
        break; // (past "له": "في تغريدة له على تويتر")
      }
    }
    while (end >= 0 && end + 1 < w.size() && OWN.contains(w.token(end + 1).text())) {
      end++; // "في تغريدة له"
    }
    return end >= 0 && end + 1 < w.size() ? end + 1 : i;
  }
}
