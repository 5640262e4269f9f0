package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * What kind of attack a generic one (190, or "هاجم" read as criticism, 111) is: an attack in words by an
 * office, a politician or the media ("هاجمت الصين تعليقات ترامب"), one by air or missiles, one with no war
 * around it ({@link UnconventionalAttacks}), or one by arms ("هاجمت قوات الحكومة السورية مواقع قسد").
 */
final class AttackKinds {
  private AttackKinds() {}

  private static final Set<String> ATTACKED = EventKeys.setOf("هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا");
  /** Who attacks only in words: a government office, a politician, the media, a party. */
  private static final Set<String> SPEAKING_ROLES = Set.of("GOV", "LEG", "MED", "ELI", "OPP", "PTY",
      "EDU", "BUS", "NGO", "HRI", "JUD", "REL");
  /** Verbs of waging an attack or a clash, which a person alone wages in words ("شن ترامب هجوما على مولر"). */
  private static final Set<String> WAGED = EventKeys.setOf("شن", "اشتبك");
  private static final Set<String> ATTACK_NOUNS = EventKeys.setOf("هجوم", "هجمات");
  /** Adjectives of an attack in words: "هجوما حادا", "هجوم لاذع", "هجوما كلاميا". */
  private static final Set<String> HARSH = EventKeys.setOf("حادا", "حاد", "الحاد", "حادة", "لاذعا", "لاذع",
      "اللاذع", "كلاميا", "كلامي", "الكلامي", "إعلاميا", "إعلامي");
  /** Places held by arms: what is attacked there is attacked by force. */
  private static final Set<String> POSITIONS = EventKeys.setOf("مواقع", "موقع", "مقرات", "ثكنات",
      "تحصينات", "معسكر", "معسكرات", "قاعدة", "نقاط", "نقطة");
  /** Words that tell what the attacker said: "هاجم … قائلا". */
  private static final Set<String> SAYING = EventKeys.setOf("قائلا", "قائلة", "قائلين", "واصفا", "واصفة",
      "معتبرا", "معتبرة", "داعيا", "داعية", "متهما", "متهمة");
  /** What one attacks in words: "هاجمت الصين تعليقات ترامب", "هاجم سياسة الحكومة". */
  private static final Set<String> WORDS = EventKeys.setOf("تعليقات", "تصريحات", "تصريح", "خطاب", "سياسة",
      "سياسات", "قرار", "موقف", "مواقف", "كلام", "تغريدة", "تغريدات", "مقال", "تقرير");

  /**
   * The code a generic attack (190) takes: an attack in words (111), by air or missiles (195), with no war
   * around it (180: {@link UnconventionalAttacks}), or null to keep 190.
   */
  static String codeOf(SentenceWords w, TriggerMatch t, Arguments a) {
    if (verbal(w, t, a)) {
      return "111";
    }
    if (w.is(t.first(), CLASHES) && a.sources().stream().anyMatch(m -> w.is(m.first(), PROTESTERS))) {
      return "145"; // "اندلعت الاشتباكات بين المتظاهرين والقوات الأمنية": a violent protest, not a battle
    }
    String aerial = CombatDeaths.aerialOf(w, t.first());
    return aerial != null ? aerial : UnconventionalAttacks.of(w, t.first(), a) ? "180" : null;
  }

  private static final Set<String> MILITARY = EventKeys.setOf("عسكرية", "العسكرية", "عسكري", "العسكري",
      "عسكريا", "عسكرياً");
  private static final Set<String> CLASHES = EventKeys.setOf("اشتباك", "اشتباكات", "الاشتباك", "الاشتباكات",
      "مواجهات", "المواجهات");
  private static final Set<String> PROTESTERS = EventKeys.setOf("متظاهرين", "المتظاهرين", "متظاهرون",
      "المتظاهرون", "محتجين", "المحتجين", "محتجون", "المحتجون");

  /**
   * Whether "هاجم", read as criticism (111), is an attack by arms: its sources are armed forces, or
   * positions are attacked ("هاجمت قوات الحكومة السورية مواقع قسد": a converted pattern read the subject's
   * "الحكومة" as the object of criticism).
   */
  static boolean byArms(SentenceWords w, TriggerMatch t, Arguments a) {
    return w.is(t.first(), ATTACKED) && (armed(a.sources()) || w.near(t.first(), 5, POSITIONS));
  }

  /** Whether every actor is an armed force (army, police, rebels, gunmen). */
  static boolean armed(List<ActorMention> actors) {
    return !actors.isEmpty() && actors.stream().allMatch(m -> {
      String c = m.actor().code();
      return c != null && (c.endsWith("MIL") || c.endsWith("REB") || c.endsWith("COP") || c.equals("UAF"));
    });
  }

  /**
   * Whether "هاجم" is an attack in words: its every source is an office, a politician or the media, and
   * no weapon stands near (the army or gunmen "هاجموا" with force).
   */
  private static boolean verbal(SentenceWords w, TriggerMatch t, Arguments a) {
    if (w.is(t.last() + 1, MILITARY)) {
      return false; // "إن اردوغان شن العملية العسكرية": a military operation, whoever orders it
    }
    if (w.is(t.last() + 1, HARSH) || w.is(t.first() + 1, HARSH)) {
      return true; // "شن دوتيرتي هجوما حادا على الكويت": a harsh attack is one in words
    }
    if (w.is(t.first(), ATTACKED) && (saying(w, t.first()) || Clauses.followsInClause(w, t.first(), 4, WORDS))
        && !CombatDeaths.armed(w, t.first())) {
      return true; // "وهاجم بانون … وسائل الإعلام قائلا", "هاجمت الصين تعليقات ترامب": an attack in words
    }
    if ((w.is(t.first(), WAGED) || w.is(t.first(), ATTACK_NOUNS)) && saying(w, t.first())
        && !a.targets().isEmpty() && a.targets().stream().allMatch(m -> ActorFinder.isPerson(m) || speaks(m))
        && !armed(a.sources()) && !CombatDeaths.armed(w, t.first())) {
      // "شن أسامة النجيفي هجوما على حكومة العبادي داعيا البرلمان إلى مساءلتها": an attack on an office or a
      // politician, with what the attacker said after it, is one in words
      return true;
    }
    if (a.sources().isEmpty() || w.near(t.first(), 5, POSITIONS)) {
      return false; // ("هاجمت قوات الحكومة السورية مواقع قسد": positions are attacked by arms)
    }
    // (any attack verb of a person who speaks for an office: "اشتبك ترامب مع ميركل", "وشن الرئيس الفلبيني
    // هجوما على الكويت"; a body, "شنت الحكومة السورية هجوما", may attack by arms; and an attack noun's
    // person is often who speaks of it, "وصف ترامب الهجوم على إدلب")
    // (and a person's own attack by its pronoun: "يكثف أردوغان هجومه على دميرتاش")
    boolean ownAttack = !w.isVerb(t.first()) && !w.token(t.first()).clitics().post().isEmpty()
        && w.is(t.first(), ATTACK_NOUNS); // (not a battle: "معركته ضد داعش" is fought)
    boolean byWord = w.is(t.first(), ATTACKED) || (w.is(t.first(), WAGED) && w.isVerb(t.first()) || ownAttack)
        && a.sources().stream().allMatch(s -> ActorFinder.isPerson(s) || w.is(s.first(), ActorFinder.PERSON_TITLES));
    if (ownAttack && !a.targets().isEmpty() && a.targets().stream().allMatch(AttackKinds::speaks)
        && a.sources().stream().noneMatch(m -> m.actor().id() == null && armed(List.of(m)))
        && !CombatDeaths.armed(w, t.first())) {
      // "واصلت حركة حماس هجومها على اللجنة التنفيذية": a named body's own attack on an office, in words (not
      // forces': "واصلت القوات الحكومية هجومها على مقر الحكومة المحلية")
      return true;
    }
    return byWord && a.sources().stream().allMatch(AttackKinds::speaks) && !CombatDeaths.armed(w, t.first());
  }

  /** Whether the actor's role is one that attacks only in words (an office, a politician, the media …). */
  private static boolean speaks(ActorMention s) {
    String code = s.actor().code();
    String role = code == null ? null : code.length() > 3 && s.actor().country() != null ? code.substring(3) : code;
    return role != null && role.length() >= 3 && SPEAKING_ROLES.contains(role.substring(0, 3));
  }

  /** Whether the attack verb at i is followed in its sentence by what its subject said. */
  private static boolean saying(SentenceWords w, int i) {
    for (int j = i + 1; j <= i + 14 && j < w.size(); j++) {
      if (w.is(j, SAYING)) {
        return true;
      }
      if (w.token(j).kind() == org.marsad.doc.TokenKind.PUNCT && !w.isComma(j)) {
        return false;
      }
    }
    return false;
  }
}
