package org.actorgraph.extract;

import org.actorgraph.ingest.Inputs;
import org.actorgraph.resolve.Iris;

/**
 * Settings of an extraction run.
 *
 * @param baseIri the base of every data IRI; default {@value Iris#DEFAULT_BASE}
 * @param threads how many articles are analysed at once; default: the number of processors
 * @param maxArticleBytes the largest article file (or JSON line) accepted; default 10 MiB
 * @param parse whether sentences with two or more actors get a dependency parse (more interactions
 *     found; the parser's models cost about 6 s of start-up, 0.75 GB of heap and about 40% of
 *     throughput); default true
 */
public record ExtractorConfig(String baseIri, int threads, long maxArticleBytes, boolean parse) {

  public ExtractorConfig {
    new Iris(baseIri);
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
    }
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException(
          "maxArticleBytes (" + maxArticleBytes + ") must be positive");
    }
  }

  public static ExtractorConfig defaults() {
    return new ExtractorConfig(
        Iris.DEFAULT_BASE,
        Runtime.getRuntime().availableProcessors(),
        Inputs.DEFAULT_MAX_BYTES,
        true);
  }

  public ExtractorConfig withThreads(int n) {
    return new ExtractorConfig(baseIri, n, maxArticleBytes, parse);
  }

  public ExtractorConfig withParse(boolean p) {
    return new ExtractorConfig(baseIri, threads, maxArticleBytes, p);
  }
}
