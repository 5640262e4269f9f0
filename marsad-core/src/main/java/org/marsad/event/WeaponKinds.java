package org.marsad.event;

/**
 * The weapon a sentence names next to an attack decides its CAMEO code where the trigger word is generic:
 * a chemical attack is 2041 (use chemical weapons: "هجوم كيميائي", "بالغازات السامة"), and an attack or a
 * killing by a bomb is a bombing, 1831 suicide ("انتحاري"), 1832 car ("سيارة مفخخة"), 1833 roadside or
 * planted ("عبوة ناسفة"). The judged samples rejected 190 and 1823 for both.
 */
final class WeaponKinds {
  /** How far from the trigger the weapon may stand (words): "قتل كثيرون بينهم نساء وأطفال في هجوم كيميائي". */
  private static final int REACH = 8;

  private static final java.util.Set<String> CHEMICAL = EventKeys.setOf("كيماوي", "كيميائي", "كيماوية",
      "كيميائية", "كيمياوي", "كيمياوية", "كيميائيا", "كيماويا", "كيمياويا", "سارين", "السارين", "الكلور", "كلور", "السامة", "سامة", "السام", "سام",
      "الأعصاب"); // ("بالغاز السام": the masculine too)
  private static final java.util.Set<String> SUICIDE = EventKeys.setOf("انتحاري", "انتحارية", "انتحاريا",
      "انتحاريين", "انتحاريون", "انتحاريتان", "انتحاريتين", "انتحاريات",
      "استشهادي", "استشهادية", "استشهاديين"); // (the last, as the attackers' own call it)
  private static final java.util.Set<String> CAR_BOMB = EventKeys.setOf("مفخخة", "مفخخ", "مفخخات");
  private static final java.util.Set<String> PLANTED = EventKeys.setOf("ناسفة", "ناسف", "عبوة", "عبوات");
  /** Bombs and blasts of no kind the words above name: "انفجار قنبلة", "بمتفجرات مزروعة". */
  private static final java.util.Set<String> BOMBS = EventKeys.setOf("قنبلة", "قنابل", "متفجرات", "بمتفجرات",
      "تفجير", "انفجار");
  /** Knives: an attack with one is a physical assault, 182 ("هجوم بسكين"); a killing with one stays 1823. */
  private static final java.util.Set<String> BLADES = EventKeys.setOf("سكين", "بسكين", "سكاكين", "طعن", "طعنا",
      "الطعن", "ساطور");
  /** Generic codes a named weapon makes specific: attack, fight, killing, and bombing itself. */
  private static final java.util.Set<String> GENERIC = java.util.Set.of("180", "190", "1823", "183");

  private WeaponKinds() {}

  /** The code the weapon near the trigger gives an attack coded {@code code}, or null to keep it. */
  static String codeOf(SentenceWords w, int trigger, CameoCode code) {
    if (!code.isAttack() || code.root().equals("20")) {
      return null;
    }
    if (weaponOf(w, trigger, CHEMICAL)) {
      return "2041";
    }
    if (!GENERIC.contains(code.code())) {
      return null; // an air strike or shelling stays what it is
    }
    if (weaponOf(w, trigger, SUICIDE)) {
      return "1831";
    }
    if (weaponOf(w, trigger, CAR_BOMB)) {
      return "1832";
    }
    if (weaponOf(w, trigger, PLANTED)) {
      return "1833";
    }
    if (((code.code().equals("180") || code.code().equals("1823")) && weaponOf(w, trigger, BOMBS)
        || code.code().equals("190") && bombedWith(w, trigger)) && !CombatDeaths.byAirOrArtillery(w, trigger)) {
      // "قتل اربعة شرطيين في انفجار قنبلة": a bombing of no named kind (a fight near a blast stays 190, and
      // so does a strike: "صواريخ شديدة الانفجار", "قتل 7 خبراء متفجرات … في غارات")
      return "183";
    }
    return (code.code().equals("180") || code.code().equals("190")) && weaponOf(w, trigger, BLADES) ? "182" : null;
  }

  /** "هجوم بمتفجرات", "هجوم بقنبلة": the attack's own means, right after it behind ب. */
  private static boolean bombedWith(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + 2 && i < w.size(); i++) {
      if (w.hasProclitic(i, "ب") && w.is(i, BOMBS)) {
        return true;
      }
    }
    return false;
  }

  /** Words that put another event between the trigger and a weapon: "ضربات ردا على الهجوم الكيماوي". */
  private static final java.util.Set<String> OTHER_EVENT = EventKeys.setOf("ردا", "رداً", "منع", "لمنع", "بعد", "عقب",
      "إثر", "اثر", "بسبب", "لتلافي", "تجنب", "لتجنب", "مثل", "غرار",
      // and who is behind another blast: "قتلت قوات الأمن العقل المدبر لأسوأ تفجير انتحاري", "جماعة اتهمتها
      // السلطات بتنفيذ التفجير"
      "المدبر", "مدبر", "العقل", "بتنفيذ", "اتهمتها", "اتهمته", "المتهم", "المتهمين");

  /**
   * Whether the trigger's own weapon is of the kind: a word of it within reach, no other event's word between.
   * A killing reaches further: back to what its result verb follows ("تفجير انتحاري … أسفر عن مقتل"), and on
   * to the blast told after the dead and the wounded ("قتل أربعة أشخاص … وأصيب عشرة آخرون بجروح في تفجير"),
   * which a word of time before does not make another event ("واستشهد عقب التفجير").
   */
  private static boolean weaponOf(SentenceWords w, int trigger, java.util.Set<String> kind) {
    boolean killing = w.is(trigger, CombatDeaths.KILLING);
    int result = killing ? CombatDeaths.resultVerbBefore(w, trigger) : -1;
    int from = Math.max(0, (result >= 0 ? result : trigger) - REACH);
    int to = Math.min(w.size() - 1, trigger + (killing ? KILLING_REACH : REACH));
    for (int i = from; i <= to; i++) {
      if (killing && i > trigger && w.is(i, CombatDeaths.GUNFIRE)) {
        return false; // shot: "مقتل 62 فلسطينيًا … بالرصاص الحي والمطاطي وقنابل الغاز"
      }
      if (i != trigger && w.is(i, kind) && !w.is(i + 1, GAS) && !w.is(i - 1, COMMISSIONERS)
          && !between(w, Math.min(i, trigger), Math.max(i, trigger), killing)) {
        return true;
      }
    }
    return false;
  }

  /** "المفوض السامي": the High Commissioner, whose "السامي" is no poison (seed-251 round's wider reach). */
  private static final java.util.Set<String> COMMISSIONERS = EventKeys.setOf("المفوض", "مفوض", "المفوضة", "مفوضة");

  /** Gas and noise grenades are no bombs: "قنابل الغاز المسيل للدموع", "قنابل صوتية". */
  private static final java.util.Set<String> GAS = EventKeys.setOf("الغاز", "غاز", "مسيلة", "المسيلة", "صوتية",
      "الصوتية", "دخانية", "الدخانية", "ضوئية");

  /** How far after a killing its blast may be told. */
  private static final int KILLING_REACH = 18;
  /** Words of time that tell a killing's cause after it: "استشهد عقب التفجير", "قتل إثر انفجار". */
  private static final java.util.Set<String> CAUSED_AFTER = EventKeys.setOf("إثر", "اثر", "عقب");

  private static boolean between(SentenceWords w, int from, int to, boolean killing) {
    for (int k = from + 1; k < to; k++) {
      if (w.is(k, OTHER_EVENT) && !(killing && w.is(k, CAUSED_AFTER))) {
        return true;
      }
    }
    return false;
  }
}
