package org.actorgraph.server.explore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.text.DateInterval;

/**
 * Which facts the graph page shows: relation kinds and CAMEO root codes (empty: all), a minimum
 * confidence and a date range (null ends: open). A fact with a date range set is kept when the days
 * its date covers (a month for {@code 2025-03}) overlap the range; its date is the one the text
 * gives, else its article's publication date; a fact with neither is dropped when a range is set.
 *
 * <p>Request values are checked against fixed forms here ({@link #parse}) and never reach a query.
 */
record NetworkFilter(
    Set<String> kinds, Set<String> cameo, double minConfidence, LocalDate from, LocalDate to) {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern CAMEO_ROOT = Pattern.compile("(0[1-9]|1[0-9]|20)");

  /** Everything. */
  static final NetworkFilter ALL = new NetworkFilter(Set.of(), Set.of(), 0, null, null);

  NetworkFilter {
    kinds = Set.copyOf(kinds);
    cameo = Set.copyOf(cameo);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException(
          "minConfidence: expected 0..1 (found " + minConfidence + ")");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") before from (" + from + ")");
    }
  }

  /**
   * Reads {@code kinds} and {@code cameo} (comma-separated), {@code minConfidence}, {@code from}
   * and {@code to} ({@code yyyy-mm-dd}) from request parameters; absent or blank means no limit.
   *
   * @throws IllegalArgumentException naming the parameter and the value that is not allowed
   */
  static NetworkFilter parse(Function<String, String> parameter) {
    Set<String> kinds = new LinkedHashSet<>();
    for (String k : list(parameter.apply("kinds"))) {
      kinds.add(
          RelationKind.byId(k)
              .orElseThrow(() -> new IllegalArgumentException("kinds: unknown kind '" + k + "'"))
              .id());
    }
    Set<String> cameo = new LinkedHashSet<>();
    for (String c : list(parameter.apply("cameo"))) {
      if (!CAMEO_ROOT.matcher(c).matches()) {
        throw new IllegalArgumentException("cameo: expected root codes 01..20 (found '" + c + "')");
      }
      cameo.add(c);
    }
    String min = parameter.apply("minConfidence");
    double confidence = 0;
    if (min != null && !min.isBlank()) {
      try {
        confidence = Double.parseDouble(min.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "minConfidence: expected a number (found '" + min + "')");
      }
    }
    return new NetworkFilter(
        kinds,
        cameo,
        confidence,
        day("from", parameter.apply("from")),
        day("to", parameter.apply("to")));
  }

  private static Set<String> list(String value) {
    Set<String> out = new LinkedHashSet<>();
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": expected yyyy-mm-dd (found '" + value + "')");
    }
  }

  /** Whether the page shows {@code fact}. */
  boolean accepts(FactLink fact) {
    if (!kinds.isEmpty() && !kinds.contains(fact.kind())) {
      return false;
    }
    if (!cameo.isEmpty()
        && RelationKind.INTERACTION.id().equals(fact.kind())
        && (fact.cameo() == null || !cameo.contains(fact.cameo()))) {
      return false;
    }
    if (minConfidence > 0 && !(fact.confidence() >= minConfidence)) {
      return false;
    }
    if (from == null && to == null) {
      return true;
    }
    Optional<LocalDate[]> days = days(fact.when());
    return days.isPresent()
        && (from == null || !days.get()[1].isBefore(from))
        && (to == null || !days.get()[0].isAfter(to));
  }

  /**
   * The first and last day that an ISO date of year, month or day precision covers (a time zone or
   * time after it is ignored) ({@code 2025}: 2025-01-01 to 2025-12-31); empty for anything else.
   */
  static Optional<LocalDate[]> days(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    Matcher date = ISO_DATE.matcher(iso);
    if (!date.lookingAt()) {
      return Optional.empty();
    }
    DateInterval d = DateInterval.parse(date.group());
    return d == null ? Optional.empty() : Optional.of(new LocalDate[] {d.start(), d.end()});
  }
}
