package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The dead of "لقي X مصرعه" ("met his death") told before the attack that killed them: "ولقي 17 مسلحاً حوثيا
 * مصرعهم … في هجوم واسع شنته المقاومة الشعبية", "لقي 100 عنصر حوثي مسلح مصرعهم جراء غارات جوية". No killing
 * verb codes them (the idiom is no trigger), so the attack after it had no target, or took the dead for its
 * doer by word order ("ولقي 23 عنصرا من ميليشيات الحوثي مصرعهم خلال غارتين": the Houthis had made the
 * strikes). The dead are the attack's target; a doer named with the attack stays.
 */
final class FatalAttacks {
  private FatalAttacks() {}

  /** "لقي" and its forms: the verb of the idiom. */
  private static final java.util.Set<String> MET = EventKeys.setOf("لقي", "لقيت", "لقوا", "لقيا", "يلقى", "تلقى",
      "لقيتا");
  /** The death met: "مصرعه", "حتفهم". */
  private static final java.util.Set<String> DEATH = EventKeys.setOf("مصرع", "حتف");
  /** How many words (a count, a word of time) may stand between "لقي" and the dead after it. */
  private static final int SUBJECT_GAP = 4;
  /** How far after the death word the attack may stand: "مصرعهم، الاثنين، إضافة إلى أسر 5، في هجوم". */
  private static final int CAUSE_REACH = 12;

  /** The attack's arguments with the dead before it as its target, when the idiom tells them; a unchanged. */
  static Arguments withDead(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    ActorGroup dead = deadBefore(w, groups, t.first());
    if (dead == null) {
      return a;
    }
    List<ActorMention> sources = new ArrayList<>(a.sources());
    sources.removeAll(dead.members());
    if (!a.targets().isEmpty() && sources.size() == a.sources().size()) {
      return a; // (the attack has its own target: "غارتين استهدفتا مركبات عسكرية")
    }
    List<ActorMention> targets = a.targets().isEmpty() ? dead.members() : a.targets();
    return new Arguments(sources, targets, false, a.evidence());
  }

  /** The group that met its death before the attack at trigger, in its clause, or null. */
  private static ActorGroup deadBefore(SentenceWords w, List<ActorGroup> groups, int trigger) {
    int death = -1;
    for (int i = trigger - 1; i >= 0 && i >= trigger - CAUSE_REACH; i--) {
      if (w.is(i, DEATH) && !w.token(i).clitics().post().isEmpty()) {
        death = i;
        break;
      }
      if (Clauses.isBoundary(w, i) && !w.isComma(i)) {
        return null;
      }
    }
    if (death < 0) {
      return null;
    }
    for (int i = death - 1; i >= 0 && i >= death - 12; i--) {
      if (w.is(i, MET)) {
        // "لقي 17 مسلحا مصرعهم" (the dead after the verb) or "إن 13 مدنيا … لقوا مصرعهم" (before it)
        ActorGroup after = groupAfter(w, groups, i, death);
        return after != null ? after : ActorGroup.endingAt(groups, i - 1);
      }
      if (Clauses.isBoundary(w, i) && !w.isComma(i)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The dead after the verb at met, before the death word, when the first of them starts a few words after
   * it: all of them ("لقي 18 من قوات النظام السوري والمسلحين الموالين له مصرعهم"), as one group; a group
   * after the first without "و" is an apposition to it, the same dead ("لقي القيادي في ميليشيات الحوثي قاسم
   * حسين المزيجي مصرعه").
   */
  private static ActorGroup groupAfter(SentenceWords w, List<ActorGroup> groups, int met, int death) {
    List<ActorGroup> after = groups.stream().filter(g -> g.first() > met && g.last() < death)
        .sorted(java.util.Comparator.comparingInt(ActorGroup::first)).toList();
    if (after.isEmpty() || after.get(0).first() > met + SUBJECT_GAP) {
      return null;
    }
    List<ActorMention> dead = new ArrayList<>(after.get(0).members());
    int last = after.get(0).last();
    for (ActorGroup g : after.subList(1, after.size())) {
      if (w.hasProclitic(g.first(), "و")) {
        dead.addAll(g.members());
        last = g.last();
      }
    }
    return new ActorGroup(after.get(0).first(), last, dead);
  }
}
