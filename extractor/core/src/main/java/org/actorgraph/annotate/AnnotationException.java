package org.actorgraph.annotate;

/** An article that cannot be analysed, with the reason in one line. */
public class AnnotationException extends RuntimeException {

  public AnnotationException(String message) {
    super(message);
  }
}
