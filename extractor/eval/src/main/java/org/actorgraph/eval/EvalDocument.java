package org.actorgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything taken from one article, in the gold file's shape: either a hand-made gold file or what
 * the extractor produced.
 *
 * @param doc the article's name (the file name without {@code .txt})
 * @param date the article's date, ISO, when known
 * @param entities actors and places
 * @param relations relations between them
 * @param agreements agreements
 * @param quotes direct quotations
 * @param partial the measures this gold file does not annotate (see {@link
 *     GoldTerms#PARTIAL_NAMES}); the scorer skips them. Empty for extractions
 */
public record EvalDocument(
    String doc,
    Optional<String> date,
    List<EvalEntity> entities,
    List<EvalRelation> relations,
    List<EvalAgreement> agreements,
    List<EvalQuote> quotes,
    Set<String> partial) {

  public EvalDocument {
    Checks.text(doc, "doc");
    Objects.requireNonNull(date, "date");
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
    agreements = List.copyOf(agreements);
    quotes = List.copyOf(quotes);
    partial = Set.copyOf(partial);
    partial.forEach(each -> Checks.oneOf(each, GoldTerms.PARTIAL_NAMES, "partial"));
  }

  /** Whether the gold file leaves this measure (or predicate) out. */
  public boolean skips(String measure) {
    return partial.contains(measure);
  }
}
