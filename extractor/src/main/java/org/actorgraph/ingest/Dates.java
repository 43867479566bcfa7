package org.actorgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the date strings found in article metadata into ISO dates as precise as given. */
public final class Dates {

  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private Dates() {}

  /**
   * {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} from the start of {@code raw} (an ISO date
   * or date-time), or empty when it does not start with one.
   */
  public static Optional<String> isoPrefix(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate().toString());
    } catch (DateTimeParseException e) {
      // not a full timestamp; fall through to the prefix forms
    }
    var m = ISO_PREFIX.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String date = m.group();
    if (date.length() == 10) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.of(date);
  }
}
