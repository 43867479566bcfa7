package org.actorgraph.eval;

import java.util.List;

/**
 * A range of confidence, {@code [lower, upper)}, or {@code [lower, upper]} for the last band, used
 * to check calibration: of the facts scored in a band, how many are right.
 *
 * @param lower the least confidence in the band
 * @param upper the bound above
 * @param closed whether {@code upper} itself belongs to the band
 */
public record ConfidenceBand(double lower, double upper, boolean closed) {

  /** {@code [0,0.5)}, {@code [0.5,0.8)}, {@code [0.8,1]}. */
  public static final List<ConfidenceBand> DEFAULT =
      List.of(
          new ConfidenceBand(0, 0.5, false),
          new ConfidenceBand(0.5, 0.8, false),
          new ConfidenceBand(0.8, 1, true));

  public ConfidenceBand {
    if (!(lower >= 0 && lower < upper && upper <= 1)) {
      throw new IllegalArgumentException("band [" + lower + ", " + upper + "] not within 0..1");
    }
  }

  public boolean contains(double confidence) {
    return confidence >= lower && (confidence < upper || closed && confidence == upper);
  }

  /** {@code [0.8,1]} or {@code [0.5,0.8)}. */
  public String label() {
    return "[" + format(lower) + "," + format(upper) + (closed ? "]" : ")");
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
