package org.actorgraph.eval;

import java.util.OptionalDouble;

/**
 * A direct quotation and its speaker.
 *
 * @param speaker the speaker's entity id
 * @param starts in a gold file, the first words of the quotation; in an extraction, the whole
 *     quoted text (the JSON key is {@code starts} in both, so a dump reads like a gold file)
 * @param confidence how sure the extractor is, 0..1; empty in gold files
 */
public record EvalQuote(String speaker, String starts, OptionalDouble confidence) {

  public EvalQuote {
    Checks.text(speaker, "speaker");
    Checks.text(starts, "starts");
    Checks.confidence(confidence);
  }
}
