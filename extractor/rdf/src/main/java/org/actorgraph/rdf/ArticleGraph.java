package org.actorgraph.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's named graph: what the pipeline produces and every sink stores.
 *
 * @param name the graph's IRI (the article's IRI)
 * @param graph its triples
 */
public record ArticleGraph(Node name, Graph graph) {

  public ArticleGraph {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(graph, "graph");
  }
}
