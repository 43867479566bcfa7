package org.actorgraph.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs a query against a local dataset or a remote SPARQL endpoint, with parameters bound as RDF
 * terms (Jena substitutes them into the parsed query; no text is pasted), and prints the result as
 * a table, CSV, TSV or JSON (SELECT) or Turtle (CONSTRUCT/DESCRIBE).
 */
public final class QueryRunner {

  /** Output formats for SELECT results. */
  public enum Format {
    TABLE,
    CSV,
    TSV,
    JSON;

    public static Format parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown format '" + s + "' (expected table, csv, tsv or json)", e);
      }
    }
  }

  private QueryRunner() {}

  public static void run(
      Dataset dataset, Query query, Map<String, Node> params, Format format, OutputStream out) {
    Txn.executeRead(
        dataset,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
          params.forEach(b::substitution);
          try (QueryExec exec = b.build()) {
            print(exec, query, format, out);
          }
        });
  }

  public static void runRemote(
      String endpoint, Query query, Map<String, Node> params, Format format, OutputStream out) {
    var b = QueryExecHTTP.service(endpoint).query(query);
    params.forEach(b::substitution);
    try (QueryExec exec = b.build()) {
      print(exec, query, format, out);
    }
  }

  private static void print(QueryExec exec, Query query, Format format, OutputStream out) {
    if (query.isSelectType()) {
      RowSet rows = exec.select();
      ResultSet rs = ResultSet.adapt(rows);
      switch (format) {
        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
      }
    } else if (query.isAskType()) {
      new java.io.PrintStream(out, true).println(exec.ask());
    } else {
      Model m =
          org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
              query.isConstructType() ? exec.construct() : exec.describe());
      RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
    }
  }
}
