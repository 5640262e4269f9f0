package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * A country named by its form of state, "جمهورية ألبانيا", "سلطنة عمان", is the country: one mention from the
 * form's word, which carries the phrase's clitics ("قدمت المملكة مساعدات لجمهورية ألبانيا" gave them to
 * Albania, seed 216). The knowledge base lists the formal names of some countries only.
 */
final class FormalStateNames {
  /** Forms of state in construct before a country's name ("دولة" is an agent of its own: the state's government). */
  private static final java.util.Set<String> FORMS = EventKeys.setOf("جمهورية", "سلطنة", "إمارة", "امارة", "مملكة");

  private FormalStateNames() {}

  /** Extends each country's mention over the form of state right before it. */
  static void join(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention country = mentions.get(k);
      int form = country.first() - 1;
      if (!country.isCountry() || form < 0 || !words.is(form, FORMS) || words.isDefinite(form)
          || !words.token(country.first()).clitics().pre().isEmpty() || ActorFinder.covered(mentions, form)) {
        continue;
      }
      Event.Actor c = country.actor();
      int start = words.token(form).stemStart();
      mentions.set(k, new ActorMention(form, country.last(), new Event.Actor(start, c.end(),
          words.doc.text().substring(start, c.end()), c.id(), c.country(), c.code()), country.attributive()));
    }
  }
}
