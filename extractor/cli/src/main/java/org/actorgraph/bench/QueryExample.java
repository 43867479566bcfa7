package org.actorgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
