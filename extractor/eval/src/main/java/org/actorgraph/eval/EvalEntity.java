package org.actorgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An actor or place, from a gold file or from an extraction.
 *
 * @param id the gold file's id, or the entity IRI in an extraction
 * @param type one of {@link GoldTerms#TYPES}
 * @param names every surface form (the first is the fullest); at least one
 * @param wikidata the Wikidata id such as {@code Q736}, when known
 * @param confidence how sure the extractor is, 0..1; empty in gold files
 */
public record EvalEntity(
    String id,
    String type,
    List<String> names,
    Optional<String> wikidata,
    OptionalDouble confidence) {

  public EvalEntity {
    Checks.text(id, "id");
    Checks.oneOf(type, GoldTerms.TYPES, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entity '" + id + "' has no names");
    }
    Objects.requireNonNull(wikidata, "wikidata");
    Checks.confidence(confidence);
  }

  /** A gold entity: no confidence. */
  public EvalEntity(String id, String type, List<String> names, Optional<String> wikidata) {
    this(id, type, names, wikidata, OptionalDouble.empty());
  }
}
