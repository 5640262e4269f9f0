package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * The two sides a "بين" names: the first is the source, the second the target. Usually one actor each
 * ("بين روسيا ومصر"); "من جهة … من جهة أخرى" marks sides of several actors each ("بين قوات النظام وحزب
 * الله من جهة، والفصائل الإسلامية من جهة أخرى": Hezbollah fights beside the regime, not against it), and so
 * does a second "وبين" ("بين الجيش السوري ومقاتلي حزب الله، وبين مقاتلي جيش الفتح").
 */
record Sides(List<ActorMention> first, List<ActorMention> second) {

  static final Sides NONE = new Sides(List.of(), List.of());

  /** Words of "من جهة" that mark a side: "من جهة", "من جانب", "من ناحية", "من طرف". */
  private static final Set<String> SIDE = EventKeys.setOf("جهة", "جانب", "ناحية", "طرف");
  /** How many words of its own phrase the second side may take past its actor: "وميليشيات موالية له من جهة أخرى". */
  private static final int TAIL = 4;
  /** The first side may say who backs it too: "بين المقاومة الشعبية المسنودة بقوات الجيش من جهة". */
  private static final int FIRST_TAIL = 10;
  /** Words that may open the second side before its actor: "وبين عدد مقاتلين تابعين لعدد من الفصائل". */
  private static final int SECOND_OPENING = 6;

  /** The first actor against the others of one compound group, or the group alone as a first side. */
  static Sides of(List<ActorMention> actors) {
    return actors.isEmpty() ? NONE : new Sides(List.of(actors.get(0)), actors.subList(1, actors.size()));
  }

  /**
   * The sides when the group at {@code k} ends with "من جهة" and the next group, joined by و, ends with
   * "من جهة أخرى" (or the same mark again), or else when a second "وبين" opens the other side; null when the
   * sentence does not mark its sides so.
   */
  static Sides apart(SentenceWords w, List<ActorGroup> groups, int k) {
    int mark = sideMark(w, groups.get(k).last() + 1, FIRST_TAIL);
    if (mark < 0) {
      return secondBetween(w, groups, k);
    }
    int and = w.isComma(mark + 1) ? mark + 2 : mark + 1;
    ActorGroup next = ActorGroup.startingAt(groups, and);
    // (the second side opens right at its و: "وجامعتي الملك عبدالعزيز" names a university, not the king)
    if (next == null || !w.hasProclitic(and, "و") || sideMark(w, next.last() + 1, TAIL) < 0) {
      return null;
    }
    return new Sides(groups.get(k).members(), next.members());
  }

  /**
   * The sides when a second "بين" opens the other one: "بين قوات النظام و«حزب الله» ومسلحين داعمين لهما، وبين
   * مقاتلي «جيش الفتح»" (its actor within a few words: "وبين عدد مقاتلين تابعين لعدد من الفصائل").
   */
  private static Sides secondBetween(SentenceWords w, List<ActorGroup> groups, int k) {
    int at = groups.get(k).last() + 1;
    for (int i = at; i < at + FIRST_TAIL && i < w.size(); i++) {
      if (w.isKey(i, "بين") && w.hasProclitic(i, "و") && w.token(i).clitics().post().isEmpty()) {
        for (ActorGroup next : groups) {
          if (next.first() > i && next.first() <= i + SECOND_OPENING) {
            return new Sides(groups.get(k).members(), next.members());
          }
        }
        return null;
      }
      if (!w.isComma(i) && !quote(w, i) && (!w.token(i).isWord() || Clauses.isBoundary(w, i) || w.isVerb(i))) {
        return null;
      }
    }
    return null;
  }

  /** Quotation marks around a side's name: "و«حزب الله»". */
  private static boolean quote(SentenceWords w, int i) {
    return w.isQuote(i);
  }

  /** The side word of a "من جهة" within a few words from {@code at}, or -1 (no boundary may intervene). */
  private static int sideMark(SentenceWords w, int at, int reach) {
    for (int i = at; i < at + reach && i + 1 < w.size(); i++) {
      if (w.isKey(i, "من") && w.is(i + 1, SIDE)) {
        return i + 1;
      }
      if (!quote(w, i) && (!w.token(i).isWord() || Clauses.isBoundary(w, i) || w.isVerb(i))) {
        return -1;
      }
    }
    return -1;
  }
}
