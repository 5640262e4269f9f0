package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The members a body is said to include, which are no parties of the clause: "توصل إيران ومجموعة 1+5 التي تضم
 * إلى جانب روسيا بريطانيا والولايات المتحدة والصين وفرنسا وألمانيا إلى اتفاق" (Iran and the group reached the
 * deal; the six are listed to say who the group is, and the judged sample had Britain negotiating with China,
 * seed 171).
 */
final class MemberLists {
  /** Verbs of membership: "تضم", "التي تضم". */
  private static final java.util.Set<String> INCLUDES = EventKeys.setOf("تضم", "يضم");
  /**
   * The group named before the verb: "مجموعة 1+5 التي تضم". Only a group of states that is a party itself; a
   * delegation or a committee that includes them ("وفد يضم مسؤولين كوريين شماليين", "لجنة ثلاثية تضم مصر
   * وإثيوبيا والسودان") acts through those members, who stay.
   */
  private static final String GROUP = EventKeys.of("مجموعة");
  /** How far before the verb the group's name may begin: "مجموعة 5 + 1 التي". */
  private static final int GROUP_REACH = 7;
  /** How many words may stand between the verb (or the list's last member) and the next member. */
  private static final int GAP = 3;

  private MemberLists() {}

  /** The groups without those listed as a body's members. */
  static List<ActorGroup> withoutMembers(SentenceWords words, List<ActorGroup> groups) {
    List<ActorGroup> kept = new ArrayList<>(groups.size());
    int listEnd = -1;
    for (ActorGroup g : groups) {
      boolean listGoesOn = listEnd >= 0 && g.first() - listEnd <= GAP
          && ActorPositions.noBoundary(words, listEnd + 1, g.first());
      if (listGoesOn || listedAfterIncludes(words, g.first())) {
        listEnd = g.last();
        continue;
      }
      listEnd = -1;
      kept.add(g);
    }
    return kept;
  }

  /** Whether a group's membership verb stands within {@link #GAP} words before i, in its clause. */
  private static boolean listedAfterIncludes(SentenceWords words, int i) {
    for (int k = i - 1; k >= Math.max(0, i - GAP); k--) {
      if (words.is(k, INCLUDES) && words.token(k).clitics().pre().isEmpty()) {
        return groupBefore(words, k);
      }
      if (Clauses.isBoundary(words, k) && !words.is(k, INCLUDES)) {
        return false;
      }
    }
    return false;
  }

  private static boolean groupBefore(SentenceWords words, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - GROUP_REACH); k--) {
      if (words.isKey(k, GROUP)) {
        return true;
      }
    }
    return false;
  }
}
