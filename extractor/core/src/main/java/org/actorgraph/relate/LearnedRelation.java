package org.actorgraph.relate;

import java.util.Optional;
import org.actorgraph.lexicon.EntityType;

/** The outcomes of the learned relation classifier, for an ordered pair (first, second). */
public enum LearnedRelation {
  /** No relation of ours. */
  NONE("none"),
  /** The first, a person, holds a role in the second. */
  POSITION("position"),
  /** The first belongs to the second. */
  MEMBER_OF("memberOf"),
  /** The first is a body of the second. */
  PART_OF("partOf"),
  /** The first is located in the second. */
  LOCATED_IN("locatedIn");

  private final String outcome;

  LearnedRelation(String outcome) {
    this.outcome = outcome;
  }

  /** The outcome name in the model, also the gold predicate name. */
  public String outcome() {
    return outcome;
  }

  /**
   * Whether this relation may hold from an entity of type {@code first} to one of type {@code
   * second}, as the gold format defines them (position: person to organisation or country;
   * memberOf: person, country or organisation to organisation; partOf: organisation to organisation
   * or country; locatedIn: place or organisation to place or country).
   */
  public boolean allows(EntityType first, EntityType second) {
    boolean org = second == EntityType.ORGANISATION;
    boolean country = second == EntityType.COUNTRY;
    return switch (this) {
      case NONE -> true;
      case POSITION -> first == EntityType.PERSON && (org || country);
      case MEMBER_OF -> first != EntityType.PLACE && org;
      case PART_OF -> first == EntityType.ORGANISATION && (org || country);
      case LOCATED_IN ->
          first == EntityType.PLACE
              ? country || second == EntityType.PLACE
              : first == EntityType.ORGANISATION && second == EntityType.PLACE;
    };
  }

  /** The relation named {@code outcome}, if any. */
  public static Optional<LearnedRelation> ofOutcome(String outcome) {
    for (LearnedRelation r : values()) {
      if (r.outcome.equals(outcome)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
