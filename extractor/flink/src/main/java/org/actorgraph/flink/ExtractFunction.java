package org.actorgraph.flink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.actorgraph.annotate.AnnotationException;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.ArticleGraphMessages;
import org.actorgraph.rdf.RunInfo;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor as a Flink function: one {@link ArticleInput} in, its article graph out. The models
 * are loaded once per task in {@link #open}; an input that is not an article, or an article the
 * pipeline fails on, is logged with its origin, counted ({@code inputProblems}, {@code
 * articlesFailed}) and skipped, so one bad article never stops the job. What is not about one
 * article fails the task instead, for Flink to report and restart: models that cannot load (in
 * {@link #open}), or {@value #MAX_FAILURES_IN_A_ROW} articles in a row failing.
 *
 * <p>Design decision: the models load lazily (the parser's in the background, waited for by the
 * first sentence it parses), and a model that could not load (too little heap) would fail every
 * article afterwards, each logged as a bad article while the job "succeeds" with no output. So
 * {@link #open} extracts one small invented article, with two actors in a sentence so that the
 * parser runs, and the limit on failures in a row catches what the warm-up does not.
 */
public final class ExtractFunction extends RichFlatMapFunction<ArticleInput, GraphMessage> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractFunction.class);

  /** This many articles failing one after the other fail the task. */
  static final int MAX_FAILURES_IN_A_ROW = 100;

  private static final Article WARM_UP =
      Article.of("warm-up", "Jane Doe met John Roe in Port Aster on Monday.");

  private final String baseIri;
  private final boolean parse;
  private final String runIri;
  private final String version;
  private final Instant startedAt;

  private transient Pipeline pipeline;
  private transient RunInfo run;
  private transient Counter extracted;
  private transient Counter failed;
  private transient Counter problems;
  private transient long firstArticleNanos;
  private transient long lastArticleNanos;
  private transient int failuresInARow;

  /** A function that extracts with the standard pipeline under {@code config}, as {@code run}. */
  public ExtractFunction(ExtractorConfig config, RunInfo run) {
    this.baseIri = config.baseIri();
    this.parse = config.parse();
    this.runIri = run.iri();
    this.version = run.extractorVersion();
    this.startedAt = run.startedAt();
  }

  @Override
  public void open(OpenContext context) {
    long start = System.nanoTime();
    pipeline = Pipeline.standard(new ExtractorConfig(baseIri, 1, Inputs.DEFAULT_MAX_BYTES, parse));
    run = new RunInfo(runIri, version, startedAt);
    pipeline.extract(WARM_UP);
    var metrics = getRuntimeContext().getMetricGroup();
    extracted = metrics.counter("articlesExtracted");
    failed = metrics.counter("articlesFailed");
    problems = metrics.counter("inputProblems");
    LOG.info("extractor ready in {} ms (parse {})", (System.nanoTime() - start) / 1_000_000, parse);
  }

  @Override
  public void flatMap(ArticleInput in, Collector<GraphMessage> out) {
    if (in.isProblem()) {
      problems.inc();
      LOG.warn("{}: skipped: {}", in.origin(), in.problem());
      return;
    }
    if (firstArticleNanos == 0) {
      firstArticleNanos = System.nanoTime();
    }
    GraphMessage message;
    try {
      var graph = pipeline.toGraph(pipeline.extract(in.toArticle()), run);
      message =
          new GraphMessage(
              new String(ArticleGraphMessages.key(graph.name()), StandardCharsets.UTF_8),
              new String(ArticleGraphMessages.value(graph), StandardCharsets.UTF_8));
    } catch (AnnotationException e) {
      failed.inc();
      LOG.warn("{}: skipped: {}", in.origin(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      failed.inc();
      if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
        throw new IllegalStateException(
            failuresInARow + " articles in a row failed, the last " + in.origin(), e);
      }
      LOG.warn("{}: skipped: extraction failed", in.origin(), e);
      return;
    }
    failuresInARow = 0;
    extracted.inc();
    lastArticleNanos = System.nanoTime();
    out.collect(message);
  }

  /**
   * Logs what this task did: articles extracted, failed and skipped, and its rate from its first
   * article to its last (a bounded job's task closes only after its final checkpoint).
   */
  @Override
  public void close() {
    if (extracted == null) {
      return;
    }
    double seconds = (lastArticleNanos - firstArticleNanos) / 1e9;
    LOG.info(
        "extracted {} articles in {} s ({} articles/s); {} failed, {} inputs skipped",
        extracted.getCount(),
        String.format(Locale.ROOT, "%.1f", seconds),
        String.format(Locale.ROOT, "%.1f", seconds == 0 ? 0 : extracted.getCount() / seconds),
        failed.getCount(),
        problems.getCount());
  }
}
