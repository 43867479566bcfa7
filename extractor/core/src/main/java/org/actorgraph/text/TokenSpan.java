package org.actorgraph.text;

/** A half-open range {@code [start, end)} of token indices within one sentence. */
public record TokenSpan(int start, int end) {

  public TokenSpan {
    if (start < 0) {
      throw new IllegalArgumentException("start (" + start + ") is negative");
    }
    if (end <= start) {
      throw new IllegalArgumentException("end (" + end + ") not after start (" + start + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
