package org.actorgraph.eval;

/**
 * Matched, spurious and missed items of one measure.
 *
 * @param tp extracted items that match gold items (one to one)
 * @param fp extracted items that match none
 * @param fn gold items that no extracted item matches
 */
public record Counts(long tp, long fp, long fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp " + tp + ", fp " + fp + ", fn " + fn);
    }
  }

  /** Counts from a matching: {@code matched} pairs among {@code extracted} and {@code gold}. */
  public static Counts of(long matched, long extracted, long gold) {
    return new Counts(matched, extracted - matched, gold - matched);
  }

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp); NaN when nothing was extracted. */
  public double precision() {
    return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); NaN when the gold has nothing. */
  public double recall() {
    return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall; NaN if either is, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
