package org.actorgraph.lexicon;

/** A gazetteer data file is malformed; the message names the file, the line and the problem. */
public final class GazetteerFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param source the file name, e.g. {@code countries.tsv}
   * @param line the 1-based line number, or 0 when the problem is not on one line
   * @param problem what is wrong
   */
  public GazetteerFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
  }
}
