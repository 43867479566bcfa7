package org.actorgraph.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.RunInfo;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BatchRun} hands the sink batches of the size the sink asks for ({@link
 * GraphSink#batching}), bounded by articles and by triples, from one thread of its own, in input
 * order; a sink's exception still ends the run.
 */
class BatchRunBatchingIT {

  private static final int ARTICLES = 23;

  @TempDir static Path dir;
  private static Pipeline pipeline;
  private static ExtractorConfig config;

  @BeforeAll
  static void articles() throws IOException {
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          dir.resolve(String.format("a%04d.txt", i)),
          "URL: https://news.freedonia.example/"
              + i
              + "\nDATE: 2025-03-10\n\nJane Doe, the president of Freedonia, met John Roe, the"
              + " foreign minister of Sylvania, in Port Aster on Monday.\n");
    }
    config = ExtractorConfig.defaults().withParse(false).withThreads(2);
    pipeline = Pipeline.standard(config);
  }

  @AfterAll
  static void release() {
    pipeline = null;
  }

  private static BatchRun.Summary run(BatchRun run, GraphSink sink) {
    return run.run(
        new Inputs(config.maxArticleBytes()),
        List.of(dir),
        new ByteArrayInputStream(new byte[0]),
        sink,
        (a, b, c) -> {});
  }

  private static BatchRun batchRun() {
    return new BatchRun(
        pipeline, new RunInfo(config.baseIri() + "run/t", "test", Instant.now()), 2);
  }

  /** Records what it is handed, and by which thread. */
  private static class Recording implements GraphSink {
    final Batching batching;
    final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    final List<Node> names = Collections.synchronizedList(new ArrayList<>());
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    Recording(Batching batching) {
      this.batching = batching;
    }

    @Override
    public Batching batching() {
      return batching;
    }

    @Override
    public void put(Node name, Graph content) {
      throw new AssertionError("BatchRun calls putAll");
    }

    @Override
    public Map<Integer, String> putAll(List<ArticleGraph> graphs) {
      threads.add(Thread.currentThread());
      sizes.add(graphs.size());
      graphs.forEach(g -> names.add(g.name()));
      return Map.of();
    }

    @Override
    public void close() {}
  }

  @Test
  void batchesHaveTheSizeTheSinkAsksForAndComeInOrderFromOneThread() {
    Recording byArticles = new Recording(new Batching(5, Long.MAX_VALUE));
    BatchRun.Summary s = run(batchRun(), byArticles);
    assertEquals(ARTICLES, s.articles());
    assertEquals(List.of(5, 5, 5, 5, 3), byArticles.sizes);
    assertEquals(1, byArticles.threads.size(), "one sink thread");
    assertNotEquals(Thread.currentThread(), byArticles.threads.iterator().next());

    // an explicit batch size wins over the sink's; the order is the input order either way
    Recording oneByOne = new Recording(new Batching(5, Long.MAX_VALUE));
    BatchRun explicit =
        new BatchRun(
            pipeline, new RunInfo(config.baseIri() + "run/t", "test", Instant.now()), 2, 1);
    run(explicit, oneByOne);
    assertEquals(Collections.nCopies(ARTICLES, 1), oneByOne.sizes);
    assertEquals(byArticles.names, oneByOne.names);
    assertEquals(ARTICLES, Set.copyOf(oneByOne.names).size());
  }

  @Test
  void aBatchEndsAtTheTriplesBoundToo() {
    Recording byTriples = new Recording(new Batching(1000, 1));
    BatchRun.Summary s = run(batchRun(), byTriples);
    assertEquals(ARTICLES, s.articles());
    assertEquals(Collections.nCopies(ARTICLES, 1), byTriples.sizes, "every graph fills a batch");
    assertTrue(s.triples() > ARTICLES);
  }

  @Test
  void aSinkThatThrowsEndsTheRunWithItsException() {
    IllegalStateException boom = new IllegalStateException("boom");
    GraphSink failing =
        new Recording(new Batching(4, Long.MAX_VALUE)) {
          @Override
          public Map<Integer, String> putAll(List<ArticleGraph> graphs) {
            throw boom;
          }
        };
    assertSame(boom, assertThrows(IllegalStateException.class, () -> run(batchRun(), failing)));
  }

  @Test
  void batchingRejectsEmptyBatches() {
    assertThrows(IllegalArgumentException.class, () -> new Batching(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Batching(10, 0));
    Batching b = new Batching(3, 100);
    assertTrue(b.full(3, 1));
    assertTrue(b.full(1, 100));
    assertTrue(!b.full(2, 99));
  }
}
