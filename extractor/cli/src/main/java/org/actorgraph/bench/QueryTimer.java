package org.actorgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Times a query on a dataset: runs it {@code runs} times after a first run, reading every result
 * row, and reports the median and the 95th percentile of the timed runs (warm) and the time of the
 * first run (cold for this query: the first time the JVM plans it and reads its index pages, though
 * the operating system's file cache may hold them from earlier queries). A query whose first run
 * takes over 5 s is timed 3 times only, so that a slow query cannot hold a run up for long. The
 * median CPU time of the calling thread (which runs the query) is given too: on a shared machine it
 * says what the query costs better than the wall time, which includes waiting for a core.
 */
public final class QueryTimer {

  /** Latency of one query, in milliseconds, and the rows it returned. */
  public record Latency(
      String query, double firstMs, double medianMs, double p95Ms, double cpuMedianMs, long rows) {}

  /** A query whose first run takes longer than this is timed {@link #SLOW_RUNS} times only. */
  static final long SLOW_NANOS = 5_000_000_000L;

  static final int SLOW_RUNS = 3;

  private QueryTimer() {}

  public static Latency time(Dataset ds, QueryExample q, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs (" + runs + ") must be at least 1");
    }
    long first = System.nanoTime();
    long rows = run(ds, q);
    first = System.nanoTime() - first;
    if (first > SLOW_NANOS) {
      runs = Math.min(runs, SLOW_RUNS);
    }
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      run(ds, q);
      nanos[i] = System.nanoTime() - t;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    return new Latency(
        q.name(),
        first / 1e6,
        percentile(nanos, 50) / 1e6,
        percentile(nanos, 95) / 1e6,
        percentile(cpu, 50) / 1e6,
        rows);
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
