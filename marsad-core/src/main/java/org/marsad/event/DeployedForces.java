package org.marsad.event;

import java.util.List;

/**
 * The forces a state sends, deploys or parades are its own means, not the target of its show of force
 * (CAMEO 15): "ونشرت كوريا الشمالية جنودا ودبابات", "أرسلت الحكومة قوات جيش إلى كاندي" name no one the force
 * is shown to. Found in the judged samples of seeds 58 and 59, where both judges marked the troops wrong.
 */
final class DeployedForces {
  /** Roles of the forces a state deploys. */
  private static final java.util.Set<String> FORCES = java.util.Set.of("MIL", "COP");

  private DeployedForces() {}

  /** The arguments without the deployed or withdrawn forces among the targets; others unchanged. */
  static Arguments withoutOwn(CameoCode code, Arguments a) {
    // (and the forces a state withdraws, CAMEO 0874: "لن تسحب القوات من منبج" withdraws its own)
    if (!code.root().equals("15") && !code.code().equals("0874") || a.targets().isEmpty()) {
      return a;
    }
    String country = a.sources().isEmpty() ? null : a.sources().get(0).actor().country();
    List<ActorMention> kept = a.targets().stream().filter(t -> !deployed(t, country)).toList();
    return kept.size() == a.targets().size() ? a : new Arguments(a.sources(), kept, false, a.evidence());
  }

  /** A force of no country, or of the deploying state's: "جنودا", "قوات جيش", "قواتها". */
  private static boolean deployed(ActorMention target, String country) {
    String code = target.actor().code();
    String own = target.actor().country();
    if (code == null || code.length() < 3 || !FORCES.contains(code.substring(code.length() - 3))) {
      return false;
    }
    return own == null || own.equals(country);
  }
}
