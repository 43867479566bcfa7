package org.actorgraph.sink;

/** A graph that could not be stored, with the reason. */
public class SinkException extends RuntimeException {

  public SinkException(String message, Throwable cause) {
    super(message, cause);
  }

  public SinkException(String message) {
    super(message);
  }
}
