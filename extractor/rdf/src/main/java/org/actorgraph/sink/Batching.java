package org.actorgraph.sink;

/**
 * How many article graphs a sink wants per {@link GraphSink#putAll} call: a batch is handed over
 * once it has {@code articles} graphs or {@code triples} triples, whichever comes first.
 *
 * @param articles most articles per batch (at least 1)
 * @param triples most triples per batch; a single larger article still makes a batch of its own
 */
public record Batching(int articles, long triples) {

  /** Fifty articles, any number of triples: what every sink got before sinks could choose. */
  public static final Batching DEFAULT = new Batching(50, Long.MAX_VALUE);

  public Batching {
    if (articles < 1) {
      throw new IllegalArgumentException("articles (" + articles + ") must be at least 1");
    }
    if (triples < 1) {
      throw new IllegalArgumentException("triples (" + triples + ") must be at least 1");
    }
  }

  /** Whether a batch of {@code n} articles with {@code t} triples is full. */
  public boolean full(int n, long t) {
    return n >= articles || t >= triples;
  }
}
