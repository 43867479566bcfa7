package org.actorgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** What the query ITs compare: a query's rows, and the queries as they were before a rewrite. */
final class QueryRows {

  private QueryRows() {}

  /** The rows as sorted "var=value" lines (a multiset: ORDER BY ties may come in any order). */
  static List<String> of(Dataset ds, Query q, Map<String, String> params) {
    return Txn.calculateRead(
        ds,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q);
          QueryLibrary.parameters(params).forEach(b::substitution);
          List<String> out = new ArrayList<>();
          try (QueryExec exec = b.build()) {
            var rs = exec.select();
            List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
            rs.forEachRemaining(
                (Binding row) -> {
                  StringBuilder s = new StringBuilder();
                  for (String v : vars) {
                    Node n = row.get(v);
                    s.append(v).append('=').append(n == null ? "" : n.toString()).append(' ');
                  }
                  out.add(s.toString());
                });
          }
          Collections.sort(out);
          return out;
        });
  }

  /** The text of {@code before/NAME.rq}: the query as it was before it was rewritten. */
  static String before(String name) {
    String resource = "before/" + name + ".rq";
    try (InputStream in = QueryRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
