package org.marsad.event;

import java.util.List;

/**
 * A vow of retaliation joined by و to a verb of blame or accusation of the same subject ("وألقت إيران
 * باللائمة على إسرائيل وتعهدت بالرد", "واتهمت حماس إسرائيل بالهجوم وتوعدت بالانتقام"): the vow names no one,
 * and the one it threatens is the one blamed. The judges of seed 96 marked such vows' empty target wrong.
 */
final class Retaliation {
  private Retaliation() {}

  /**
   * The arguments of trigger k with the target of the verb of blame before it, when k vows retaliation and
   * has no target of its own; else {@code a} unchanged.
   */
  static Arguments againstTheBlamed(SentenceWords w, List<TriggerMatch> found, List<Arguments> args, int k,
      Arguments a, boolean verb) {
    int blamed = a.targets().isEmpty() ? lastVerbBefore(found, k) : -1;
    return blamed >= 0 && vowsToRetaliate(w, found.get(blamed), args.get(blamed), found.get(k), a, verb)
        ? args.get(blamed) : a;
  }

  /** The trigger before k that is a verb or the needed noun of one ("ألقت باللائمة"), or -1. */
  private static int lastVerbBefore(List<TriggerMatch> found, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (found.get(j).entry().verb() || BLAME.contains(found.get(j).entry().key())) {
        return j;
      }
    }
    return -1;
  }

  /** The nouns of blame a light verb carries: "ألقت إيران باللائمة على إسرائيل". */
  private static final java.util.Set<String> BLAME = EventKeys.setOf("لائمة", "لوم");

  /** Retaliation behind ب, what a vow or a threat may promise: "تعهدت بالرد", "توعد بالانتقام". */
  private static final java.util.Set<String> RETALIATION = EventKeys.setOf("رد", "الرد", "انتقام", "الانتقام", "ثأر",
      "الثأر");

  /**
   * Whether the verb joined by و promises retaliation ("وتعهدت بالرد") with no object of its own, after a
   * verb of the same subject that names whom it blames or fights: then it is that one who is threatened.
   */
  private static boolean vowsToRetaliate(SentenceWords w, TriggerMatch before, Arguments its, TriggerMatch t,
      Arguments a, boolean verb) {
    if (!verb || !w.hasProclitic(t.first(), "و") || its.targets().isEmpty() || its.sources().isEmpty()
        || before.first() >= t.first() || t.first() + 1 >= w.size()) {
      return false;
    }
    boolean sameSubject = a.sources().isEmpty()
        || a.sources().size() == its.sources().size() && a.sources().get(0).sameAs(its.sources().get(0));
    int end = its.targets().get(its.targets().size() - 1).last();
    return sameSubject && w.hasProclitic(t.first() + 1, "ب") && w.is(t.first() + 1, RETALIATION)
        && end < t.first() && ActorPositions.noBoundary(w, end + 1, t.first());
  }
}
