package org.marsad.event;

import java.util.List;

/**
 * One or more coordinated actors ("السعودية وقطر", "مصر والأردن والإمارات"): a compound actor yields one
 * event per member. {@code [first, last]} covers all members.
 */
record ActorGroup(int first, int last, List<ActorMention> members) {
  ActorGroup {
    members = List.copyOf(members);
  }

  /** Whether one of the members is one of the mentions, or the same actor as one ("the protesters again"). */
  boolean includesAnyOf(List<ActorMention> mentions) {
    for (ActorMention m : members) {
      for (ActorMention other : mentions) {
        if (m == other || m.sameAs(other)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The group that begins at word i, or null. */
  static ActorGroup startingAt(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      if (g.first() == i) {
        return g;
      }
    }
    return null;
  }

  /** Whether word i lies inside one of the groups. */
  static boolean inside(List<ActorGroup> groups, int i) {
    return groups.stream().anyMatch(g -> g.first() <= i && i <= g.last());
  }

  /** The group that ends at word i, or null. */
  static ActorGroup endingAt(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      if (g.last() == i) {
        return g;
      }
    }
    return null;
  }
}
