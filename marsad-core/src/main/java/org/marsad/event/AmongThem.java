package org.marsad.event;

import java.util.List;

/**
 * The people listed after "بينهم" are some of the counted before it, and suffer what they suffer: "قتل أربعة
 * أشخاص بينهم عسكريان ومهاجم" (seed 239: the attacker among the dead had become the killer), "بينهم ثلاثة من
 * رجال الشرطة". Such a member is no party of its own to the event.
 */
final class AmongThem {
  private AmongThem() {}

  /** "بين" with the pronoun of those counted: "بينهم", "بينهن", "بينهما". */
  private static final java.util.Set<String> AMONG = EventKeys.setOf("بين");
  private static final java.util.Set<String> THEM = java.util.Set.of("هم", "هن", "هما");
  /** How many words of the list may stand between "بينهم" and a member: "بينهم ثلاثة من رجال الشرطة ومهاجم". */
  private static final int LIST_WORDS = 6;

  /**
   * The groups, less those listed after "بينهم" when a group names the counted before it ("أربعة أشخاص
   * بينهم", "من بينهم") and the trigger is not the member's own clause ("بينهم الرئيس حسن روحاني، الذي يقول").
   */
  static List<ActorGroup> without(SentenceWords w, List<ActorGroup> groups, int trigger) {
    List<ActorGroup> kept = groups.stream().filter(g -> !listed(w, groups, g, trigger)).toList();
    return kept.size() == groups.size() ? groups : kept;
  }

  /** Whether the group is listed after "بينهم", behind a group of the counted, outside a clause of its own. */
  private static boolean listed(SentenceWords w, List<ActorGroup> groups, ActorGroup g, int trigger) {
    int among = amongAt(w, g.first());
    if (among < 0) {
      return false;
    }
    int counted = w.isKey(among - 1, "من") ? among - 2 : among - 1;
    return ActorGroup.endingAt(groups, counted) != null && !ownClause(w, g, trigger);
  }

  /** Whether the trigger stands after the member past a clause of its own: "بينهم الرئيس، الذي يقول". */
  private static boolean ownClause(SentenceWords w, ActorGroup g, int trigger) {
    for (int k = g.last() + 1; k < trigger; k++) {
      if (!w.isComma(k) && Clauses.isBoundary(w, k)) {
        return true;
      }
    }
    return false;
  }

  /** Where the "بينهم" that opens the list word i stands in, with nothing but its words between; -1 if none. */
  private static int amongAt(SentenceWords w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - LIST_WORDS; k--) {
      if (w.isWithPronoun(k, AMONG)) {
        var post = w.token(k).clitics().post();
        return w.token(k).clitics().pre().isEmpty() && THEM.contains(post.get(post.size() - 1)) ? k : -1;
      }
      if (!w.token(k).isWord() || w.isVerb(k) || Clauses.isBoundary(w, k) || w.is(k, AMONG)
          || !w.token(k).clitics().pre().isEmpty() && !w.hasProclitic(k, "و")) {
        return -1;
      }
    }
    return -1;
  }
}
