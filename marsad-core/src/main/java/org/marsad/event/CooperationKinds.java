package org.marsad.event;

/**
 * What a cooperation is in decides its CAMEO code: "التعاون" alone is diplomatic (050), but cooperation
 * in fighting terrorism or by arms is military (062: "تتعاون في مكافحة الإرهاب", "التعاون العسكري"), in
 * trade economic (061), in an investigation or extradition judicial (063), in intelligence sharing
 * information (064). The hand-judged samples marked 050 wrong (root 05 for 06) for all of these.
 */
final class CooperationKinds {
  /**
   * How far after the cooperation word its domain may stand (words), past its parties: "تتعاون الولايات
   * المتحدة مع السعودية في مكافحة الإرهاب".
   */
  private static final int REACH = 8;

  private static final java.util.Set<String> MILITARY = EventKeys.setOf("العسكري", "عسكري", "العسكرية", "عسكريا",
      "الأمني", "أمني", "الأمنية", "أمنيا", "الدفاعي", "الدفاعية", "الإرهاب", "الارهاب", "مكافحة", "بمكافحة",
      "لمكافحة", "محاربة", "العمليات", "عمليات");
  private static final java.util.Set<String> ECONOMIC = EventKeys.setOf("الاقتصادي", "اقتصادي", "الاقتصادية",
      "اقتصاديا", "التجاري", "تجاري", "التجارية", "الاستثماري", "الاستثمار", "الاستثمارات", "الطاقة", "النفط",
      "النفطي");
  private static final java.util.Set<String> JUDICIAL = EventKeys.setOf("القضائي", "قضائي", "القضائية",
      "التحقيق", "التحقيقات", "تحقيق", "تسليم");
  private static final java.util.Set<String> INTELLIGENCE = EventKeys.setOf("الاستخباراتي", "الاستخباري",
      "الاستخبارات", "استخباراتي", "المعلومات", "معلومات", "الاستخباراتية", "المخابرات");

  private CooperationKinds() {}

  /**
   * Whether a cooperation (050) is between parties of no country the base knows: two departments of one office
   * ("بالتعاون بين الإدارة العامة للتخطيط والإدارة العامة للمشاريع"), a designer and a carmaker. No party has a
   * country, a knowledge-base entry or an international code; the judges of SaudiNewsNet seeds 109 and 111
   * counted such collaborations as no event.
   */
  static boolean betweenUnknownParties(org.marsad.doc.Event e) {
    return e.cameo().equals("050") && unknown(e.source()) && unknown(e.target());
  }

  /** The cooperation noun (and the key of its lexicon entry). */
  private static final java.util.Set<String> COOPERATION = EventKeys.setOf("تعاون", "التعاون");

  /**
   * Whether word i is the cooperation noun behind ب ("بالتعاون مع", "بتعاون"), which tells with whom another act
   * was done ("بدأ الجيش بالتعاون مع الشرطة عملية"): no cooperation of its own. The judges of SaudiNewsNet seeds
   * 110–135 marked 12 of 13 such cooperations no event.
   */
  static boolean behindBa(SentenceWords w, int i) {
    return !w.isVerb(i) && w.is(i, COOPERATION) && (w.hasProclitic(i, "ب") || charged(w, i - 1));
  }

  /**
   * Whether word i is a charge ("بإعدام شخصين بتهمة التعاون مع القوات العراقية"): the cooperation after it
   * is what someone is accused of, no cooperation told (both judges of SaudiNewsNet seed 194 said so).
   */
  private static boolean charged(SentenceWords w, int i) {
    return i >= 0 && w.is(i, CHARGES);
  }

  private static final java.util.Set<String> CHARGES = EventKeys.setOf("تهمة", "تهم", "بتهمة", "بتهم", "اتهامات",
      "باتهامات", "شبهة", "بشبهة");

  /**
   * Whether the cooperation noun names no partner: no target, and not two parties cooperating with each other.
   * Then it is a goal, a topic or a standing habit ("أكدا أهمية التعاون", "دعا المواطنين إلى التعاون", "ناقش
   * سبل تعزيز التعاون"), not an act: the judges of SaudiNewsNet seeds 110–135 marked 20 of 22 such nouns no
   * event. (The verb, "تعاونت الشرطة", tells an act even when its partner is left unsaid.)
   */
  static boolean withoutPartner(TriggerMatch t, boolean verb, Arguments a) {
    return !verb && COOPERATION.contains(t.entry().key()) && a.targets().isEmpty()
        && !(a.reciprocal() && a.sources().size() >= 2);
  }

  private static boolean unknown(org.marsad.doc.Event.Actor a) {
    return a == null || a.country() == null && a.id() == null && (a.code() == null || a.code().length() == 3);
  }

  /** The code of the cooperation at {@code trigger} by the first domain it names, or null to keep 050. */
  static String codeOf(SentenceWords w, int trigger) {
    // (or the noun it is joined to: "أرسلت فريقا أمنيا للتحقيق والتعاون مع الأجهزة النظيرة")
    int from = w.hasProclitic(trigger, "و") && w.is(trigger - 1, JUDICIAL) ? trigger - 1 : trigger + 1;
    for (int i = from; i <= trigger + REACH && i < w.size(); i++) {
      if (Clauses.isBoundary(w, i) && !w.isComma(i)) {
        break;
      }
      if (w.is(i, INTELLIGENCE)) {
        return "064";
      }
      if (w.is(i, JUDICIAL)) {
        return "063";
      }
      if (w.is(i, MILITARY)) {
        return "062";
      }
      if (w.is(i, ECONOMIC)) {
        return "061";
      }
    }
    return null;
  }
}
