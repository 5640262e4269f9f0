package org.marsad.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** TIMEX3 values and the calendar arithmetic behind them. */
final class Timex {
  private Timex() {}

  static final String PAST = "PAST_REF";
  static final String PRESENT = "PRESENT_REF";
  static final String FUTURE = "FUTURE_REF";
  private static final long JULIAN_DAY_OF_EPOCH = 2440588;

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The date {@code n} units (D, W, M, Y, X = decade) after {@code anchor}, at that unit's granularity. */
  static String shift(LocalDate anchor, char unit, int n) {
    switch (unit) {
      case 'D':
        return day(anchor.plusDays(n));
      case 'W':
        return week(anchor.plusWeeks(n));
      case 'M': {
        LocalDate d = anchor.plusMonths(n);
        return month(d.getYear(), d.getMonthValue());
      }
      case 'Y':
        return year(anchor.getYear() + n);
      case 'X':
        return year(anchor.getYear() + 10 * n);
      default:
        return n < 0 ? PAST : FUTURE;
    }
  }

  /** A duration value: P3D, P2W, P6M, P3Y, PT5H, PT30M; X (vague) for an unknown count. */
  static String duration(char unit, int n) {
    String count = n <= 0 ? "X" : Integer.toString(n);
    switch (unit) {
      case 'H':
        return "PT" + count + "H";
      case 'm':
        return "PT" + count + "M";
      case 'X':
        return n <= 0 ? "PXE" : "P" + (10 * n) + "Y";
      default:
        return "P" + count + unit;
    }
  }

  /**
   * The year of a month named without one: the occurrence nearest the anchor (January named in
   * late December is next month, not eleven months ago); at six months either way the tense decides.
   */
  static int nearestYearOfMonth(LocalDate anchor, int month, boolean future) {
    int diff = month - anchor.getMonthValue(); // -11 … 11
    if (diff > 6 || (diff == 6 && !future)) {
      return anchor.getYear() - 1;
    }
    if (diff < -6 || (diff == -6 && future)) {
      return anchor.getYear() + 1;
    }
    return anchor.getYear();
  }

  /** The weekday (ISO 1 = Monday) nearest the anchor: before it for past events, after it for future ones. */
  static LocalDate weekday(LocalDate anchor, int isoDay, boolean future, boolean shifted) {
    // (the publication day's own weekday is that day: news dated a Tuesday writes "الثلاثاء" for today,
    // "سيطر الجيش … الثلاثاء"; a week back or ahead says so, "الجمعة الماضي" / "الجمعة المقبل")
    int today = anchor.getDayOfWeek().getValue();
    int sameDay = shifted ? 7 : 0;
    if (future) {
      int ahead = (isoDay - today + 7) % 7;
      return anchor.plusDays(ahead == 0 ? sameDay : ahead);
    }
    int back = (today - isoDay + 7) % 7;
    return anchor.minusDays(back == 0 ? sameDay : back);
  }

  /** Gregorian date of a Hijri date, by the Umm al-Qura calendar (ICU4J). */
  static LocalDate fromHijri(int year, int month, int day) {
    IslamicCalendar calendar = new IslamicCalendar();
    calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    calendar.clear();
    calendar.set(Calendar.EXTENDED_YEAR, year);
    calendar.set(Calendar.MONTH, month - 1);
    calendar.set(Calendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
  }

  static String hijri(int year, int month, int day) {
    if (month == 0) {
      return year(year);
    }
    return day == 0 ? month(year, month) : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
