package org.marsad.event;

import static org.marsad.event.ActorPositions.isNoun;

import java.util.List;

/**
 * Military sites named by their owner behind ل: "استهدفت مقاتلات التحالف مواقع وتعزيزات لمليشيا الحوثي",
 * "استهدفت الدبابات الإسرائيلية مواقع تابعة لحركة حماس", "غارات على عشرات الأهداف التابعة للتنظيمات
 * المسلحة". The sites are the object of the attack, and the one they belong to is what it struck: the
 * target. (A site whose owner is its genitive, "مواقع الحوثيين", is found as the object already; behind
 * the ل of an attack noun's patient, "قصفها لمواقع المسلحين", it is found here.)
 */
final class OwnedSites {
  /** Nouns of positions, forces in place and equipment an attack is aimed at. */
  static final java.util.Set<String> SITES = EventKeys.setOf("مواقع", "موقع", "مقر", "مقرات", "معسكر",
      "معسكرات", "تجمعات", "تجمع", "تعزيزات", "آليات", "مركبات", "عربات", "مخازن", "مخزن", "مستودعات", "أهداف",
      "الأهداف", "منشآت", "ثكنات", "ثكنة", "نقاط", "تحصينات", "مرابض", "منصات", "معاقل", "أوكار", "مراكز", "مركز",
      "دبابة", "دبابات", "مدرعة", "مدرعات", "أطقم", "طقم", "زوارق", "زورق", "منصة", "موقعين", "موقعي", "مقرين",
      "معسكرين", "مركزين");
  /** Words that say the site belongs to what follows behind ل: "مواقع تابعة لحركة حماس". */
  static final java.util.Set<String> BELONGING = EventKeys.setOf("تابعة", "التابعة", "تابع", "التابع", "تابعا",
      "تابعين", "التابعين");
  /** Counts that may head the sites: "عشرات الأهداف", "عدد من المواقع". */
  private static final java.util.Set<String> COUNTS = EventKeys.setOf("عشرات", "عدد", "عددا", "مئات", "بعض");
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("على", "ضد");
  /** How many words the sites' own phrase may take before the owner: nouns joined by و and adjectives. */
  private static final int REACH = 6;

  private OwnedSites() {}

  /**
   * The owner of the sites that begin at {@code object} (behind "على" / "ضد" or a count), or null when no
   * site noun stands there or no owner follows it behind ل within its phrase.
   */
  static ActorGroup owner(SentenceWords w, List<ActorGroup> groups, int object) {
    int i = object;
    if (w.is(i, AGAINST)) {
      i++;
    }
    if (w.is(i, COUNTS) && w.token(i).clitics().pre().isEmpty()) {
      i += w.isKey(i + 1, "من") ? 2 : 1;
    }
    if (i + 1 < w.size() && w.is(i, SITES) && w.token(i).clitics().pre().equals(List.of("ل"))) {
      // the sites as the patient of an attack noun, their owner the genitive: "قصفها لمواقع المسلحين"
      return ActorGroup.startingAt(groups, i + 1);
    }
    if (i >= w.size() || !w.is(i, SITES) || !w.token(i).clitics().pre().isEmpty()) {
      return null;
    }
    for (int k = i + 1; k < w.size() && k <= i + REACH; k++) {
      ActorGroup g = ActorGroup.startingAt(groups, k);
      boolean lam = w.hasProclitic(k, "ل");
      if (lam && g != null) {
        return g; // "لمليشيا الحوثي" read as one actor, or "للحوثيين"
      }
      if (g != null && !lam && k - 1 > i && w.is(k - 1, SITES) && w.hasProclitic(k - 1, "و")) {
        return g; // the genitive of two sites joined: "مواقع وتجمعات الميليشيات المتمردة"
      }
      if (lam && g == null) {
        // a head noun behind ل: "لحركة حماس", "لميليشيا الحوثي"
        ActorGroup next = ActorGroup.startingAt(groups, k + 1);
        return next != null && !w.isVerb(k) ? next : null;
      }
      boolean joinedSite = w.is(k, SITES) && w.token(k).clitics().pre().equals(List.of("و"));
      boolean describes = "ADJ".equals(w.token(k).pos()) || w.is(k, BELONGING);
      // (the site's own indefinite genitive: "مركز قيادة تابع للميليشيات", "مخازن أسلحة للحوثيين")
      // (a role noun may be that genitive: "مركز قيادة")
      boolean genitive = k == i + 1 && (g == null || g.last() == k) && isNoun(w, k) && !w.isDefinite(k)
          && w.token(k).clitics().pre().isEmpty();
      if (g != null && !genitive || !(joinedSite || describes || genitive)) {
        return null; // the sites' phrase ended with no owner behind ل
      }
    }
    return null;
  }
}
