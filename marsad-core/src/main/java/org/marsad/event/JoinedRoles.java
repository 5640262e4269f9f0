package org.marsad.event;

import java.util.List;

/**
 * A state body named by its role alone, joined by و right after a body of a country, is of that country:
 * "الجيش الأفغاني وقوات الأمن" are Afghanistan's security forces (seed 257 had them of no country, the
 * sentence naming the American general too). Only bodies of the state, as {@link PlaceCountry} gives them.
 */
final class JoinedRoles {
  private JoinedRoles() {}

  /** Gives each bare state role joined right after a state body of a country that country. */
  static void share(SentenceWords words, List<ActorMention> mentions) {
    for (int k = 1; k < mentions.size(); k++) {
      ActorMention before = mentions.get(k - 1);
      ActorMention m = mentions.get(k);
      String country = before.actor().country();
      boolean stateBody = PlaceCountry.stateBody(before) && !ActorFinder.isPerson(before);
      if (stateBody && PlaceCountry.stateRoleAlone(m) && !ActorFinder.isPerson(m) && m.first() == before.last() + 1
          && words.token(m.first()).clitics().pre().equals(List.of("و")) && closed(words, m)) {
        mentions.set(k, m.coded(m.actor().id(), country, country + m.actor().code()));
      }
    }
  }

  /**
   * Whether the role's phrase ends with the article and no owner of its own follows: "والشرطة", "وقوات الأمن";
   * not "وحكومة جمهورية أفريقيا الوسطى", "وقوات مجلس شورى ثوار بنغازي", "ووزارة الداخلية الاتحادية في
   * ألمانيا".
   */
  private static boolean closed(SentenceWords words, ActorMention m) {
    int next = m.last() + 1;
    boolean owned = next < words.size() && words.token(next).isWord() && words.token(next).clitics().pre().isEmpty()
        && (words.isDefinite(next) || "PROPN".equals(words.token(next).pos())
            || "NOUN".equals(words.token(next).pos()));
    return words.isDefinite(m.last()) && !owned;
  }
}
