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
}
