package org.actorgraph.server.explore;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fact the graph page draws as edges, with the ids its API and query use. */
enum RelationKind {
  INTERACTION("interaction", "Interaction"),
  POSITION("position", "Position"),
  MEMBERSHIP("membership", "Membership"),
  PART_OF("partOf", "Part of"),
  LOCATION("location", "Located in"),
  AGREEMENT("agreement", "Agreement"),
  CONTEST("contest", "Contest");

  private final String id;
  private final String label;

  RelationKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The id in {@code facts-of-actor.rq} and in the {@code kinds} request parameter. */
  String id() {
    return id;
  }

  /** A short English label for the page. */
  String label() {
    return label;
  }

  /** The kind with this id, if any. */
  static Optional<RelationKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
