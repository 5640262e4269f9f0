package org.marsad.event;

import java.util.List;

/**
 * A state named as the neighbour of where something happened is no party of it: "وقع الانفجار على مقربة
 * من الحدود مع كوريا الشمالية" (seed 239: North Korea had been the blast's target), "في الإقليم الشرقي
 * المتاخم لإيران". Only where the border locates the event: a border drawn or disputed with a state
 * ("ترسيم الحدود مع مصر") makes that state a party.
 */
final class Neighbours {
  private Neighbours() {}

  /** Adjectives of bordering, before the neighbour: "المتاخم لإيران", "المحاذية لسوريا". */
  private static final java.util.Set<String> BORDERING = EventKeys.setOf("المتاخم", "المتاخمة", "المحاذي", "المحاذية",
      "المجاور", "المجاورة", "متاخم", "متاخمة", "محاذي", "محاذية", "مجاور", "مجاورة");
  /** "الحدود", "حدود": the border "مع" a neighbour follows. */
  private static final java.util.Set<String> BORDER = EventKeys.setOf("الحدود", "حدود");
  /** Words that place something at a border: "قرب الحدود", "على مقربة من الحدود", "عند الحدود". */
  private static final java.util.Set<String> NEAR = EventKeys.setOf("قرب", "بالقرب", "مقربة", "على", "عند",
      "طول", "محاذاة", "من", "إلى", "الى");

  /** Whether the word before word i tells that i names a neighbour of where the event is. */
  static boolean neighbourAt(SentenceWords w, int i) {
    if (w.is(i - 1, BORDERING)) {
      return true;
    }
    return w.isKey(i - 1, "مع") && w.is(i - 2, BORDER) && w.is(i - 3, NEAR);
  }

  /** Drops each state named as a neighbour, and those joined to it by و ("على الحدود مع إيران والعراق"). */
  static void drop(SentenceWords w, List<ActorMention> mentions) {
    int joinedFrom = -1;
    List<ActorMention> dropped = new java.util.ArrayList<>();
    for (ActorMention m : mentions) {
      var a = m.actor();
      boolean state = a.country() != null && a.country().equals(a.id());
      if (state && (neighbourAt(w, m.first()) || m.first() == joinedFrom && w.hasProclitic(m.first(), "و"))) {
        dropped.add(m);
        joinedFrom = m.last() + 1;
      }
    }
    mentions.removeAll(dropped);
  }
}
