package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * Schools named after people: "زار مدارس الزبير بن العوام وأبي حنيفة وأحمد بن حنبل", "مدرسة الرشاد". The
 * name after a school's head noun is the school (EDU), not a person the visit or the attack involved; the
 * recogniser tags such names as people, and the knowledge base may know the person (judges of seed 185).
 */
final class Schools {
  private Schools() {}

  /** Heads of a school's name: "مدرسة", "مدارس", "ثانوية", "متوسطة", "ابتدائية", "مجمع". */
  private static final java.util.Set<String> HEADS = EventKeys.setOf("مدرسة", "مدارس", "ثانوية", "متوسطة",
      "ابتدائية", "مجمع", "روضة");

  /** Recodes each person or unknown name right after a school's head (or joined to one that is) as a school. */
  static void named(SentenceWords words, List<ActorMention> mentions) {
    int lastSchoolEnd = -2;
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      int at = m.first();
      // (the head in the construct state, without its article: "في المدرسة يان إلياسون" is two phrases)
      boolean headed = at > 0 && words.is(at - 1, HEADS) && !words.isDefinite(at - 1)
          && words.token(at).clitics().pre().isEmpty();
      // ("مدارس الزبير بن العوام وأبي حنيفة": the next name joined by و is another school)
      boolean listed = at == lastSchoolEnd + 1 && words.hasProclitic(at, "و");
      if (!(headed || listed) || !ActorFinder.isNamedPerson(m)) {
        continue;
      }
      Event.Actor a = m.actor();
      int first = headed ? at - 1 : at; // (the school's name with its head: "مدرسة الرشاد")
      int start = words.token(first).stemStart();
      mentions.set(k, new ActorMention(first, m.last(), new Event.Actor(start, a.end(),
          words.doc.text().substring(start, a.end()), null, null, "EDU"), m.attributive()));
      lastSchoolEnd = m.last();
    }
  }
}
