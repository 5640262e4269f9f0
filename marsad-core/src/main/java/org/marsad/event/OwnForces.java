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

  /** The arguments, each country-less role noun with a pronoun suffix given the speaker's country. */
  static Arguments ofSpeaker(SentenceWords w, Arguments a, Event.Actor speaker) {
    if (speaker == null || speaker.country() == null) {
      return a;
    }
    boolean military = speaker.code() != null && speaker.code().endsWith("MIL");
    return new Arguments(owned(w, a.sources(), speaker, military), owned(w, a.targets(), speaker, military),
        a.reciprocal(), a.evidence());
  }

  private static List<ActorMention> owned(SentenceWords w, List<ActorMention> mentions, Event.Actor speaker,
      boolean military) {
    String country = speaker.country();
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      Event.Actor x = m.actor();
      // (or, told by an army, a force named by its role alone: "قال الجيش الإسرائيلي إن سلاح الجو شن غارة")
      boolean possessed = x.country() == null && x.code() != null && x.code().length() == 3
          && (!w.token(m.first()).clitics().post().isEmpty() || military && "MIL".equals(x.code()));
      // (a group's own fighters are the group: "قالت حركة الشباب إن مقاتليها هاجموا" is al-Shabaab)
      String code = "UAF".equals(x.code()) ? speaker.code() : country + x.code();
      out.add(possessed ? m.coded(x.id(), country, code) : m);
    }
    return out;
  }
}
