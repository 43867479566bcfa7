package org.actorgraph.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.relate.Fact;
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

/**
 * The dependency parser: relation finding with the parse, on one article per operation, and the
 * NLP4J parser alone on one sentence per operation (the sentences that name two or more actors,
 * those the interaction finder may parse). Loading the parser's models takes 10-30 s and about 1 GB
 * of heap before the first iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class ParserBenchmarks {

  /** The corpus prepared with the parser. */
  @State(Scope.Benchmark)
  public static class Parsed extends PreparedCorpus {

    @Param({"samples", "synthetic"})
    public String corpus;

    DependencyParser parser;

    @Setup(Level.Trial)
    public void setUp() {
      prepare(corpus, true);
      parser = Nlp4jDependencyParser.standard();
    }
  }

  @Benchmark
  public List<Fact> relateWithParse(Parsed c) {
    return c.extractor.relationFinder().find(c.resolved.get(c.next()));
  }

  @Benchmark
  public DependencyTree parseSentence(Parsed c) {
    return c.parser.parse(c.nextSentence());
  }
}
