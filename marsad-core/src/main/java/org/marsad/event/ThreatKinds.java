package org.marsad.event;

/**
 * What a threat threatens decides its CAMEO code: military force (138: "هدد باستهداف", "تهديداتها بشن
 * غارات", "ستكون هدفا مشروعا للقوات") or sanctions, tariffs and boycotts (1312: "هدد بفرض رسوم", "بأقوى
 * عقوبات في التاريخ"), or cutting aid (1311). A threat that names none keeps 130.
 */
final class ThreatKinds {
  /** How far after the threat word what it threatens may stand (words). */
  private static final int REACH = 8;
  /** How far a pledge's revenge may stand, past a long subject ("وتعهد الرئيس التركي، رجب طيب أردوغان، بأن"). */
  private static final int PLEDGE_REACH = 16;

  private static final java.util.Set<String> FORCE = EventKeys.setOf("استهداف", "باستهداف", "ستستهدف", "سيستهدف",
      "هدفا", "ضربة", "ضربات", "بضرب", "غارات", "بغارات", "بشن", "القوة", "بالقوة", "عسكرية", "عسكريا", "عسكري",
      "بالقتل", "بقتل", "للقتل", "القتل", "بتدمير", "بالرد", "اشتباك", "بالحرب", "الحرب", "حرب", "بقصف", "قصف",
      "باجتياح", "بغزو", "هجوم", "بهجوم", "بالصواريخ", "صواريخ", "الصواريخ", "طائرات", "بطائرات", "المسيرة",
      "المسيرات",
      // (the stems behind ب: "بضرب سوريا", "بمهاجمتها")
      "ضرب", "مهاجمة", "مهاجمت", "بمهاجمة", "اجتياح", "غزو");
  private static final java.util.Set<String> SANCTIONS = EventKeys.setOf("عقوبات", "بعقوبات", "العقوبات", "رسوم",
      "برسوم", "الرسوم", "حظر", "بحظر", "مقاطعة", "بمقاطعة", "تعريفات", "جمركية", "بفرض", "فرض");
  private static final java.util.Set<String> REPRESSION = EventKeys.setOf("رادعة", "رادع", "قمع", "بقمع",
      "بالقمع", "بسحق", "سحق");
  private static final java.util.Set<String> AID = EventKeys.setOf("المساعدات", "مساعدات", "المعونات", "التمويل");
  private static final java.util.Set<String> CUTTING = EventKeys.setOf("قطع", "بقطع", "وقف", "بوقف", "تعليق",
      "بتعليق", "خفض", "بخفض");

  /** A price or a revenge a pledge promises: "تعهد بأن من أسقطوا الطائرة سيدفعون ثمنا باهظا", "تعهد بالرد". */
  private static final java.util.Set<String> RETALIATION = EventKeys.setOf("ثمنا", "الثمن", "بالرد", "برد",
      "بالانتقام", "الانتقام", "انتقام", "بالثأر", "الثأر", "سيندم", "سيندمون", "بمعاقبة", "بمحاسبة");

  /** Strikes a pledge may promise (not "عسكري" of military aid: "تعهد بدعم عسكري" is no threat). */
  private static final java.util.Set<String> STRIKES = EventKeys.setOf("استهداف", "باستهداف", "ضربة", "ضربات",
      "بضرب", "ضرب", "غارات", "بغارات", "قصف", "بقصف", "بالقتل", "بقتل", "بتدمير", "باجتياح", "بغزو", "بهجوم",
      "مهاجمة", "بمهاجمة", "إسقاط"); // ("تتعهد بإسقاط أي صواريخ": to shoot them down)

  private static final java.util.Set<String> THAT_IS = EventKeys.setOf("وذلك", "ذلك");

  private ThreatKinds() {}

  /**
   * The code of a pledge (030) that promises retaliation, which is a threat: its kind when it names one
   * (138 for force), else 130; null for a pledge of anything else.
   */
  static String ofPledge(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + PLEDGE_REACH && i < w.size(); i++) {
      if (".".equals(w.token(i).text()) || w.is(i, THAT_IS)) {
        break; // (not past "، وذلك ردا على": why it was pledged)
      }
      if (w.is(i, RETALIATION)) {
        String kind = codeOf(w, trigger);
        return kind != null ? kind : "130";
      }
    }
    return null;
  }

  /** The code of the threat at {@code trigger} by the first thing it names, or null to keep the generic 130. */
  static String codeOf(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + REACH && i < w.size(); i++) {
      String text = w.token(i).text();
      if (".".equals(text) || ":".equals(text)) {
        break;
      }
      if (w.is(i, AID) && i > 0 && w.is(i - 1, CUTTING)) {
        return "1311"; // "هدد بقطع المساعدات"
      }
      if (w.is(i, FORCE)) {
        return "138";
      }
      if (w.is(i, REPRESSION)) {
        return "137"; // "توعدت بإجراءات رادعة ضد المندسين": threatened with repression
      }
      if (w.is(i, SANCTIONS)) {
        return "1312";
      }
    }
    return null;
  }

  /**
   * A pledge's code: a pledge of sanctions is a threat of them (1312), so is one of revenge ("تعهد بأن من
   * أسقطوا الطائرة سيدفعون ثمنا باهظا"); what else is pledged is read as what is asked for ("تعهد بلقاء" 036).
   */
  static String pledgeCode(SentenceWords w, int trigger) {
    if ("1312".equals(codeOf(w, trigger))) {
      return "1312";
    }
    for (int i = trigger + 1; i <= trigger + REACH && i < w.size() && !Clauses.isFullStop(w, i); i++) {
      if (w.is(i, STRIKES)) {
        return "138"; // "تعهدت إسرائيل بأنها ستحتفظ بحق التعامل بحرية في ضرب مناطق": a threat of force
      }
    }
    String threat = ofPledge(w, trigger);
    return threat != null ? threat : DemandKinds.codeOf(w, trigger, "03");
  }
}
