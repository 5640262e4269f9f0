package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * A nisba standing as a noun before a name the knowledge base does not know is that person's nationality:
 * "أفرجت السلطات العراقية عن السعودي نايف غازي" released a Saudi, one party (SAUCVL), not a nisba of nothing
 * and a person of no country (judges of seed 200). Only where the nisba qualifies no noun before it: behind a
 * preposition or a clitic, or right after a verb. A known person keeps the base's code ("الروسي بوتين").
 */
final class NisbaNames {
  private NisbaNames() {}

  /** Joins each such nisba with the name after it, coded as that country's civilian. */
  static void join(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 0; k + 1 < mentions.size(); k++) {
      ActorMention nisba = mentions.get(k);
      ActorMention name = mentions.get(k + 1);
      Event.Actor n = nisba.actor();
      int at = nisba.first();
      // (not after و, which may join it to a title's first nisba: "الرئيسان الأمريكي دونالد ترامب والفرنسي
      // إيمانويل ماكرون")
      List<String> clitics = words.token(at).clitics().pre();
      boolean alone = !clitics.isEmpty() && !clitics.contains("و")
          || clitics.isEmpty() && at > 0 && ("ADP".equals(words.token(at - 1).pos()) || words.isVerb(at - 1));
      if (!nisba.attributive() || at != nisba.last() || !words.isDefinite(at) || n.country() == null
          || n.id() != null || !alone || name.first() != at + 1 || name.actor().id() != null
          || !ActorFinder.isNamedPerson(name) || !words.token(name.first()).clitics().pre().isEmpty()) {
        continue;
      }
      Event.Actor person = name.actor();
      mentions.set(k, new ActorMention(at, name.last(), new Event.Actor(n.start(), person.end(),
          words.doc.text().substring(n.start(), person.end()), null, n.country(), n.country() + "CVL"), false));
      mentions.remove(k + 1);
    }
  }
}
