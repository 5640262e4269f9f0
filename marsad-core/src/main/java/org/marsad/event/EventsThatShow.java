package org.marsad.event;

/**
 * A verb of saying whose subject is an event: "إن التفجير الإرهابي كشف مدى حقد هؤلاء" (seed 212), "يؤكد الحادث
 * الإرهابي الذي استهدف …", "وأكد هجوم ميليشيات الحوثي الأخير … الخطر" (what the attack showed). An act
 * reveals, no one speaks: no statement (word order had made the attacker the speaker).
 */
final class EventsThatShow {
  private EventsThatShow() {}

  /** Nouns of an event that "shows" or "confirms" something. */
  private static final java.util.Set<String> EVENTS = EventKeys.setOf("تفجير", "هجوم", "انفجار", "حادث", "حادثة",
      "اعتداء", "التفجير", "الهجوم", "الانفجار", "الحادث", "الحادثة", "الاعتداء");

  /** Whether the statement at t has an event noun for subject: right after it, or right before it. */
  static boolean of(SentenceWords w, TriggerMatch t, Arguments a) {
    int after = t.first() + 1; // (right after the verb, not after a complementizer it needs: "وأضافوا أن الانفجار")
    if (w.is(after, EVENTS) && w.token(after).clitics().pre().isEmpty()) {
      return a.sources().stream().allMatch(m -> m.first() >= after); // (not "الحوثيون يعلنون قصف مصفاة")
    }
    if (!w.token(t.first()).clitics().pre().isEmpty()) {
      return false; // ("دان … الحادث الإرهابي وقال إن": a verb joined to the clause before has its subject)
    }
    int before = t.first() - 1;
    // "إن التفجير الإرهابي كشف": the noun and its adjective right before the verb
    int noun = before >= 0 && "ADJ".equals(w.token(before).pos()) ? before - 1 : before;
    return noun >= 0 && w.is(noun, EVENTS) && w.token(noun).clitics().pre().isEmpty()
        && a.sources().stream().allMatch(m -> m.first() >= noun && m.last() < t.first());
  }
}
