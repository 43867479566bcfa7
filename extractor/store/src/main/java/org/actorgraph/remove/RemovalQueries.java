package org.actorgraph.remove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    Filters f = new Filters();
    f.text
        .append("SELECT DISTINCT ?g ?url ?date ?headline WHERE {\n")
        .append("  GRAPH ?g {\n")
        .append("    ?g a ?articleClass .\n")
        .append("    OPTIONAL { ?g ?urlP ?url }\n")
        .append("    OPTIONAL { ?g ?dateP ?date }\n")
        .append("    OPTIONAL { ?g ?headlineP ?headline }\n")
        .append("    OPTIONAL { ?g ?publisherP ?publisher }\n")
        .append("  }\n");
    f.bind("articleClass", AG.Article.asNode());
    f.bind("urlP", AG.url.asNode());
    f.bind("dateP", AG.datePublished.asNode());
    f.bind("headlineP", AG.headline.asNode());
    f.bind("publisherP", AG.publisher.asNode());
    f.anyOf("?g = ?%s", "a", s.articles(), NodeFactory::createURI);
    f.anyOf("STR(?url) = ?%s", "u", s.urls(), NodeFactory::createLiteralString);
    f.anyOf(SITE, "s", s.sites(), NodeFactory::createLiteralString);
    for (int i = 0; i < s.sites().size(); i++) {
      f.bind("s" + i + "dot", NodeFactory.createLiteralString("." + s.sites().get(i)));
    }
    s.from().ifPresent(d -> f.filter(FROM, "from", d));
    s.to().ifPresent(d -> f.filter("BOUND(?date) && STR(?date) <= ?to", "to", d));
    f.text.append("} ORDER BY ?g");
    return f.query();
  }

  /** A site: the URL's host is it or ends with "." + it, or the publisher's name is it. */
  private static final String SITE =
      "COALESCE("
          + HOST
          + " = ?%1$s || STRENDS("
          + HOST
          + ", ?%1$sdot), false) || COALESCE(LCASE(STR(?publisher)) = ?%1$s, false)";

  /** A date known to the day, month or year is in range if its period overlaps the range. */
  private static final String FROM =
      "BOUND(?date) && STR(?date) >= SUBSTR(?from, 1, STRLEN(STR(?date)))";

  /** The query text with its FILTERs, and the values bound to their variables. */
  private static final class Filters {
    final StringBuilder text = new StringBuilder();
    private final Map<String, Node> values = new LinkedHashMap<>();

    void bind(String var, Node value) {
      values.put(var, value);
    }

    /** One FILTER true when {@code pattern} holds for any of {@code items}, each bound. */
    void anyOf(String pattern, String prefix, List<String> items, Function<String, Node> node) {
      if (items.isEmpty()) {
        return;
      }
      List<String> alternatives = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        alternatives.add("(" + String.format(pattern, prefix + i) + ")");
        bind(prefix + i, node.apply(items.get(i)));
      }
      text.append("  FILTER(").append(String.join(" || ", alternatives)).append(")\n");
    }

    void filter(String condition, String var, String value) {
      text.append("  FILTER(").append(condition).append(")\n");
      bind(var, NodeFactory.createLiteralString(value));
    }

    Query query() {
      ParameterizedSparqlString pss = new ParameterizedSparqlString(text.toString());
      values.forEach(pss::setParam);
      return pss.asQuery();
    }
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
