package org.actorgraph.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The days a date of some precision covers: {@code 2025} is 2025-01-01 to 2025-12-31, {@code
 * 2025-03} the whole of March, {@code 2025-03-14} that day. Both ends are inclusive.
 */
public record DateInterval(LocalDate start, LocalDate end) {

  public DateInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end (" + end + ") before start (" + start + ")");
    }
  }

  /**
   * Reads the lexical form of an {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}
   * (also an {@code xsd:dateTime}, by its day); returns null for anything else.
   */
  public static DateInterval parse(String lexical) {
    String s = lexical.trim();
    try {
      if (s.matches("-?\\d{4}")) {
        int year = Integer.parseInt(s);
        return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(s);
        return new DateInterval(m.atDay(1), m.atEndOfMonth());
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        LocalDate day = LocalDate.parse(s.substring(0, 10));
        return new DateInterval(day, day);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** The smallest interval that holds both. */
  public DateInterval span(DateInterval other) {
    if (other == null) {
      return this;
    }
    LocalDate s = other.start.isBefore(start) ? other.start : start;
    LocalDate e = other.end.isAfter(end) ? other.end : end;
    return new DateInterval(s, e);
  }

  /** Whether some day lies in both this interval and {@code [from, to]} (null: open). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
  }
}
