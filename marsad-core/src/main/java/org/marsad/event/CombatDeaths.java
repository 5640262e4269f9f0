package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Deaths in war are not murders: CAMEO 1823 (kill by physical assault) is for killings outside military
 * force; a killing the sentence puts down to an air strike ("قتلوا في غارة"), shelling ("في قصف
 * مدفعي"), battle ("خلال اشتباكات") or to an army is coded as that use of force (195, 194, 190). Found
 * by judging coded 2018 news by hand: both judges rejected 1823 for killings in combat.
 */
final class CombatDeaths {
  /** How far from the killing word the cause may stand (words). */
  private static final int REACH = 10;

  private static final java.util.Set<String> AIR = EventKeys.setOf("غارة", "غارات", "غارتين", "غارتان", "طيران",
      "مقاتلات", "جوية", "جوي", "جويا", "جويتين", "طائرات", "طائرة", "مروحيات", "مروحية");
  private static final java.util.Set<String> ARTILLERY = EventKeys.setOf("قصف", "قصفا", "قذائف", "قذيفة", "مدفعي",
      "مدفعيا", "مدفعية", "هاون", "صاروخ", "صواريخ", "مقذوف", "مقذوفات", "مقذوفا");
  private static final java.util.Set<String> BATTLE = EventKeys.setOf("اشتباكات", "اشتباك", "معارك", "معركة",
      "مواجهات", "عملية عسكرية", "العمليات العسكرية", "عمليات عسكرية",
      // "قتل نحو 10 آلاف شخص في الحرب بين قوات الحكومة اليمنية والحوثيين"
      "حرب", "حروب", "قتال", "نزاع", "صراع",
      "كمين", // "قتلت حركة طالبان 30 من قوات الأمن في كمين"
      "مناوشات", "مناوشة", // "مقتل جندي اماراتي في مناوشات مع الحوثيين"
      "تبادل"); // "قُتل 20 شخصاً … في تبادلٍ لإطلاق النار خلال حفل زفاف" (seed 286): an exchange of fire

  private CombatDeaths() {}

  /**
   * The code of the use of force that caused the killing at {@code trigger}, or null when the sentence
   * names none (a murder, a bombing, an execution keep their code). Fighters killed by fighters, or by
   * no one named, fell in combat ({@link #combatants}).
   */
  static String forceOf(SentenceWords w, int trigger, List<ActorMention> killers, List<ActorMention> dead) {
    if (!w.is(trigger, KILLING)) {
      return null; // an execution, a slaughter stay what they are
    }
    int from = Math.max(0, trigger - REACH);
    int result = resultVerbBefore(w, trigger);
    if (result >= 0) {
      from = Math.max(0, result - REACH); // "القصف المكثف للقوات الحكومية …، والذي أدى إلى مقتل": the cause before the result verb
    }
    int to = Math.min(w.size() - 1, trigger + REACH);
    String found = null;
    for (int i = from; i <= to; i++) {
      if (i == trigger || !w.token(i).isWord()) {
        continue;
      }
      if (w.is(i, AIR)) {
        return "195";
      }
      if (w.is(i, ARTILLERY)) {
        found = "194";
      } else if (found == null && (w.is(i, BATTLE) || (i + 1 <= to && w.is(i, BATTLE_HEADS)
          && w.is(i + 1, MILITARY)) || w.is(i, BATTLE_HEADS) && w.isKey(i - 1, WITHIN))) {
        // ("مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة": operations of war)
        found = "190";
      }
    }
    if (found != null) {
      return found;
    }
    for (ActorMention k : killers) {
      Event.Actor a = k.actor();
      String code = a.code();
      boolean army = code != null && code.endsWith("MIL");
      if (army) {
        return gunfire(w, from, to) ? "193" : "190"; // "قتل الجيش 12 مسلحا"
      }
      boolean state = a.country() != null && (code == null || code.equals(a.country()));
      if (state && k.attributive() && gunfire(w, from, to)) {
        return "193"; // "بالرصاص الإسرائيلي": a country's gunfire (not "15 سعوديا", people who killed)
      }
    }
    // (police who kill gunmen fight them: "قتلت الشرطة 30 مسلحا" in a raid met with fire)
    return combatants(dead) && (killers.isEmpty() || combatants(killers) || police(killers))
        && !w.near(trigger, REACH, STREET_ATTACKS) ? "190" : null;
  }

  /** Verbs that make a killing the result of what comes before them: "أدى إلى مقتل", "أسفر عن مقتل". */
  static final java.util.Set<String> RESULTS = EventKeys.setOf("أدى", "ادى", "أدت", "ادت", "أسفر", "اسفر",
      "أسفرت", "اسفرت", "يؤدي", "تؤدي", "أوقع", "أوقعت", "تسبب", "تسببت");

  /** The result verb up to five words before the killing ("أدى إلى مقتل", "أدى بدوره إلى مقتل"), or -1. */
  static int resultVerbBefore(SentenceWords w, int trigger) {
    // (past an adverb of time: "اسفرت الى الآن عن مقتل")
    for (int i = trigger - 1; i >= trigger - 5 && i >= 0 && w.token(i).isWord(); i--) {
      if (w.is(i, RESULTS)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean police(List<ActorMention> actors) {
    return actors.stream().allMatch(m -> m.actor().code() != null && m.actor().code().endsWith("COP"));
  }

  /** Attacks no army makes: soldiers run over or stabbed were not killed in combat ("حادث دهس"). */
  private static final java.util.Set<String> STREET_ATTACKS = EventKeys.setOf("دهس", "طعن", "سكين", "دهسا",
      "طعنا", "الدهس", "الطعن");

  /**
   * Whether the actors are all armed: an army, rebels, or gunmen ("قتل 20 من مسلحي الحوثي", "مقتل
   * جنديين"). Fighters killed with no other cause named fell in fighting: both judges of the coded 2018
   * news rejected 1823 for Houthi and army dead of the war in Yemen (root 19).
   */
  private static boolean combatants(List<ActorMention> actors) {
    boolean armed = false;
    for (ActorMention m : actors) {
      String code = m.actor().code();
      // (and international armed groups: "قتل 45 مسلحا … جراء هجمات شنها تنظيم داعش"; a leader the coder
      // cannot place may name his own, "مقتل 85 من ميليشيات الحوثي وصالح")
      boolean fighter = code != null && (code.endsWith("MIL") || code.endsWith("REB") || code.equals("UAF")
          || code.startsWith("IMG"));
      // (nor a leader the coder places as an opponent, "مقتل 85 من ميليشيات الحوثي وصالح"; nor police killed
      // beside soldiers, "قتل عدد من عناصر قوات النظام السوري وقوات الأمن الكردية")
      boolean beside = actors.size() > 1 && (code == null && m.actor().id() == null || ActorFinder.isPerson(m)
          || code != null && code.endsWith("COP"));
      if (!fighter && !beside) {
        return false;
      }
      armed |= fighter;
    }
    return armed;
  }

  /**
   * A use of force (190, 193, 194) with aircraft or missiles around it is an air or missile strike (195):
   * "أطلقت الولايات المتحدة 105 صواريخ على منشآت", "قصفت مقاتلات التحالف". Null keeps the code.
   */
  static String aerialOf(SentenceWords w, int trigger) {
    return w.near(trigger, 5, AIR) || w.near(trigger, 5, MISSILES) ? "195" : null;
  }

  /** How far the strike may stand from the blast or the killing it caused: "قتل 7 خبراء … في غارات". */
  private static final int STRIKE_REACH = 10;

  /** Whether aircraft, artillery or missiles are named within a few words of i: a blast there is their strike. */
  static boolean byAirOrArtillery(SentenceWords w, int i) {
    return w.near(i, STRIKE_REACH, AIR) || w.near(i, STRIKE_REACH, ARTILLERY) || w.near(i, STRIKE_REACH, MISSILES);
  }

  /** Whether a weapon, a strike or fighting is named within a few words of i. */
  static boolean armed(SentenceWords w, int i) {
    return w.near(i, 6, AIR) || w.near(i, 6, ARTILLERY) || w.near(i, 6, MISSILES) || w.near(i, 6, GUNFIRE)
        || w.near(i, 6, BATTLE) || w.near(i, 6, ARMS);
  }

  /** Hand weapons and bombs: "هاجما السفارة بقنابل بنزين". */
  private static final java.util.Set<String> ARMS = EventKeys.setOf("قنابل", "قنبلة", "سكين", "سكاكين", "أسلحة",
      "الأسلحة", "سلاح", "عبوة", "مولوتوف", "حارقة");

  private static final java.util.Set<String> MISSILES = EventKeys.setOf("صاروخ", "صواريخ", "صاروخية",
      "الصاروخية", "صاروخي");

  private static boolean gunfire(SentenceWords w, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (w.is(i, GUNFIRE)) {
        return true;
      }
    }
    return false;
  }

  static final java.util.Set<String> GUNFIRE = EventKeys.setOf("رصاص", "الرصاص", "برصاص", "النار", "نار",
      "نيران", "النيران", "بنيران");
  static final java.util.Set<String> KILLING = EventKeys.setOf("قتل", "مقتل", "قتلى", "قتيل", "قتلت",
      "قتلوا", "استشهد", "استشهدت", "استشهدوا", "يستشهد");
  private static final java.util.Set<String> STRIKES = EventKeys.setOf("ضربة", "ضربات");
  private static final java.util.Set<String> BATTLE_HEADS = EventKeys.setOf("عملية", "عمليات");
  private static final String WITHIN = EventKeys.of("ضمن");
  /** "عملية عسكرية", and a security operation, "العملية الأمنية" (a raid met with fire). */
  private static final java.util.Set<String> MILITARY = EventKeys.setOf("عسكرية", "أمنية");

  /** A killing's cause told after it, and who caused it (null when the phrase names no one). */
  record Cause(ActorGroup agent, String code) {}

  /** How far after the killing its cause may be told: "قتل نحو 17 من ميليشيات الحوثي، الأربعاء، في مواجهات". */
  private static final int CAUSE_REACH = 16;
  private static final java.util.Set<String> WITH_OR_AGAINST = EventKeys.setOf("مع", "ضد");
  /** Words that put the strike after them as the cause: "في غارات", "من جراء قصف", "إثر قصف". */
  private static final java.util.Set<String> BECAUSE = EventKeys.setOf("في", "جراء", "نتيجة", "إثر", "اثر", "بسبب",
      "خلال");
  /** Spans of time the strikes went on for: "خلال أسبوعين من الغارات". */
  private static final java.util.Set<String> DURATIONS = EventKeys.setOf("أسبوع", "أسبوعين", "أسابيع", "يومين", "أيام",
      "شهر", "شهرين", "أشهر", "ساعات");
  /** The fall of a shell, between the cause word and the shell: "جراء سقوط قذيفة". */
  private static final java.util.Set<String> FALL = EventKeys.setOf("سقوط");
  /** The wounded told with the dead, whose cause is the same: "قتل 8 … وأصيب آخرون في مواجهات". */
  private static final java.util.Set<String> WOUNDED = EventKeys.setOf("أصيب", "اصيب", "جرح", "أصيبت",
      // and taken prisoner in the same fighting: "قتل نحو 15 من ميليشيا الحوثي وجرح آخرون فيما أسر اثنين"
      "أسر", "اسر", "أسرت");

  /**
   * The cause of the killing at {@code trigger} told after it in its clause, with the side that caused it:
   * the other side of a battle ("قتل 17 من ميليشيات الحوثي في مواجهات مع الجيش اليمني": the army, 190) or
   * the owner of a strike ("بمقتل 43 عنصرا في غارات للتحالف العربي": the coalition, 195; "من جراء قصف
   * مدفعي إسرائيلي": Israel, 194). Null when no such phrase follows. News tells the dead first and the
   * fighting after them, where word order finds no agent for the killing.
   */
  static Cause causeAfter(SentenceWords w, List<ActorGroup> groups, int trigger, List<ActorMention> dead) {
    if (!w.is(trigger, KILLING)) {
      return null;
    }
    Cause battle = null; // (a battle with no side named may be told with strikes: "في مواجهات وغارات للتحالف")
    for (int i = trigger + 1; i < w.size() && i <= trigger + CAUSE_REACH; i++) {
      // ("أكثر من 15", which the tagger may read as a verb, is the count's)
      boolean bound = w.is(i, Victims.MORE_OR_FEWER) && w.isKey(i + 1, "من");
      // (a name the tagger reads as a verb is no act: "وقوات موالية للمخلوع صالح، وجرح 34 آخرون", seed 272)
      boolean named = ActorGroup.inside(groups, i);
      if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(i)
          || w.isVerb(i) && !w.is(i, WOUNDED) && !bound && !named) {
        break; // the clause ends, or another clause's act begins
      }
      if (battle == null && w.is(i, BATTLE)) {
        int with = pastAdjectives(w, i + 1);
        ActorGroup side = w.is(with, WITH_OR_AGAINST) ? ActorGroup.startingAt(groups, with + 1) : null;
        if (side == null && w.is(with, WITH_OR_AGAINST) && w.is(with + 1, MEN_OF)) {
          side = ActorGroup.startingAt(groups, with + 2); // "في مواجهات مع رجال المقاومة الشعبية"
        }
        if (side == null && w.isKey(with, BETWEEN) && w.token(with).clitics().isEmpty() && !dead.isEmpty()) {
          side = otherSideAfter(groups, with, dead.get(0)); // "في اشتباكات بين قوات الأمن التركية والمسلحين"
        }
        battle = new Cause(side, "190");
        if (side != null) {
          return battle;
        }
        continue;
      }
      // ("في ضربة جوية": the strike is from the air)
      // (and "ضربات" alone is air or missile strikes in war news: "في ضربات إسرائيلية على مواقع عسكرية")
      boolean air = w.is(i, AIR) || w.is(i, STRIKES);
      // (or joined to the battle: "في مواجهات وغارات للتحالف")
      // (the tagger calls "ضربة" an adjective at times; "جوية" is one)
      boolean strike = (air || w.is(i, ARTILLERY)) && (!"ADJ".equals(w.token(i).pos()) || w.is(i, STRIKES))
          && (w.is(i - 1, BECAUSE) || w.hasProclitic(i, "ب") || battle != null && w.hasProclitic(i, "و")
              || w.is(i - 1, FALL) && w.is(i - 2, BECAUSE) // "إثر سقوط قذيفة صاروخية" (seed 235)
              // "قتلوا … خلال أسبوعين من الغارات الجوية التركية" (seed 255)
              || w.isKey(i - 1, "من") && w.is(i - 2, DURATIONS) && w.is(i - 3, BECAUSE));
      if (strike) {
        ActorGroup owner = null;
        int j = i + 1;
        for (; j < w.size() && j <= i + 3 && TriggerFinder.adjective(w, j) && w.token(j).clitics().pre().isEmpty();
            j++) {
          ActorGroup nisba = ActorGroup.startingAt(groups, j);
          if (nisba != null && !ActorPositions.attributive(nisba)) {
            break; // (an actor the tagger calls an adjective is the genitive owner: "قذائف الفصائل")
          }
          owner = nisba != null ? nisba : owner; // "قصف مدفعي إسرائيلي"
        }
        if (owner == null) {
          ActorGroup next = ActorGroup.startingAt(groups, j); // "غارات للتحالف العربي", "قصف قوات النظام"
          owner = next != null && (w.hasProclitic(j, "ل") || w.token(j).clitics().pre().isEmpty()) ? next : null;
          if (owner == null && w.hasProclitic(j, "ل") && ActorPositions.isNoun(w, j)) {
            owner = ActorGroup.startingAt(groups, j + 1); // the genitive of its ل-noun: "بقصف لفصائل المعارضة"
          }
          if (owner == null && w.is(j, ArgumentFinder.WEAPON_HEADS) && w.token(j).clitics().pre().isEmpty()) {
            owner = ActorGroup.startingAt(groups, j + 1); // whose aircraft: "من جراء غارات مقاتلات التحالف"
          }
        }
        // (shelling with missiles or aircraft is a strike from the air: "جراء القصف الصاروخي والغارات")
        return new Cause(owner, air || aerialOf(w, i) != null ? "195" : "194");
      }
    }
    return battle;
  }

  private static final String BETWEEN = EventKeys.of("بين");
  /** How far before the result verb the battle's sides may be named. */
  private static final int SIDES_REACH = 30;
  /** How far from "بين" the battle may be named: "مواجهات عنيفة اندلعت مساء السبت واستمرت حتى … أمس بين". */
  private static final int BATTLE_WORDS = 14;

  /**
   * The side of a battle named before the verb the killing results from that is not the dead's own side:
   * "مواجهات عنيفة اندلعت … بين المقاومة الشعبية من جانب والمسلحين الحوثيين … ما أسفر عن مقتل ثمانية حوثيين"
   * (the resistance killed them); null when no such battle is told, or the dead belong to neither side.
   */
  static ActorGroup otherSideBefore(SentenceWords w, List<ActorGroup> groups, int trigger, List<ActorMention> dead) {
    int result = resultVerbBefore(w, trigger);
    if (result < 0 || dead.size() != 1 || !w.is(trigger, KILLING)) {
      return null;
    }
    for (int i = result - 1; i >= Math.max(0, result - SIDES_REACH); i--) {
      if (w.token(i).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(i)) {
        return null;
      }
      if (w.isKey(i, BETWEEN) && w.token(i).clitics().isEmpty() && w.near(i, BATTLE_WORDS, BATTLE)) {
        ActorGroup first = null;
        for (ActorGroup g : groups) {
          if (g.first() <= i || g.last() >= result || g.members().size() != 1) {
            continue;
          }
          if (first == null) {
            first = g;
          } else if (sameSide(first, dead.get(0))) {
            return sameSide(g, dead.get(0)) ? null : g;
          } else {
            return sameSide(g, dead.get(0)) ? first : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Of the two sides named right after "بين" at {@code between} ("بين قوات الأمن التركية والمسلحين", one group of
   * two or two groups), the one the dead are not of ("قتل ثلاثة مسلحون أكراد … في اشتباكات بين …", seed 250);
   * null when neither or both are.
   */
  private static ActorGroup otherSideAfter(List<ActorGroup> groups, int between, ActorMention dead) {
    ActorGroup first = ActorGroup.startingAt(groups, between + 1);
    List<ActorMention> sides = new java.util.ArrayList<>(first == null ? List.of() : first.members());
    ActorGroup second = first == null || sides.size() != 1 ? null : ActorGroup.startingAt(groups, first.last() + 1);
    if (second != null) {
      sides.addAll(second.members());
    }
    if (sides.size() != 2) {
      return null;
    }
    boolean firstSame = sameSide(sides.get(0), dead);
    if (firstSame == sameSide(sides.get(1), dead)) {
      return null;
    }
    ActorMention other = sides.get(firstSame ? 1 : 0);
    return new ActorGroup(other.first(), other.last(), List.of(other));
  }

  /** Whether the side's one actor has the dead's code ("المسلحين الحوثيين" and "ثمانية حوثيين": YEMREB). */
  private static boolean sameSide(ActorGroup side, ActorMention dead) {
    return sameSide(side.members().get(0), dead);
  }

  private static boolean sameSide(ActorMention side, ActorMention dead) {
    String code = dead.actor().code();
    return code != null && code.equals(side.actor().code());
  }

  /** The men of a side: "رجال المقاومة", "عناصر الجيش", "مسلحي القبائل". */
  private static final java.util.Set<String> MEN_OF = EventKeys.setOf("رجال", "عناصر", "مسلحي", "مقاتلي", "أفراد",
      "افراد", "قوات");

  private static int pastAdjectives(SentenceWords w, int i) {
    while (i < w.size() && "ADJ".equals(w.token(i).pos()) && w.token(i).clitics().pre().isEmpty()) {
      i++;
    }
    return i;
  }
}
