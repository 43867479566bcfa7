package org.actorgraph.server.explore;

import java.util.Objects;

/**
 * One fact that links two entities, as the graph page draws it: its IRI, its kind ({@link
 * RelationKind#id()}), the two ends in the fact's direction (holder to organisation, source to
 * target; agreement and contest parties in IRI order), the CAMEO root code of an interaction
 * ({@code "04"}, or null), its best confidence (NaN when it has none), the date as the text gives
 * it and the earliest publication date of its articles ({@code yyyy}, {@code yyyy-mm} or {@code
 * yyyy-mm-dd}, or null).
 */
record FactLink(
    String fact,
    String kind,
    String source,
    String target,
    String cameo,
    double confidence,
    String date,
    String published) {

  FactLink {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }

  /** The end that is not {@code actor} (the target when {@code actor} is the source). */
  String other(String actor) {
    return source.equals(actor) ? target : source;
  }

  /** The date the fact happened if the text gives one, else when it was first published. */
  String when() {
    return date != null ? date : published;
  }
}
