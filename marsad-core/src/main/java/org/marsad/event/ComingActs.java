package org.marsad.event;

/**
 * Event nouns whose setting puts them ahead of the publication: the setting of a future verb ("وسيترأس كيري
 * الجانب الأميركي في جلسات الحوار"), talks after "قبل" in a clause told in the present ("تفرض عليهم حصارا قبل
 * محادثات السلام"), and what a trip just begun is for ("غادر كيري واشنطن متوجها الى الشرق الأوسط … لإجراء
 * محادثات"). Seed 227's judges marked these asserted events as future.
 */
final class ComingActs {
  private ComingActs() {}

  /** Whether the trigger is an act its setting puts in the future. */
  static boolean of(SentenceWords w, int trigger, int clauseStart) {
    return !w.isVerb(trigger) && (settingOfFutureVerb(w, trigger, clauseStart) || comingAfter(w, trigger, clauseStart))
        || departedFor(w, trigger, clauseStart);
  }

  /** Prepositions of the setting an act takes place in: "في جلسات الحوار", "خلال زيارة". */
  private static final java.util.Set<String> SETTINGS = EventKeys.setOf("في", "خلال", "ضمن");
  /** How far before an event noun the future verb whose setting it is may stand, past its subject and object. */
  private static final int SETTING_REACH = 8;

  /**
   * Whether the event noun names the setting of a future verb before it in its clause, behind في, خلال or ضمن
   * with no other verb between: "وسيترأس كيري الجانب الأميركي في جلسات الحوار" (seed 227) is to come. Not the
   * object of such a verb, which may be past ("سيبحث الوزيران نتائج الزيارة").
   */
  private static boolean settingOfFutureVerb(SentenceWords w, int trigger, int clauseStart) {
    // (the preposition right before the noun or its head: "في جلسات الحوار"; not a topic, "في شأن توقيف")
    boolean setting = w.is(trigger - 1, SETTINGS) || w.is(trigger - 2, SETTINGS) && !w.is(trigger - 1, TOPICS);
    for (int i = trigger - 1; setting && i >= Math.max(clauseStart, trigger - SETTING_REACH); i--) {
      if (w.is(i, RELATIVES)) {
        return false; // (what happened: "نتيجة مختلفة عما حدث في الهجمات")
      }
      if (w.isVerb(i) && !w.hasProclitic(i, "ب") && !w.hasProclitic(i, "ل")) {
        // (not a name's word the segmenter split: "مدرسة مرجوري ستونمان دوجلاس")
        return w.isImperfective(i) && (w.hasProclitic(i, "س") || w.isKey(i - 1, SOON)) && !w.inEntity(i);
      }
    }
    return false;
  }

  /** Nouns of a topic after في: "في شأن", "في قضية" (what is decided on, not where). */
  private static final java.util.Set<String> TOPICS = EventKeys.setOf("شأن", "قضية", "مسألة", "موضوع", "ملف");
  private static final java.util.Set<String> RELATIVES = EventKeys.setOf("ما", "عما", "مما", "الذي", "التي",
      "الذين");

  private static final String SOON = EventKeys.of("سوف");
  private static final String BEFORE = EventKeys.of("قبل");
  private static final int BEFORE_REACH = 10;

  /**
   * Whether the event noun follows "قبل" in a clause whose verb is in the present: "حكومة جوبا تفرض عليهم
   * حصارا … قبل محادثات السلام" (seed 227), talks yet to come (not after a past verb: "اعتقل قبل اجتماع").
   */
  private static boolean comingAfter(SentenceWords w, int trigger, int clauseStart) {
    if (!w.isKey(trigger - 1, BEFORE) || !w.token(trigger - 1).clitics().pre().isEmpty()) {
      return false;
    }
    for (int i = trigger - 2; i >= Math.max(clauseStart, trigger - BEFORE_REACH); i--) {
      if (w.is(i, Agreement.KANA)) {
        return false;
      }
      if (w.isVerb(i) && !w.hasProclitic(i, "ب") && !w.hasProclitic(i, "ل")) {
        return w.isImperfective(i) && !w.presentByStem(i);
      }
    }
    return false;
  }

  /** Words of setting out on a trip, whose purpose behind ل lies ahead. */
  private static final java.util.Set<String> DEPARTING = EventKeys.setOf("غادر", "غادرت", "يغادر", "تغادر",
      "متوجها", "متوجهة", "متوجهين", "يتوجه", "تتوجه", "يسافر", "تسافر");
  private static final int DEPARTURE_REACH = 14;
  private static final int PURPOSE_REACH = 4;

  /**
   * Whether the trigger is what a trip just begun is for: behind ل (or the genitive of a masdar behind ل, "لإجراء
   * محادثات", or a few words past a verb behind ل, "ليكون ضمن وفد الحوار") after a word of setting out in its
   * clause (seed 227). An arrival's purpose may be under way ("وصل إلى الرياض لإجراء محادثات"): not counted.
   */
  private static boolean departedFor(SentenceWords w, int trigger, int clauseStart) {
    int purpose = -1;
    for (int i = trigger; i >= Math.max(clauseStart, trigger - PURPOSE_REACH); i--) {
      if (w.hasProclitic(i, "ل") && !w.isDefinite(i)) { // (not a destination: "متوجها للقاهرة")
        purpose = i;
        break;
      }
      if (i < trigger && (w.isVerb(i) && !w.is(i, SETTINGS) || Clauses.isBoundary(w, i))) {
        return false;
      }
    }
    if (purpose < 0) {
      return false;
    }
    for (int i = purpose - 1; i >= Math.max(clauseStart, purpose - DEPARTURE_REACH); i--) {
      if (w.is(i, DEPARTING)) {
        return true;
      }
      if (w.isVerb(i) && !w.isImperfective(i)) {
        return false; // (another act between: "أبوا أن يغادروا وتعرضوا لقصف جوي")
      }
    }
    return false;
  }
}
