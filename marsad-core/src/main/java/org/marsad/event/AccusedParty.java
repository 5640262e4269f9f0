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
  static Arguments of(SentenceWords w, CameoCode code, Arguments a) {
    boolean charged = code.root().equals("11") || code.base().equals("173");
    if (!charged || a.sources().isEmpty() || !a.sources().stream().allMatch(m -> accused(w, m))) {
      return a;
    }
    List<ActorMention> targets = a.targets().isEmpty() ? a.sources() : a.targets();
    return new Arguments(List.of(), targets, false, a.evidence());
  }

  /** Whether the mention is the accused, a suspect or a defendant ("المتهم", "المتهمين"). */
  static boolean accused(SentenceWords w, ActorMention m) {
    return "CRM".equals(m.actor().code()) && w.is(m.first(), ActorFinder.ACCUSED);
  }
}
