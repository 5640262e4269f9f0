package org.marsad.event;

/**
 * "استقبل" hosts guests (043) only when it receives people: "تستقبل غرفة الشرقية طلبات الشركات" receives
 * applications and "لم تستقبل أي شكاوى" complaints, which are no one's visit. The curated trigger's veto
 * words see only the word next to it; the object stands after the subject.
 */
final class Receptions {
  private Receptions() {}

  private static final java.util.Set<String> RECEIVING = EventKeys.setOf("استقبل");
  /** Things received, not guests: applications, complaints, reports, calls, donations. */
  private static final java.util.Set<String> THINGS = EventKeys.setOf("طلب", "طلبات", "شكوى", "شكاوى", "بلاغ",
      "بلاغات", "اتصال", "اتصالات", "مكالمة", "مكالمات", "تبرعات", "ملاحظات", "استفسارات", "رسائل");
  /** How far after the verb what it receives may stand (past its subject: "تستقبل غرفة الشرقية طلبات"). */
  private static final int REACH = 5;

  /** Whether the reception at {@code trigger} receives things: the first noun after it and its subject. */
  static boolean ofThings(SentenceWords w, int trigger) {
    if (!w.is(trigger, RECEIVING)) {
      return false;
    }
    for (int i = trigger + 1; i < w.size() && i <= trigger + REACH; i++) {
      if (w.is(i, THINGS)) {
        return true;
      }
      if (Clauses.isBoundary(w, i) || w.isVerb(i) || "ADP".equals(w.token(i).pos())
          || !w.token(i).clitics().pre().isEmpty()) {
        return false; // (what follows a preposition is no object: "استقبل الوزير الوفد لبحث طلبات")
      }
    }
    return false;
  }

  /** Whether the request noun at {@code i} is what a reception before it receives: an application, no appeal. */
  static boolean received(SentenceWords w, int i) {
    for (int v = i - 1; v >= 0 && v >= i - REACH; v--) {
      if (w.is(v, RECEIVING)) {
        return ofThings(w, v);
      }
    }
    return false;
  }
}
