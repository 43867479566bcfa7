package org.actorgraph.relate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.ingest.Article;

/**
 * Normalises the date phrases of news against the article's date: "on Wednesday" (the last
 * Wednesday on or before it; the next one after "will", "due to", "next", or when it is the day
 * after the article date, which is then often in a time zone behind the event's), "in March" (the
 * last March not after it), "August 26", "February 19th", "19 February" (the last such day), "last
 * month", "last year", "this month", "earlier this year", "two years ago", and explicit "March
 * 2024" or "12 March 2024" / "March 12, 2024". The article's date is its publication date, or one
 * written in its address. Deadlines ("by the end of February") and entries into force still to come
 * ("takes effect on 1 January") are not dates of the deed.
 */
final class RelativeDates {

  /**
   * Month names, and the abbreviations with a full stop that news agencies write before a day (AP
   * Stylebook, months: "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."; Reuters also
   * "Sep."). An abbreviation without its full stop is left out: "Jan" is as often a given name.
   */
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";

  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "\\b(?:(\\d{1,2})"
              + ORDINAL
              + " (?:of )?)?("
              + MONTHS
              + ")(?: (\\d{1,2})"
              + ORDINAL
              + ",?)? (\\d{4})\\b");
  private static final Pattern IN_MONTH =
      Pattern.compile("\\b(?:in|In|since|Since) (" + MONTHS + ")(?!\\w)");

  /** {@code in 2019}: a year alone, the least precise date, read when no other is given. */
  private static final Pattern IN_YEAR =
      Pattern.compile("\\b(?:in|In|since|Since) ((?:19|20)\\d\\d)\\b(?!-)");

  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2})" + ORDINAL + "\\b(?!,? \\d{4})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})" + ORDINAL + " (?:of )?(" + MONTHS + ")(?!\\w)(?!,? \\d{4})");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<!\\d)(20\\d\\d|19\\d\\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:on |On )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** How many characters before a weekday a future word may stand. */
  private static final int FUTURE_REACH = 25;

  /**
   * How far before a month a future word puts it ahead: a clause's verb and its object ("would sign
   * a memorandum on energy cooperation in April").
   */
  private static final int MONTH_FUTURE_REACH = 80;

  private RelativeDates() {}

  /**
   * The article's date: its publication date when known to the day, else a date written in its
   * address ({@code /2022/08/27/}, {@code -20240619.htm}).
   */
  static Optional<LocalDate> articleDate(Article article) {
    Optional<LocalDate> published =
        article.published().filter(d -> d.length() == 10).flatMap(RelativeDates::parse);
    if (published.isPresent()) {
      return published;
    }
    return article
        .url()
        .flatMap(
            url -> {
              Matcher m = URL_DATE.matcher(url);
              return m.find()
                  ? parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
                  : Optional.empty();
            });
  }

  private static Optional<LocalDate> parse(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A speech verb and its date: the day something was said, not the day it was done. "Announced"
   * with its object right after the date ("announced Friday an agreement") dates the announcing of
   * that object, which is an event, not a report.
   */
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:said|says|told|announced|reported|added|stated|confirmed)(?: \\w+)?"
              + " (?:on |late |early )?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
              + "|today|yesterday)(?: \\((?:"
              + MONTHS
              + ") \\d{1,2}\\))?"
              + "(?!(?<=announced[^,;.]{1,30}) (?:an?|the|their|its|his|her) )");

  /**
   * A deadline ("by the end of February 2025", "before March", "within 4 months"): when something
   * is due, not when the agreement was made.
   */
  private static final Pattern DEADLINE =
      Pattern.compile(
          "\\b(?:by|until|till|before|within|no later than)(?: the (?:end|middle|start|beginning)"
              + " of)?(?: early| mid-?| late)? (?:(?:\\d{1,2}"
              + ORDINAL
              + " )?(?:"
              + MONTHS
              + ")(?: \\d{1,2}"
              + ORDINAL
              + ",?)?(?: \\d{4})?|\\d{4}|(?:this|next) (?:week|month|year))");

  /**
   * An entry into force still to come ("takes effect on 1 January", "will enter into force in
   * April", "due to come into force next month"), to the end of its clause: when the agreement will
   * apply, not when it was made. One that has come ("took effect on Jan. 1") stays a date.
   */
  private static final Pattern EFFECT =
      Pattern.compile(
          "\\b(?:takes?|comes?|enters?|goes?) (?:effect|into force|into effect)\\b.*?(?=[,;]|\\.(?:\\s|$)| and | but |$)");

  /** A word before a weekday that puts it ahead of the article date: "will sign on Friday". */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|would|shall|due to|expected to|set to|plans? to|planned to|scheduled to|next)\\b");

  /**
   * The first date the text states for what was done, as precise as it says, or empty. The date of
   * a report ("said on Saturday (August 27)") is passed over: it dates the telling.
   */
  static Optional<String> find(String text, Optional<LocalDate> articleDate) {
    String deeds = REPORTED.matcher(text).replaceAll(" ");
    deeds = EFFECT.matcher(deeds).replaceAll(" ");
    return first(DEADLINE.matcher(deeds).replaceAll(" "), articleDate);
  }

  /** The date of a report ("X said on Thursday"), when the text gives no other date. */
  static Optional<String> reported(String text, Optional<LocalDate> articleDate) {
    Matcher m = REPORTED.matcher(text);
    return m.find() ? first(m.group(), articleDate) : Optional.empty();
  }

  private static Optional<String> first(String text, Optional<LocalDate> articleDate) {
    Matcher m = EXPLICIT.matcher(text);
    if (m.find()) {
      Month month = month(m.group(2));
      int year = Integer.parseInt(m.group(4));
      String day = m.group(1) != null ? m.group(1) : m.group(3);
      if (day != null) {
        int d = Integer.parseInt(day);
        if (d >= 1 && d <= YearMonth.of(year, month).lengthOfMonth()) {
          return Optional.of(LocalDate.of(year, month, d).toString());
        }
      }
      return Optional.of(YearMonth.of(year, month).toString());
    }
    if (articleDate.isEmpty()) {
      return year(text);
    }
    LocalDate base = articleDate.get();
    m = MONTH_DAY.matcher(text);
    Matcher dm = DAY_MONTH.matcher(text);
    boolean monthDay = m.find();
    boolean dayMonth = dm.find();
    if (monthDay || dayMonth) {
      boolean md = monthDay && (!dayMonth || m.start() < dm.start());
      Month month = month(md ? m.group(1) : dm.group(2));
      int day = Integer.parseInt(md ? m.group(2) : dm.group(1));
      int year = year(month, base, ahead(text, md ? m.start() : dm.start(), MONTH_FUTURE_REACH));
      if (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
        return Optional.of(LocalDate.of(year, month, day).toString());
      }
    }
    if (text.contains("last month")) {
      return Optional.of(YearMonth.from(base).minusMonths(1).toString());
    }
    if (text.contains("this month")) {
      return Optional.of(YearMonth.from(base).toString());
    }
    if (text.contains("last week")) {
      // the month most of last week's days fall in: that of its Thursday (as ISO 8601 gives a
      // week to the year of its Thursday)
      LocalDate thursday = base.minusWeeks(1).with(DayOfWeek.THURSDAY);
      return Optional.of(YearMonth.from(thursday).toString());
    }
    if (text.contains("this week")) {
      return Optional.of(YearMonth.from(base).toString());
    }
    if (text.contains("last year")) {
      return Optional.of(Integer.toString(base.getYear() - 1));
    }
    if (text.contains("earlier this year")) {
      return Optional.of(Integer.toString(base.getYear()));
    }
    m = AGO.matcher(text);
    if (m.find()) {
      return Optional.of(ago(m, base));
    }
    m = IN_MONTH.matcher(text);
    if (m.find()) {
      Month month = month(m.group(1));
      int year = year(month, base, ahead(text, m.start(), MONTH_FUTURE_REACH));
      return Optional.of(YearMonth.of(year, month).toString());
    }
    m = WEEKDAY.matcher(text);
    if (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      boolean ahead =
          ahead(text, m.start(), FUTURE_REACH) || base.plusDays(1).getDayOfWeek() == day;
      LocalDate d = base;
      while (d.getDayOfWeek() != day) {
        d = ahead ? d.plusDays(1) : d.minusDays(1);
      }
      return Optional.of(d.toString());
    }
    return year(text);
  }

  /**
   * "two years ago", "a decade ago", "three months ago": a time counted back from the article's
   * date, as precise as its unit (days a day; weeks and months a month; years and decades a year).
   */
  private static final Pattern AGO =
      Pattern.compile(
          "\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})"
              + " (day|week|month|year|decade)s? ago\\b");

  private static final List<String> NUMBER_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private static String ago(Matcher m, LocalDate base) {
    String n = m.group(1);
    int count =
        n.matches("\\d+")
            ? Integer.parseInt(n)
            : n.startsWith("a") ? 1 : NUMBER_WORDS.indexOf(n) + 1;
    return switch (m.group(2)) {
      case "day" -> base.minusDays(count).toString();
      case "week" -> YearMonth.from(base.minusWeeks(count)).toString();
      case "month" -> YearMonth.from(base).minusMonths(count).toString();
      case "year" -> Integer.toString(base.getYear() - count);
      default -> Integer.toString(base.getYear() - 10 * count);
    };
  }

  /** Whether a future word stands in the text: "will sign", "expected to", "next week". */
  static boolean future(String text) {
    return FUTURE.matcher(text).find();
  }

  /** Whether a future word comes at most {@code reach} characters before {@code at}. */
  private static boolean ahead(String text, int at, int reach) {
    return FUTURE.matcher(text.substring(Math.max(0, at - reach), at)).find();
  }

  /**
   * The year of a month named without one: the latest such month up to the article's, or, for what
   * is still to come, the next from the article's on ("would sign in April", written in March).
   */
  private static int year(Month month, LocalDate base, boolean ahead) {
    if (ahead) {
      return month.getValue() >= base.getMonthValue() ? base.getYear() : base.getYear() + 1;
    }
    return month.getValue() <= base.getMonthValue() ? base.getYear() : base.getYear() - 1;
  }

  /** A month's name or abbreviation ("Sept.") as a month. */
  private static Month month(String name) {
    String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("month '" + name + "' is no month");
  }

  private static Optional<String> year(String text) {
    Matcher m = IN_YEAR.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
