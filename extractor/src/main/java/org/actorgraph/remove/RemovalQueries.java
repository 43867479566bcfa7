package org.actorgraph.remove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL that selects and removes article graphs. Every user value is bound as an RDF term
 * through {@link ParameterizedSparqlString} (which escapes it), never pasted into the text; the
 * removal is built from {@link UpdateDrop} operations on graph nodes, so what is removed is exactly
 * the list that was selected.
 */
final class RemovalQueries {

  /** The URL's host, lower-cased. */
  private static final String HOST =
      "LCASE(REPLACE(STR(?url), \"^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+).*$\", \"$1\"))";

  private RemovalQueries() {}

  /** The query that lists the article graphs {@code s} selects, with their metadata. */
  static Query select(ArticleSelection s) {
    StringBuilder q = new StringBuilder();
    q.append("SELECT DISTINCT ?g ?url ?date ?headline WHERE {\n")
        .append("  GRAPH ?g {\n")
        .append("    ?g a ?articleClass .\n")
        .append("    OPTIONAL { ?g ?urlP ?url }\n")
        .append("    OPTIONAL { ?g ?dateP ?date }\n")
        .append("    OPTIONAL { ?g ?headlineP ?headline }\n")
        .append("    OPTIONAL { ?g ?publisherP ?publisher }\n")
        .append("  }\n");
    ParameterizedSparqlString pss = new ParameterizedSparqlString();
    List<Runnable> bindings = new ArrayList<>();
    if (!s.articles().isEmpty()) {
      q.append("  FILTER(?g IN (").append(vars("a", s.articles().size())).append("))\n");
      for (int i = 0; i < s.articles().size(); i++) {
        String name = "a" + i;
        String iri = s.articles().get(i);
        bindings.add(() -> pss.setIri(name, iri));
      }
    }
    if (!s.urls().isEmpty()) {
      q.append("  FILTER(STR(?url) IN (").append(vars("u", s.urls().size())).append("))\n");
      for (int i = 0; i < s.urls().size(); i++) {
        String name = "u" + i;
        String url = s.urls().get(i);
        bindings.add(() -> pss.setLiteral(name, url));
      }
    }
    if (!s.sites().isEmpty()) {
      List<String> alternatives = new ArrayList<>();
      for (int i = 0; i < s.sites().size(); i++) {
        String name = "s" + i;
        String dotted = "d" + i;
        alternatives.add(
            "COALESCE("
                + HOST
                + " = ?"
                + name
                + " || STRENDS("
                + HOST
                + ", ?"
                + dotted
                + "), false) || COALESCE(LCASE(STR(?publisher)) = ?"
                + name
                + ", false)");
        String site = s.sites().get(i);
        bindings.add(() -> pss.setLiteral(name, site));
        bindings.add(() -> pss.setLiteral(dotted, "." + site));
      }
      q.append("  FILTER((").append(String.join(") || (", alternatives)).append("))\n");
    }
    s.from()
        .ifPresent(
            d -> {
              q.append(
                  "  FILTER(BOUND(?date) && STR(?date) >= SUBSTR(?from, 1, STRLEN(STR(?date))))\n");
              bindings.add(() -> pss.setLiteral("from", d));
            });
    s.to()
        .ifPresent(
            d -> {
              q.append("  FILTER(BOUND(?date) && STR(?date) <= ?to)\n");
              bindings.add(() -> pss.setLiteral("to", d));
            });
    q.append("} ORDER BY ?g");
    pss.setCommandText(q.toString());
    pss.setParam("articleClass", AG.Article.asNode());
    pss.setParam("urlP", AG.url.asNode());
    pss.setParam("dateP", AG.datePublished.asNode());
    pss.setParam("headlineP", AG.headline.asNode());
    pss.setParam("publisherP", AG.publisher.asNode());
    bindings.forEach(Runnable::run);
    return pss.asQuery();
  }

  private static String vars(String prefix, int n) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      v.add("?" + prefix + i);
    }
    return String.join(", ", v);
  }

  /** A row of {@link #select} as a selected article. */
  static SelectedArticle article(Binding row) {
    return new SelectedArticle(
        row.get("g").getURI(),
        lexical(row.get("url")),
        lexical(row.get("date")),
        lexical(row.get("headline")));
  }

  private static Optional<String> lexical(Node n) {
    return n == null
        ? Optional.empty()
        : Optional.of(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
  }

  /** One request that drops each of the article graphs (one transaction on the store). */
  static UpdateRequest drop(List<SelectedArticle> articles) {
    UpdateRequest r = new UpdateRequest();
    for (SelectedArticle a : articles) {
      r.add(new UpdateDrop(NodeFactory.createURI(a.iri()), true));
    }
    return r;
  }
}
