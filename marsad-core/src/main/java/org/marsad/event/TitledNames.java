package org.marsad.event;

import java.util.List;

/** A person named after a title, as a verb's object: the title's words are no party of their own. */
final class TitledNames {
  private static final int TITLE_WORDS = 3;
  static final java.util.Set<String> KIN = EventKeys.setOf("نجل", "ابن", "ابنة", "شقيق", "شقيقة", "زوجة",
      "زوج", "والد", "والدة", "أتباع", "اتباع", "أنصار", "انصار", "عائلة", "أسرة", "اسرة", "أقارب", "اقارب");

  /**
   * Whether the object is a person's name after a title of up to three words that no actor covers:
   * "انتقد ترامب محاميه السابق مايكل كوهين", "استقبل … شيخ الجامع الأزهر أحمد الطيب" (the title is a
   * noun with its genitives and adjectives, nothing behind a preposition). Not with a nisba in the title,
   * which tells the person's country where the name alone may not: "القس الأمريكي أندرو برانسون"; nor
   * with a kinship noun, whose person is another: "نجل رئيس الجمهورية الباجي قايد السبسي".
   */
  static boolean objectAt(SentenceWords w, List<ActorGroup> groups, ActorGroup g, int at) {
    if (g.first() <= at || g.first() - at > TITLE_WORDS || g.members().size() != 1 || !ActorPositions.isNoun(w, at)) {
      return false;
    }
    var actor = g.members().get(0).actor(); // a person, known or not (a role noun has a code, no id)
    if (actor.id() == null ? actor.code() != null : !actor.id().startsWith("person:")) {
      return false;
    }
    for (ActorGroup other : groups) {
      if (other.first() >= at && other.first() < g.first()) {
        return false;
      }
    }
    for (int k = at; k < g.first(); k++) {
      if (w.is(k, KIN)) {
        return false;
      }
      String pos = w.token(k).pos();
      if (!w.token(k).isWord() || !w.token(k).clitics().pre().isEmpty() || Clauses.isBoundary(w, k)
          || w.isCount(k) || !(pos == null || pos.equals("NOUN") || pos.equals("ADJ"))) {
        return false;
      }
    }
    return true;
  }

  private TitledNames() {}
}
