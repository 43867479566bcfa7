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
import java.util.function.Consumer;
import org.actorgraph.annotate.AnnotationException;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.RunInfo;
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
   * @param problems every input or article that failed, with the reason
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
  private final int batchSize;

  /** A run that hands the sink batches of up to {@value #DEFAULT_BATCH} articles. */
  public BatchRun(Pipeline pipeline, RunInfo run, int threads) {
    this(pipeline, run, threads, DEFAULT_BATCH);
  }

  public BatchRun(Pipeline pipeline, RunInfo run, int threads, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize (" + batchSize + ") must be at least 1");
    }
    this.pipeline = pipeline;
    this.run = run;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /** Articles stored per sink call (one TDB2 transaction). */
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
    Deque<Pending> pending = new ArrayDeque<>();
    Batch batch = new Batch(sink, problems);
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
      progress.update(files.size(), files.size(), batch.stored);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(
        batch.stored,
        batch.triples,
        problems,
        batch.notStored,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Collects finished graphs and hands them to the sink in batches. */
  private final class Batch {
    private final GraphSink sink;
    private final List<InputProblem> problems;
    private final List<ArticleGraph> graphs = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<String> notStored = new ArrayList<>();
    int stored;
    long triples;

    Batch(GraphSink sink, List<InputProblem> problems) {
      this.sink = sink;
      this.problems = problems;
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
      graphs.add(g);
      articles.add(p.article);
      if (graphs.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (graphs.isEmpty()) {
        return;
      }
      Map<Integer, String> failures = sink.putAll(graphs);
      for (int i = 0; i < graphs.size(); i++) {
        String failure = failures.get(i);
        if (failure == null) {
          stored++;
          triples += graphs.get(i).graph().size();
        } else {
          problems.add(new InputProblem(articles.get(i).origin(), failure));
          notStored.add(articles.get(i).origin());
        }
      }
      graphs.clear();
      articles.clear();
    }
  }

  private record Pending(Article article, Future<ArticleGraph> result) {}
}
