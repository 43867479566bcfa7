package org.actorgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.sink.Batching;
import org.actorgraph.sink.GraphSink;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Times a load alone, without the extraction that produced it: article graphs read back from an
 * N-Quads file into memory, then handed to a sink in the batches it asks for, in wall time and in
 * the process's CPU time (every thread: the store's, Lucene's merges, the collector).
 *
 * <p>Design decision: {@code load} extracts and stores at once, so the time its sink takes is
 * stretched by the extraction threads that share the cores; the benchmark's "load alone" figures
 * come from here instead, on the same graphs as the bulk load.
 */
public final class LoadTimer {

  /** What a timed load did: graphs, triples, wall and CPU time. */
  public record Timing(int graphs, long triples, Duration wall, Duration cpu) {

    /** Triples per second of wall time. */
    public double triplesPerSecond() {
      return triples / (wall.toNanos() / 1e9);
    }

    /** Triples per second of CPU time (all threads of the process). */
    public double triplesPerCpuSecond() {
      return triples / (cpu.toNanos() / 1e9);
    }
  }

  private LoadTimer() {}

  /**
   * The article graphs of an N-Quads file, in file order; the quads of one graph must be adjacent,
   * as {@code extract -f nquads} writes them.
   */
  public static List<ArticleGraph> readNquads(Path file) {
    List<ArticleGraph> out = new ArrayList<>();
    RDFParser.source(file)
        .parse(
            new StreamRDFBase() {
              private Node name;
              private Graph graph;

              @Override
              public void quad(Quad q) {
                if (!q.getGraph().equals(name)) {
                  name = q.getGraph();
                  graph = GraphFactory.createDefaultGraph();
                  out.add(new ArticleGraph(name, graph));
                }
                graph.add(q.asTriple());
              }
            });
    return out;
  }

  /**
   * Hands {@code graphs} to {@code sink} in the batches it asks for ({@link GraphSink#batching}).
   *
   * @throws IllegalStateException if the sink did not store one of them
   */
  public static Timing load(List<ArticleGraph> graphs, GraphSink sink) {
    Batching size = sink.batching();
    long triples = 0;
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    List<ArticleGraph> batch = new ArrayList<>();
    long batchTriples = 0;
    for (ArticleGraph g : graphs) {
      batch.add(g);
      batchTriples += g.graph().size();
      if (size.full(batch.size(), batchTriples)) {
        triples += store(batch, sink);
        batch.clear();
        batchTriples = 0;
      }
    }
    triples += store(batch, sink);
    return new Timing(
        graphs.size(),
        triples,
        Duration.ofNanos(System.nanoTime() - t0),
        Duration.ofNanos(cpuNanos() - cpu0));
  }

  private static long store(List<ArticleGraph> batch, GraphSink sink) {
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Integer, String> failed = sink.putAll(batch);
    if (!failed.isEmpty()) {
      throw new IllegalStateException("not stored: " + failed);
    }
    return batch.stream().mapToLong(g -> g.graph().size()).sum();
  }

  /** CPU time of the whole process so far, in nanoseconds. */
  public static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
