package org.actorgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of fact that relate two actors, each named after its class in the ontology, with the
 * roles that give an edge's source and target. A kind whose two ends play the same role (the
 * parties of an agreement, the contestants of a contest) gives undirected edges, one per pair of
 * actors.
 */
public enum RelationKind {
  Interaction(AG.Interaction, AG.source, AG.target, "interacts with"),
  Position(AG.Position, AG.holder, AG.organisation, "holds position in"),
  Membership(AG.Membership, AG.member, AG.organisation, "member of"),
  PartWhole(AG.PartWhole, AG.part, AG.whole, "part of"),
  Location(AG.Location, AG.located, AG.location, "located in"),
  Agreement(AG.Agreement, AG.party, AG.party, "agreement with"),
  Contest(AG.Contest, AG.contestant, AG.contestant, "contested with");

  private final Resource type;
  private final Property sourceRole;
  private final Property targetRole;
  private final String label;

  RelationKind(Resource type, Property sourceRole, Property targetRole, String label) {
    this.type = type;
    this.sourceRole = sourceRole;
    this.targetRole = targetRole;
    this.label = label;
  }

  /** The fact class, e.g. {@code ag:Interaction}. */
  public Node type() {
    return type.asNode();
  }

  /** The role of the edge's source, e.g. {@code ag:source}. */
  public Node sourceRole() {
    return sourceRole.asNode();
  }

  /** The role of the edge's target, e.g. {@code ag:target}. */
  public Node targetRole() {
    return targetRole.asNode();
  }

  /** False for the kinds whose two ends play one role (agreement parties, contestants). */
  public boolean directed() {
    return !sourceRole.equals(targetRole);
  }

  /** A short English label for edges of this kind, e.g. "member of". */
  public String label() {
    return label;
  }

  /**
   * The kind named {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the known kinds
   */
  public static RelationKind parse(String name) {
    for (RelationKind k : values()) {
      if (k.name().equalsIgnoreCase(name.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown relation kind '" + name + "' (expected one of " + names() + ")");
  }

  /** The kinds' names, comma separated. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The name in lower case, for file names and relationship types. */
  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
