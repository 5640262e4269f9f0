package org.marsad.event;

import java.util.List;

/**
 * Security forces that blow up explosives set off a found device, they attack no one: "فجرت قوات الأمن سبع
 * عبوات ناسفة عثرت عليها" (seed 242, coded a bombing). A state's army or police as the subject of "فجر"
 * and a charge, mine or bomb as its object is a disposal, no event (not a house or a bridge they blew up:
 * "فجر الجيش الإسرائيلي منزل منفذ العملية" stays).
 */
final class DisposedExplosives {
  private DisposedExplosives() {}

  private static final java.util.Set<String> BLEW_UP = EventKeys.setOf("فجر", "يفجر", "تفجر");
  private static final java.util.Set<String> DEVICES = EventKeys.setOf("عبوة", "عبوات", "لغم", "ألغام", "الغام",
      "قنبلة", "قنابل", "متفجرات", "المتفجرات", "قذيفة", "قذائف");
  /** How far past the verb the device may stand: the subject and a count between ("سبع عبوات"). */
  private static final int REACH = 6;

  /**
   * Whether the trigger at t is a state force blowing up explosives: the verb, or the device after it
   * ("وفجر الجيش المصري عبوة ناسفة", where the charge is a trigger of its own).
   */
  static boolean of(SentenceWords w, TriggerMatch t, List<ActorMention> sources) {
    if (sources.isEmpty() || !sources.stream().allMatch(DisposedExplosives::stateForce)) {
      return false;
    }
    if (w.is(t.first(), DEVICES)) {
      return withinClause(w, t.first() - 1, -1, v -> blewUp(w, v));
    }
    return blewUp(w, t.first()) && withinClause(w, t.last() + 1, 1, i -> w.is(i, DEVICES));
  }

  /** Whether a word that passes the test stands within {@link #REACH} words from {@code from}, in its clause. */
  private static boolean withinClause(SentenceWords w, int from, int step, java.util.function.IntPredicate test) {
    for (int i = from, n = 0; i >= 0 && i < w.size() && n < REACH; i += step, n++) {
      if (test.test(i)) {
        return true;
      }
      if (w.isComma(i) || Clauses.isBoundary(w, i)) {
        return false;
      }
    }
    return false;
  }

  private static boolean blewUp(SentenceWords w, int i) {
    return w.isVerb(i) && (w.is(i, BLEW_UP) || BLEW_UP.contains(EventKeys.verbStem(w.token(i))));
  }

  /** An army or police, of a state or unnamed: "قوات الأمن" (COP), "الجيش المصري" (EGYMIL). */
  private static boolean stateForce(ActorMention m) {
    String code = m.actor().code();
    return code != null && (code.endsWith("MIL") || code.endsWith("COP")) && !code.startsWith("IGO");
  }
}
