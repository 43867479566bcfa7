package org.actorgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.text.LeadLines;

/**
 * Turns the date strings found in article metadata into ISO dates as precise as given, and finds an
 * article's date where no metadata gives one: in its address ({@code /2024/03/15/}, {@code
 * -20240315}) or in the dateline or date line that opens its text ("Port Aster, March 3, 2024
 * (Agency) -", "March 3 (Agency) -" with the year from the address, "03 Mar 2024").
 */
public final class Dates {

  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
  private static final Pattern URL_DAY =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d\\d)([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/");
  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** "March 3, 2024", "Mar. 3", "3 March 2024" near the start of the text. */
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d\\d))?");

  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? ((?:19|20)\\d\\d)\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** How far into the text a dateline's date may stand. */
  private static final int DATELINE_CHARS = 80;

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

  /**
   * The article's date: {@code given} (from metadata) when present, else the most precise of the
   * date in its address and the date its text opens with.
   */
  public static Optional<String> published(
      Optional<String> given, Optional<String> url, String body) {
    if (given.isPresent()) {
      return given;
    }
    Optional<String> fromUrl = url.flatMap(Dates::fromUrl);
    if (fromUrl.isPresent() && fromUrl.get().length() == 10) {
      return fromUrl;
    }
    Optional<String> fromText = fromDateline(body, fromUrl.map(d -> d.substring(0, 4)));
    return fromText.isPresent() ? fromText : fromUrl;
  }

  /** {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy} written in an article's address. */
  public static Optional<String> fromUrl(String url) {
    Matcher day = URL_DAY.matcher(url);
    while (day.find()) {
      String iso = day.group(1) + "-" + day.group(3) + "-" + day.group(4);
      if (valid(iso)) {
        return Optional.of(iso);
      }
    }
    Matcher month = URL_MONTH.matcher(url);
    if (month.find()) {
      return Optional.of(month.group(1) + "-" + month.group(2));
    }
    Matcher year = URL_YEAR.matcher(url);
    return year.find() ? Optional.of(year.group(1)) : Optional.empty();
  }

  /**
   * The date in the first {@value #DATELINE_CHARS} characters of the text, or else of the line
   * after its headline, where a dateline may stand ({@link LeadLines}): "March 3, 2024", "3 March
   * 2024", or "March 3" with the year {@code year} when known.
   */
  public static Optional<String> fromDateline(String body, Optional<String> year) {
    Optional<String> first = dateIn(body, 0, year);
    int line = LeadLines.datelineStart(body);
    return first.isPresent() || line == 0 ? first : dateIn(body, line, year);
  }

  private static Optional<String> dateIn(String body, int from, Optional<String> year) {
    String head = body.substring(from, Math.min(body.length(), from + DATELINE_CHARS));
    Matcher dm = DAY_MONTH.matcher(head);
    if (dm.find()) {
      return iso(dm.group(3), dm.group(2), dm.group(1));
    }
    Matcher md = MONTH_DAY.matcher(head);
    if (md.find()) {
      Optional<String> y = Optional.ofNullable(md.group(3)).or(() -> year);
      return y.flatMap(yyyy -> iso(yyyy, md.group(1), md.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<String> iso(String year, String month, String day) {
    int m = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    String iso = String.format(Locale.ROOT, "%s-%02d-%02d", year, m, Integer.parseInt(day));
    return m > 0 && valid(iso) ? Optional.of(iso) : Optional.empty();
  }

  private static boolean valid(String iso) {
    try {
      LocalDate.parse(iso);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
