package org.marsad.event;

import java.util.List;

/**
 * The accused ("المتهم") is who is charged, condemned, convicted or held, never who does it: in "لإدانة
 * المتهم", "الاتهامات الموجهة للمتهم", "القبض على المتهم" the genitive or the word read as the subject is
 * the one the act falls on.
 */
final class AccusedParty {
  private AccusedParty() {}

  /** The arguments with an accused source of a charge, condemnation or arrest moved to the target. */
  static Arguments of(SentenceWords w, CameoCode code, int trigger, Arguments a) {
    boolean charged = code.root().equals("11") || code.base().equals("173");
    if (!charged || a.sources().isEmpty() || !a.sources().stream().allMatch(m -> accused(w, m))) {
      return a;
    }
    // (the genitive right after the act is who it falls on, and a target after it the charge's own word: "إدانة
    // المدعى عليه الأول بقيامه باستلام مسدس … بقصد الإخلال بالأمن"; so is a country after, where the charge's act
    // went: "إدانة المدعى عليه بالسفر إلى سورية", seed 268)
    boolean genitive = a.sources().get(0).first() == trigger + 1;
    boolean places = a.targets().stream().allMatch(m -> m.isCountry() || m.isPlace());
    List<ActorMention> targets = genitive || places ? a.sources() : a.targets();
    return new Arguments(List.of(), targets, false, a.evidence());
  }

  /** Whether the mention is the accused, a suspect or a defendant ("المتهم", "المتهمين"). */
  static boolean accused(SentenceWords w, ActorMention m) {
    return "CRM".equals(m.actor().code()) && w.is(m.first(), ActorFinder.ACCUSED);
  }
}
