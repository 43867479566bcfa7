package org.actorgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;

/**
 * The ready queries of {@code queries/}, found by name ({@code offices-of-country}) or as a path to
 * any {@code .rq} file, and their parameters: variables bound to values given by the user, as RDF
 * terms, never pasted into the query text.
 */
public final class QueryLibrary {

  /** The names of the queries shipped with the project. */
  public static final List<String> NAMES =
      List.of(
          "actors",
          "offices-of-country",
          "members-of-organisation",
          "interactions-of-actor",
          "agreements-of-country",
          "quotes-by-person",
          "why",
          "search",
          "actor-profile",
          "ego-network",
          "co-occurrence-network",
          "shortest-connection",
          "meetings-in-date-range",
          "timeline-of-actor",
          "agreements-by-kind-and-status",
          "quoted-about-country",
          "actors-new-in-last-days",
          "facts-by-number-of-sources",
          "organisations-and-members",
          "contradicting-offices",
          "article-contribution");

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  /**
   * The comment on which a query declares its parameters: the {@code # Parameters:} line and the
   * indented comment lines that continue it.
   */
  private static final Pattern DECLARED =
      Pattern.compile("(?m)^#\\s*Parameters:(.*(?:\\n#\\s{2,}.*)*)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

  private QueryLibrary() {}

  /** Reads and parses a query by library name or file path. */
  public static Query load(String nameOrPath) {
    return parse(nameOrPath, text(nameOrPath));
  }

  /**
   * The parameters a query takes: the variables named on its {@code # Parameters:} comment line (as
   * the ready queries declare them; {@code none} for none), or, for a query without that line,
   * every variable it mentions.
   */
  public static Set<String> parametersOf(String nameOrPath) {
    String text = text(nameOrPath);
    Matcher declared = DECLARED.matcher(text);
    if (declared.find()) {
      Set<String> names = new TreeSet<>();
      Matcher v = VARIABLE.matcher(declared.group(1));
      while (v.find()) {
        names.add(v.group(1));
      }
      return names;
    }
    Set<String> names = new TreeSet<>();
    OpVars.mentionedVars(Algebra.compile(parse(nameOrPath, text)))
        .forEach(v -> names.add(v.getVarName()));
    return names;
  }

  private static Query parse(String nameOrPath, String text) {
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException(where(nameOrPath) + ": " + e.getMessage(), e);
    }
  }

  private static boolean isLibraryName(String nameOrPath) {
    return NAME.matcher(nameOrPath).matches() && !Files.exists(Path.of(nameOrPath));
  }

  private static String where(String nameOrPath) {
    return isLibraryName(nameOrPath) ? "queries/" + nameOrPath + ".rq" : nameOrPath;
  }

  private static String text(String nameOrPath) {
    if (isLibraryName(nameOrPath)) {
      return resource(nameOrPath);
    }
    try {
      return Files.readString(Path.of(nameOrPath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(nameOrPath + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        QueryLibrary.class.getResourceAsStream("/org/actorgraph/queries/" + name + ".rq")) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no query named '" + name + "' (known: " + String.join(", ", NAMES) + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds {@code name=value} parameters: a value in angle brackets is an IRI, anything else a plain
   * string literal.
   */
  public static Map<String, Node> parameters(Map<String, String> raw) {
    java.util.LinkedHashMap<String, Node> out = new java.util.LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          String name = k.startsWith("?") ? k.substring(1) : k;
          if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name '" + k + "' is not a variable name");
          }
          Node value =
              v.length() > 2 && v.startsWith("<") && v.endsWith(">")
                  ? NodeFactory.createURI(v.substring(1, v.length() - 1))
                  : NodeFactory.createLiteralString(v);
          out.put(name, value);
        });
    return out;
  }
}
