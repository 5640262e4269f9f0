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
      "فيضانات", "فيضان", "سيول", "إعصار", "اعصار", "عاصفة", "انهيار", "انهيارات", "انهار", "انهارت", "تحطم",
      "اصطدام", "غرق", // ("انهار منزل وقتل شخصان": a house fell in)
      "حريق", "انزلاق", "انزلاقات", "بركان", "تسمم", "الأمطار", "أمطار", "اشتعال", "احتراق",
      "تدافع", "التدافع", // ("قتل 27 شخصا في تدافع": a stampede)
      "حرائق", "الحرائق", "إطفاء", "الإطفاء", // (firefighters killed fighting a wildfire)
      "مرض", "داء", "وباء", "فيروس", "الكوليرا", "كوليرا", "إنفلونزا", "انفلونزا"); // ("تفشي داء الفيالقة")
  /** "حادث" is any incident (an air strike too, "ضحايا الحادث"); with these it is one of traffic. */
  private static final java.util.Set<String> INCIDENT = EventKeys.setOf("حادث", "حادثة");
  private static final java.util.Set<String> TRAFFIC = EventKeys.setOf("سير", "مرور", "مروري", "مرورية", "الطريق",
      "طريق", "سيارة", "حافلة", "قطار", "شاحنة", "طائرة");
  /** Mishaps of vehicles: "مقتل 19 شخصا بتصادم حافلتين", "انقلاب عبارتهم في النيل" (not a coup, "انقلاب"). */
  private static final java.util.Set<String> MISHAPS = EventKeys.setOf("تصادم", "انقلاب");
  private static final java.util.Set<String> VEHICLES = EventKeys.setOf("سيارة", "سيارتين", "حافلة", "حافلتين",
      "حافلات", "قطار", "قطارين", "شاحنة", "عبارة", "عبارتهم", "عبارتين", "قارب", "مركب", "سفينة", "زورق");
  /** Words that make the cause someone's doing. */
  private static final java.util.Set<String> DONE = EventKeys.setOf("متعمد", "متعمدا", "أضرم", "أضرموا", "إضرام",
      "اضرام", "هجوم", "هجمات", "إطلاق", "اطلاق", "قصف", "غارة", "غارات", "تفجير", "انفجار", "انتحاري", "مسلح",
      "مسلحون", "مسلحين", "دهس", "طعن", "إسقاط", "اسقاط", "أسقط", "أسقطت", "صاروخ", "استهداف", "اغتيال", "إرهابي",
      "إرهابية", "ارهابي", "ارهابية", "اعتداء", "عسكري", "عسكرية", "التدخل", "ضربة", "ضربات");
  /** An aircraft that fell or crashed, told further from its toll: "طائرة إيرانية متجهة … سقطت في مرتفعات". */
  private static final java.util.Set<String> AIRCRAFT = EventKeys.setOf("طائرة", "الطائرة", "مروحية", "المروحية",
      "مقاتلة", "المقاتلة"); // ("سقوط مقاتلة سورية في إدلب ومقتل 12")
  private static final java.util.Set<String> FELL = EventKeys.setOf("سقطت", "سقط", "سقوط", "تحطمت", "تحطم", "هوت");
  /** Fire that brought the aircraft down: "سقطت طائرة بنيران سورية" is no accident. */
  private static final java.util.Set<String> SHOT = EventKeys.setOf("نيران", "النيران", "أسقط", "أسقطت", "إسقاط",
      "اسقاط", "صاروخ");
  /** Casualties that "fall": "سقوط قتلى" is an idiom of dying, no aircraft falling. */
  private static final java.util.Set<String> FALLEN = EventKeys.setOf("قتلى", "ضحايا", "جرحى", "مصابين", "شهداء",
      "قتيل", "قتيلا", "جريح");

  /**
   * Whether an aircraft fell or crashed near the killing: a word of falling within two reaches of it, not
   * the idiom of casualties falling, in a sentence that names one aircraft (as written, not by lemma: the
   * "طائرات" of an air strike are no crash).
   */
  private static boolean crashNear(SentenceWords w, int trigger) {
    boolean fell = false;
    for (int j = Math.max(0, trigger - 2 * REACH); j <= Math.min(w.size() - 1, trigger + 2 * REACH) && !fell; j++) {
      fell = j != trigger && w.is(j, FELL) && !w.is(j + 1, FALLEN);
    }
    for (int j = 0; fell && j < w.size(); j++) {
      if (AIRCRAFT.contains(w.bare[j])) {
        return true;
      }
    }
    return false;
  }

  /** Military operations named like storms: "عاصفة الحزم". */
  private static final java.util.Set<String> OPERATIONS = EventKeys.setOf("الحزم");
  /**
   * Disasters whose toll a later sentence tells on its own (not "انهيار", which militias suffer too, nor
   * "انهار", the key of "الأنهار", rivers).
   */
  private static final java.util.Set<String> DISASTERS = EventKeys.setOf("صاعقة", "زلزال", "الزلزال", "زلزالين",
      "فيضانات", "الفيضانات", "فيضان", "سيول", "السيول", "إعصار", "الإعصار", "اعصار", "الاعصار", "عاصفة",
      "العاصفة", "بركان", "البركان", "ثوران", "الأمطار", "أمطار", "حريق", "الحريق", "حرائق", "الحرائق", "تحطم",
      "تحطمت", "الكوارث", "كارثة", "تسونامي", "التدافع", "تدافع");
  /** Fighting and protest, whose dead are someone's doing though no doer is named. */
  private static final java.util.Set<String> STRIFE = EventKeys.setOf("معارك", "المعارك", "معركة", "اشتباكات",
      "الاشتباكات", "مواجهات", "المواجهات", "القتال", "قتال", "احتجاجات", "الاحتجاجات", "التظاهرات", "تظاهرات",
      "متظاهرين", "المتظاهرين", "متظاهرا", "عنف", "العنف");
  /** How many sentences before a killing its natural or accidental cause may be told. */
  private static final int SENTENCES_BEFORE = 2;

  /**
   * Whether a killing with no doer, in a sentence of no violence, follows sentences that tell a disaster or
   * an accident and no violence: "وقتل 12 شخصا وفقد اربعة اخرون في مدينة ونتشو" after the typhoon's landfall
   * (seed 284), "إن 34 شخصا على الأقل قتلوا" after the storms. The toll of the disaster told before.
   */
  static boolean toldBefore(org.marsad.doc.Document doc, int sentence, SentenceWords w, int trigger) {
    if (!w.is(trigger, CombatDeaths.KILLING) || w.mentions(DONE) || w.mentions(SHOT) || w.mentions(STRIFE)) {
      return false;
    }
    for (int j = sentence - 1; j >= 0 && j >= sentence - SENTENCES_BEFORE; j--) {
      SentenceWords before = new SentenceWords(doc, doc.sentences().get(j));
      if (before.mentions(DONE) || before.mentions(SHOT) || before.mentions(OPERATIONS) || before.mentions(STRIFE)) {
        return false;
      }
      if (before.mentions(DISASTERS)) {
        return true;
      }
    }
    return false;
  }

  /** Attacks, which animals make too: "تعرض لهجوم ولعض". */
  private static final java.util.Set<String> ATTACKS = EventKeys.setOf("هجوم", "هجمات", "هجومين", "هاجم", "اعتداء");
  /**
   * Animals that attack people, as written (not "الأسد", a president, nor "الذئاب المنفردة", lone-wolf
   * attackers; seed 247: wild boars in Sicily, bears and a bison in Yellowstone).
   */
  private static final java.util.Set<String> ANIMALS = java.util.Set.of("خنزير", "الخنزير", "خنازير", "الخنازير",
      "دب", "الدب", "دببة", "الدببة", "ثور", "الثور", "قرش", "القرش", "تمساح", "التمساح", "تماسيح", "نمر", "النمر",
      "حيوان", "الحيوان", "حيوانات", "الحيوانات", "كلب", "الكلب", "كلاب", "الكلاب", "ضبع", "أفعى", "ثعبان", "فيل",
      "الفيل");

  /** Whether the sentence names an animal. */
  private static boolean animals(SentenceWords w) {
    for (int i = 0; i < w.size(); i++) {
      if (ANIMALS.contains(w.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** How far from the killing word its cause may stand. */
  private static final int REACH = 8;

  /** Verbs that nature's force does as armies do: "وكانت فيضانات … اجتاحت مناطق عدة في السودان". */
  private static final java.util.Set<String> SWEEPING = EventKeys.setOf("اجتاح", "اجتاحت", "يجتاح", "تجتاح",
      "ضرب", "ضربت", "يضرب", "تضرب", "حاصر", "حاصرت", "يحاصر", "تحاصر"); // ("الأمطار التي حاصرت الأطفال")
  private static final int SWEEP_REACH = 5;
  /** Holding people, which floods and storms do too: "احتجزتهم السيول في بعض الأودية". */
  private static final java.util.Set<String> TRAPPING = EventKeys.setOf("احتجز", "احتجزت", "احتجزتهم", "احتجزته",
      "احتجزتها", "حاصرتهم", "حاصرته");

  /**
   * Whether the killing at {@code trigger} is told as an accident's or nature's toll, or the trigger is a
   * verb of sweeping or striking whose subject, a few words before it, is a flood, a storm or a quake.
   */
  static boolean of(SentenceWords w, int trigger) {
    if (w.is(trigger, SWEEPING) || w.is(trigger, TRAPPING)) {
      // (the force may also be the VSO subject right after: "أربعة أشخاص احتجزتهم السيول")
      for (int i = Math.max(0, trigger - SWEEP_REACH); i <= trigger + 2 && i < w.size(); i++) {
        if (i != trigger && w.is(i, CAUSES)) {
          return true;
        }
      }
    }
    if ((w.is(trigger, CombatDeaths.KILLING) || w.is(trigger, ATTACKS)) && animals(w)) {
      return true; // "مجموعة من الخنازير البرية قتلت رجلا", "وقتل شخصان في هجومين … بينما أصاب ثور"
    }
    if (!w.is(trigger, CombatDeaths.KILLING)) {
      return false; // (asked of every trigger: the killing word first, the neighbours only then)
    }
    boolean crash = crashNear(w, trigger) && !w.mentions(SHOT);
    boolean accident = w.near(trigger, REACH, CAUSES) || crash
        || w.near(trigger, REACH, INCIDENT) && w.near(trigger, REACH, TRAFFIC)
        || w.near(trigger, REACH, MISHAPS) && w.near(trigger, REACH, VEHICLES);
    return accident && !w.near(trigger, 2 * REACH, DONE);
  }
}
