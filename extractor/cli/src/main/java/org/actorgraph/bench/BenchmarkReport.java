package org.actorgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, in the order they were measured: written as {@code key: value}
 * lines, or as one JSON object when the file name ends in {@code .json}.
 */
public final class BenchmarkReport {

  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Records a figure (a number or a string); returns the line to show. */
  public String put(String key, Object value) {
    if (value instanceof Double d) {
      value = Math.round(d * 100) / 100.0;
    }
    values.put(key, value);
    return key + ": " + format(value);
  }

  public Map<String, Object> values() {
    return Map.copyOf(values);
  }

  /** The report as {@code key: value} lines. */
  public String text() {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(k).append(": ").append(format(v)).append('\n'));
    return s.toString();
  }

  /** Writes the report to {@code file}: JSON if its name ends in {@code .json}, else text. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String content =
        file.toString().endsWith(".json")
            ? new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(values)
                + "\n"
            : text();
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String format(Object v) {
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return String.valueOf(v);
  }
}
