package org.actorgraph.eval;

/**
 * A gold file, a dump or an extracted graph that cannot be read or scored; the message names the
 * file (or article) and what is wrong, e.g. {@code news-02.gold.json: relations[3].s: unknown
 * entity id 'usa'}.
 */
public class EvalInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvalInputException(String where, String problem) {
    super(where + ": " + problem);
  }

  public EvalInputException(String where, String problem, Throwable cause) {
    super(where + ": " + problem, cause);
  }
}
