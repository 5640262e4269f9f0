package org.marsad.event;

import java.util.List;

/**
 * Who did the act a condemnation or a protest is against, when the act is a verbal noun with its doer and its
 * object: "ندد بحرق المستوطنين للطفل", "مسيرات استنكارا لحرق المستوطنين الإسرائيليين للطفل الفلسطيني"
 * (seed 243 had the child as the target). A verbal noun's genitive is its doer when its object follows
 * behind ل or على ("اعتداء المستوطنين على الطفل"); that doer is what is condemned, and the object only
 * who suffered. Without such an object the genitive may be who suffered ("احتجاجا على اعتقال الناشط"), and
 * nothing changes.
 */
final class CondemnedDoers {
  private CondemnedDoers() {}

  /** Words that give a protest's purpose after it: "استنكارا", "تنديدا", "احتجاجا", "رفضا". */
  private static final java.util.Set<String> PURPOSES = EventKeys.setOf("استنكارا", "تنديدا", "احتجاجا", "رفضا");
  /** How far after the protest its purpose may stand: "انطلقت مسيرات داخل المخيمات الفلسطينية في لبنان اليوم". */
  private static final int PURPOSE_REACH = 10;
  /**
   * Hostile acts a verb of condemning takes as its bare object ("أدانت السعودية هجمات داعش"); any other word
   * right after the verb is more likely its subject ("انتقد رئيس الوزراء").
   */
  private static final java.util.Set<String> HOSTILE_ACTS = EventKeys.setOf("هجوم", "هجمات", "اعتداء",
      "اعتداءات", "قصف", "غارات", "غارة", "جرائم", "جريمة", "انتهاكات", "حرق", "تفجير", "تفجيرات", "قتل", "اقتحام",
      "احتلال", "عدوان");

  /** The arguments with the condemned act's doer as target; a unchanged when no such act is told. */
  static Arguments of(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a, boolean protest) {
    int from = t.last() + 1;
    if (protest) {
      from = -1;
      for (int j = t.last() + 1; j < w.size() && j <= t.last() + PURPOSE_REACH && !Clauses.isBoundary(w, j); j++) {
        if (w.is(j, PURPOSES)) {
          from = j + 1;
          break;
        }
      }
      if (from < 0) {
        return a;
      }
    }
    ActorGroup subject = ActorGroup.startingAt(groups, from);
    if (!protest && subject == null && from + 1 < w.size() && !w.hasProclitic(from, "ب")) {
      from++; // past a subject the coder has no actor for: "ندد الأزهر بحرق"
    } else if (!protest && subject != null && a.sources().containsAll(subject.members())) {
      from = subject.last() + 1; // "ندد المتظاهرون بحرق"
    }
    boolean afterOn = from < w.size() && w.token(from).text().equals("على");
    int act = afterOn ? from + 1 : from;
    if (act + 1 >= w.size() || !"NOUN".equals(w.token(act).pos()) || w.isDefinite(act)
        || !(afterOn || w.hasProclitic(act, "ب") || w.hasProclitic(act, "ل")
        || !protest && w.isVerb(t.first()) && w.token(act).clitics().pre().isEmpty() && w.is(act, HOSTILE_ACTS))) {
      // (a verb's object needs none: "أدانت السعودية هجمات داعش ضد المدنيين")
      return a;
    }
    ActorGroup doer = ActorGroup.startingAt(groups, act + 1);
    if (doer == null || doer.members().get(0).attributive() || doer.last() + 1 >= w.size()) {
      return a;
    }
    int next = doer.last() + 1;
    boolean objectFollows = w.hasProclitic(next, "ل") || ActorPositions.aimedAt(w, next);
    if (!objectFollows) {
      return a;
    }
    List<ActorMention> sources = a.sources().stream().filter(m -> !doer.members().contains(m)).toList();
    return new Arguments(sources, doer.members(), false, a.evidence());
  }
}
