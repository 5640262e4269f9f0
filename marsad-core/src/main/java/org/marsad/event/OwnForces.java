package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Event;

/**
 * A role noun with a possessive pronoun in reported words is the speaker's own: "قال جيش الاحتلال
 * الإسرائيلي إن جنوده قتلوا فلسطينياً" (Israel's soldiers), "أعلنت الداخلية أن عناصرها اعتقلوا". The
 * pronoun points back to the speaker, whose country the body then has. So does a force an army names by
 * its role alone ("قال الجيش الإسرائيلي إن سلاح الجو شن غارة").
 */
final class OwnForces {
  private OwnForces() {}

  /**
   * The arguments, each country-less role noun with a pronoun suffix given the speaker's country.
   *
   * @param groups the sentence's actors: a state's official gives its own bodies told by their role alone only
   *     when the sentence names no actor of another country
   */
  static Arguments ofSpeaker(SentenceWords w, List<ActorGroup> groups, Arguments a, Event.Actor speaker) {
    if (speaker == null || speaker.country() == null) {
      return a;
    }
    boolean military = speaker.code() != null && speaker.code().endsWith("MIL");
    // ("قال وزير الداخلية العراقي إن الشرطة اعتقلت": an official speaks of his state's police)
    boolean official = speaker.code() != null && STATE.contains(speaker.code().substring(speaker.country().length()))
        && groups.stream().flatMap(g -> g.members().stream())
            .allMatch(m -> m.actor().country() == null || m.actor().country().equals(speaker.country()));
    // (only for the act's doer, and not against the speaker's own people: "أعلنت وزارة الصحة الفلسطينية مقتل
    // ممرضة فلسطينية برصاص الجيش" is another state's army)
    boolean ownDoer = official && a.targets().stream().noneMatch(m -> speaker.country().equals(m.actor().country()));
    return new Arguments(owned(w, a.sources(), speaker, military, ownDoer),
        owned(w, a.targets(), speaker, military, false), a.reciprocal(), a.evidence());
  }

  /** Roles of a state's officials. */
  private static final java.util.Set<String> STATE = java.util.Set.of("GOV", "MIL", "COP", "SPY", "JUD");
  /**
   * The bodies an official speaks of as his state's: its forces, police, intelligence and courts (not "دولة",
   * "حكومة" or "السفارة", which are as often another state's).
   */
  private static final java.util.Set<String> BODIES = java.util.Set.of("MIL", "COP", "SPY", "JUD");

  private static List<ActorMention> owned(SentenceWords w, List<ActorMention> mentions, Event.Actor speaker,
      boolean military, boolean official) {
    String country = speaker.country();
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      Event.Actor x = m.actor();
      // (or, told by an army, a force named by its role alone: "قال الجيش الإسرائيلي إن سلاح الجو شن غارة";
      // or, told by an official, a state body so named)
      boolean possessed = x.country() == null && x.code() != null && x.code().length() == 3
          && (!w.token(m.first()).clitics().post().isEmpty() || military && "MIL".equals(x.code())
              || official && BODIES.contains(x.code()));
      // (a group's own fighters are the group: "قالت حركة الشباب إن مقاتليها هاجموا" is al-Shabaab)
      String code = "UAF".equals(x.code()) ? speaker.code() : country + x.code();
      out.add(possessed ? m.coded(x.id(), country, code) : m);
    }
    return out;
  }
}
