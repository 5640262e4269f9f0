package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.doc.Sentence;
import org.marsad.doc.TimeExpression;
import org.marsad.text.OrdinalWords;

/**
 * Finds time expressions in a sentence and normalises them to TIMEX3 against the document date.
 *
 * <p>A small hand-written grammar over the sentence's words, tried at every word; the longest match
 * wins. Why not a library: HeidelTime (GPL, Python/UIMA ports) knows no Hijri dates, no Maghrebi month
 * names and does not resolve against the publication date for Arabic; there is no Java Arabic
 * temporal tagger to reuse. The rules:
 * <ul>
 *   <li>absolute dates: "15 يناير 2017", "الخامس عشر من يناير", "15/1/2017", "2017-01-15", with the
 *       Egyptian, Levantine, Maghrebi and Moroccan month names and paired forms ("شباط/فبراير");
 *   <li>Hijri dates ("15 رمضان 1445 هـ"), converted with the Umm al-Qura calendar;
 *   <li>years ("عام 2016", "سنة (1935) م"), decades ("التسعينيات") and centuries ("القرن العشرين");
 *   <li>a month or year without a year or with "المقبل / الماضي / الجاري", weeks, parts of periods
 *       ("مطلع / منتصف / أواخر …"), and "خلال شهر يناير المقبل";
 *   <li>relative days and periods (أمس، أول أمس، اليوم، غدا، الأسبوع الماضي، الشهر المقبل، العام
 *       الماضي), "منذ / قبل / بعد" + a count of units, weekdays ("يوم الأحد": the last one before the
 *       document date, or the next one when the sentence speaks of the future);
 *   <li>clock times ("الساعة العاشرة صباحا", "10:30") and parts of days ("مساء أمس");
 *   <li>durations ("لمدة ثلاثة أيام", "عامين"), sets ("كل عام", "سنويا") and vague references
 *       (حاليا، مؤخرا، قريبا، خلال أيام).
 * </ul>
 * Numbers are years only in a year's context ("قرار 2254" is not a time).
 */
final class TemporalTagger {
  /** What one rule found: the words {@code [start, end)} and the TIMEX3 type and value. */
  record Found(int end, String type, String value, String hijri, boolean floating) {
    Found(int end, String type, String value, String hijri) {
      this(end, type, value, hijri, false);
    }

    static Found date(int end, String value) {
      return new Found(end, "DATE", value, null);
    }
  }

  private interface Rule {
    Found match(Words w, int i, LocalDate anchor);
  }

  // each rule once, as an object: the full list and the per-word index share them, in one order
  private final Rule hijriRule = this::hijriDate;
  private final Rule numericRule = this::numericDate;
  private final Rule dayMonthYearRule = this::dayMonthYear;
  private final Rule monthRule = this::monthExpression;
  private final Rule partRule = this::partOfPeriod;
  private final Rule yearRule = this::yearExpression;
  private final Rule decadeRule = this::decadeOrCentury;
  private final Rule relativeDayRule = this::relativeDay;
  private final Rule dayPartRule = this::dayPart;
  private final Rule periodRule = this::relativePeriod;
  private final Rule agoRule = this::agoOrLater;
  private final Rule withinRule = this::within;
  private final Rule weekdayRule = this::weekday;
  private final Rule clockRule = this::clockTime;
  private final Rule durationRule = this::duration;
  private final Rule setRule = this::set;
  private final Rule vagueRule = this::vague;
  private final Rule quarterRule = this::quarter;

  private final List<Rule> rules = List.of(hijriRule, numericRule, dayMonthYearRule, monthRule, partRule,
      yearRule, decadeRule, relativeDayRule, dayPartRule, periodRule, agoRule, withinRule, weekdayRule, clockRule,
      durationRule, setRule, vagueRule, quarterRule);

  /** The document date of the sentence being tagged (for rules that read "من العام الماضي" inside a month). */

  private final List<Rule> numberRules = List.of(hijriRule, numericRule, dayMonthYearRule, yearRule, clockRule,
      durationRule);

  /** For each start word, the rules that can match from it (see {@link #indexRules()}). */
  private final Map<String, List<Rule>> rulesByKey = indexRules();

  private Map<String, List<Rule>> indexRules() {
    Map<String, List<Rule>> index = new java.util.HashMap<>();
    java.util.function.BiConsumer<Rule, java.util.Collection<String>> add = (rule, keys) -> {
      for (String key : keys) {
        index.computeIfAbsent(TimeWords.key(key), k -> new ArrayList<>()).add(rule);
      }
    };
    add.accept(hijriRule, TimeWords.ORDINALS);
    add.accept(dayMonthYearRule, TimeWords.ORDINALS);
    add.accept(decadeRule, TimeWords.ORDINALS);
    TimeWords.HIJRI_MONTHS.keySet().forEach(k -> add.accept(hijriRule, List.of(k.get(0))));
    TimeWords.MONTHS.keySet().forEach(k -> add.accept(monthRule, List.of(k.get(0))));
    add.accept(monthRule, List.of("شهر"));
    add.accept(partRule, TimeWords.PERIOD_PARTS);
    add.accept(yearRule, List.of("عام", "سنة", "العام", "السنة"));
    add.accept(decadeRule, List.of("القرن"));
    add.accept(decadeRule, DECADES.keySet());
    DECADES.keySet().forEach(k -> add.accept(decadeRule, List.of(k.substring(2))));
    add.accept(relativeDayRule, List.of("أمس", "الأمس", "البارحة", "أول", "بعد", "غدا", "غد", "الغد", "بكرا",
        "بكرة", "اليوم", "الليلة"));
    add.accept(dayPartRule, DAY_PARTS.keySet());
    add.accept(periodRule, List.of("هذا", "هذه"));
    TimeWords.UNITS.keySet().forEach(k -> {
      if (k.startsWith("ال")) {
        add.accept(periodRule, List.of(k));
      }
    });
    add.accept(agoRule, List.of("منذ", "قبل", "بعد"));
    add.accept(withinRule, List.of("خلال", "غضون"));
    add.accept(weekdayRule, List.of("يوم"));
    add.accept(weekdayRule, TimeWords.WEEKDAYS.keySet());
    add.accept(clockRule, List.of("الساعة"));
    add.accept(durationRule, DURATION_INTRODUCERS);
    add.accept(durationRule, List.of("على", "عدة", "بضعة", "بضع"));
    add.accept(durationRule, TimeWords.UNITS.keySet());
    add.accept(setRule, List.of("سنويا", "شهريا", "أسبوعيا", "يوميا", "كل"));
    add.accept(vagueRule, List.of("حاليا", "الآن", "راهنا", "مؤخرا", "سابقا", "قريبا", "مستقبلا", "لاحقا", "الوقت",
        "وقت", "الآونة", "الفترة", "الماضي", "المستقبل"));
    add.accept(quarterRule, List.of("الربع"));
    // each word's rules in the order of the full list, without repeats, so that ties go as before
    for (Map.Entry<String, List<Rule>> e : index.entrySet()) {
      List<Rule> ordered = new ArrayList<>();
      for (Rule r : rules) {
        if (e.getValue().contains(r)) {
          ordered.add(r);
        }
      }
      e.setValue(List.copyOf(ordered));
    }
    return index;
  }

  private final List<Rule> periodRules = List.of(this::monthExpression, this::yearExpression,
      this::relativePeriod, this::decadeOrCentury, this::bareYear, this::quarter);

  List<TimeExpression> tag(Document doc, Sentence sentence) {
    Words w = Words.of(doc, sentence);
    if (w == null) {
      return List.of();
    }
    LocalDate anchor = doc.date();
    w.anchor = anchor;
    List<TimeExpression> found = new ArrayList<>();
    List<Boolean> floating = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      if (!w.isStartable(i) || !plausible(w, i)) {
        i++; // most words cannot start a time expression: one look-up instead of every rule
        continue;
      }
      Found best = null;
      // only the rules that can start with this word: a number starts a date, a year, a clock time or
      // a duration; "منذ" only "منذ ثلاث سنوات"; an unknown trigger, every rule
      List<Rule> candidates = w.isTrigger(i) ? rulesByKey.getOrDefault(w.key(i), rules) : numberRules;
      for (Rule rule : candidates) {
        Found f = rule.match(w, i, anchor);
        if (f != null && f.end() > i && (best == null || f.end() > best.end())) {
          best = f;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = w.tokens.get(i).start();
      int end = w.tokens.get(best.end() - 1).end();
      found.add(new TimeExpression(start, end, doc.text().substring(start, end), best.type(), best.value(),
          best.hijri(), anchor == null ? null : anchor.toString()));
      floating.add(best.floating());
      spans.add(new int[] {i, best.end()});
      i = best.end();
    }
    return anchorClockTimes(found, floating, spans);
  }

  /**
   * Frequent words that only introduce a time expression (على مدى، منذ، خلال، هذا، نحو, an ordinal day)
   * are worth the rules only when a time word or a number follows them; the check keeps the stage
   * cheap on ordinary text.
   */
  private static boolean plausible(Words w, int i) {
    String key = w.key(i);
    if (w.count(i) >= 0 && !w.isTrigger(i)) {
      // a number starts a date, a clock time, a duration or a year: something of the kind must follow
      int n = w.count(i);
      int next = i + 1;
      return w.isTrigger(next) || w.is(next, "من") || w.isPunct(next, '/') || w.isPunct(next, '-')
          || w.isPunct(next, '.') || w.isPunct(next, ':') || (n >= 1000 && n <= 2999)
          || TimeWords.CONJ_TRIGGERS.contains(w.key(next)) || TimeWords.TRIGGERS.contains(w.key(next));
    }
    if (TimeWords.INTRODUCERS.contains(key)) {
      int j = w.is(i + 1, "من") ? i + 2 : i + 1;
      return TimeWords.TRIGGERS.contains(w.key(j)) || w.count(j) >= 0 || w.isPunct(j, '(');
    }
    if (key.equals("يوم") || key.equals("عام") || key.equals("سنه") || key.equals("شهر") || key.equals("العام")
        || key.equals("السنه")) {
      // يوم الأحد، عام 2016، شهر يناير، العام الماضي: these units also name what follows them
      return TimeWords.TRIGGERS.contains(w.key(i + 1)) || w.count(i + 1) >= 0 || w.isPunct(i + 1, '(')
          || TimeWords.PERIOD_SHIFT.containsKey(w.key(i + 1));
    }
    TimeWords.Unit unit = TimeWords.UNITS.get(key);
    if (unit != null && w.count(i) < 0 && (w.tokens.get(i).clitics().pre().contains("ل") || w.is(i + 1, "كامل", "كامله"))) {
      return true; // لساعات، لسنوات، عقد كامل
    }
    if (unit != null && w.count(i) < 0) {
      // a unit starts an expression only as a dual (عامين) or as a period with its shift (العام الماضي);
      // after a number, لمدة, منذ or كل the expression starts at that word instead
      if (key.startsWith("ال")) {
        return TimeWords.PERIOD_SHIFT.containsKey(w.key(i + 1)) || w.is(i + 1, "الاخيره", "الاخير", "القليله")
            || w.count(i + 1) >= 0 || key.equals("اليوم");
      }
      return unit.count() == 2;
    }
    if (TimeWords.WEEKDAYS.containsKey(key) && !key.startsWith("ال")) {
      return false; // أحد (one); "يوم أحد" and "كل أحد" start at يوم / كل
    }
    if (key.equals("الماضي") || key.equals("المستقبل")) {
      return w.is(i - 1, "في");
    }
    if (TimeWords.ORDINALS.contains(key)) {
      for (int j = i + 1; j <= i + 4 && j < w.size(); j++) {
        if (TimeWords.MONTH_STARTS.contains(w.key(j))) {
          return true;
        }
      }
      return w.is(i - 1, "القرن");
    }
    return true;
  }

  /** Words allowed between a clock time and the day it belongs to ("… مساء بتوقيت القاهرة يوم الجمعة"). */
  private static final int MAX_CLOCK_DAY_GAP = 4;

  /**
   * "الساعة 8 مساء … يوم الجمعة المقبل": a clock time with no day of its own takes the day of the
   * nearest day-precise date in its sentence, else the document date.
   */
  private static List<TimeExpression> anchorClockTimes(List<TimeExpression> found, List<Boolean> floating,
      List<int[]> spans) {
    for (int k = 0; k < found.size(); k++) {
      TimeExpression t = found.get(k);
      if (!floating.get(k) || t.value() == null) {
        continue;
      }
      String day = null;
      int distance = Integer.MAX_VALUE;
      for (int m = 0; m < found.size(); m++) {
        String v = found.get(m).value();
        int gap = m < k ? spans.get(k)[0] - spans.get(m)[1] : spans.get(m)[0] - spans.get(k)[1];
        if (m != k && v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
            && Character.isDigit(v.charAt(0)) && gap <= MAX_CLOCK_DAY_GAP && gap < distance) {
          day = v.substring(0, 10);
          distance = gap;
        }
      }
      if (day != null) {
        found.set(k, new TimeExpression(t.start(), t.end(), t.text(), t.type(), day + t.value().substring(10),
            t.hijri(), t.anchor()));
      }
    }
    return found;
  }

  // ---- absolute dates ------------------------------------------------------------------------

  private static final List<String> HIJRI_SUFFIXES = List.of("ه", "هـ", "هجري", "هجريه", "للهجره", "هجريا");

  private Found hijriDate(Words w, int i, LocalDate anchor) {
    int day = w.number(i);
    int j = i;
    if (day >= 1 && day <= 30) {
      j = i + 1;
    } else {
      OrdinalWords.Match ordinal = OrdinalWords.read(w.keys, i);
      if (ordinal != null) {
        day = ordinal.value();
        j = i + ordinal.tokenCount();
        if (w.is(j, "من")) {
          j++;
        }
      } else {
        day = 0;
      }
    }
    int[] month = phrase(w, j, TimeWords.HIJRI_MONTHS);
    if (month == null) {
      return null;
    }
    int k = j + month[1];
    int year = w.number(k);
    if (year < 1 || year > 1600) {
      return null;
    }
    int end = k + 1;
    boolean marked = end < w.size() && HIJRI_SUFFIXES.contains(w.key(end));
    if (marked) {
      end++;
    }
    if (!marked && day == 0) {
      return null; // "رمضان 2016" is not Hijri; "رجب 1440" without هـ or a day is too weak
    }
    LocalDate start = Timex.fromHijri(year, month[0], day == 0 ? 1 : day);
    String value = day == 0 ? Timex.month(start.getYear(), start.getMonthValue()) : Timex.day(start);
    return new Found(end, "DATE", value, Timex.hijri(year, month[0], day));
  }

  /** 15/1/2017, 15-1-2017, 15.1.2017 (day first), 2017-01-15 (ISO). */
  private Found numericDate(Words w, int i, LocalDate anchor) {
    int a = w.number(i);
    if (a < 0) {
      return null;
    }
    for (char sep : new char[] {'/', '-', '.'}) {
      if (w.isPunct(i + 1, sep) && w.number(i + 2) >= 0 && w.isPunct(i + 3, sep) && w.number(i + 4) >= 0) {
        int b = w.number(i + 2);
        int c = w.number(i + 4);
        LocalDate date = a >= 1000 ? safeDate(a, b, c) : safeDate(c, b, a);
        if (date != null) {
          return Found.date(i + 5, Timex.day(date));
        }
      }
    }
    return null;
  }

  private static LocalDate safeDate(int year, int month, int day) {
    if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** "15 يناير 2017", "الخامس عشر من يناير", "١٥ كانون الثاني". */
  private Found dayMonthYear(Words w, int i, LocalDate anchor) {
    int j;
    int day = w.number(i);
    if (day >= 1 && day <= 31) {
      j = i + 1;
    } else {
      OrdinalWords.Match ordinal = OrdinalWords.read(w.keys, i);
      if (ordinal == null) {
        return null;
      }
      day = ordinal.value();
      j = i + ordinal.tokenCount();
    }
    if (w.is(j, "من")) {
      j++;
    }
    MonthMatch month = month(w, j, true);
    if (month == null) {
      return null;
    }
    int end = month.end;
    int year;
    if (month.year < 0 && w.is(end, "من") && w.is(end + 1, "كل") && w.is(end + 2, "عام", "سنه")) {
      return new Found(end + 3, "SET", String.format("XXXX-%02d-%02d", month.month, day), null);
    }
    Integer shift = month.year < 0 ? TimeWords.PERIOD_SHIFT.get(w.key(end)) : null;
    if (month.year > 0) {
      year = month.year;
    } else if (anchor != null && shift != null && shift != 0) {
      year = shift < 0 ? (month.month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1)
          : (month.month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1);
      end++;
    } else if (anchor != null) {
      year = Timex.nearestYearOfMonth(anchor, month.month, w.futureAt(i));
    } else {
      return day <= 31 ? Found.date(end, null) : null; // no document date: found, not resolvable
    }
    LocalDate date = safeDate(year, month.month, day);
    return date == null ? null : Found.date(end, Timex.day(date));
  }

  private record MonthMatch(int month, int year, int end) {}

  /**
   * A month name (optionally after "شهر", with a paired name "شباط/فبراير" or "فبراير (شباط)"), then
   * an optional year ("2017", "عام 2017") or shift ("المقبل"). Ambiguous names need a date context.
   */
  private MonthMatch month(Words w, int i, boolean dateContext) {
    int j = i;
    boolean named = false;
    if (w.is(j, "شهر")) {
      j++;
      named = true;
    }
    int[] month = phrase(w, j, TimeWords.MONTHS);
    if (month == null) {
      return null;
    }
    List<String> name = w.keys.subList(j, j + month[1]);
    j += month[1];
    // paired names: شباط/فبراير، فبراير (شباط)
    if (w.isPunct(j, '/') && phrase(w, j + 1, TimeWords.MONTHS) != null) {
      j += 1 + phrase(w, j + 1, TimeWords.MONTHS)[1];
    } else if (w.isPunct(j, '(') && phrase(w, j + 1, TimeWords.MONTHS) != null
        && w.isPunct(j + 1 + phrase(w, j + 1, TimeWords.MONTHS)[1], ')')) {
      j += 2 + phrase(w, j + 1, TimeWords.MONTHS)[1];
    }
    int year = -1;
    int k = j;
    if (w.is(k, "من") && w.is(k + 1, "العام", "السنه") && TimeWords.PERIOD_SHIFT.containsKey(w.key(k + 2))
        && w.anchor != null) {
      return new MonthMatch(month[0], w.anchor.getYear() + TimeWords.PERIOD_SHIFT.get(w.key(k + 2)), k + 3);
    }
    if (w.is(k, "من") && w.is(k + 1, "عام", "سنه", "العام") && w.number(k + 2) >= 1000) {
      k++;
    }
    if (w.is(k, "عام", "سنه", "العام")) {
      k++;
    }
    int y = w.number(k);
    if (y >= 1000 && y <= 2999) {
      year = y;
      j = k + 1;
    } else if (w.isPunct(k, '(') && w.number(k + 1) >= 1000 && w.isPunct(k + 2, ')')) {
      year = w.number(k + 1);
      j = k + 3;
    }
    boolean ambiguous = TimeWords.AMBIGUOUS_MONTHS.contains(name);
    if (ambiguous && !named && !dateContext && year < 0 && !isDatePreposition(w.key(i - 1))) {
      return null;
    }
    return new MonthMatch(month[0], year, j);
  }

  private static boolean isDatePreposition(String key) {
    switch (key) {
      case "في": case "منذ": case "حتي": case "خلال": case "مطلع": case "منتصف": case "اواخر": case "نهايه":
      case "بدايه": case "اوائل": case "بحلول": case "قبل": case "بعد": case "شهر":
        return true;
      default:
        return false;
    }
  }

  private Found monthExpression(Words w, int i, LocalDate anchor) {
    MonthMatch month = month(w, i, false);
    if (month == null) {
      return null;
    }
    if (month.year > 0) {
      return Found.date(month.end, Timex.month(month.year, month.month));
    }
    Integer shift = TimeWords.PERIOD_SHIFT.get(w.key(month.end));
    if (anchor == null) {
      return Found.date(shift == null ? month.end : month.end + 1, null);
    }
    int year;
    int end = month.end;
    if (shift != null && shift != 0) {
      year = shift > 0 ? (month.month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1)
          : (month.month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1);
      end++;
    } else {
      if (shift != null) {
        end++;
      }
      year = Timex.nearestYearOfMonth(anchor, month.month, w.futureAt(i));
    }
    if (w.is(end, "من") && w.is(end + 1, "كل") && w.is(end + 2, "عام", "سنه")) {
      return new Found(end + 3, "SET", "XXXX-" + String.format("%02d", month.month), null);
    }
    return Found.date(end, Timex.month(year, month.month));
  }

  /** مطلع يناير المقبل، منتصف العام الماضي، أواخر 2015، خلال شهر يناير المقبل: the period's value. */
  private Found partOfPeriod(Words w, int i, LocalDate anchor) {
    if (!TimeWords.PERIOD_PARTS.contains(w.key(i))) {
      return null;
    }
    int j = i + 1;
    if (w.is(j, "من")) {
      j++;
    }
    Found inner = null;
    for (Rule rule : periodRules) {
      Found f = rule.match(w, j, anchor);
      if (f != null && (inner == null || f.end() > inner.end())) {
        inner = f;
      }
    }
    if (inner == null && anchor != null && w.is(j, "الاسبوع", "الشهر", "العام", "السنه")) {
      inner = Found.date(j + 1, Timex.shift(anchor, TimeWords.UNITS.get(w.key(j)).code(), 0)); // مطلع الأسبوع
    }
    if (inner == null || !inner.type().equals("DATE") || inner.value() == null || inner.value().endsWith("_REF")) {
      return null;
    }
    return new Found(inner.end(), inner.type(), inner.value(), inner.hijri());
  }

  /** "عام 2016", "سنة (1935) م", "العام 2016", "عام 1320 هـ"; a bare year after في / منذ / حتى …. */
  private Found yearExpression(Words w, int i, LocalDate anchor) {
    if (!w.is(i, "عام", "سنه", "العام", "السنه")) {
      return bareYear(w, i, anchor);
    }
    int j = i + 1;
    int year;
    if (w.number(j) >= 1000 && w.number(j) <= 2999) {
      year = w.number(j);
      j++;
    } else if (w.isPunct(j, '(') && w.number(j + 1) >= 1000 && w.number(j + 1) <= 2999 && w.isPunct(j + 2, ')')) {
      year = w.number(j + 1);
      j += 3;
    } else {
      return null;
    }
    if (HIJRI_SUFFIXES.contains(w.key(j))) {
      LocalDate start = Timex.fromHijri(year, 1, 1);
      return new Found(j + 1, "DATE", Timex.year(start.getYear()), Timex.hijri(year, 0, 0));
    }
    if (w.is(j, "م", "ميلادي", "ميلاديه", "للميلاد")) {
      j++;
    }
    return Found.date(j, Timex.year(year));
  }

  /**
   * A four-digit number from 1900 to 2100 read as a year: after في / منذ / حتى …, in parentheses
   * ("(1948) م"), or when no noun follows it (a noun makes it a count: "2016 صوتا").
   */
  private Found bareYear(Words w, int i, LocalDate anchor) {
    if (w.isPunct(i, '(') && w.isPunct(i + 2, ')')) {
      Found inner = bareYear(w, i + 1, anchor);
      if (inner != null || (w.number(i + 1) >= 1900 && w.number(i + 1) <= 2100)) {
        int end = w.is(i + 3, "م", "ميلادي", "ميلاديه") ? i + 4 : i + 3;
        return Found.date(end, Timex.year(w.number(i + 1)));
      }
      return null;
    }
    int year = w.number(i);
    if (year < 1900 || year > 2100 || w.tokens.get(i).text().length() != 4) {
      return null;
    }
    String before = w.key(i - 1);
    boolean context = isDatePreposition(before) || before.equals("الي") || before.equals("و") && i >= 2
        && w.number(i - 2) >= 1900;
    if (!context && (NOT_YEAR_BEFORE.contains(w.key(i - 1)) || NOT_YEAR_BEFORE.contains(w.key(i - 2)))) {
      return null; // الطريق السريع 2000، موديل 2030، القرار 2015
    }
    if (!context && i + 1 < w.size()) {
      org.marsad.doc.Token next = w.tokens.get(i + 1);
      boolean content = next.kind() == org.marsad.doc.TokenKind.ARABIC && next.clitics().pre().isEmpty()
          && !isFunctionPos(next.pos());
      if (content || next.kind() == org.marsad.doc.TokenKind.NUMBER) {
        return null; // "1990 مشتركا": a count
      }
    }
    int end = w.is(i + 1, "م", "ميلادي", "ميلاديه") ? i + 2 : i + 1;
    return Found.date(end, Timex.year(year));
  }

  private static final java.util.Set<String> NOT_YEAR_BEFORE = java.util.Set.of("الطريق", "طريق", "موديل",
      "طراز", "رقم", "الرقم", "القرار", "قرار", "المادة", "الماده", "ماده", "الرحله", "رحله", "الهاتف",
      "النسخه", "الاصدار", "اصدار", "البند", "المرسوم", "القانون", "قانون", "الغرفه", "الصفحه");

  private static boolean isFunctionPos(String pos) {
    if (pos == null) {
      return false;
    }
    switch (pos) {
      case "ADP": case "CCONJ": case "SCONJ": case "PART": case "DET": case "PRON": case "AUX": case "ADV":
        return true;
      default:
        return false;
    }
  }

  private static final Map<String, Integer> DECADES = Map.ofEntries(
      Map.entry("العشرينيات", 2), Map.entry("العشرينات", 2), Map.entry("الثلاثينيات", 3), Map.entry("الثلاثينات", 3),
      Map.entry("الاربعينيات", 4), Map.entry("الاربعينات", 4), Map.entry("الخمسينيات", 5), Map.entry("الخمسينات", 5),
      Map.entry("الستينيات", 6), Map.entry("الستينات", 6), Map.entry("السبعينيات", 7), Map.entry("السبعينات", 7),
      Map.entry("الثمانينيات", 8), Map.entry("الثمانينات", 8), Map.entry("التسعينيات", 9), Map.entry("التسعينات", 9));

  /** التسعينيات → 199 (twentieth-century decades), القرن العشرين → 19. */
  private Found decadeOrCentury(Words w, int i, LocalDate anchor) {
    String key = w.key(i);
    String bare = key.startsWith("ال") ? key : "ال" + key; // تسعينيات القرن الماضي
    Integer decade = DECADES.get(bare);
    if (decade != null) {
      int end = i + 1;
      if (w.is(end, "القرن") && w.is(end + 1, "الماضي", "العشرين")) {
        end += 2;
      }
      return Found.date(end, "19" + decade);
    }
    if (w.is(i, "القرن")) {
      OrdinalWords.Match ordinal = OrdinalWords.read(w.keys, i + 1);
      if (ordinal != null && ordinal.value() >= 1 && ordinal.value() <= 21) {
        return Found.date(i + 1 + ordinal.tokenCount(), String.format("%02d", ordinal.value() - 1));
      }
      Integer shift = TimeWords.PERIOD_SHIFT.get(w.key(i + 1));
      if (shift != null && anchor != null) {
        return Found.date(i + 2, String.format("%02d", anchor.getYear() / 100 + shift));
      }
    }
    return null;
  }

  // ---- relative expressions --------------------------------------------------------------------

  /** أمس، أول أمس، أول من أمس، البارحة، اليوم، غدا، بعد غد. */
  private Found relativeDay(Words w, int i, LocalDate anchor) {
    if (w.is(i, "الليله")) {
      int days = w.is(i + 1, "الماضيه", "البارحه") ? -1 : 0;
      String value = anchor == null ? null : Timex.day(anchor.plusDays(days)) + "TNI";
      return new Found(i + (days < 0 ? 2 : 1), "TIME", value, null);
    }
    int[] offset = relativeDayOffset(w, i);
    if (offset == null) {
      return null;
    }
    int end = i + offset[1];
    if (TimeWords.WEEKDAYS.containsKey(w.key(end)) && w.key(end).startsWith("ال")) {
      end++; // اليوم الجمعة، أمس السبت، غدا الثلاثاء
      Found explicit = explicitDate(w, end, anchor);
      if (explicit != null) {
        return explicit;
      }
    }
    return Found.date(end, anchor == null ? null : Timex.day(anchor.plusDays(offset[0])));
  }

  /** {offset in days, words used}, or null. */
  private static int[] relativeDayOffset(Words w, int i) {
    if (w.is(i, "امس", "الامس") && w.is(i + 1, "الاول")) {
      return new int[] {-2, 2};
    }
    if (w.is(i, "البارحه") && w.is(i + 1, "الاولي", "الاولى")) {
      return new int[] {-2, 2}; // "البارحة الأولى", the night before last: the Gulf's day before yesterday
    }
    if (w.is(i, "امس", "الامس", "البارحه")) {
      return new int[] {-1, 1};
    }
    if (w.is(i, "اول") && w.is(i + 1, "امس", "الامس")) {
      return new int[] {-2, 2};
    }
    if (w.is(i, "اول") && w.is(i + 1, "من") && w.is(i + 2, "امس")) {
      return new int[] {-2, 3}; // "أول من أمس", the day before yesterday
    }
    if (w.is(i, "بعد") && w.is(i + 1, "غد", "الغد")) {
      return new int[] {2, 2};
    }
    if (w.is(i, "غدا", "غد", "الغد", "بكرا", "بكره")) {
      return new int[] {1, 1};
    }
    if (w.is(i, "اليوم") && !w.is(i + 1, "العالمي", "الدولي", "الوطني", "السابع", "التالي", "الاول", "الثاني",
        "الاخير", "الذي")) {
      return new int[] {0, 1};
    }
    return null;
  }

  private static final Map<String, String> DAY_PARTS = Map.of(
      "صباح", "MO", "فجر", "MO", "ظهر", "12:00", "ظهيره", "12:00", "عصر", "AF", "مساء", "EV", "ليله", "NI",
      "ليل", "NI");

  /** صباح اليوم، مساء أمس، ليلة الجمعة: a part of a day. */
  private Found dayPart(Words w, int i, LocalDate anchor) {
    String part = DAY_PARTS.get(w.key(i));
    if (part == null) {
      return null;
    }
    Found day = dayOf(w, i + 1, anchor);
    if (day == null) {
      return null;
    }
    String value = day.value() == null ? null : day.value() + "T" + part;
    int end = day.end();
    return new Found(end, "TIME", value, null);
  }

  /** A day named at word i: أمس، اليوم (الجمعة)، الأحد (22 فيفري 2019)، 7 جانفي 2015 → its date (day precision). */
  private Found dayOf(Words w, int i, LocalDate anchor) {
    Found f = relativeDay(w, i, anchor);
    if (f == null && TimeWords.WEEKDAYS.containsKey(w.key(i)) && w.key(i).startsWith("ال")) {
      f = weekday(w, i, anchor);
    }
    if (f == null) {
      f = explicitDate(w, i, anchor);
    }
    if (f == null || !f.type().equals("DATE") || (f.value() != null && f.value().length() != 10)) {
      return null;
    }
    return f;
  }

  /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام، الأيام المقبلة. */
  private Found relativePeriod(Words w, int i, LocalDate anchor) {
    int j = i;
    Integer shift = null;
    if (w.is(j, "هذا", "هذه")) {
      shift = 0;
      j++;
    }
    TimeWords.Unit unit = TimeWords.UNITS.get(w.key(j));
    if (unit == null || !w.key(j).startsWith("ال")) {
      return null;
    }
    int end = j + 1;
    if (shift == null) {
      shift = TimeWords.PERIOD_SHIFT.get(w.key(j + 1));
      if (shift == null) {
        if (unit.count() == 0 && w.is(j + 1, "الاخيره", "الاخير")) {
          return Found.date(j + 2, Timex.PAST);
        }
        return null;
      }
      end = j + 2;
    }
    if (unit.count() != 1) { // الأيام المقبلة، السنوات الماضية، العامين الماضيين (a span back from now, not a year)
      return Found.date(end, shift < 0 ? Timex.PAST : shift > 0 ? Timex.FUTURE : Timex.PRESENT);
    }
    if (unit.code() == 'H' || unit.code() == 'm') {
      return null;
    }
    return Found.date(end, anchor == null ? null : Timex.shift(anchor, unit.code(), shift));
  }

  private static final Map<String, Integer> QUARTERS = Map.of("الاول", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4,
      "الاخير", 4);

  /** الربع الأول من العام الماضي → 2016-Q1; الربع الأخير (of the document's year) → Q4. */
  private Found quarter(Words w, int i, LocalDate anchor) {
    if (!w.is(i, "الربع") || !QUARTERS.containsKey(w.key(i + 1))) {
      return null;
    }
    int q = QUARTERS.get(w.key(i + 1));
    int end = i + 2;
    String year = anchor == null ? null : Timex.year(anchor.getYear());
    if (w.is(end, "من")) {
      Found inner = yearExpression(w, end + 1, anchor);
      if (inner == null) {
        inner = relativePeriod(w, end + 1, anchor);
      }
      if (inner == null && w.is(end + 1, "العام", "السنه")) {
        inner = Found.date(end + 2, year); // "من العام": this year
      }
      if (inner != null && (inner.value() == null || inner.value().length() == 4)) {
        year = inner.value();
        end = inner.end();
      }
    }
    return Found.date(end, year == null ? null : year + "-Q" + q);
  }

  /** منذ ثلاث سنوات، قبل يومين، بعد أسبوع, منذ سنوات. */
  private Found agoOrLater(Words w, int i, LocalDate anchor) {
    int direction;
    if (w.is(i, "منذ", "قبل")) {
      direction = -1;
    } else if (w.is(i, "بعد")) {
      direction = 1;
    } else {
      return null;
    }
    int[] amount = amount(w, i + 1);
    if (amount == null) {
      return null;
    }
    int end = amount[2];
    char unit = (char) amount[1];
    int of = w.is(end, "قليله", "قليل", "معدوده", "معدودات", "عديده") ? end + 1 : end; // "بعد ساعات قليلة من"
    if (!w.is(i, "منذ") && w.is(of, "من", "علي") && !w.is(of + 1, "الان", "اليوم")) {
      // "بعد يومين من المداهمات", "بعد أسبوع على مقتل 17 فلسطينيا": counted from an event, not from today
      return null;
    }
    if (amount[0] == 0 || unit == 'H' || unit == 'm') {
      return Found.date(end, direction < 0 ? Timex.PAST : Timex.FUTURE);
    }
    return Found.date(end, anchor == null ? null : Timex.shift(anchor, unit, direction * amount[0]));
  }

  /**
   * A count of calendar units at word i: "ثلاث سنوات", "3 أيام", "يومين", "عام" → {count (0 when
   * vague: "سنوات"), unit code, end}; or null.
   */
  private static int[] amount(Words w, int i) {
    int n = w.count(i);
    if (n > 0) {
      TimeWords.Unit unit = TimeWords.UNITS.get(w.key(i + 1));
      // "القرار 2254 عام 2015": a count is small, and a unit followed by a year names that year
      if (unit != null && !w.key(i + 1).startsWith("ال") && n < 1000 && w.number(i + 2) < 1000) {
        return new int[] {n, unit.code(), i + 2};
      }
      return null;
    }
    if (w.is(i, "عده", "بضعه", "بضع")) { // عدة أشهر، بضعة أيام: an unknown count
      TimeWords.Unit unit = TimeWords.UNITS.get(w.key(i + 1));
      return unit == null ? null : new int[] {0, unit.code(), i + 2};
    }
    TimeWords.Unit unit = TimeWords.UNITS.get(w.key(i));
    if (unit == null || w.key(i).startsWith("ال") || w.number(i + 1) >= 1000
        || (w.isPunct(i + 1, '(') && w.number(i + 2) >= 1000)) {
      return null; // "منذ عام 2014": the year, not "a year ago"
    }
    if (w.is(i - 1, "عده", "بضعه", "بضع")) {
      return null;
    }
    return new int[] {unit.count(), unit.code(), i + 1};
  }

  /** خلال أيام → FUTURE_REF, خلال الأيام الماضية → PAST_REF, خلال ثلاثة أيام → P3D. */
  private Found within(Words w, int i, LocalDate anchor) {
    if (!w.is(i, "خلال", "غضون", "في غضون")) {
      return null;
    }
    int j = i + 1;
    TimeWords.Unit plural = TimeWords.UNITS.get(w.key(j));
    // (a definite dual is a span like a plural: "خلال العامين الماضيين", "خلال اليومين المقبلين")
    if (plural != null && (plural.count() == 0 || plural.count() == 2 && w.key(j).startsWith("ال"))) {
      int k = (w.count(j + 1) > 0 || w.is(j + 1, "القليله")) && w.key(j).startsWith("ال") ? j + 1 : j; // الأيام الخمسة الماضية
      Integer shift = TimeWords.PERIOD_SHIFT.get(w.key(k + 1));
      if (w.key(j).startsWith("ال")) {
        if (shift == null) {
          return w.is(k + 1, "الاخيره") ? Found.date(k + 2, Timex.PAST) : null;
        }
        return Found.date(k + 2, shift < 0 ? Timex.PAST : Timex.FUTURE);
      }
      if (shift != null) {
        return Found.date(j + 2, shift < 0 ? Timex.PAST : Timex.FUTURE);
      }
      return Found.date(j + 1, Timex.FUTURE);
    }
    int[] amount = amount(w, j);
    if (amount != null && amount[0] > 0) {
      return new Found(amount[2], "DURATION", Timex.duration((char) amount[1], amount[0]), null);
    }
    return null;
  }

  /** يوم الأحد، الثلاثاء الماضي، الخميس المقبل; "يوم الأحد 15 يناير" takes the explicit date. */
  private Found weekday(Words w, int i, LocalDate anchor) {
    int j = i;
    boolean day = w.is(j, "يوم");
    if (day) {
      j++;
      Found date = dayMonthYear(w, j, anchor);
      if (date == null) {
        date = numericDate(w, j, anchor);
      }
      if (date != null) {
        return date; // يوم 19 مايو
      }
    }
    Integer weekday = TimeWords.WEEKDAYS.get(w.key(j));
    if (weekday == null || (!day && !w.key(j).startsWith("ال"))) {
      return null;
    }
    int end = j + 1;
    Found explicit = explicitDate(w, end, anchor);
    if (explicit != null) {
      return explicit;
    }
    Integer shift = TimeWords.PERIOD_SHIFT.get(w.key(end));
    boolean future = w.futureAt(i);
    boolean shifted = shift != null && shift != 0;
    if (shifted) {
      future = shift > 0;
      end++;
    }
    return Found.date(end, anchor == null ? null : Timex.day(Timex.weekday(anchor, weekday, future, shifted)));
  }

  /** A written-out date right after a weekday: "الجمعة 22 فيفري 2019", "الأربعاء، 28/3/2018". */
  private Found explicitDate(Words w, int i, LocalDate anchor) {
    int j = w.isPunct(i, ',') ? i + 1 : i;
    Found f = dayMonthYear(w, j, anchor);
    if (f == null) {
      f = numericDate(w, j, anchor);
    }
    if (f == null) {
      f = hijriDate(w, j, anchor);
    }
    return f;
  }

  // ---- times, durations, sets, vague references ------------------------------------------------

  private static final Map<String, Integer> CLOCK_HOURS = Map.ofEntries(
      Map.entry("الواحده", 1), Map.entry("الثانيه", 2), Map.entry("الثالثه", 3), Map.entry("الرابعه", 4),
      Map.entry("الخامسه", 5), Map.entry("السادسه", 6), Map.entry("السابعه", 7), Map.entry("الثامنه", 8),
      Map.entry("التاسعه", 9), Map.entry("العاشره", 10));

  /** الساعة العاشرة صباحا، الساعة 3 عصرا، الساعة الحادية عشرة والنصف، 10:30. */
  private Found clockTime(Words w, int i, LocalDate anchor) {
    int j = i;
    int hour;
    int minute = 0;
    if (w.is(i, "الساعه")) {
      j = i + 1;
      if (w.number(j) >= 0 && w.number(j) <= 24) {
        hour = w.number(j);
        j++;
      } else if (w.is(j, "الحاديه", "الثانيه") && w.is(j + 1, "عشره", "عشر")) {
        hour = w.is(j, "الحاديه") ? 11 : 12;
        j += 2;
      } else if (CLOCK_HOURS.containsKey(w.key(j))) {
        hour = CLOCK_HOURS.get(w.key(j));
        j++;
      } else {
        return null;
      }
    } else if (w.number(i) >= 0 && w.number(i) <= 24 && w.isPunct(i + 1, ':') && w.number(i + 2) >= 0
        && w.tokens.get(i + 2).text().length() == 2) {
      hour = w.number(i);
      j = i + 1;
    } else {
      return null;
    }
    if (w.isPunct(j, ':') && w.number(j + 1) >= 0 && w.number(j + 1) < 60) {
      minute = w.number(j + 1);
      j += 2;
    } else if (w.key(j).startsWith("و") && minutes(w, j) > 0 && w.is(j + 1, "دقائق", "دقيقه")) {
      minute = minutes(w, j); // وسبع دقائق
      j += 2;
    } else if (w.is(j, "والنصف")) {
      minute = 30;
      j++;
    } else if (w.is(j, "والربع")) {
      minute = 15;
      j++;
    } else if (w.is(j, "الا") && w.is(j + 1, "ربعا", "ربع")) {
      minute = 45;
      hour -= 1;
      j += 2;
    }
    if (w.is(j, "صباحا", "فجرا")) {
      j++;
    } else if (w.is(j, "ظهرا")) {
      if (hour < 12 && hour != 0 && hour < 6) {
        hour += 12;
      }
      j++;
    } else if (w.is(j, "عصرا", "مساء", "مساءا", "ليلا")) {
      if (hour < 12 && !(w.is(j, "ليلا") && hour < 5)) {
        hour += 12;
      }
      j++;
    }
    // the day it is on: "من مساء الثلاثاء 4 آب 2020", "صباح الأحد", "مساء أمس", "اليوم"
    int k = w.is(j, "من") ? j + 1 : j;
    String part = DAY_PARTS.get(w.key(k));
    Found day = dayOf(w, part == null ? k : k + 1, anchor);
    if (part != null && day == null && w.is(k + 1, "اليوم")) {
      day = relativeDay(w, k + 1, anchor);
    }
    if (day != null || (part != null && k == j)) {
      if (part != null && hour < 12 && (part.equals("EV") || part.equals("AF") || (part.equals("NI") && hour >= 6))) {
        hour += 12;
      }
      j = day != null ? day.end() : k + 1;
    }
    if (w.is(j, "بتوقيت") && j + 1 < w.size()) {
      j += w.is(j + 1, "غرينتش", "جرينتش") || w.key(j + 1).startsWith("ال") ? 2 : 1;
    }
    if (hour < 0 || hour > 24) {
      return null;
    }
    if (day != null && day.value() != null) {
      return new Found(j, "TIME", String.format("%sT%02d:%02d", day.value(), hour % 24, minute), null);
    }
    String value = anchor == null ? null : String.format("%sT%02d:%02d", Timex.day(anchor), hour % 24, minute);
    return new Found(j, "TIME", value, null, true);
  }

  private static int minutes(Words w, int j) {
    if (w.hasProclitic(j) && w.count(j) > 0) {
      return w.count(j) < 60 ? w.count(j) : -1;
    }
    Double n = org.marsad.text.NumberWords.value(w.tokens.get(j).norm().substring(1));
    return n == null || n >= 60 ? -1 : n.intValue();
  }

  private static final List<String> DURATION_INTRODUCERS = List.of("لمده", "مده", "طيله", "طوال", "قرابه", "نحو");

  /** لمدة ثلاثة أيام، عامين، 30 عاما، لساعات. */
  private Found duration(Words w, int i, LocalDate anchor) {
    int j = i;
    if (DURATION_INTRODUCERS.contains(w.key(i)) || (w.is(i, "علي") && w.is(i + 1, "مدي", "مدار"))) {
      j = w.is(i, "علي") ? i + 2 : i + 1;
    }
    if (j == i && w.tokens.get(i).clitics().pre().contains("ل")) {
      TimeWords.Unit unit = TimeWords.UNITS.get(w.key(i));
      if (unit != null && unit.count() == 0 && !w.key(i).startsWith("ال")) {
        return new Found(i + 1, "DURATION", Timex.duration(unit.code(), 0), null); // لساعات، لسنوات
      }
    }
    int[] amount = amount(w, j);
    if (amount == null) {
      return null;
    }
    boolean vagueCount = w.is(j, "عده", "بضعه", "بضع");
    if (j == i && w.count(i) < 0 && amount[0] != 2 && !vagueCount
        && !(amount[0] == 1 && (char) amount[1] == 'X' && w.is(amount[2], "كامل"))) {
      return null; // a lone "عام" or "سنوات" is a duration only after لمدة/طيلة …; the dual "عامين" is one by itself
    }
    if (w.is(amount[2], "كامل", "كامله")) {
      amount[2]++;
    }
    if (w.is(amount[2], "ونصف") && amount[0] > 0 && ((char) amount[1] == 'Y' || (char) amount[1] == 'H')) {
      String half = (char) amount[1] == 'Y' ? "P" + amount[0] + "Y6M" : "PT" + amount[0] + "H30M";
      return new Found(amount[2] + 1, "DURATION", half, null); // ثلاث سنوات ونصف
    }
    if (TimeWords.PERIOD_SHIFT.containsKey(w.key(amount[2]))) {
      return null; // "ثلاثة أيام الماضية" is handled as a period
    }
    return new Found(amount[2], "DURATION", Timex.duration((char) amount[1], amount[0]), null);
  }

  /** كل عام، كل يوم جمعة، سنويا، شهريا، أسبوعيا، يوميا. */
  private Found set(Words w, int i, LocalDate anchor) {
    switch (w.key(i)) {
      case "سنويا":
        return new Found(i + 1, "SET", "P1Y", null);
      case "شهريا":
        return new Found(i + 1, "SET", "P1M", null);
      case "اسبوعيا":
        return new Found(i + 1, "SET", "P1W", null);
      case "يوميا":
        return new Found(i + 1, "SET", "P1D", null);
      default:
        break;
    }
    if (!w.is(i, "كل")) {
      return null;
    }
    int j = i + 1;
    if (w.is(j, "يوم")) {
      Integer weekday = TimeWords.WEEKDAYS.get(w.key(j + 1));
      if (weekday != null) {
        return new Found(j + 2, "SET", "XXXX-WXX-" + weekday, null);
      }
    }
    Integer weekday = TimeWords.WEEKDAYS.get(w.key(j));
    if (weekday != null) {
      return new Found(j + 1, "SET", "XXXX-WXX-" + weekday, null);
    }
    int[] amount = amount(w, j);
    if (amount != null && amount[0] > 1) {
      return new Found(amount[2], "SET", Timex.duration((char) amount[1], amount[0]), null); // كل ستة أسابيع
    }
    TimeWords.Unit unit = TimeWords.UNITS.get(w.key(j));
    if (unit == null || unit.count() != 1 || w.key(j).startsWith("ال")) {
      return null;
    }
    return new Found(j + 1, "SET", Timex.duration(unit.code(), 1), null);
  }

  /** حاليا، الآن، في الوقت الراهن، مؤخرا، سابقا، في الماضي، قريبا، في المستقبل. */
  private Found vague(Words w, int i, LocalDate anchor) {
    switch (w.key(i)) {
      case "حاليا": case "الان": case "راهنا":
        return Found.date(i + 1, Timex.PRESENT);
      case "مءخرا": case "سابقا": // مؤخرا, search-normalised
        return Found.date(i + 1, Timex.PAST);
      case "قريبا": case "مستقبلا": case "لاحقا":
        return Found.date(i + 1, Timex.FUTURE);
      case "الوقت":
        if (w.is(i + 1, "الحالي", "الراهن")) {
          return Found.date(i + 2, Timex.PRESENT);
        }
        return null;
      case "وقت":
        if (w.is(i + 1, "لاحق")) {
          return Found.date(i + 2, Timex.FUTURE);
        }
        return w.is(i + 1, "سابق") ? Found.date(i + 2, Timex.PAST) : null;
      case "الاونه":
      case "الفتره":
        if (w.is(i + 1, "الاخيره", "الماضيه")) {
          return Found.date(i + 2, Timex.PAST);
        }
        return w.is(i + 1, "المقبله", "القادمه") ? Found.date(i + 2, Timex.FUTURE) : null;
      case "الماضي":
        return w.is(i - 1, "في") ? Found.date(i + 1, Timex.PAST) : null;
      case "المستقبل":
        return w.is(i - 1, "في") ? Found.date(i + 1, Timex.FUTURE) : null;
      default:
        return null;
    }
  }

  /** The longest phrase of {@code table} starting at word i: {value, words}; or null. */
  private static int[] phrase(Words w, int i, Map<List<String>, Integer> table) {
    if (!TimeWords.MONTH_STARTS.contains(w.key(i))) {
      return null; // every table here holds month names: no list look-ups where none can start
    }
    for (int length = 2; length >= 1; length--) {
      if (i + length > w.size()) {
        continue;
      }
      Integer v = table.get(w.keys.subList(i, i + length));
      if (v != null) {
        return new int[] {v, length};
      }
    }
    return null;
  }
}
