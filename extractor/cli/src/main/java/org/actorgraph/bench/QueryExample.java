package org.actorgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.query.QueryLibrary;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A query of {@code queries/} with the example parameters its header gives ({@code # Parameters:
 * ?name ... e.g. "Daniel Noboa"}): what the benchmark times.
 *
 * @param name the library name ({@code why})
 * @param query the parsed query
 * @param parameters the example value of each parameter, as {@link QueryLibrary#parameters} binds
 *     it
 */
public record QueryExample(String name, Query query, Map<String, Node> parameters) {

  /** {@code ?name what it is, e.g. "value"}: a parameter and its example, within one line. */
  private static final Pattern EXAMPLE =
      Pattern.compile("\\?([A-Za-z_]\\w*)\\s[^?]*?e\\.g\\.\\s*\"([^\"]+)\"");

  public QueryExample {
    parameters = Map.copyOf(parameters);
  }

  /** Every query of the library, with its header's example parameters. */
  public static List<QueryExample> library() {
    List<QueryExample> out = new ArrayList<>();
    for (String name : QueryLibrary.NAMES) {
      out.add(
          new QueryExample(
              name, QueryLibrary.load(name), QueryLibrary.parameters(examples(text(name)))));
    }
    return out;
  }

  /**
   * The library's queries with some example values replaced: {@code overrides} maps {@code
   * query.variable} (or {@code variable}, for every query that has it) to a value, as {@link
   * QueryLibrary#parameters} reads it; used to time a store whose actors differ from the examples.
   */
  public static List<QueryExample> library(Map<String, String> overrides) {
    return library(null, overrides);
  }

  /**
   * {@link #library(Map)}, with the query texts read from {@code dir/NAME.rq} where {@code dir} is
   * not null and has that file (to time other versions of the library's queries: the same names and
   * examples).
   */
  public static List<QueryExample> library(Path dir, Map<String, String> overrides) {
    List<QueryExample> out = new ArrayList<>();
    List<QueryExample> base = new ArrayList<>();
    for (String name : QueryLibrary.NAMES) {
      if (dir == null || !Files.exists(dir.resolve(name + ".rq"))) {
        base.add(
            new QueryExample(
                name, QueryLibrary.load(name), QueryLibrary.parameters(examples(text(name)))));
      } else {
        Path f = dir.resolve(name + ".rq");
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(f + ": cannot read", e);
        }
        base.add(
            new QueryExample(
                name, QueryLibrary.load(f.toString()), QueryLibrary.parameters(examples(text))));
      }
    }
    for (QueryExample q : base) {
      Map<String, Node> params = new LinkedHashMap<>(q.parameters());
      overrides.forEach(
          (key, value) -> {
            int dot = key.indexOf('.');
            String var = dot < 0 ? key : key.substring(dot + 1);
            boolean mine = dot < 0 ? params.containsKey(var) : key.startsWith(q.name() + ".");
            if (mine) {
              params.putAll(QueryLibrary.parameters(Map.of(var, value)));
            }
          });
      out.add(q.with(params));
    }
    return out;
  }

  /** The same query with other parameter values (for a store whose actors are known). */
  public QueryExample with(Map<String, Node> other) {
    return new QueryExample(name, query, other);
  }

  /** The {@code ?var ... e.g. "value"} pairs of a query's comment lines. */
  static Map<String, String> examples(String queryText) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : queryText.split("\n")) {
      if (!line.startsWith("#")) {
        continue;
      }
      Matcher m = EXAMPLE.matcher(line);
      while (m.find()) {
        out.putIfAbsent(m.group(1), m.group(2));
      }
    }
    return out;
  }

  private static String text(String name) {
    String resource = "/org/actorgraph/queries/" + name + ".rq";
    try (InputStream in = QueryExample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
