package org.actorgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/** The SPARQL queries of the export, read once from this package's resources. */
final class ExportQueries {

  static final Query FACTS = load("facts");
  static final Query FACT_DATES = load("fact-dates");
  static final Query ACTORS = load("actors");
  static final Query ACTOR_ARTICLES = load("actor-articles");
  static final Query ACTOR_BY_EXACT_NAME = load("actor-by-exact-name");
  static final Query ACTOR_BY_NAME = load("actor-by-name");

  private ExportQueries() {}

  private static Query load(String name) {
    String path = "/org/actorgraph/export/" + name + ".rq";
    try (InputStream in = ExportQueries.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + ": not on the class path");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /**
   * A copy of {@code query} whose pattern starts with {@code VALUES ?var { values }}, so that the
   * engine reads only those rows (built with Jena's syntax API, not as text).
   */
  static Query withValues(Query query, String var, Collection<Node> values) {
    Query copy = query.cloneQuery();
    Var v = Var.alloc(var);
    ElementData data = new ElementData();
    data.add(v);
    values.forEach(value -> data.add(BindingFactory.binding(v, value)));
    ((ElementGroup) copy.getQueryPattern()).getElements().add(0, data);
    return copy;
  }
}
