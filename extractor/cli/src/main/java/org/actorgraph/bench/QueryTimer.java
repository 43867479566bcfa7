package org.actorgraph.bench;

import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Times a query on a dataset: runs it {@code runs} times after one untimed run, reading every
 * result row, and reports the median and the 95th percentile.
 */
public final class QueryTimer {

  /** Latency of one query, in milliseconds, and the rows it returned. */
  public record Latency(String query, double medianMs, double p95Ms, long rows) {}

  private QueryTimer() {}

  public static Latency time(Dataset ds, QueryExample q, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs (" + runs + ") must be at least 1");
    }
    long rows = run(ds, q);
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      run(ds, q);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return new Latency(q.name(), percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, rows);
  }

  /** Runs the query in a read transaction and returns the number of result rows (or triples). */
  public static long run(Dataset ds, QueryExample q) {
    return Txn.calculateRead(
        ds,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q.query());
          q.parameters().forEach(b::substitution);
          try (QueryExec exec = b.build()) {
            if (q.query().isSelectType()) {
              RowSet rows = exec.select();
              long n = 0;
              while (rows.hasNext()) {
                rows.next();
                n++;
              }
              return n;
            }
            if (q.query().isAskType()) {
              return exec.ask() ? 1L : 0L;
            }
            return (long) exec.construct().size();
          }
        });
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
