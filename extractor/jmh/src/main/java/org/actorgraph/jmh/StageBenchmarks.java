package org.actorgraph.jmh;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.mention.Mention;
import org.actorgraph.rdf.ArticleGraphWriter;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.ResolvedArticle;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages without the dependency parser, each timed on one article per operation: OpenNLP
 * annotation (sentences, tokens, tags, lemmas, language), mention finding, resolution, relation
 * finding (word order only) and writing the article's graph to a stream that discards it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class StageBenchmarks {

  /** The corpus prepared without the parser. */
  @State(Scope.Benchmark)
  public static class Unparsed extends PreparedCorpus {

    @Param({"samples", "synthetic"})
    public String corpus;

    @Setup(Level.Trial)
    public void setUp() {
      prepare(corpus, false);
    }
  }

  private static final RunInfo RUN =
      new RunInfo("https://example.org/run/jmh", "jmh", Instant.parse("2026-01-01T00:00:00Z"));

  @Benchmark
  public AnnotatedArticle annotate(Unparsed c) {
    return OpenNlpAnnotator.forThisThread().annotate(c.articles.get(c.next()));
  }

  @Benchmark
  public List<Mention> mentions(Unparsed c) {
    return c.extractor.mentionFinder().find(c.annotated.get(c.next()));
  }

  @Benchmark
  public ResolvedArticle resolve(Unparsed c) {
    int i = c.next();
    return c.extractor.resolver().resolve(c.annotated.get(i), c.mentions.get(i));
  }

  @Benchmark
  public List<Fact> relate(Unparsed c) {
    return c.extractor.relationFinder().find(c.resolved.get(c.next()));
  }

  @Benchmark
  public void writeGraph(Unparsed c, Blackhole out) {
    ArticleGraphWriter.write(
        c.extractions.get(c.next()),
        RUN,
        RUN.startedAt(),
        c.extractor.iris(),
        new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            out.consume(q);
          }
        });
  }
}
