package org.actorgraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What to export: which kinds of relationship, which CAMEO root categories of interaction, how
 * confident a fact must be, which dates, and optionally only one actor's neighbourhood.
 *
 * @param kinds the relation kinds to keep; empty keeps all
 * @param cameoRoots two-digit CAMEO roots ({@code "01"} to {@code "20"}) of the interactions to
 *     keep; empty keeps all. Other kinds are not affected (restrict them with {@code kinds}).
 * @param minConfidence the lowest confidence a fact may have (0 to 1)
 * @param from keep facts dated on or after this day (null: no bound)
 * @param to keep facts dated on or before this day (null: no bound). With either bound, facts with
 *     no date of their own nor a published article are left out.
 * @param actor an actor's IRI or name (label or alias), or null for the whole graph
 * @param depth with {@code actor}: keep the actors at most this many relationships away (1 to 10)
 */
public record ExportFilter(
    Set<RelationKind> kinds,
    Set<String> cameoRoots,
    double minConfidence,
    LocalDate from,
    LocalDate to,
    String actor,
    int depth) {

  /** The largest neighbourhood depth accepted. */
  public static final int MAX_DEPTH = 10;

  /** No filter: the whole graph. */
  public static final ExportFilter NONE =
      new ExportFilter(Set.of(), Set.of(), 0.0, null, null, null, 1);

  /** The filter options, with their names on the command line and in a URL's query string. */
  public enum Option {
    KINDS("--kinds", "kinds"),
    CAMEO("--cameo", "cameo"),
    MIN_CONFIDENCE("--min-confidence", "minConfidence"),
    FROM("--from", "from"),
    TO("--to", "to"),
    ACTOR("--actor", "actor"),
    DEPTH("--depth", "depth");

    private final String cli;
    private final String http;

    Option(String cli, String http) {
      this.cli = cli;
      this.http = http;
    }

    /** The command line option, e.g. {@code --min-confidence}. */
    public String cli() {
      return cli;
    }

    /** The query string parameter, e.g. {@code minConfidence}. */
    public String http() {
      return http;
    }
  }

  public ExportFilter {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    cameoRoots = Set.copyOf(cameoRoots);
    for (String root : cameoRoots) {
      if (!isCameoRoot(root)) {
        throw new IllegalArgumentException(
            "cameoRoots: expected two-digit codes 01 to 20 (found '" + root + "')");
      }
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence (" + minConfidence + ") not in 0..1");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") before from (" + from + ")");
    }
    if (actor != null && actor.isBlank()) {
      throw new IllegalArgumentException("actor: empty");
    }
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth (" + depth + ") not in 1.." + MAX_DEPTH);
    }
  }

  /** The kinds to read: {@link #kinds()}, or all of them when empty. */
  public Set<RelationKind> kindsToRead() {
    return kinds.isEmpty() ? EnumSet.allOf(RelationKind.class) : EnumSet.copyOf(kinds);
  }

  private static boolean isCameoRoot(String s) {
    if (!s.matches("\\d{2}")) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 1 && n <= 20;
  }

  /**
   * Reads a filter from option values as the user typed them (absent or blank values are unset);
   * lists are comma separated. Errors name the option as the user knows it.
   *
   * @param values the raw value of each option given
   * @param cli true to name options as on the command line, false as in a query string
   * @throws IllegalArgumentException saying which option is wrong and why
   */
  public static ExportFilter parse(Map<Option, String> values, boolean cli) {
    Parser p = new Parser(values, cli);
    Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
    for (String k : p.list(Option.KINDS)) {
      try {
        kinds.add(RelationKind.parse(k));
      } catch (IllegalArgumentException e) {
        throw p.error(Option.KINDS, e.getMessage());
      }
    }
    Set<String> roots = new LinkedHashSet<>();
    for (String r : p.list(Option.CAMEO)) {
      String root = r.length() == 1 ? "0" + r : r;
      if (!isCameoRoot(root)) {
        throw p.error(Option.CAMEO, "expected CAMEO root codes 01 to 20 (found '" + r + "')");
      }
      roots.add(root);
    }
    double min = p.number(Option.MIN_CONFIDENCE);
    LocalDate from = p.date(Option.FROM);
    LocalDate to = p.date(Option.TO);
    if (from != null && to != null && to.isBefore(from)) {
      throw p.error(Option.TO, to + " is before " + p.name(Option.FROM) + " " + from);
    }
    String actor = p.value(Option.ACTOR);
    int depth = p.depth();
    if (actor == null && p.value(Option.DEPTH) != null) {
      throw p.error(Option.DEPTH, "needs " + p.name(Option.ACTOR));
    }
    return new ExportFilter(kinds, roots, min, from, to, actor, depth);
  }

  /** Reads option values and reports errors by option name. */
  private record Parser(Map<Option, String> values, boolean cli) {

    String name(Option o) {
      return cli ? o.cli() : o.http();
    }

    IllegalArgumentException error(Option o, String message) {
      return new IllegalArgumentException(name(o) + ": " + message);
    }

    String value(Option o) {
      String v = values.get(o);
      return v == null || v.isBlank() ? null : v.trim();
    }

    Set<String> list(Option o) {
      Set<String> out = new LinkedHashSet<>();
      String v = value(o);
      if (v != null) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
      return out;
    }

    double number(Option o) {
      String v = value(o);
      if (v == null) {
        return 0.0;
      }
      try {
        double d = Double.parseDouble(v);
        if (d >= 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(o, "expected a number from 0 to 1 (found '" + v + "')");
    }

    LocalDate date(Option o) {
      String v = value(o);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error(o, "expected a date like 2025-03-31 (found '" + v + "')");
      }
    }

    int depth() {
      String v = value(Option.DEPTH);
      if (v == null) {
        return 1;
      }
      try {
        int d = Integer.parseInt(v);
        if (d >= 1 && d <= MAX_DEPTH) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(
          Option.DEPTH, "expected a whole number from 1 to " + MAX_DEPTH + " (found '" + v + "')");
    }
  }
}
