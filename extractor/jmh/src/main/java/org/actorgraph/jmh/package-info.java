/**
 * JMH benchmarks of the extraction hot path, one stage at a time, over fixed inputs: the articles
 * of {@code samples/} and synthetic articles from {@link org.actorgraph.bench.SyntheticCorpus}
 * (seed 1). Each benchmark prepares the earlier stages' output once per trial and then times one
 * stage on one article (or one sentence) per operation, cycling through the corpus.
 *
 * <p>Run with {@code java -jar extractor/jmh/target/benchmarks.jar} (see docs/PERFORMANCE.md);
 * nothing here runs in {@code mvn verify} except a one-iteration smoke test.
 */
package org.actorgraph.jmh;
