package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Air strikes told without their air force in a sentence that names one air force striking: "وقال مصدر محلي إن
 * الغارات استهدفت تجمعا … فيما قصفت طائرات التحالف أيضا معسكر الحمزة", "وشنت طائرات التحالف العربي 3 غارات …،
 * وغارة رابعة استهدفت مواقع للحوثيين". Only one side flies in such a sentence, so the strikes are its (the
 * judged samples marked them wrong without: seed 168). With two air forces named ("قصفت طائرات روسية … فيما
 * شنت طائرات النظام") the unnamed strikes stay unnamed.
 */
final class SharedAirForce {
  private static final String AIR_STRIKE = "195";

  private SharedAirForce() {}

  /** Gives the sentence's agentless air strikes the one air force its other strikes name. */
  static void assign(List<Event> sentence) {
    Event.Actor airForce = null;
    for (Event e : sentence) {
      if (!e.cameo().equals(AIR_STRIKE) || CausedDeaths.agentless(e) || !flies(e.source())) {
        continue;
      }
      if (airForce != null && !CausedDeaths.sameActor(airForce, e.source())) {
        return; // two air forces: whose the unnamed strikes are is not said
      }
      airForce = e.source();
    }
    if (airForce == null) {
      return;
    }
    for (int i = 0; i < sentence.size(); i++) {
      Event e = sentence.get(i);
      if (e.cameo().equals(AIR_STRIKE) && CausedDeaths.agentless(e)
          && (e.target() == null || !CausedDeaths.sameActor(airForce, e.target()))) {
        sentence.set(i, new Event(e.sentence(), e.trigger(), airForce, e.target(), e.cameo(), e.base(), e.root(),
            e.quadClass(), e.goldstein(), e.plover(), e.mode(), e.speaker(), e.confidence(), e.mention(),
            e.mentions()));
      }
    }
  }

  /**
   * Whether the actor may own an air force: a state, its government or military, or an international body
   * (a coalition); not the victims or a place another rule took for a source.
   */
  private static boolean flies(Event.Actor a) {
    String code = a.code();
    if (code == null) {
      return false;
    }
    String role = a.country() != null && code.startsWith(a.country()) ? code.substring(a.country().length()) : code;
    return role.isEmpty() || role.equals("MIL") || role.equals("GOV") || code.startsWith("IGO");
  }
}
