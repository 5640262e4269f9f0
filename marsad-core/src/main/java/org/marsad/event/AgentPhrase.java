package org.marsad.event;

import java.util.List;

/**
 * The agent named after the event: "أطلقت من قبل القوات الإيرانية", "انتقادات من جماعات إسلامية". Word order
 * would take the actor before the trigger as its subject; a "by X" phrase names the one who acted, and
 * that actor before, if any, becomes what the act was about ("تعليقات جونسون … أثارت انتقادات من
 * جماعات إسلامية": the groups criticised Johnson).
 */
final class AgentPhrase {
  /** Nouns whose "من X" is who voices them (for others "من" says about whom: "استياء من", "تحذير من"). */
  private static final java.util.Set<String> VOICED_FROM = EventKeys.setOf("انتقاد", "انتقادات", "إدانة", "إدانات",
      "تهديد", "تهديدات", "اتهامات", "إشادة", "ترحيب", "دعوات", "دعوة", "مطالب", "مطالبات", "ضغوط", "ضغط",
      // and what one receives from its sender: "تلقى الملك اتصالا هاتفيا من ملك البحرين"
      "اتصال", "اتصالا", "اتصالات", "رسالة", "برقية");
  /**
   * A request, whose "من X" is who made it where a preposition before it makes it the noun: "بناءً على طلب من
   * الرئيس الشرعي عبدربه منصور هادي" (seed 260), "بطلب من السعودية" (not the verb, "وطلب من مواطنيه": asked them).
   */
  private static final java.util.Set<String> REQUESTS = EventKeys.setOf("طلب");
  private static final java.util.Set<String> BEFORE_REQUEST = EventKeys.setOf("على", "بعد", "إثر", "اثر", "عقب");
  /** Protests, whose "من X" is who protests ("احتجاجات من المعلمين"). */
  private static final java.util.Set<String> PROTESTS = EventKeys.setOf("احتجاج", "احتجاجات", "مظاهرة", "مظاهرات",
      "تظاهرة", "تظاهرات", "اعتصام", "اعتصامات", "إضراب", "إضرابات", "مسيرة", "مسيرات");
  /** Fire that comes "من" its weapons: "قصف من مدفعية النظام". */
  private static final java.util.Set<String> FIRED = EventKeys.setOf("قصف", "قصفا", "نيران", "نار", "غارات", "غارة",
      "ضربات", "ضربة", "قذائف", "صواريخ");
  private static final java.util.Set<String> ARMS = EventKeys.setOf("مدفعية", "طائرات", "طيران", "مقاتلات", "قوات",
      "دبابات", "زوارق", "سفن", "بوارج", "مروحيات", "راجمات", "منصات");
  private static final String FROM = EventKeys.of("من");
  /** Styles of address before a sender's title: "جلالة", "فخامة", "سمو", "معالي", "صاحب السمو". */
  static final java.util.Set<String> STYLES = EventKeys.setOf("جلالة", "فخامة", "سمو", "معالي", "صاحب",
      "السمو", "الملكي", "سيادة");
  /** Attacks, whose "من X" is who attacks when X is armed. */
  private static final java.util.Set<String> ATTACKS = EventKeys.setOf("هجوم", "هجوما", "هجمات", "هجمة", "اعتداء",
      "اعتداءات");

  /** An armed actor's code: a force, rebels, unidentified attackers or an armed group abroad. */
  private static boolean armed(String code) {
    return code != null && (code.endsWith("MIL") || code.endsWith("REB") || code.equals("UAF")
        || code.startsWith("IMG"));
  }
  /** Whether all the group's members are armed. */
  static boolean armed(ActorGroup g) {
    return g.members().stream().allMatch(m -> armed(m.actor().code()));
  }

  /** "على يد", "على أيدي": by the hand of. */
  static final java.util.Set<String> HANDS = EventKeys.setOf("يد", "أيدي", "ايدي");
  private static final String BEFORE = EventKeys.of("قبل");
  /** "من طرف X", "من جانب X": by X, as "من قبل X" (only before an actor: "من جانب آخر" is on the other hand). */
  private static final java.util.Set<String> SIDES = EventKeys.setOf("طرف", "جانب");

  /**
   * Where the agent of a "by" phrase opening with "من" at i starts, or -1: "من قبل X", and with {@code sides}
   * "من طرف X", "من جانب X".
   */
  static int byAgent(SentenceWords w, List<ActorGroup> groups, int i, boolean sides) {
    if (!w.isKey(i, FROM)) {
      return -1;
    }
    if (w.isKey(i + 1, BEFORE)) {
      return i + 2;
    }
    return sides && w.is(i + 1, SIDES) && w.token(i + 1).clitics().post().isEmpty() && !w.isDefinite(i + 1)
        && ActorGroup.startingAt(groups, i + 2) != null ? i + 2 : -1;
  }

  /** "من جهة", "من ناحية": on the one hand, unless an actor follows ("من جهة الحوثيين"). */
  private static final java.util.Set<String> ON_THE_ONE_HAND = EventKeys.setOf("جهة", "ناحية");

  private AgentPhrase() {}

  /**
   * Where the name starts behind the styles of address at i and the title the name follows: "من جلالة
   * الملك محمد السادس", "من فخامة الرئيس عبدربه منصور هادي", "استقبل صاحب السمو الملكي الأمير محمد بن
   * نايف"; i itself when no style stands there.
   */
  static int pastStyles(SentenceWords w, List<ActorGroup> groups, int i) {
    int at = i;
    while (at < w.size() && w.is(at, STYLES)) {
      at++;
    }
    if (ActorGroup.startingAt(groups, at) == null && w.is(at, ActorFinder.PERSON_TITLES)
        && ActorGroup.startingAt(groups, at + 1) != null) {
      at++;
    }
    return at;
  }

  /**
   * Past a time and the comma after it, up to a "من" that follows them: "اتصالاً هاتفياً أمس، من جلالة الملك"
   * (i itself when neither stands there).
   */
  static int pastTimeToFrom(SentenceWords w, int i) {
    int at = w.afterTimeExpression(i);
    return w.isComma(at) && w.isKey(at + 1, FROM) ? at + 1 : at;
  }

  /**
   * The actor group a "من قبل X" (or, after a voiced noun, "من X") right after the trigger names; a group
   * with no members when the phrase names no actor the coder knows; null when there is no such phrase.
   */
  static ActorGroup after(SentenceWords w, List<ActorGroup> groups, int trigger, int triggerEnd, boolean verb) {
    // (a verb's needed word may follow the phrase; a noun's phrase is the noun's own: "بالتهديد بمزيد من
    // الهجمات" is not a threat voiced by the attacks)
    int i = !verb || w.isKey(trigger + 1, FROM) ? trigger + 1 : triggerEnd + 1;
    while (!verb && i < trigger + 3 && i < w.size() && "ADJ".equals(w.token(i).pos())
        && w.afterTimeExpression(i) == i) {
      i++; // "انتقادات حادة من …" (not a time the tagger reads as one: "البارحة الأولى")
    }
    if (!verb) {
      i = pastTimeToFrom(w, i); // "تلقى … اتصالا هاتفيا أمس من رئيس الجمهورية اليمنية"
    }
    boolean fired = !verb && (w.is(trigger, FIRED) || w.is(i, FIRED) && w.isKey(i + 1, FROM));
    if (fired && !w.isKey(i, FROM)) {
      i++; // "إطلاق نار من الجيش": the fire is the shooting's own word
    }
    if (!w.isKey(i, FROM) || !w.token(i).clitics().post().isEmpty()) {
      return null;
    }
    if (w.is(i + 1, ON_THE_ONE_HAND) && ActorGroup.startingAt(groups, i + 2) == null) {
      return null; // "وتهديده للمملكة من جهة أخرى": on the other hand, no one's voice
    }
    int at = byAgent(w, groups, i, true); // "من قبل", "من طرف": by
    if (at > 0) {
      return agentAt(w, groups, at);
    }
    // (not the masdar with the article, "اتفقا على الطلب من وزيري خارجيتهما": on asking them)
    boolean request = !verb && w.is(trigger, REQUESTS) && !w.isDefinite(trigger) && (w.hasProclitic(trigger, "ب")
        || w.token(trigger).clitics().pre().isEmpty() && w.is(trigger - 1, BEFORE_REQUEST)
            && w.token(trigger - 1).clitics().post().isEmpty()); // (not "عليه طلب المساعدة": he must ask)
    if (!verb && w.is(trigger, VOICED_FROM) || request) {
      at = pastStyles(w, groups, i + 1);
    } else if (!verb && w.is(trigger, PROTESTS)) {
      // "احتجاجات من سائقين غاضبين": who protests, when an actor follows (not "من أجل")
      return ActorGroup.startingAt(groups, i + 1);
    } else if (!verb && w.is(trigger, FIRED) && w.is(i + 1, ARMS)) {
      // "قصف من مدفعية النظام السوري", "نيران من طائرات التحالف": fire comes from the weapons of its agent
      for (ActorGroup g : groups) {
        if (g.first() == i + 1 || g.first() == i + 2) {
          return g;
        }
      }
      return null;
    } else if (fired) {
      // "في إطلاق نار من الجيش الأوكراني": fire comes from an armed actor, as an attack does
      ActorGroup g = ActorGroup.startingAt(groups, i + 1);
      return g != null && armed(g) ? g : null;
    } else if (!verb && w.is(trigger, ATTACKS)) {
      // "تعرضت مقديشو لهجمات من حركة الشباب": an attack comes from an armed actor (not "من الشمال")
      ActorGroup g = ActorGroup.startingAt(groups, i + 1);
      if (g == null && w.is(i + 1, ActorPositions.PARTS_OF)) {
        g = ActorGroup.startingAt(groups, i + 2); // "لهجوم من مسلحي طالبان"
      }
      return g != null && g.members().stream().allMatch(m -> armed(m.actor().code())) ? g : null;
    } else {
      return null;
    }
    return agentAt(w, groups, at);
  }

  /** The group starting at word {@code at}; one with no members when a word the coder cannot code stands there. */
  private static ActorGroup agentAt(SentenceWords w, List<ActorGroup> groups, int at) {
    for (ActorGroup g : groups) {
      if (g.first() == at) {
        return g;
      }
    }
    // "انتقادات من جماعات إسلامية": a voice the coder cannot code is still not the actor before the noun
    return at < w.size() && w.token(at).isWord() ? new ActorGroup(at, at, List.of()) : null;
  }

  /** Attacks one falls in, whose owner behind ل made them: "في كمين للمقاومة", "في غارة لطيران التحالف". */
  private static final java.util.Set<String> OWNED_ATTACKS = EventKeys.setOf("هجوم", "هجمات", "كمين", "غارة",
      "غارات", "قصف", "ضربة", "ضربات", "هجمة"); // (not "خلال عمليات للجيش", in which its own men may fall)
  /** Where the attack is told: "في", "بعد", "جراء", "إثر", or the ب of its means. */
  private static final java.util.Set<String> ATTACK_LEADS = EventKeys.setOf("في", "بعد", "جراء", "إثر", "اثر");

  /**
   * Whether word k is an indefinite attack told as where or how the act fell ("في كمين", "بعد هجوم",
   * "بغارة") with its owner's name behind ل right after it.
   */
  private static boolean attackOf(SentenceWords w, int k) {
    boolean led = w.hasProclitic(k, "ب") || k > 0 && w.is(k - 1, ATTACK_LEADS) && w.token(k).clitics().pre().isEmpty();
    return led && w.is(k, OWNED_ATTACKS) && !w.isDefinite(k) && w.token(k).clitics().post().isEmpty()
        && k + 1 < w.size() && w.hasProclitic(k + 1, "ل");
  }

  /** How far after a verb "من قبل" may still name its agent; after a noun, only its own phrase. */
  private static final int VERB_REACH = 10;
  private static final int NOUN_REACH = 3;

  /**
   * The agent a "من قبل X" (or, after an act, "على يد X") further on in the trigger's clause names, for a trigger word order found no
   * source for: "فرضت العقوبات على إيران من قبل الأمم المتحدة", "القصف المستمر من قبل قوات التحالف"; null
   * if none, or if X is the target.
   */
  static ActorGroup further(SentenceWords w, List<ActorGroup> groups, int triggerEnd, boolean verb, ActorGroup target,
      boolean acts) {
    int reach = verb ? VERB_REACH : NOUN_REACH;
    for (int k = triggerEnd + 1; k + 2 < w.size() && k <= triggerEnd + reach; k++) {
      // ("أيدي" may be tagged a verb)
      if (Clauses.isBoundary(w, k) || w.isVerb(k) && !w.is(k, HANDS)) {
        break;
      }
      // "من قبل X", and "على يد X", "على أيدي X", "بأيدي X"
      // ("من جانب" only in a noun's own phrase: after a verb it most often tells whose was what the verb is
      // about, "أدان الرئيس الاستخدام المفرط للقوة من جانب قوات الأمن")
      int by = w.token(k).clitics().pre().isEmpty() ? byAgent(w, groups, k, !verb) : -1;
      int at = by > 0 ? by
          : !acts ? -1 // (what is said comes by no one's hand: "الأنباء التي أفادت بمقتل … على يد القوات")
          : w.isKey(k, Clauses.ON) && w.is(k + 1, HANDS) && w.token(k + 1).clitics().pre().isEmpty() ? k + 2
          : w.hasProclitic(k, "ب") && w.is(k, HANDS) ? k + 1 : -1;
      if (at > 0) {
        ActorGroup agent = ActorGroup.startingAt(groups, at);
        return agent != null && agent != target && !ActorPositions.attributive(agent) ? agent : null;
      }

    }
    // (a killing's: "قتل 5 من الحوثيين في كمين للمقاومة"; not a protest's, "منذ بدء الاحتجاجات قتل 31 فلسطينيا
    // برصاص الجيش")
    return acts && w.is(triggerEnd, CombatDeaths.KILLING) ? attackOwner(w, groups, triggerEnd, target) : null;
  }

  /**
   * The armed owner of the attack the act fell in, named behind ل further on in its clause: "قتل 5 من
   * الحوثيين في كمين للمقاومة", "بعد هجوم للمقاومة بقذيفة"; null if none.
   */
  private static ActorGroup attackOwner(SentenceWords w, List<ActorGroup> groups, int triggerEnd, ActorGroup target) {
    for (int k = triggerEnd + 1; k + 1 < w.size() && k <= triggerEnd + VERB_REACH; k++) {
      boolean leadsAttack = w.is(k, ATTACK_LEADS) && attackOf(w, k + 1); // ("بعد هجوم", though بعد opens a clause)
      if (!leadsAttack && (Clauses.isBoundary(w, k) || w.isVerb(k))) {
        return null;
      }
      if (attackOf(w, k) || Victims.byBullets(w, k)) {
        // (or whose fire or bullets killed: "قتل العشرات منهم بنيران المقاومة")
        int by = RelativeDoer.pastDoneBy(w, k + 1);
        ActorGroup agent = ActorGroup.startingAt(groups, by);
        if (agent == null && by > k + 1 && by + 1 < w.size() && w.token(by).clitics().isEmpty()) {
          agent = ActorGroup.startingAt(groups, by + 1); // (past the craft: "نفذته طائرات الجيش المصري")
        }
        return agent != null && armed(agent) && agent != target && !ActorPositions.attributive(agent) ? agent : null;
      }
    }
    return null;
  }
}
