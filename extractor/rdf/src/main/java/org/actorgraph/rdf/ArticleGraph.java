package org.actorgraph.rdf;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's named graph: what the pipeline produces and every sink stores.
 *
 * @param name the graph's IRI (the article's IRI)
 * @param graph its triples
 * @param failures the finders that failed on the article, one line each: the graph holds what the
 *     others found (empty when it was extracted whole)
 */
public record ArticleGraph(Node name, Graph graph, List<String> failures) {

  public ArticleGraph {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(graph, "graph");
    failures = List.copyOf(failures);
  }

  /** The graph of an article extracted whole. */
  public ArticleGraph(Node name, Graph graph) {
    this(name, graph, List.of());
  }
}
