package org.actorgraph.eval;

/**
 * An accuracy or a precision counted as hits among a total (Wikidata accuracy, speaker accuracy,
 * agreement field accuracy, precision in a confidence band).
 *
 * @param hits how many were right
 * @param total how many were judged
 */
public record Ratio(long hits, long total) {

  public static final Ratio ZERO = new Ratio(0, 0);

  public Ratio {
    if (hits < 0 || total < hits) {
      throw new IllegalArgumentException("hits (" + hits + ") outside 0.." + total);
    }
  }

  /** One judgement. */
  public static Ratio of(boolean hit) {
    return new Ratio(hit ? 1 : 0, 1);
  }

  public Ratio plus(Ratio other) {
    return new Ratio(hits + other.hits, total + other.total);
  }

  /** hits / total; NaN when nothing was judged. */
  public double value() {
    return total == 0 ? Double.NaN : (double) hits / total;
  }
}
