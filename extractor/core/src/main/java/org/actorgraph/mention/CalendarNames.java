package org.actorgraph.mention;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The English names of the months and days, as written in text ("May", "Friday"). */
final class CalendarNames {

  /** The twelve months' full names: "January" ... "December". */
  static final Set<String> MONTHS =
      Arrays.stream(Month.values())
          .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.toUnmodifiableSet());

  /** The days' and the months' full names: "Monday" ... "Sunday", "January" ... "December". */
  static final Set<String> DAYS_AND_MONTHS =
      Stream.concat(
              Arrays.stream(DayOfWeek.values())
                  .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
              MONTHS.stream())
          .collect(Collectors.toUnmodifiableSet());

  private CalendarNames() {}
}
