package org.actorgraph.train;

/**
 * Counts of an exact-span comparison: a found name is right when its start, end and type all equal
 * a gold name's.
 *
 * @param truePositives found names that are in the gold
 * @param falsePositives found names that are not
 * @param falseNegatives gold names not found
 */
public record SpanScore(int truePositives, int falsePositives, int falseNegatives) {

  public static final SpanScore ZERO = new SpanScore(0, 0, 0);

  public SpanScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "negative count (tp "
              + truePositives
              + ", fp "
              + falsePositives
              + ", fn "
              + falseNegatives
              + ")");
    }
  }

  public SpanScore plus(SpanScore other) {
    return new SpanScore(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Right names among found names; 0 when nothing was found. */
  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 0 : (double) truePositives / found;
  }

  /** Found names among gold names; 0 when there is no gold name. */
  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
  }
}
