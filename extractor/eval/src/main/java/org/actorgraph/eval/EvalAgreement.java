package org.actorgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An agreement between actors.
 *
 * @param id the gold file's id, or the agreement IRI in an extraction
 * @param names the phrases that denote it; at least one
 * @param kind one of {@link GoldTerms#KINDS}, when known
 * @param parties entity ids
 * @param status one of {@link GoldTerms#STATUSES}, when known
 * @param date ISO date, as precise as known ({@code 2025}, {@code 2025-03}, {@code 2025-03-12})
 * @param confidence how sure the extractor is, 0..1; empty in gold files
 */
public record EvalAgreement(
    String id,
    List<String> names,
    Optional<String> kind,
    List<String> parties,
    Optional<String> status,
    Optional<String> date,
    OptionalDouble confidence) {

  public EvalAgreement {
    Checks.text(id, "id");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("agreement '" + id + "' has no names");
    }
    Checks.oneOf(kind, GoldTerms.KINDS, "kind");
    parties = List.copyOf(parties);
    Checks.oneOf(status, GoldTerms.STATUSES, "status");
    Objects.requireNonNull(date, "date");
    Checks.confidence(confidence);
  }
}
