package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PETRARCH2 / TABARI actor and agent dictionaries (format: {@code dictionaries.rst} of
 * the petrarch2 repository): upper-case phrases with underscores, {@code +} synonym lines, {@code
 * [CODE date-date]} restrictions and {@code #} comments.
 *
 * <p>Two-digit years follow the TABARI convention as read here: {@code 00}-{@code 29} are 20xx,
 * {@code 30}-{@code 99} are 19xx; an unreadable date drops that one restriction, not the record.
 */
final class PetrarchDictionary {

  /** A code with its optional validity dates (both inclusive). */
  record Code(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    boolean dated() {
      return from.isPresent() || to.isPresent();
    }
  }

  /** One actor record: its primary phrase first, then its synonyms, and its codes. */
  record Actor(List<String> phrases, List<Code> codes) {
    Actor {
      phrases = List.copyOf(phrases);
      codes = List.copyOf(codes);
    }

    boolean dated() {
      return codes.stream().anyMatch(Code::dated);
    }
  }

  /** One agent phrase after substitution ({@code FOREIGN_MINISTER}) and its code ({@code ~GOV}). */
  record Agent(String phrase, String code) {}

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z]+)!\\s*=\\s*(.*)");
  private static final Pattern MARKER = Pattern.compile("!([A-Z]+)!");

  private PetrarchDictionary() {}

  /** Reads an actor dictionary ({@code Phoenix.Countries.actors.txt} and the like). */
  static List<Actor> readActors(Reader reader) {
    List<Actor> actors = new ArrayList<>();
    List<String> phrases = null;
    List<Code> codes = null;
    for (String raw : lines(reader)) {
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      if (indented && line.trim().startsWith("[") && phrases != null) {
        codes.addAll(codes(line));
      } else if (line.startsWith("+") && phrases != null) {
        addPhrases(line.substring(1), phrases);
        codes.addAll(codes(line));
      } else {
        if (phrases != null) {
          actors.add(new Actor(phrases, codes));
        }
        phrases = new ArrayList<>();
        codes = new ArrayList<>(codes(line));
        addPhrases(line.trim(), phrases);
      }
    }
    if (phrases != null) {
      actors.add(new Actor(phrases, codes));
    }
    actors.removeIf(a -> a.phrases().isEmpty());
    return actors;
  }

  /**
   * Reads an agent dictionary ({@code Phoenix.agents.txt}): {@code PHRASE {plural} [~CODE]} lines,
   * with {@code !NAME! = A, B} substitution sets expanded into one agent per item.
   */
  static List<Agent> readAgents(Reader reader) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<Agent> agents = new ArrayList<>();
    for (String raw : lines(reader)) {
      String line = stripComment(raw).trim();
      if (line.isEmpty() || line.startsWith("<")) {
        continue;
      }
      Matcher set = SUBSTITUTION.matcher(line);
      if (set.matches()) {
        List<String> items = new ArrayList<>();
        for (String item : set.group(2).split(",")) {
          items.add(item.replace(" ", ""));
        }
        sets.put(set.group(1), items);
        continue;
      }
      Matcher code = CODE.matcher(line);
      if (!code.find()) {
        continue;
      }
      String phrase = line.substring(0, line.indexOf('[')).replaceAll("\\{[^}]*\\}", "").trim();
      for (String expanded : expand(phrase, sets)) {
        agents.add(new Agent(expanded, code.group(1).trim()));
      }
    }
    return agents;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    Matcher m = MARKER.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    List<String> out = new ArrayList<>();
    for (String item : sets.getOrDefault(m.group(1), List.of())) {
      String replaced = phrase.substring(0, m.start()) + item + phrase.substring(m.end());
      out.addAll(expand(replaced, sets));
    }
    return out;
  }

  private static void addPhrases(String text, List<String> phrases) {
    int bracket = text.indexOf('[');
    String head = bracket < 0 ? text : text.substring(0, bracket);
    int tab = head.indexOf('\t');
    if (tab >= 0) {
      head = head.substring(0, tab);
    }
    for (String part : head.split("\\+")) {
      String phrase = part.trim();
      if (!phrase.isEmpty()) {
        phrases.add(phrase);
      }
    }
  }

  private static List<Code> codes(String line) {
    List<Code> out = new ArrayList<>();
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String[] parts = m.group(1).trim().split("\\s+");
      if (parts.length == 0 || parts[0].isEmpty()) {
        continue;
      }
      if (parts.length == 1) {
        out.add(new Code(parts[0], Optional.empty(), Optional.empty()));
      } else {
        restriction(parts[0], parts[1]).ifPresent(out::add);
      }
    }
    return out;
  }

  /** {@code <date}, {@code >date} or {@code date-date}; empty when a date cannot be read. */
  static Optional<Code> restriction(String code, String text) {
    if (text.startsWith("<")) {
      return date(text.substring(1)).map(d -> new Code(code, Optional.empty(), Optional.of(d)));
    }
    if (text.startsWith(">")) {
      return date(text.substring(1)).map(d -> new Code(code, Optional.of(d), Optional.empty()));
    }
    int dash = text.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    Optional<LocalDate> from = date(text.substring(0, dash));
    Optional<LocalDate> to = date(text.substring(dash + 1));
    if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    return Optional.of(new Code(code, from, to));
  }

  /** {@code YYMMDD} or {@code YYYYMMDD}. */
  static Optional<LocalDate> date(String text) {
    if (!text.matches("[0-9]{6}|[0-9]{8}")) {
      return Optional.empty();
    }
    int year;
    int rest;
    if (text.length() == 8) {
      year = Integer.parseInt(text.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy < 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    try {
      return Optional.of(
          LocalDate.of(
              year,
              Integer.parseInt(text.substring(rest, rest + 2)),
              Integer.parseInt(text.substring(rest + 2, rest + 4))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<String> lines(Reader reader) {
    try (BufferedReader in = new BufferedReader(reader)) {
      return in.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      throw e;
    }
  }
}
