package org.actorgraph.export;

/** Names shared by the writers. */
final class Relations {

  private Relations() {}

  /**
   * An edge's type as one token: the kind, and for an interaction with a root the root, e.g. {@code
   * Interaction-04} or {@code Membership}.
   */
  static String typeName(RelationEdge e) {
    return e.cameo() == null ? e.kind().name() : e.kind().name() + "-" + e.cameo();
  }
}
