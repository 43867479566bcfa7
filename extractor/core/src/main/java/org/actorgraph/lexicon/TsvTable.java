package org.actorgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A gazetteer data file: UTF-8, tab-separated, {@code #} comment lines and blank lines skipped, a
 * header line naming the columns, then one record a line with exactly as many fields.
 */
final class TsvTable {

  /** A record of the table, with where it came from for error messages. */
  static final class Row {
    private final String source;
    private final int line;
    private final List<String> header;
    private final String[] fields;

    private Row(String source, int line, List<String> header, String[] fields) {
      this.source = source;
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    /** The field of column {@code name}, trimmed; may be empty. */
    String get(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name + " in " + header);
      }
      return fields[i].trim();
    }

    /** The field of column {@code name}, which must not be empty. */
    String required(String name) {
      String value = get(name);
      if (value.isEmpty()) {
        throw fail(name + " is empty");
      }
      return value;
    }

    /** The field of column {@code name} if not empty, after checking it against {@code format}. */
    Optional<String> optional(String name, Pattern format) {
      String value = get(name);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!format.matcher(value).matches()) {
        throw fail(name + " '" + value + "' does not match " + format.pattern());
      }
      return Optional.of(value);
    }

    /** The {@code |}-separated items of column {@code name}; an empty field is an empty list. */
    List<String> list(String name) {
      String value = get(name);
      if (value.isEmpty()) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String item : value.split("\\|", -1)) {
        String trimmed = item.trim();
        if (trimmed.isEmpty() || trimmed.equals("~")) {
          throw fail(name + " has an empty item in '" + value + "'");
        }
        items.add(trimmed);
      }
      return items;
    }

    /** A yes/no field. */
    boolean flag(String name) {
      return switch (get(name)) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw fail(name + " must be yes or no (found '" + get(name) + "')");
      };
    }

    /** Where the row is: {@code file:line}. */
    String where() {
      return source + ":" + line;
    }

    /** An error about this row. */
    GazetteerFormatException fail(String problem) {
      return new GazetteerFormatException(source, line, problem);
    }
  }

  private TsvTable() {}

  /**
   * Reads all records of a table.
   *
   * @param source the file name used in error messages
   * @param reader the file's text
   * @param columns the header the file must have
   */
  static List<Row> read(String source, Reader reader, List<String> columns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String text;
      int line = 0;
      boolean headerSeen = false;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] fields = text.split("\t", -1);
        if (!headerSeen) {
          if (!List.of(fields).equals(columns)) {
            throw new GazetteerFormatException(
                source, line, "expected header " + columns + " (found " + List.of(fields) + ")");
          }
          headerSeen = true;
          continue;
        }
        if (fields.length != columns.size()) {
          throw new GazetteerFormatException(
              source,
              line,
              "expected " + columns.size() + " tab-separated fields (found " + fields.length + ")");
        }
        rows.add(new Row(source, line, columns, fields));
      }
      if (!headerSeen) {
        throw new GazetteerFormatException(source, line, "no header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source, e);
    }
    return rows;
  }
}
