package org.marsad.event;

import java.util.List;

/**
 * An attack with no state force, rebel army or war around it is CAMEO's unconventional violence (18), not
 * conventional military force (19): "الهجوم الذي أوقع 3 قتلى بينهم شرطيتان في مدينة لييج", "هجمات
 * شنها مسلحون وانتحاريون في قاعة للحفلات". The judged samples counted such 190s as a wrong root; a
 * generic attack word alone cannot tell, so the actors and the words around it decide.
 */
final class UnconventionalAttacks {
  /** Generic attack words, which take the code of what the sentence says about the attack. */
  private static final java.util.Set<String> ATTACKS = EventKeys.setOf("هجوم", "هجمات", "هجمة", "هجومين",
      "اعتداء", "اعتداءات", "هاجم", "استهدف");
  /** Words of war: a battle, an army, a front, a military operation, a strike or shelling. */
  private static final java.util.Set<String> WAR = EventKeys.setOf("اشتباكات", "اشتباك", "معارك", "معركة",
      "مواجهات", "قتال", "جبهة", "جبهات", "عسكرية", "عسكري", "العسكرية", "جيش", "الجيش", "غارة", "غارات",
      "قصف", "مدفعية", "صاروخ", "صواريخ", "صاروخية", "دبابات", "طائرات", "مقاتلات", "كتيبة", "حرب", "الحرب",
      "ضربة", "ضربات", "الضربة", "الضربات", "الدفاع", "فصائل", "الفصائل");
  /** "الإرهابية" after the attack word. */
  private static final java.util.Set<String> TERRORIST = EventKeys.setOf("إرهابي", "إرهابية", "ارهابي", "ارهابية");
  /** Roles that fight wars: armies, rebels, armed groups, and the unidentified armed forces of a war. */
  private static final java.util.Set<String> FIGHTERS = java.util.Set.of("MIL", "REB", "IMG", "SPY");

  private UnconventionalAttacks() {}

  /** Whether the generic attack at {@code trigger} is unconventional violence (180) by what its sentence says. */
  static boolean of(SentenceWords w, int trigger, Arguments a) {
    // (war anywhere in the sentence: "واستغرق الهجوم نحو 50 دقيقة" after "الهجمات الصاروخية")
    if (w.is(trigger, ATTACKS) && !w.isVerb(trigger) && w.is(trigger + 1, TERRORIST) && !w.mentions(WAR)) {
      return true; // "نتيجة الهجمات الإرهابية التي استهدفت تركيا": terrorism, whoever the sentence names (seed 236)
    }
    return w.is(trigger, ATTACKS) && !w.mentions(WAR) && privateAgents(a.sources()) && noFighter(a.targets())
        && (!w.is(trigger, TARGETED) || !a.sources().isEmpty() || w.near(trigger, 3, BOMBS)
            || w.near(trigger, 3, CRIMINAL));
  }

  /**
   * "استهدف" names no kind of attack: it is unconventional with an agent of no war ("العمل الإرهابي الذي
   * استهدف مسجد قوات الطوارئ") or a bomb ("قنبلة استهدفت رئيس الوزراء"), not with no agent at all ("ويقول
   * التحالف إنه لا يستهدف مدنيين": the speaker's own strikes).
   */
  private static final java.util.Set<String> TARGETED = EventKeys.setOf("استهدف");
  private static final java.util.Set<String> BOMBS = EventKeys.setOf("انفجار", "قنبلة", "عبوة", "مفخخة", "تفجير",
      "انتحاري", "انتحارية");

  /** Words that call the act a crime: "عملية إجرامية آثمة استهدفت المصلين" (seed 238). */
  private static final java.util.Set<String> CRIMINAL = EventKeys.setOf("إجرامية", "الإجرامية", "إجرامي",
      "الإجرامي", "آثمة", "الآثمة", "آثم", "الآثم", "الغاشم", "غاشم", "الغاشمة", "غاشمة", "الغادر", "غادر",
      "الغادرة", "غادرة", "الجبان", "جبان", "الجبانة", "جبانة");

  /** "إطلاق نار", "أطلق النار": shooting, which is small-arms fighting (193) only in a war. */
  private static final java.util.Set<String> FIRING = EventKeys.setOf("إطلاق", "اطلاق", "أطلق", "فتح");
  private static final java.util.Set<String> FIRE = EventKeys.setOf("نار", "النار");
  private static final java.util.Set<String> EXCHANGE = EventKeys.setOf("تبادل", "تبادلا");
  /**
   * Police and security forces near the shooting, who exchange fire or fire on a gunman: "تبادل لإطلاق
   * النار مع قوات الأمن" (not the police who tell of it).
   */
  private static final java.util.Set<String> SECURITY = EventKeys.setOf("الشرطة", "شرطة", "الأمن", "أمن",
      "الأمنية", "أمنية", "قوات", "القوات", "القوى", "جنود", "الجنود", "شرطي", "شرطيا", "شرطيين", "شرطيان");

  /**
   * Whether the shooting at {@code trigger} is unconventional violence (180): "أصيبوا في إطلاق نار في
   * مالمو", with no war, state force or armed group around it.
   */
  static boolean shooting(SentenceWords w, int trigger, Arguments a) {
    // (an exchange of fire is a fight: "تبادلا لإطلاق النار وقع مع الشرطة")
    return w.is(trigger, FIRING) && !w.is(trigger - 1, EXCHANGE) && (w.is(trigger + 1, FIRE) || w.is(trigger + 2, FIRE))
        && (outsideWar(w, trigger, a) || a.targets().isEmpty() && atKin(w, trigger) && !w.mentions(WAR)
            && privateAgents(a.sources()));
  }

  /** One's own kin, whom no lexicon makes an actor: "أطلق النار على شقيقه", "بإطلاق النار على زوجته وابنه". */
  private static final java.util.Set<String> KIN = EventKeys.setOf("شقيق", "شقيقة", "زوجة", "زوج", "ابن", "ابنة",
      "والد", "والدة", "أخ", "أخت", "طليقة", "أب", "أم");
  private static final java.util.Set<String> ON = EventKeys.setOf("على");
  /** How far after the firing word its "على" may stand: "أطلق النار على", "إطلاق النار عمدا على". */
  private static final int ON_REACH = 3;

  /** Whether the fire was aimed at someone's own kin: "على" and a kin noun with its pronoun. */
  private static boolean atKin(SentenceWords w, int trigger) {
    for (int i = trigger + 1; i <= trigger + ON_REACH && i + 1 < w.size(); i++) {
      if (w.is(i, ON)) {
        return w.is(i + 1, KIN) && !w.token(i + 1).clitics().post().isEmpty();
      }
    }
    return false;
  }

  /**
   * Whether a killing coded as small-arms fire (193, "قتل أربعة أشخاص في إطلاق نار بمدينة لييج") is a
   * gunman's murder (1823): no war, no security force besides its victims, no armed agent, and victims who
   * are no fighters. The judged samples put shootings in a town at root 18.
   */
  static boolean gunmanKilling(SentenceWords w, int trigger, Arguments a) {
    return w.is(trigger, CombatDeaths.KILLING) && outsideWar(w, trigger, a);
  }

  /**
   * Whether the act at {@code trigger} hit someone with no war, no security force besides its targets and no
   * armed agent around it, and none of its targets fights.
   */
  private static boolean outsideWar(SentenceWords w, int trigger, Arguments a) {
    return !w.mentions(WAR) && !securityNear(w, trigger, a.targets()) && privateAgents(a.sources())
        && noFighter(a.targets()) && !a.targets().isEmpty();
  }

  /** Security forces near the shooting that are not who it was aimed at ("أطلق النار على شرطيين"). */
  private static boolean securityNear(SentenceWords w, int trigger, List<ActorMention> targets) {
    for (int i = Math.max(0, trigger - 6); i <= trigger + 6 && i < w.size(); i++) {
      int at = i;
      if (w.is(i, SECURITY) && targets.stream().noneMatch(m -> m.first() <= at && at <= m.last())) {
        return true;
      }
    }
    return false;
  }

  /** Sources that are no state: none named, an unidentified force, civilians, or a person of no office. */
  private static boolean privateAgents(List<ActorMention> actors) {
    for (ActorMention m : actors) {
      String code = m.actor().code();
      if (code != null && !code.equals("UAF") && !code.endsWith("CVL")) {
        return false; // ("هجوم عنيف شنه النظام السوري": a state's offensive is war)
      }
    }
    return true;
  }

  /** Targets: no army, rebel or armed group, and no state as a whole ("تعرضها لهجوم من الجانب الإسرائيلي"). */
  private static boolean noFighter(List<ActorMention> actors) {
    for (ActorMention m : actors) {
      String code = m.actor().code();
      if (code == null) {
        continue;
      }
      String id = m.actor().id();
      if (code.length() == 3 && code.equals(m.actor().country()) && (id == null || !id.startsWith("place:"))) {
        return false; // (a town struck is where the attack was: "هجوم على مدينة جنين" by gunmen is no war)
      }
      for (String role : FIGHTERS) {
        if (code.endsWith(role) || code.startsWith(role)) {
          return false;
        }
      }
    }
    return true;
  }
}
