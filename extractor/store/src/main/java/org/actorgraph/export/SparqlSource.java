package org.actorgraph.export;

import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.system.Txn;

/**
 * Where the network is read from: a local dataset (in a read transaction per query) or a SPARQL
 * endpoint. Parameters are bound as RDF terms by Jena, never pasted into query text.
 */
public interface SparqlSource {

  /** Runs a SELECT query with {@code bindings} substituted and hands each row to {@code rows}. */
  void select(Query query, Map<String, Node> bindings, Consumer<Binding> rows);

  /** A local dataset, e.g. the store's or the one Fuseki serves. */
  static SparqlSource local(DatasetGraph dataset) {
    return (query, bindings, rows) ->
        Txn.executeRead(
            dataset,
            () -> {
              QueryExecBuilder b = QueryExec.dataset(dataset).query(query);
              bindings.forEach(b::substitution);
              try (QueryExec exec = b.build()) {
                exec.select().forEachRemaining(rows);
              }
            });
  }

  /** A SPARQL endpoint, e.g. {@code http://localhost:3030/kg/sparql}. */
  static SparqlSource remote(String endpoint) {
    return (query, bindings, rows) -> {
      QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).query(query);
      bindings.forEach(b::substitution);
      try (QueryExec exec = b.build()) {
        exec.select().forEachRemaining(rows);
      }
    };
  }
}
