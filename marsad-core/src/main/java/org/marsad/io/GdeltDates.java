package org.marsad.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The date and time columns of the GDELT tables, in GDELT's integer-like formats. */
final class GdeltDates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long QUARTER_HOUR = 15 * 60;

  private GdeltDates() {}

  /** {@code Day}: YYYYMMDD. */
  static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** {@code MonthYear}: YYYYMM. */
  static String monthYear(LocalDate date) {
    return String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue());
  }

  /** {@code Year}: YYYY. */
  static String year(LocalDate date) {
    return String.format(Locale.ROOT, "%04d", date.getYear());
  }

  /**
   * {@code FractionDate}: YYYY.FFFF with FFFF = ((month − 1) × 30 + day) / 365. The codebook writes
   * "MONTH * 30", but GDELT's own rows use month − 1 (20041126 → 2004.8932, 20131124 → 2013.8877),
   * and only that keeps late December below the next year.
   */
  static String fractionDate(LocalDate date) {
    double fraction = ((date.getMonthValue() - 1) * 30 + date.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", date.getYear() + fraction);
  }

  /**
   * {@code DATEADDED}, {@code EventTimeDate}, {@code MentionTimeDate}: YYYYMMDDHHMMSS in UTC, rounded
   * down to the quarter hour like GDELT's 15-minute update batches: loaders may expect it, and an
   * events file and a mentions file written a few minutes apart then usually carry the same stamp.
   */
  static String batch(Instant time) {
    long seconds = Math.floorDiv(time.getEpochSecond(), QUARTER_HOUR) * QUARTER_HOUR;
    return STAMP.format(Instant.ofEpochSecond(seconds));
  }
}
