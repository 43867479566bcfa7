package org.actorgraph.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relationship of the network: every fact of one kind (and for interactions one CAMEO root)
 * between the same two actors, taken together.
 *
 * @param id a stable id within the export, e.g. {@code e12}
 * @param source the source actor's IRI (for undirected kinds the smaller IRI)
 * @param target the target actor's IRI
 * @param kind the kind of fact
 * @param cameo the CAMEO root code of interactions, e.g. {@code "04"}, or null
 * @param label a readable label, e.g. "member of" or "04 Consult"
 * @param weight the number of supporting facts (at least 1)
 * @param confidence the highest confidence of the supporting facts
 * @param firstDate the earliest day the facts are dated to (or their articles published), or null
 * @param lastDate the latest such day, or null
 */
public record RelationEdge(
    String id,
    String source,
    String target,
    RelationKind kind,
    String cameo,
    String label,
    int weight,
    double confidence,
    LocalDate firstDate,
    LocalDate lastDate) {

  public RelationEdge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    if (weight < 1) {
      throw new IllegalArgumentException("weight (" + weight + ") below 1");
    }
    if ((firstDate == null) != (lastDate == null)) {
      throw new IllegalArgumentException("firstDate and lastDate: give both or neither");
    }
    if (firstDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException(
          "lastDate (" + lastDate + ") before firstDate (" + firstDate + ")");
    }
  }

  /** Whether the edge has a direction (see {@link RelationKind#directed()}). */
  public boolean directed() {
    return kind.directed();
  }
}
