package org.marsad.event;

/**
 * Verbs whose object, the first noun after them and their subject, gives them another sense than the event's:
 * "استقبل" hosts guests (043) only when it receives people ("تستقبل غرفة الشرقية طلبات الشركات" receives
 * applications and "لم تستقبل أي شكاوى" complaints), and "احتل" occupies (192) no rank ("واحتل سهم الريان المركز
 * الأول بحجم التداولات"). The curated trigger's veto words see only the word next to it; the object stands after
 * the subject.
 */
final class ObjectSenses {
  private ObjectSenses() {}

  private static final java.util.Set<String> RECEIVING = EventKeys.setOf("استقبل");
  /**
   * Things received, not guests: applications, complaints, reports, calls, donations, ideas, condolences; and
   * patients a hospital or a country receives for treatment ("استقبلت قرابة 2276 مريضا", "استقبل المستشفى الجرحى").
   */
  private static final java.util.Set<String> THINGS = EventKeys.setOf("طلب", "طلبات", "شكوى", "شكاوى", "بلاغ",
      "بلاغات", "اتصال", "اتصالات", "مكالمة", "مكالمات", "تبرعات", "ملاحظات", "استفسارات", "رسائل",
      "أفكار", "الأفكار", "مقترحات", "المقترحات", "العزاء", "عزاء", "المعزين", "التعازي",
      "مرضى", "المرضى", "مريضا", "مريض", "جرحى", "الجرحى", "مصابين", "المصابين", "حالات", "الحالات", "حالة");
  private static final java.util.Set<String> OCCUPYING = EventKeys.setOf("احتل");
  /** Ranks, which one takes in a table, not a land: "المرتبة", "الصدارة", "المركز الأول". */
  private static final java.util.Set<String> RANKS = EventKeys.setOf("مرتبة", "المرتبة", "المراتب", "صدارة",
      "الصدارة");
  private static final java.util.Set<String> PLACES = EventKeys.setOf("مركز", "المركز", "المراكز");
  private static final java.util.Set<String> ORDINALS = EventKeys.setOf("الأول", "الأولى", "الثاني", "الثانية",
      "الثالث", "الثالثة", "الرابع", "الخامس", "الأخير", "الأخيرة");

  private static final java.util.Set<String> DEMONSTRATING = EventKeys.setOf("تظاهر");
  /** "تظاهر … بأنهما": pretended that, not demonstrated. */
  private static final java.util.Set<String> THAT = EventKeys.setOf("بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بانه",
      "بانها", "بانهم", "بانهما");
  private static final java.util.Set<String> THAT_BARE = EventKeys.setOf("أن", "أنه", "أنها", "أنهم", "أنهما");
  private static final int PRETENDED_REACH = 3;

  /**
   * Whether the verb at {@code trigger} is in another sense by its object: things received, a rank taken, a
   * pretence ("وتظاهر الاثنان بأنهما رهن إشارة الحكومة").
   */
  static boolean otherSense(SentenceWords w, int trigger) {
    return w.is(trigger, RECEIVING) && (objectAmong(w, trigger, THINGS) || peopleReceived(w, trigger, APPLICANTS)
        || condolences(w, trigger) || countedThings(w, trigger))
        || w.is(trigger, OCCUPYING) && (objectAmong(w, trigger, RANKS) || rankedPlace(w, trigger))
        || w.is(trigger, DEMONSTRATING) && pretended(w, trigger)
        || w.is(trigger, DETONATING) && tested(w, trigger)
        || w.is(trigger, BARRING) && importsAfter(w, trigger);
  }

  private static final java.util.Set<String> BARRING = EventKeys.setOf("منع");
  /**
   * Imports, whose entry an inspector bars: "منع دخول تلك الأغذية المستوردة إلى المملكة كان لمخالفتها اللوائح"
   * (the food authority's weekly report, seed 283): a rejected shipment, no blockade.
   */
  private static final java.util.Set<String> IMPORTED = EventKeys.setOf("المستوردة", "مستوردة", "المستورد");
  private static final int IMPORT_REACH = 4;

  private static boolean importsAfter(SentenceWords w, int trigger) {
    for (int j = trigger + 1; j <= trigger + IMPORT_REACH && j < w.size(); j++) {
      if (w.is(j, IMPORTED)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> DETONATING = EventKeys.setOf("تفجير", "تفجيرات");
  /** Tests, whose detonation is no bombing: "يجري اختبارا لتفجيرها" (seed 227), "تجربة تفجير نووي". */
  private static final java.util.Set<String> TESTS = EventKeys.setOf("اختبار", "اختبارا", "اختبارات", "تجربة",
      "تجارب", "تجربتها");

  private static boolean tested(SentenceWords w, int trigger) {
    return w.is(trigger - 1, TESTS);
  }

  private static boolean pretended(SentenceWords w, int trigger) {
    for (int j = trigger + 1; j <= trigger + PRETENDED_REACH && j < w.size(); j++) {
      if (w.is(j, THAT) || w.hasProclitic(j, "ب") && w.is(j, THAT_BARE)) {
        return true;
      }
    }
    return false;
  }

  /** How far a ranked place may stand after "احتل", past a long name: "واحتل سهم دريك أند سكيل إنترناشيونال". */
  private static final int RANK_REACH = 8;

  /** "احتل … المركز الأول": a place with an ordinal after it. */
  private static boolean rankedPlace(SentenceWords w, int trigger) {
    return w.pairAfter(trigger, RANK_REACH, PLACES, ORDINALS);
  }

  /** How far after the verb what it receives may stand (past its subject: "تستقبل غرفة الشرقية طلبات"). */
  private static final int REACH = 5;

  /** Whether the first noun after the verb at {@code trigger} and its subject is one of {@code keys}. */
  private static boolean objectAmong(SentenceWords w, int trigger, java.util.Set<String> keys) {
    for (int i = trigger + 1; i < w.size() && i <= trigger + REACH; i++) {
      if (w.is(i, keys)) {
        return true;
      }
      if (Clauses.isBoundary(w, i) || w.isVerb(i) || "ADP".equals(w.token(i).pos())
          || !w.token(i).clitics().pre().isEmpty()) {
        return false; // (what follows a preposition is no object: "استقبل الوزير الوفد لبحث طلبات")
      }
    }
    return false;
  }

  /** Condolences, received past a long name and post: "استقبل الزميل عبدالله … مشرف عام المشاريع … العزاء". */
  private static final java.util.Set<String> CONDOLENCES = EventKeys.setOf("العزاء", "التعازي", "المعزين");
  /** How far after the reception its condolences may stand, past a long name, post and comma. */
  private static final int CONDOLENCES_REACH = 14;

  private static boolean condolences(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i < w.size() && i <= trigger + CONDOLENCES_REACH && !Clauses.isFullStop(w, i); i++) {
      if (w.is(i, CONDOLENCES)) {
        return true;
      }
      if (w.isVerb(i) && !w.startsName(i)) {
        return false;
      }
    }
    return false;
  }

  /** Things and people received by the count, not guests: lawsuits, tourists, the wounded. */
  private static final java.util.Set<String> COUNTED = EventKeys.setOf("دعوى", "دعاوى", "قضية", "قضايا", "سائحا",
      "سائح", "سياح", "زائرا", "جريحا", "جرحى", "مصابا", "مصابين", "مريضا", "مرضى", "حالة", "طلبا", "طلب",
      "بلاغا", "بلاغ", "اتصالا", "اتصال", "حاجا", "حاج", "معتمرا", "معتمر", "مسافرا", "مسافر", "راكبا", "راكب",
      "مراجعا", "مراجع", "مراجعين", "طالبا", "طالب", "طالبة", "متدربا", "متدرب", "مستفيدا", "مستفيد");

  /**
   * Whether a count of things or people of a kind stands after the reception, past its subject ("استقبلت وزارة
   * العدل من خلال المحاكم السعودية نحو 5739 دعوى", "ميناء شرم الشيخ استقبل 175 سائحا", "استقبلت فرق منظمة
   * أطباء بلا حدود 206 جرحى"; seed 244): a number of them received, no guests hosted.
   */
  private static boolean countedThings(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i + 1 < w.size() && i <= trigger + APPLICANTS_REACH; i++) {
      if (Clauses.isBoundary(w, i)) {
        return false;
      }
      if (w.isNumber(i) && (w.is(i + 1, COUNTED) || i + 2 < w.size() && w.is(i + 2, COUNTED) && !w.isComma(i + 1))) {
        return true; // (a word of the count between: "206 ألف جريح")
      }
    }
    return false;
  }

  /** Job seekers and callers at an office, whom a company or a branch receives: "الراغبين", "المراجعين". */
  private static final java.util.Set<String> APPLICANTS = EventKeys.setOf("الراغبين", "الراغبات", "المتقدمين",
      "المتقدمات", "المراجعين", "المراجعات", "المتقدمون");
  /**
   * Refugees and migrants a country or a camp takes in past a count the trigger's needed words do not reach:
   * "حيث استقبلت الكاميرون أكثر من 50 ألف لاجئ" (seed 212), asylum given (075), no guests.
   */
  private static final java.util.Set<String> REFUGEES = EventKeys.setOf("لاجئ", "لاجئا", "لاجئين", "اللاجئين",
      "لاجئون", "اللاجئون", "نازح", "نازحين", "النازحين", "مهاجر", "مهاجرين", "المهاجرين");
  /** How far job seekers may stand after the verb, past a company's long name and trade. */
  private static final int APPLICANTS_REACH = 10;

  /**
   * Whether the reception at {@code trigger} takes in people of a kind, job seekers or refugees: "فيما تستقبل شركة
   * عبدالرحمن سعد الراشد للحراسات الأمنية الخاصة الراغبين لشغل 30 وظيفة" (seed 201), no guests.
   */
  private static boolean peopleReceived(SentenceWords w, int trigger, java.util.Set<String> people) {
    for (int i = trigger + 1; i < w.size() && i <= trigger + APPLICANTS_REACH; i++) {
      if (w.is(i, people)) {
        return true;
      }
      if (Clauses.isBoundary(w, i)) {
        return false; // (not at a verb: the tagger reads "سعد" in a company's name as one)
      }
    }
    return false;
  }

  /** Whether the reception at {@code trigger} takes in refugees or migrants: asylum, no host's guests. */
  static boolean refugeesReceived(SentenceWords w, int trigger) {
    return w.is(trigger, RECEIVING) && peopleReceived(w, trigger, REFUGEES);
  }

  /** Whether the request noun at {@code i} is what a reception before it receives: an application, no appeal. */
  static boolean received(SentenceWords w, int i) {
    if (!w.is(i, THINGS)) {
      return false; // (not another act told of what was received: "استقبل ثلاثة جرحى مدنيين استهدفتهم ميليشيات")
    }
    for (int v = i - 1; v >= 0 && v >= i - REACH; v--) {
      if (w.is(v, RECEIVING)) {
        return objectAmong(w, v, THINGS);
      }
    }
    return false;
  }
}
