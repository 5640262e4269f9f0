package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Who a sentence says carried out or claimed its violence, where the attack itself is told without an
 * agent: "قتل سبعة من عناصر الشرطة اثر هجوم انتحاري تبنته طالبان", "في عمليات نفذها قراصنة صوماليون",
 * "هجوم انتحاري، نسب الى المتمردين التاميل", "يعتقد أنها من فعل مقاتلين", "خطف على أيدي مسلحين",
 * "أعلنت حركة طالبان مسؤوليتها عن الهجوم". News tells the attack first and its author in a clause of
 * its own, which the word-order rules of {@link ArgumentFinder} do not reach.
 */
final class Attribution {
  private Attribution() {}

  /** Verbs that, carrying the attack's pronoun, name its author as their subject: "تبنته طالبان". */
  static final Set<String> CARRIED_OUT = EventKeys.setOf("تبنى", "نفذ", "شن", "ارتكب", "نصب", "خاض",
      "تبنت", "تبنا"); // "تبنته", "تبناه" without the pronoun: the lemmatiser reads them as nouns
  /** "نسب إلى X", "ينسب الى X": ascribed to. */
  private static final Set<String> ASCRIBED = EventKeys.setOf("نسب", "ينسب", "تنسب", "نسبت");
  private static final Set<String> TO = EventKeys.setOf("إلى", "الى");
  /** "من فعل X", "من تنفيذ X", "على يد X", "على أيدي X", "بأيدي X": by the hand of. */
  private static final Set<String> BY_HAND = EventKeys.setOf("فعل", "تنفيذ", "يد", "أيدي", "ايدي");
  private static final Set<String> BY_HAND_LEAD = EventKeys.setOf("من", "على");
  /** "قتل برصاص الجيش": by the bullets of. */
  private static final Set<String> BULLETS = EventKeys.setOf("رصاص", "نيران");
  /** "أعلنت X مسؤوليتها", "تبنت X المسؤولية". */
  private static final Set<String> CLAIM = EventKeys.setOf("أعلن", "اعلن", "تبنى", "تبنت");
  private static final Set<String> RESPONSIBILITY = EventKeys.setOf("مسؤولية", "مسئولية", "مسؤوليته", "مسؤوليتها",
      "مسئوليته", "مسئوليتها");

  /** The group the sentence names as the author of its violence, or {@code null}. */
  static ActorGroup author(SentenceWords w, List<ActorGroup> groups) {
    for (int i = 0; i < w.size(); i++) {
      int at = -1;
      boolean ascribed = false; // after "نسب إلى" the author stands behind the preposition
      if (w.isWithPronoun(i, CARRIED_OUT)) {
        at = i + 1;
      } else if (w.is(i, ASCRIBED) && w.is(i + 1, TO)) {
        at = i + 2;
        ascribed = true;
      } else if ((w.is(i, BY_HAND) && (w.is(i - 1, BY_HAND_LEAD) || w.hasProclitic(i, "ب")))
          || (w.is(i, BULLETS) && w.hasProclitic(i, "ب"))) {
        at = i + 1;
      } else if (w.is(i, CLAIM)) {
        ActorGroup claimant = startingAt(groups, i + 1, 2);
        if (claimant != null && w.is(claimant.last() + 1, RESPONSIBILITY)) {
          return claimant;
        }
      }
      if (at >= 0 && at < w.size() && w.token(at).kind() == org.marsad.doc.TokenKind.PUNCT
          && "«\"".contains(w.token(at).text())) {
        at++; // "تبناه «تنظيم القاعدة»"
      }
      ActorGroup g = at < 0 ? null : startingAt(groups, at, 1);
      if (g != null && (ascribed || !ActorPositions.behindPreposition(w, g.first()))) {
        return g;
      }
    }
    return null;
  }

  /** The group starting within {@code reach} words of position {@code at}. */
  private static ActorGroup startingAt(List<ActorGroup> groups, int at, int reach) {
    for (ActorGroup g : groups) {
      if (g.first() >= at && g.first() < at + reach) {
        return g;
      }
    }
    return null;
  }
}
