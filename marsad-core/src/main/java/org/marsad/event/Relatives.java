package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * A relative of an actor is no actor of the actor's role: "وقال شقيق العقيد حسان الشيخ", "أرملة المسلح عمر
 * متين", "زوجة الصحفي" speak for their family, not for the army, the gunmen or the press (the coder had given
 * the brother the colonel's SYRMIL, and seed 256 the son of Iraq's former president his father's post). The
 * kin noun in construct before the mention joins it, and the relative is a civilian of its country.
 */
final class Relatives {
  private Relatives() {}

  /**
   * Kin nouns in the construct state (not "شقيقه شهباز شريف", whose pronoun makes the name its apposition).
   * Not "ابن", a link of names ("محمد ابن سلمان"), nor "عم" and "خال", also a verb and an adjective.
   */
  private static final java.util.Set<String> KIN = EventKeys.setOf("نجل", "نجلة", "ابنة", "شقيق", "شقيقة",
      "زوجة", "زوج", "أرملة", "ارملة", "والد", "والدة", "حفيد", "حفيدة", "أخ", "أخت");

  /** Whether the mention is a relative this class joined: its name is the kin's, not the relative's own. */
  static boolean relative(SentenceWords words, ActorMention m) {
    return m.last() > m.first() && words.is(m.first(), KIN) && m.isCivilian();
  }

  /** Each mention right after a bare kin noun becomes its relative: the kin noun joined, a civilian role. */
  static void join(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      int kin = m.first() - 1;
      Event.Actor a = m.actor();
      if (kin < 0 || !words.is(kin, KIN) || words.isDefinite(kin) || !words.token(kin).clitics().post().isEmpty()
          || words.hasProclitic(kin, "ب") || words.hasProclitic(kin, "ل") || ActorFinder.covered(mentions, kin)
          || a.code() == null || m.isCivilian() || m.isCountry() || m.isPlace()) {
        continue;
      }
      int start = words.token(kin).stemStart();
      String code = a.country() != null ? a.country() + "CVL" : "CVL";
      mentions.set(k, new ActorMention(kin, m.last(), new Event.Actor(start, a.end(),
          words.doc.text().substring(start, a.end()), null, a.country(), code), m.attributive()));
    }
  }
}
