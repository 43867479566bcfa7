package org.actorgraph.train;

/** A training corpus that cannot be read as expected; the message says where and what. */
public class CorpusException extends RuntimeException {

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
