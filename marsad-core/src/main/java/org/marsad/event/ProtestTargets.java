package org.marsad.event;

import java.util.List;

/**
 * What a protest is against, as its target when word order gave it none: the actor a word of opposition
 * points at ("تظاهروا ضد الحكومة", "احتجاجا على قرار بريطانيا", "شعارات معادية للرئيس الإيراني", "هتافات
 * تطالب باستقالة ثاباتيرو", "«يسقط بوش»"), or the embassy or state building protesters gather at ("تجمعوا
 * أمام مقر سفارة استونيا"). The protest gold codes this actor as the target; with no such word the
 * protest keeps no target (a protest "احتجاجا على الظلم" is against no actor).
 */
final class ProtestTargets {
  /** Words that point at what protesters oppose; the actor follows within {@link #GAP} words. */
  private static final java.util.Set<String> AGAINST = EventKeys.setOf("ضد", "احتجاجا", "احتجاجاً", "تنديدا",
      "تنديداً", "استنكارا", "رفضا", "ندد", "نددوا", "يندد", "تندد", "يندون", "منددة", "منددين", "منددا", "مناهض",
      "مناهضة", "المناهضة", "مناهضين", "المناهضين", "المناهضون", "مناوئ", "مناوئة", "المناوئة", "مناوئين",
      "المناوئين", "المناوئون", "معادية", "المعادية", "معادين", "المعادين", "معارضين", "المعارضين", "المعارضون",
      "يسقط", "ليسقط", "إسقاط", "اسقاط", "استقالة", "رحيل", "متهمين", "متهمة", "إساءة", "اساءة");
  /** Where protesters stand: the building they gather at is whom they address ("أمام سفارة"). */
  private static final java.util.Set<String> AT = EventKeys.setOf("أمام", "امام", "خارج", "حول", "قرب", "عند");
  private static final java.util.Set<String> BUILDINGS = EventKeys.setOf("مقر", "مبنى", "بوابة", "مكتب", "مكاتب");
  /** State bodies protested at: an embassy or consulate, a government, parliament, court or ministry. */
  private static final java.util.Set<String> ADDRESSED_ROLES = java.util.Set.of("GOV", "LEG", "JUD");
  /** Words that end the protest's stretch: another clause, who tells it, the sentence's end. */
  private static final java.util.Set<String> STOPS = EventKeys.setOf("بحسب", "حسب", "وفق", "وفقا", "فيما", "بينما",
      "حين", "كما", "أن", "إن", "بأن", "لأن", "رغم", "لكن", "ثم", "إذ", "عندما", "بعدما");
  private static final int REACH = 20;
  private static final int GAP = 4;

  /** Words of breaking up a protest: its agent is the police, not the protest's. */
  private static final java.util.Set<String> DISPERSAL = EventKeys.setOf("تفريق", "لتفريق", "فض", "لفض", "قمع",
      "لقمع");

  private ProtestTargets() {}

  /**
   * "استخدمت قوات الأمن الغاز لتفريق التظاهرات": a protest named as what is dispersed took place, by
   * protesters the word implies (CVL), not by the dispersing clause's actors; or the arguments unchanged.
   */
  static Arguments dispersed(SentenceWords w, TriggerMatch t, Arguments a) {
    if (t.first() == 0 || !w.is(t.first() - 1, DISPERSAL) || w.isVerb(t.first() - 1)) {
      return a;
    }
    return new Arguments(List.of(ActorMention.impliedBy(w, t.first(), "CVL")), List.of(), false, a.evidence());
  }

  /** The arguments with the target of the protest at {@code t}, or unchanged when it has one or none is named. */
  static Arguments withTarget(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    if (!a.targets().isEmpty()) {
      return a;
    }
    for (int j = t.last() + 1; j < w.size() && j <= t.last() + REACH && !ends(w, j); j++) {
      ActorGroup aimed = w.is(j, AGAINST) ? after(w, groups, j, a)
          : w.is(j, AT) ? addressed(w, groups, j, a) : null;
      if (aimed != null) {
        return new Arguments(a.sources(), aimed.members(), false, a.evidence());
      }
    }
    return a;
  }

  private static boolean ends(SentenceWords w, int j) {
    if (w.hasProclitic(j, "و") && w.isVerb(j)) {
      return true; // "…، وندد المتظاهرون": the next act
    }
    return Clauses.isFullStop(w, j) || w.is(j, STOPS);
  }

  /**
   * The actor that opens within {@link #GAP} words after word j ("احتجاجا على قرار الرئيس"), not one of
   * the protesters; not past a comma, the stretch's end or a purpose ("ضد مشروع لتغيير نظام الضمان": the
   * system changed is no actor protested against).
   */
  private static ActorGroup after(SentenceWords w, List<ActorGroup> groups, int j, Arguments a) {
    for (int k = j + 1; k <= j + GAP && k < w.size() && !ends(w, k) && !w.isComma(k); k++) {
      ActorGroup g = ActorGroup.startingAt(groups, k);
      if (g != null) {
        return protesters(g, a) ? null : g;
      }
      if (k > j + 1 && w.hasProclitic(k, "ل")) {
        return null;
      }
    }
    return null;
  }

  /** "أمام (مقر) سفارة استونيا", "أمام البرلمان": the state body right after a word of place, or null. */
  private static ActorGroup addressed(SentenceWords w, List<ActorGroup> groups, int j, Arguments a) {
    int at = w.is(j + 1, BUILDINGS) ? j + 2 : j + 1;
    ActorGroup g = ActorGroup.startingAt(groups, at);
    if (g == null || protesters(g, a)) {
      return null;
    }
    String code = g.members().get(0).actor().code();
    boolean state = code != null && code.length() >= 3
        && ADDRESSED_ROLES.contains(code.substring(code.length() - 3));
    return state && !g.members().get(0).isPlace() ? g : null;
  }

  /** Whether the group is the protesters: their source, or people when the source is still implied. */
  private static boolean protesters(ActorGroup g, Arguments a) {
    if (a.sources().isEmpty() && g.members().stream().allMatch(ActorMention::isCivilian)) {
      return true; // "خرجت مظاهرة …، وندد المتظاهرون": the demonstration's own people
    }
    return g.includesAnyOf(a.sources());
  }
}
