package org.actorgraph.remove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The checks that a removal took an article's own actors and facts out of the union graph and the
 * text index, and left what other articles also state. Works on any query function (local dataset
 * or HTTP endpoint) that runs SPARQL with bound parameters.
 */
final class GraphChecks {

  private static final String PREFIXES =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX text: <http://jena.apache.org/text#>\n";

  private final BiFunction<String, Map<String, Node>, List<Binding>> select;

  GraphChecks(BiFunction<String, Map<String, Node>, List<Binding>> select) {
    this.select = select;
  }

  List<Binding> rows(String query, Map<String, Node> params) {
    return select.apply(PREFIXES + query, params);
  }

  Node entity(String label) {
    List<Binding> r =
        rows(
            "SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l }",
            Map.of("l", NodeFactory.createLiteralString(label)));
    assertEquals(1, r.size(), "one entity labelled " + label);
    return r.get(0).get("e");
  }

  String article(String url) {
    List<Binding> r =
        rows(
            "SELECT ?g WHERE { GRAPH ?g { ?g ag:url ?u } FILTER(STR(?u) = ?url) }",
            Map.of("url", NodeFactory.createLiteralString(url)));
    assertEquals(1, r.size(), "one article with URL " + url);
    return r.get(0).get("g").getURI();
  }

  /** Entities the text index finds for a word in their labels, whatever the graphs still hold. */
  Set<String> indexed(String word) {
    Set<String> out = new TreeSet<>();
    rows(
            "SELECT ?e WHERE { ?e text:query (rdfs:label ?w) }",
            Map.of("w", NodeFactory.createLiteralString(word)))
        .forEach(b -> out.add(b.get("e").getURI()));
    return out;
  }

  long triplesAbout(Node n) {
    return rows(
            "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?s = ?n || ?o = ?n) }", Map.of("n", n))
        .size();
  }

  /** The graphs that hold evidence of facts between {@code a} and {@code b}. */
  Set<String> evidenceGraphs(Node a, Node b) {
    Set<String> out = new TreeSet<>();
    rows(
            "SELECT DISTINCT ?g WHERE { ?f ag:source ?a ; ag:target ?b ."
                + " GRAPH ?g { ?f ag:evidence ?m } }",
            Map.of("a", a, "b", b))
        .forEach(r -> out.add(r.get("g").getURI()));
    return out;
  }

  boolean directlyLinked(Node a, Node b) {
    return !rows("SELECT * WHERE { ?a ag:interactsWith ?b }", Map.of("a", a, "b", b)).isEmpty();
  }

  /** What the two articles give before a removal: [first article, second article]. */
  record Before(String removed, String kept, Node jane, Node roe, Node anna) {}

  Before before(String removedUrl, String keptUrl) {
    Before b =
        new Before(
            article(removedUrl),
            article(keptUrl),
            entity("Jane Doe"),
            entity("John Roe"),
            entity("Anna Smith"));
    assertTrue(triplesAbout(b.roe()) > 0);
    assertEquals(Set.of(b.roe().getURI()), indexed("Roe"));
    assertEquals(Set.of(b.removed(), b.kept()), evidenceGraphs(b.jane(), b.anna()));
    return b;
  }

  /** After the first article was removed: its own actor and facts gone, shared ones kept. */
  void after(Before b) {
    assertEquals(0, triplesAbout(b.roe()), "John Roe, only in the removed article, is gone");
    assertEquals(Set.of(), indexed("Roe"), "and out of the text index");
    assertEquals(Set.of(), indexed("Sylvania"), "so is Sylvania");
    assertTrue(
        rows(
                "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
                Map.of("g", NodeFactory.createURI(b.removed())))
            .isEmpty(),
        "the removed article's graph is empty");
    assertEquals(
        Set.of(b.kept()),
        evidenceGraphs(b.jane(), b.anna()),
        "Jane Doe meeting Anna Smith stays, with the other article's evidence only");
    assertTrue(directlyLinked(b.jane(), b.anna()));
    assertFalse(directlyLinked(b.jane(), b.roe()));
    assertEquals(Set.of(b.jane().getURI()), indexed("Doe"), "Jane Doe stays in the index");
    List<Binding> left =
        new ArrayList<>(
            rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a ag:Article } }", Map.of()));
    assertEquals(1, left.size());
  }
}
