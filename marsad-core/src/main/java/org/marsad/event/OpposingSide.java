package org.marsad.event;

import java.util.List;

/**
 * The other side of a fight the sentence names elsewhere, when word order gives the fight no target:
 * "وقصفت مقاتلات التحالف العربي أهدافا عسكرية في معسكر كهلان … كما استهدفت غارات أخرى تجمعات للمليشيات"
 * is the coalition against the Houthis. Only for fights (root 19), only between a state's forces and an
 * armed group outside the state (one side each), and only when the sentence names one such opponent: a
 * state's strike with two armed groups in the sentence says nothing about which one it hit.
 */
final class OpposingSide {
  private OpposingSide() {}

  /** Roles of a state's armed forces and government. */
  private static final java.util.Set<String> STATE = java.util.Set.of("MIL", "GOV", "COP", "SPY");
  /** Roles of armed groups outside a state. */
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("REB", "INS", "RAD");

  /** The arguments with the one opponent the sentence names as target, or unchanged. */
  static Arguments of(List<ActorGroup> groups, Arguments a, String root) {
    if (!root.equals("19") || !a.targets().isEmpty() || a.sources().size() != 1) {
      return a;
    }
    ActorMention source = a.sources().get(0);
    Boolean sourceState = side(source);
    if (sourceState == null) {
      return a;
    }
    ActorMention opponent = null;
    for (ActorGroup g : groups) {
      for (ActorMention m : g.members()) {
        Boolean state = side(m);
        if (m.attributive() || state == null || state.equals(sourceState) || m.sameAs(source)
            || state && !armed(m)) {
          continue; // (an armed group fights forces, not a minister: "الحوثيون … لودريان")
        }
        if (opponent != null && !opponent.sameAs(m)) {
          return a; // two opponents: which one was hit is not told
        }
        if (opponent == null) {
          opponent = m;
        }
      }
    }
    return opponent == null ? a : new Arguments(a.sources(), List.of(opponent), false, Math.min(a.evidence(), 0.7));
  }

  private static boolean armed(ActorMention m) {
    String code = m.actor().code();
    return code.endsWith("MIL") || code.endsWith("COP") || code.endsWith("SPY");
  }

  /** True for a state's forces, false for an armed group outside a state, null for anyone else. */
  private static Boolean side(ActorMention m) {
    String code = m.actor().code();
    if (code == null) {
      return null;
    }
    if (code.startsWith("IMG")) {
      return false; // (an international militant group: "داعش", IMGMOSISI)
    }
    String role = code.length() >= 6 ? code.substring(3, 6) : code.length() == 3 ? code : null;
    if (role == null || m.actor().country() == null && code.length() == 3) {
      return null; // a role of no country ("الجيش") says too little to be someone's enemy
    }
    return STATE.contains(role) ? Boolean.TRUE : NON_STATE.contains(role) ? Boolean.FALSE : null;
  }
}
