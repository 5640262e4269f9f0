package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * An attack noun behind ب right after an attack verb, or after the verb and its subject, is the means of
 * that attack, told once: "أنه استهدف بغارات جوية عشرات المواقع", "قصفت الطائرات بالصواريخ مواقع". The
 * verb's event has the actors; the noun's own would have an unnamed attacker and no target.
 */
final class AttackMeans {
  private AttackMeans() {}

  /** Drops from one sentence's events the attack nouns that are the means of an attack verb before them. */
  static void drop(SentenceWords w, List<Event> sentence) {
    sentence.removeIf(e -> {
      int noun = w.tokenAt(e.trigger().start());
      // (not when the noun names its own attacker: "قتلوا بغارات لطائرات تحالف دعم الشرعية")
      if (!CausedDeaths.isAttack(e) || !w.hasProclitic(noun, "ب") || w.isVerb(noun) || namedAttacker(e)) {
        return false;
      }
      for (Event other : sentence) {
        int verb = w.tokenAt(other.trigger().start());
        // (the verb must name its attacker: "قتلوا بغارات جوية روسية" tells the victims, the raids the act)
        if (other != e && CausedDeaths.isAttack(other) && verb < noun && w.isVerb(verb) && namedAttacker(other)
            && (noun == verb + 1 || subjectBetween(w, other, verb, noun))) {
          return true;
        }
      }
      return false;
    });
  }

  /** Whether the event has an attacker of its own, not the unnamed one an attack noun implies. */
  private static boolean namedAttacker(Event e) {
    return e.source() != null && !"UAF".equals(e.source().code());
  }

  /** Whether the words between the verb and the noun are the verb's subject and nothing else. */
  private static boolean subjectBetween(SentenceWords w, Event e, int verb, int noun) {
    return e.source() != null && e.source().start() == w.token(verb + 1).start()
        && e.source().end() == w.token(noun - 1).end();
  }
}
