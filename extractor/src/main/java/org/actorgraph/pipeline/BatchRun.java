package org.actorgraph.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorgraph.annotate.AnnotationException;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.sink.GraphSink;
import org.actorgraph.sink.SinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over many inputs: reads articles in order, analyses up to {@code threads} of
 * them at once, and hands each article graph to the sink in input order. A problem with one input
 * or article is recorded and the run goes on with the next.
 */
public final class BatchRun {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  /** What happened in a run. */
  public record Summary(int articles, long triples, List<InputProblem> problems, Duration time) {
    public Summary {
      problems = List.copyOf(problems);
    }
  }

  /** Told after each input file, and after each article stored. */
  public interface Progress {
    void update(int filesDone, int filesTotal, int articlesStored);
  }

  private final Pipeline pipeline;
  private final RunInfo run;
  private final int threads;

  public BatchRun(Pipeline pipeline, RunInfo run, int threads) {
    this.pipeline = pipeline;
    this.run = run;
    this.threads = threads;
  }

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
    int[] stored = {0};
    long[] triples = {0};
    try {
      int done = 0;
      for (Path file : files) {
        List<Article> articles = new ArrayList<>();
        if (file.toString().equals("-")) {
          inputs.readStdin(stdin, articles::add, problems::add);
        } else {
          inputs.read(file, articles::add, problems::add);
        }
        for (Article a : articles) {
          pending.add(
              new Pending(a, pool.submit(() -> pipeline.toGraph(pipeline.extract(a), run))));
          while (pending.size() > 2 * threads) {
            store(pending.poll(), sink, problems, stored, triples);
          }
        }
        progress.update(++done, files.size(), stored[0]);
      }
      while (!pending.isEmpty()) {
        store(pending.poll(), sink, problems, stored, triples);
      }
      progress.update(files.size(), files.size(), stored[0]);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(
        stored[0], triples[0], problems, Duration.ofNanos(System.nanoTime() - start));
  }

  private void store(
      Pending p, GraphSink sink, List<InputProblem> problems, int[] stored, long[] triples) {
    Pipeline.ArticleGraph g;
    try {
      g = p.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String message =
          cause instanceof AnnotationException ? cause.getMessage() : "extraction failed: " + cause;
      if (!(cause instanceof AnnotationException)) {
        LOG.warn("extraction of {} failed", p.article.origin(), cause);
      }
      problems.add(new InputProblem(p.article.origin(), message));
      return;
    }
    try {
      sink.put(g.name(), g.graph());
      stored[0]++;
      triples[0] += g.graph().size();
    } catch (SinkException e) {
      problems.add(new InputProblem(p.article.origin(), e.getMessage()));
    }
  }

  private record Pending(Article article, Future<Pipeline.ArticleGraph> result) {}
}
