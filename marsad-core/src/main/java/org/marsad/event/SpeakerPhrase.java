package org.marsad.event;

import org.marsad.doc.Event;
import org.marsad.doc.Token;

/**
 * Who tells reported content when the coder has no actor for them: "قالت مصادر ليبية، الأربعاء، إن",
 * "قال شهود عيان إن", "ذكرت وكالة الأنباء الرسمية أن". The reader of an event still wants to know whose
 * word it is, so the words after the speech verb become an uncoded speaker (text and offsets, no id, no
 * code); they take part in no argument.
 */
final class SpeakerPhrase {
  /**
   * How many words a speaker's phrase may have: "المتحدث باسم الشرطة المحلية في المدينة" stops at في; seven reach a
   * name after a long post ("نائب رئيس مجلس الشورى الدكتور محمد الجفري").
   */
  private static final int MAX_WORDS = 7;

  /** Words after a speech verb that are no speaker: a time ("قال يوم الأحد إن"), "أيضا", the idiom "كشف النقاب". */
  private static final java.util.Set<String> NOT_SPEAKERS = EventKeys.setOf("يوم", "اليوم", "الأسبوع", "الاسبوع",
      "الشهر", "العام", "مساء", "صباح", "ليلة", "فجر", "ظهر", "أيضا", "ايضا", "أيضاً", "كذلك", "النقاب", "مؤخرا",
      "مؤخراً", "سابقا", "قائلا", "قائلاً", "قائلة", "مضيفا", "مضيفاً", "مضيفة");

  private SpeakerPhrase() {}

  /**
   * The phrase that stands after the speech word at {@code speech} and before the start of what is said,
   * up to the first comma, day, preposition, verb or conjunction; null when there is none ("وأضاف إن",
   * "مضيفا أن", "قال لرويترز إن"); the actor when one opens the phrase.
   */
  static Event.Actor after(SentenceWords w, java.util.List<ActorGroup> groups, int speech, int complement) {
    if (speech < 0 || complement <= speech + 1) {
      return null;
    }
    ActorGroup named = ActorGroup.startingAt(groups, speech + 1);
    // (not one behind ل, whom it is said to: "وقال للصحفيين إنه")
    if (named != null && named.last() < complement && !w.hasProclitic(speech + 1, "ل")) {
      return named.members().get(0).actor(); // "تقول إسرائيل إن": a frame's speaker the coder knows
    }
    int first = speech + 1;
    boolean quoted = w.isQuote(first); // "وقال «مكتب أخبار سوريا» إن" (seed 214): the name in its quotes
    if (quoted) {
      first++;
    }
    int last = -1;
    for (int i = first; i < complement && i < first + MAX_WORDS; i++) {
      if (quoted && w.isQuote(i)) {
        last = last < 0 ? -1 : i; // (the closing quote ends the name)
        break;
      }
      Token t = w.token(i);
      if (!t.isWord() || Clauses.isBoundary(w, i) || w.is(i, Clauses.DAYS) || w.is(i, NOT_SPEAKERS) || w.isVerb(i)
          || "ADP".equals(t.pos()) || "ADV".equals(t.pos()) || "SCONJ".equals(t.pos()) || "CCONJ".equals(t.pos())
          || w.isCount(i) && !(i == speech + 1 && w.is(i, SentenceWords.VAGUE_COUNTS)) // ("ذكرت عدة مصادر")
          || !t.clitics().pre().isEmpty()) {
        break; // (a clitic opens the addressee, "لرويترز", or a clause, "وأكد")
      }
      last = i;
    }
    if (last < 0) {
      return null;
    }
    if (quoted && !w.isQuote(last)) {
      return null; // (a quotation of what is said, not a quoted name: "قال: «نحن …")
    }
    int start = w.token(speech + 1).start();
    int end = w.token(last).end();
    return new Event.Actor(start, end, w.doc.text().substring(start, end), null, null, null);
  }
}
