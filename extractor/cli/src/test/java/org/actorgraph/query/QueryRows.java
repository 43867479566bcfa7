package org.actorgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** What the query ITs compare: a query's rows, and the queries as they were before a rewrite. */
final class QueryRows {

  private QueryRows() {}

  /** The rows as sorted "var=value" lines (a multiset: ORDER BY ties may come in any order). */
  static List<String> of(Dataset ds, Query q, Map<String, String> params) {
    List<String> out = ordered(ds, q, params);
    Collections.sort(out);
    return out;
  }

  /** The rows as "var=value" lines, in the order the query gives them. */
  static List<String> ordered(Dataset ds, Query q, Map<String, String> params) {
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
          return out;
        });
  }

  /**
   * {@code contradicting-offices} beside its reference ({@code reference/contradicting-offices.rq},
   * which counts from the article graphs): the rows of each without the example articles, as sorted
   * lines, and every example article that is not the smallest id (by its characters) of the
   * reference's articles of its holder.
   */
  record Contradictions(List<String> rows, List<String> reference, List<String> wrongExamples) {}

  static Contradictions contradictions(Dataset ds, Map<String, String> params) {
    List<Map<String, Node>> now = bindings(ds, QueryLibrary.load("contradicting-offices"), params);
    List<Map<String, Node>> ref =
        bindings(ds, QueryFactory.create(text("reference/contradicting-offices.rq")), params);
    List<String> columns = List.of("office", "of", "holder1", "articles1", "holder2", "articles2");
    Map<String, Map<String, Node>> byKey = new HashMap<>();
    List<String> reference = new ArrayList<>();
    for (Map<String, Node> r : ref) {
      String key = line(r, columns);
      reference.add(key);
      byKey.put(key, r);
    }
    List<String> rows = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map<String, Node> r : now) {
      String key = line(r, columns);
      rows.add(key);
      Map<String, Node> match = byKey.get(key);
      for (String i : List.of("1", "2")) {
        Node example = r.get("article" + i);
        Node ids = match == null ? null : match.get("ids" + i);
        if (example == null
            || ids == null
            || !example
                .getLiteralLexicalForm()
                .equals(
                    java.util.Arrays.stream(ids.getLiteralLexicalForm().split("\\|"))
                        .sorted()
                        .findFirst()
                        .orElse(null))) {
          wrong.add(key + " article" + i + "=" + example);
        }
      }
    }
    Collections.sort(rows);
    Collections.sort(reference);
    return new Contradictions(rows, reference, wrong);
  }

  private static String line(Map<String, Node> row, List<String> columns) {
    StringBuilder s = new StringBuilder();
    for (String v : columns) {
      Node n = row.get(v);
      s.append(v).append('=').append(n == null ? "" : n.toString()).append(' ');
    }
    return s.toString();
  }

  private static List<Map<String, Node>> bindings(Dataset ds, Query q, Map<String, String> params) {
    return Txn.calculateRead(
        ds,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q);
          QueryLibrary.parameters(params).forEach(b::substitution);
          List<Map<String, Node>> out = new ArrayList<>();
          try (QueryExec exec = b.build()) {
            var rs = exec.select();
            List<Var> vars = rs.getResultVars();
            rs.forEachRemaining(
                (Binding row) -> {
                  Map<String, Node> m = new HashMap<>();
                  for (Var v : vars) {
                    if (row.get(v) != null) {
                      m.put(v.getVarName(), row.get(v));
                    }
                  }
                  out.add(m);
                });
          }
          return out;
        });
  }

  /** The text of {@code before/NAME.rq}: the query as it was before it was rewritten. */
  static String before(String name) {
    return text("before/" + name + ".rq");
  }

  private static String text(String resource) {
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
