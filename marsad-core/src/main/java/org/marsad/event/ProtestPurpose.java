package org.marsad.event;

import java.util.List;

/**
 * "تجمع متظاهرون … أمام السفارة احتجاجا على …": the adverb "احتجاجا" says why the protest told before it
 * took place; it is that protest's purpose, not a second protest (whose nearest actor, the embassy, would
 * have become a state protesting formally). Told once when that protest was coded; else "احتجاجا" stands for
 * it ("وتتواصل التظاهرات في البصرة احتجاجا على البطالة", where "تتواصل" told no new protest), but as
 * people's protest, never a state's formal one.
 */
final class ProtestPurpose {
  private static final java.util.Set<String> IN_PROTEST = EventKeys.setOf("احتجاجا", "احتجاجاً");
  /** Words that open another sentence part, with its own acts. */
  private static final java.util.Set<String> OTHER_PART = EventKeys.setOf("فيما", "بينما", "حين", "كما", "ثم",
      "لكن", "غير");
  private static final int REACH = 25;

  private ProtestPurpose() {}

  /**
   * The protest trigger of the same sentence part that trigger k, "احتجاجا", gives the purpose of, or -1.
   */
  static int protestOf(SentenceWords w, List<TriggerMatch> found, int k, CameoCodes codes) {
    TriggerMatch t = found.get(k);
    if (!w.is(t.first(), IN_PROTEST)) {
      return -1;
    }
    for (int m = k - 1; m >= 0; m--) {
      TriggerMatch before = found.get(m);
      if (t.first() - before.last() > REACH || crossesPart(w, before.last(), t.first())) {
        return -1;
      }
      var code = codes.get(before.entry().cameo());
      if (code.isPresent() && code.get().root().equals("14")) {
        return m;
      }
    }
    return -1;
  }

  private static boolean crossesPart(SentenceWords w, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (Clauses.isFullStop(w, j) || w.is(j, OTHER_PART)) {
        return true;
      }
    }
    return false;
  }
}
