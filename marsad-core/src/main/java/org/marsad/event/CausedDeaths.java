package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * A killing that an attack of the same sentence resulted in is that attack's toll: "قصف مدفعي للقوات
 * التركية على عفرين أسفر عن مقتل 18 مدنيا" is Turkey's shelling of civilians, not a murder by someone
 * unknown. The killing keeps its victims as target and takes the attack's agent and code. Word order alone gives such a killing no agent but its own
 * noun ("مقتل" with the implied unidentified force), the commonest source error of the judged samples.
 */
final class CausedDeaths {

  /**
   * How far before the result verb the attack may be told ("شن غارة على مجموعة من المسلحين حاولوا اجتياز
   * السياج الحدودي عند هضبة الجولان، ما أسفر عن مقتل 7 منهم"; the verb of "شنت قوات الجيش الوطني اليمني
   * هجوما عنيفا على مواقع لميليشيات الحوثي، في مديرية خب الشغف بمحافظة الجوف، مما أسفر عن مقتل").
   */
  private static final int CAUSE_REACH = 30;

  private CausedDeaths() {}

  /**
   * The attack whose result the killing at {@code killing} is ("… أسفر عن مقتل", "… أدى إلى مقتل", "…
   * أدى لمقتل"), among the sentence's events, one with a named agent first; null when no result verb
   * leads to it or no attack stands before that verb.
   */
  static Event causeOf(SentenceWords w, List<Event> sentence, Event killing) {
    int k = w.tokenAt(killing.trigger().start());
    // the verb right before ("أدى لمقتل", "أسفر عن مقتل") or, with the attack as its subject, a few words
    // before ("وأسفرت الغارة الإسرائيلية عن مقتل")
    int verb = -1;
    for (int i = k - 1; i >= Math.max(0, k - 6) && verb < 0; i--) {
      if (w.is(i, Victims.RESULTED)) {
        verb = i;
      } else if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT || i < k - 2 && w.isVerb(i)) {
        break;
      }
    }
    if (verb < 0) {
      Event inside = attackItWasIn(w, sentence, killing, k);
      return inside != null ? inside : attackWhereItWas(w, sentence, killing, k);
    }
    // the verb's subject is the cause: between the verb and the killing ("وأسفر سقوط الشظايا عن مقتل":
    // the debris, not the missiles told before), or, with nothing but عن / إلى between, before the verb
    boolean subjectBetween = false;
    for (int i = verb + 1; i < k; i++) {
      // (a toll's own words are no subject: "مما تسبب في سقوط قتلى")
      subjectBetween |= !w.is(i, Victims.THROUGH) && !w.is(i, TOLL_WORDS) && !w.isKey(i, "في");
    }
    Event cause = null;
    Event unnamed = null; // ("أسفرت التفجيرات عن مقتل 10 أشخاص": a bombing by no one named is still the cause)
    // (past "ردا على" only the act answered: "ضربات ردا على هجوم بالغاز أسفر عن مقتل العشرات", the gas attack's)
    int answer = EventStage.answerBefore(w, verb);
    for (Event e : sentence) {
      int t = w.tokenAt(e.trigger().start());
      boolean placed = subjectBetween ? t > verb && t < k
          : t < verb && verb - t <= CAUSE_REACH && (answer < 0 || t > answer);
      if (e != killing && isAttack(e) && placed) {
        if (named(e.source(), e)) {
          cause = e; // the nearest before the killing
        } else {
          unnamed = e;
        }
      }
    }
    return cause != null ? cause : unnamed;
  }

  /** Nouns that tell a toll fell, between the result verb and the dead: "تسبب في سقوط قتلى". */
  private static final java.util.Set<String> TOLL_WORDS = EventKeys.setOf("سقوط", "وقوع");

  /** Words that put a killing inside an attack told after it: "وقتل جندي في هجوم شنه مسلحون". */
  private static final java.util.Set<String> INSIDE = EventKeys.setOf("في", "خلال", "جراء", "إثر", "اثر");
  /**
   * How far after the killing the attack it happened in may be told ("مقتل 48 من مسلحي الحوثي وقوات المخلوع صالح
   * وإصابة 26 آخرين بمحافظة مأرب في غارات").
   */
  private static final int INSIDE_REACH = 15;

  /**
   * The attack, told after the killing behind "في" or "جراء", that the killing happened in, when that attack
   * has a named agent: "وقتل أربعة جنود أتراك وأصيب عشرات في هجمات منفصلة لحزب العمال الكردستاني" is the
   * PKK's. Within the killing's clause; null when there is none.
   */
  private static Event attackItWasIn(SentenceWords w, List<Event> sentence, Event killing, int k) {
    if (!w.is(k, CombatDeaths.KILLING)) {
      return null; // (an attack told by its own noun is no killing inside another: "بعد أقل من شهرين من هجوم")
    }
    // (past commas, "وقتل 3 أفراد من ميليشيات حزب الله، في غارة جوية", but not into another clause: "وقتل أكثر
    // من 2200 فلسطيني، بينما قتل ثلاثة وسبعون إسرائيليا في القتال")
    for (int j = k + 1; j < w.size() && j <= k + INSIDE_REACH && !Clauses.isFullStop(w, j); j++) {
      boolean when = w.is(j, WHEN); // "ان 13 شخصا قتلوا …، حين هاجم مسلحو بوكو حرام القرية": the attack's clause
      if (Clauses.isBoundary(w, j) && !w.isComma(j) && !when) {
        break;
      }
      // "في هجوم", "جراء قصف", or the attack behind ب: "بقصف", "بهجوم"
      int noun = w.is(j, INSIDE) || when ? j + 1 : w.hasProclitic(j, "ب") ? j : -1;
      for (Event e : sentence) {
        if (noun > k && e != killing && isAttack(e) && w.tokenAt(e.trigger().start()) == noun
            && named(e.source(), e) && !sameActor(e.source(), killing.target())) {
          return e;
        }
      }
    }
    return null;
  }

  /** Words that open the clause of what an act's time held: "حين هاجم مسلحون القرية". */
  private static final java.util.Set<String> WHEN = EventKeys.setOf("حين", "عندما", "حينما");
  /** "حيث", which tells what happened in the act just told: "هجمات بوكو حرام …، حيث قتل 13 شخصا". */
  private static final String WHERE = EventKeys.of("حيث");

  /**
   * The attack with a named agent told before the killing when "حيث" opens the killing's clause: "وتواصلت
   * هجمات بوكو حرام في نهاية الأسبوع، في ولاية بورنو، حيث قتل 13 شخصا" is Boko Haram's. Null otherwise.
   */
  private static Event attackWhereItWas(SentenceWords w, List<Event> sentence, Event killing, int k) {
    if (!w.is(k, CombatDeaths.KILLING) || !(w.isKey(k - 1, WHERE) || w.isKey(k - 2, WHERE) && w.isComma(k - 1))) {
      return null;
    }
    int where = w.isKey(k - 1, WHERE) ? k - 1 : k - 2;
    Event nearest = null;
    for (Event e : sentence) {
      int t = w.tokenAt(e.trigger().start());
      if (e != killing && isAttack(e) && t < where && where - t <= CAUSE_REACH && noFullStop(w, t, where)
          && named(e.source(), e) && !sameActor(e.source(), killing.target())) {
        nearest = e;
      }
    }
    return nearest;
  }

  private static boolean noFullStop(SentenceWords w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (Clauses.isFullStop(w, i)) {
        return false;
      }
    }
    return true;
  }

  static boolean sameActor(Event.Actor a, Event.Actor b) {
    return b != null && java.util.Objects.equals(a.code(), b.code()) && java.util.Objects.equals(a.id(), b.id());
  }

  /** Whether the killing (or the war death it was coded as) has no agent of its own: none, or its noun's. */
  static boolean agentless(Event killing) {
    return isAttack(killing) && !named(killing.source(), killing);
  }

  /** Whether the event is an attack of any kind: roots 18 (assault), 19 (fight), 20 (mass violence). */
  static boolean isAttack(Event e) {
    return e.root().equals("18") || e.root().equals("19") || e.root().equals("20");
  }

  /** Whether the actor is named, not the trigger's own noun ("مقتل", or "قتل" of "وقتل"). */
  private static boolean named(Event.Actor a, Event e) {
    return a != null && (a.start() < e.trigger().start() || a.end() > e.trigger().end());
  }
}
