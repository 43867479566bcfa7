package org.actorgraph.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The closed lists of the gold format: entity types, predicates, kinds, statuses, partial names.
 */
public final class GoldTerms {

  /** Entity types, in the order reports list them. */
  public static final List<String> TYPES = List.of("Person", "Country", "Organisation", "Place");

  public static final String POSITION = "position";
  public static final String MEMBER_OF = "memberOf";
  public static final String PART_OF = "partOf";
  public static final String LOCATED_IN = "locatedIn";
  public static final String INTERACTION = "interaction";
  public static final String OPPONENT_OF = "opponentOf";

  /** The relation predicates. */
  public static final List<String> PREDICATES =
      List.of(POSITION, MEMBER_OF, PART_OF, LOCATED_IN, INTERACTION, OPPONENT_OF);

  /** Predicates whose two ends may come in either order. */
  public static final Set<String> SYMMETRIC = Set.of(INTERACTION, OPPONENT_OF);

  public static final List<String> KINDS =
      List.of(
          "alliance",
          "defence",
          "security",
          "trade",
          "peace",
          "diplomatic",
          "arms",
          "economic",
          "other");

  public static final List<String> STATUSES =
      List.of(
          "proposed",
          "negotiating",
          "announced",
          "signed",
          "ratified",
          "in-force",
          "rejected",
          "ended");

  /** Measures that a gold file's {@code partial} list may name besides the predicates. */
  public static final List<String> PARTIAL_MEASURES =
      List.of(
          "entities",
          "wikidata",
          "relations",
          "role",
          "cameo",
          "agreements",
          "parties",
          "kind",
          "status",
          "date",
          "quotes",
          "speaker");

  /** Everything {@code partial} may name: {@link #PARTIAL_MEASURES} and {@link #PREDICATES}. */
  public static final Set<String> PARTIAL_NAMES = partialNames();

  private GoldTerms() {}

  private static Set<String> partialNames() {
    Set<String> names = new LinkedHashSet<>(PARTIAL_MEASURES);
    names.addAll(PREDICATES);
    return Set.copyOf(names);
  }
}
