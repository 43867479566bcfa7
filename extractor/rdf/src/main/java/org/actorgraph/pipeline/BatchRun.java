package org.actorgraph.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.actorgraph.annotate.AnnotationException;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.Batching;
import org.actorgraph.sink.GraphSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over many inputs: reads articles in order, analyses up to {@code threads} of
 * them at once, and hands each article graph to the sink in input order. A problem with one input
 * or article is recorded and the run goes on with the next.
 */
public final class BatchRun {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  /**
   * What happened in a run.
   *
   * @param articles the articles stored (only those the sink confirmed)
   * @param triples the triples in the stored articles
   * @param problems every input or article that failed, with the reason, and every article stored
   *     in part because a finder failed on it
   * @param notStored the origins of the articles that were extracted but that the sink did not
   *     store (also in {@code problems}), in input order, for a re-run
   * @param time how long the run took
   */
  public record Summary(
      int articles,
      long triples,
      List<InputProblem> problems,
      List<String> notStored,
      Duration time) {
    public Summary {
      problems = List.copyOf(problems);
      notStored = List.copyOf(notStored);
    }

    public Summary(int articles, long triples, List<InputProblem> problems, Duration time) {
      this(articles, triples, problems, List.of(), time);
    }
  }

  /** Told after each input file, and after each article stored. */
  public interface Progress {
    void update(int filesDone, int filesTotal, int articlesStored);
  }

  private final Pipeline pipeline;
  private final RunInfo run;
  private final int threads;
  private final Batching batching;

  /**
   * A run that hands the sink batches of the size the sink asks for ({@link GraphSink#batching}).
   */
  public BatchRun(Pipeline pipeline, RunInfo run, int threads) {
    this.pipeline = pipeline;
    this.run = run;
    this.threads = threads;
    this.batching = null;
  }

  /**
   * A run that hands the sink batches of up to {@code batchSize} articles, whatever it asks for.
   */
  public BatchRun(Pipeline pipeline, RunInfo run, int threads, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be at least 1");
    }
    this.pipeline = pipeline;
    this.run = run;
    this.threads = threads;
    this.batching = new Batching(batchSize, Long.MAX_VALUE);
  }

  /** Articles per sink call for a sink that does not choose ({@link Batching#DEFAULT}). */
  public static final int DEFAULT_BATCH = 50;

  /**
   * Reads {@code paths} ({@code -} for {@code stdin}) and stores each article's graph in {@code
   * sink}.
   */
  public Summary run(
      Inputs inputs, List<Path> paths, InputStream stdin, GraphSink sink, Progress progress) {
    long start = System.nanoTime();
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = inputs.expand(paths, problems::add);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ExecutorService writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "actorgraph-sink");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> pending = new ArrayDeque<>();
    Batch batch = new Batch(sink, problems, writer);
    try {
      int done = 0;
      for (Path file : files) {
        // each article is submitted as it is read: a .jsonl file of any size is never held whole
        Consumer<Article> submit =
            a -> {
              pending.add(
                  new Pending(a, pool.submit(() -> pipeline.toGraph(pipeline.extract(a), run))));
              while (pending.size() > 2 * threads) {
                batch.add(pending.poll());
              }
            };
        if (file.toString().equals("-")) {
          inputs.readStdin(stdin, submit, problems::add);
        } else {
          inputs.read(file, submit, problems::add);
        }
        progress.update(++done, files.size(), batch.stored);
      }
      while (!pending.isEmpty()) {
        batch.add(pending.poll());
      }
      batch.flush();
      batch.await();
      progress.update(files.size(), files.size(), batch.stored);
    } finally {
      pool.shutdownNow();
      // a batch the sink is storing is let finish (never interrupted half-way), then the thread
      // ends
      writer.shutdown();
      awaitQuietly(writer);
    }
    return new Summary(
        batch.stored,
        batch.triples,
        problems,
        batch.notStored,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static void awaitQuietly(ExecutorService writer) {
    try {
      while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.info("waiting for the sink to finish storing a batch");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Collects finished graphs and hands them to the sink in batches, on a thread of its own: while
   * the sink stores one batch (a store's transaction takes seconds for a large one) the workers go
   * on extracting the next. At most one batch is being stored while the next one fills, and the
   * sink is only ever called by that one thread, in input order.
   */
  private final class Batch {
    private final GraphSink sink;
    private final ExecutorService writer;
    private Future<Map<Integer, String>> inFlight;
    private List<ArticleGraph> inFlightGraphs = List.of();
    private List<Article> inFlightArticles = List.of();
    private final List<InputProblem> problems;
    private final List<ArticleGraph> graphs = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<String> notStored = new ArrayList<>();
    private final Batching size;
    private long batchTriples;
    int stored;
    long triples;

    Batch(GraphSink sink, List<InputProblem> problems, ExecutorService writer) {
      this.sink = sink;
      this.writer = writer;
      this.problems = problems;
      this.size = batching != null ? batching : sink.batching();
    }

    void add(Pending p) {
      ArticleGraph g;
      try {
        g = p.result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        boolean expected = cause instanceof AnnotationException;
        if (!expected) {
          LOG.warn("extraction of {} failed", p.article.origin(), cause);
        }
        problems.add(
            new InputProblem(
                p.article.origin(), expected ? cause.getMessage() : "extraction failed: " + cause));
        return;
      }
      for (String failure : g.failures()) {
        problems.add(new InputProblem(p.article.origin(), "extracted in part: " + failure));
      }
      graphs.add(g);
      articles.add(p.article);
      batchTriples += g.graph().size();
      if (size.full(graphs.size(), batchTriples)) {
        flush();
      }
    }

    /** Hands the collected graphs to the sink, once it has stored the batch before. */
    void flush() {
      if (graphs.isEmpty()) {
        return;
      }
      await();
      List<ArticleGraph> batch = List.copyOf(graphs);
      inFlightGraphs = batch;
      inFlightArticles = List.copyOf(articles);
      inFlight = writer.submit(() -> sink.putAll(batch));
      graphs.clear();
      articles.clear();
      batchTriples = 0;
    }

    /** Waits for the batch being stored, and records which of its articles were stored. */
    void await() {
      if (inFlight == null) {
        return;
      }
      Map<Integer, String> failures;
      try {
        failures = inFlight.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        // the sink's own exception, as if it had been called on this thread
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        inFlight = null;
      }
      for (int i = 0; i < inFlightGraphs.size(); i++) {
        String failure = failures.get(i);
        if (failure == null) {
          stored++;
          triples += inFlightGraphs.get(i).graph().size();
        } else {
          problems.add(new InputProblem(inFlightArticles.get(i).origin(), failure));
          notStored.add(inFlightArticles.get(i).origin());
        }
      }
      inFlightGraphs = List.of();
      inFlightArticles = List.of();
    }
  }

  private record Pending(Article article, Future<ArticleGraph> result) {}
}
