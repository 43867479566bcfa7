package org.actorgraph.text;

/**
 * A half-open range {@code [start, end)} of character offsets into an article body.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units) into {@link
 * org.actorgraph.ingest.Article#body()}; this is the only offset convention in the project. Token
 * positions are a different coordinate and use {@link TokenSpan}.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  public CharSpan {
    if (start < 0) {
      throw new IllegalArgumentException("start (" + start + ") is negative");
    }
    if (end < start) {
      throw new IllegalArgumentException("end (" + end + ") before start (" + start + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code body}. */
  public String of(String body) {
    return body.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
