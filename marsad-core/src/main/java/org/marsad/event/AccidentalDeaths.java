package org.marsad.event;

/**
 * Deaths by accident or nature are no events: "صاعقة تسببت في مقتل 16 شخصا", "حادثة الطريق التي قتل فيها
 * شخصان", "قتلوا جراء الزلزال". The killing words are the ones of violence, so the cause told near them
 * decides; a cause that someone may have set off (a fire set on purpose, a crash after an aircraft was shot
 * down, an attack in the same clause) keeps the event.
 */
final class AccidentalDeaths {
  private AccidentalDeaths() {}

  /** Words that make a death accidental or natural. */
  private static final java.util.Set<String> CAUSES = EventKeys.setOf("صاعقة", "صواعق", "زلزال", "الزلزال",
      "فيضانات", "فيضان", "سيول", "إعصار", "اعصار", "عاصفة", "انهيار", "انهيارات", "تحطم", "اصطدام", "غرق",
      "حريق", "انزلاق", "انزلاقات", "بركان", "تسمم", "الأمطار", "أمطار", "اشتعال", "احتراق");
  /** "حادث" is any incident (an air strike too, "ضحايا الحادث"); with these it is one of traffic. */
  private static final java.util.Set<String> INCIDENT = EventKeys.setOf("حادث", "حادثة");
  private static final java.util.Set<String> TRAFFIC = EventKeys.setOf("سير", "مرور", "مروري", "مرورية", "الطريق",
      "طريق", "سيارة", "حافلة", "قطار", "شاحنة", "طائرة");
  /** Words that make the cause someone's doing. */
  private static final java.util.Set<String> DONE = EventKeys.setOf("متعمد", "متعمدا", "أضرم", "أضرموا", "إضرام",
      "اضرام", "هجوم", "هجمات", "إطلاق", "اطلاق", "قصف", "غارة", "غارات", "تفجير", "انفجار", "انتحاري", "مسلح",
      "مسلحون", "مسلحين", "دهس", "طعن", "إسقاط", "اسقاط", "أسقط", "أسقطت", "صاروخ", "استهداف", "اغتيال", "إرهابي",
      "إرهابية", "ارهابي", "ارهابية", "اعتداء", "عسكري", "عسكرية", "التدخل", "ضربة", "ضربات");
  /** How far from the killing word its cause may stand. */
  private static final int REACH = 8;

  /** Verbs that nature's force does as armies do: "وكانت فيضانات … اجتاحت مناطق عدة في السودان". */
  private static final java.util.Set<String> SWEEPING = EventKeys.setOf("اجتاح", "اجتاحت", "يجتاح", "تجتاح",
      "ضرب", "ضربت", "يضرب", "تضرب");
  private static final int SWEEP_REACH = 5;

  /**
   * Whether the killing at {@code trigger} is told as an accident's or nature's toll, or the trigger is a
   * verb of sweeping or striking whose subject, a few words before it, is a flood, a storm or a quake.
   */
  static boolean of(SentenceWords w, int trigger) {
    if (w.is(trigger, SWEEPING)) {
      for (int i = Math.max(0, trigger - SWEEP_REACH); i < trigger; i++) {
        if (w.is(i, CAUSES)) {
          return true;
        }
      }
    }
    if (!w.is(trigger, CombatDeaths.KILLING)) {
      return false; // (asked of every trigger: the killing word first, the neighbours only then)
    }
    boolean accident = w.near(trigger, REACH, CAUSES)
        || w.near(trigger, REACH, INCIDENT) && w.near(trigger, REACH, TRAFFIC);
    return accident && !w.near(trigger, 2 * REACH, DONE);
  }
}
