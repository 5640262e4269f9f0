package org.marsad.event;

import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.Event.Mode;
import org.marsad.doc.TimeExpression;

/**
 * Decides how the text presents an event (PLOVER's modes): negated ("لم", "لن", "نفى أن"),
 * hypothetical ("إذا", "في حال"), future ("س", "سوف", "من المقرر", "تعتزم", a time expression after
 * the publication date in the same clause), reported (inside what someone said) or asserted. When
 * several hold, the stronger one wins: negated, then hypothetical, future, reported.
 */
final class ModeFinder {
  /** How many words before the trigger a negation or future particle may stand. */
  private static final int PARTICLE_REACH = 4;
  private static final java.util.Set<String> ANY = EventKeys.setOf("أي", "اي", "أية", "اية");

  Mode find(SentenceWords w, int trigger, List<TimeExpression> times, boolean reported, boolean denied) {
    int clauseStart = Clauses.clauseStart(w, trigger);
    int from = Math.max(clauseStart, trigger - PARTICLE_REACH);
    if (denied) {
      return Mode.NEGATED;
    }
    for (int i = from; i < trigger; i++) {
      if (w.is(i, Clauses.NEGATIONS) && w.token(i).clitics().pre().isEmpty()) {
        return Mode.NEGATED;
      }
    }
    for (int i = Math.max(clauseStart, trigger - 8); i < trigger; i++) {
      if (w.is(i, Clauses.CONDITIONS)) {
        return Mode.HYPOTHETICAL;
      }
    }
    if (trigger > 0 && w.is(trigger - 1, ANY)) {
      return Mode.HYPOTHETICAL; // "لردع أي هجوم", "قبل أن تنفذا أي هجوم": any such event, none in particular
    }
    if (isFuture(w, trigger, from, times)) {
      return Mode.FUTURE;
    }
    return reported ? Mode.REPORTED : Mode.ASSERTED;
  }

  private static boolean isFuture(SentenceWords w, int trigger, int from, List<TimeExpression> times) {
    if (w.hasProclitic(trigger, "س")) {
      return true;
    }
    for (int i = from; i < trigger; i++) {
      if (w.is(i, Clauses.FUTURE_MARKERS) || (w.hasProclitic(i, "س") && w.isVerb(i))) {
        return true;
      }
    }
    for (int i = trigger + 1; i <= trigger + 2 && i < w.size(); i++) {
      if (w.is(i, Clauses.FUTURE_MARKERS)) {
        return true; // "زيارة مرتقبة"
      }
    }
    LocalDate date = w.doc.date();
    int clauseEnd = Clauses.clauseEnd(w, trigger);
    int start = w.token(Clauses.clauseStart(w, trigger)).start();
    int end = w.token(clauseEnd).end();
    for (TimeExpression t : times) {
      if (t.start() >= start && t.end() <= end && isAfter(t, date)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a time expression lies after the publication date ("مطلع يناير المقبل", "خلال أيام"). */
  static boolean isAfter(TimeExpression t, LocalDate date) {
    String v = t.value();
    if (v == null) {
      return false;
    }
    if (v.equals("FUTURE_REF")) {
      return true;
    }
    if (date == null || !"DATE".equals(t.type()) || v.length() < 4 || !Character.isDigit(v.charAt(0))) {
      return false;
    }
    String anchor = date.toString(); // yyyy-MM-dd
    int n = Math.min(v.length(), anchor.length());
    return v.length() >= 4 && v.substring(0, n).compareTo(anchor.substring(0, n)) > 0 && isPlainDate(v);
  }

  private static boolean isPlainDate(String v) {
    return v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
  }

}
