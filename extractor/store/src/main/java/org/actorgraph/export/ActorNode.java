package org.actorgraph.export;

import java.util.Objects;

/**
 * An actor (or place) of the network.
 *
 * @param id the entity's IRI
 * @param label its name (the longest of its labels)
 * @param type the most specific class, e.g. {@code Person}, {@code Country}, {@code GovernmentBody}
 * @param wikidataId the Wikidata id, e.g. {@code Q736}, or null
 * @param articles the number of articles that mention it
 */
public record ActorNode(String id, String label, String type, String wikidataId, int articles) {

  public ActorNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (articles < 0) {
      throw new IllegalArgumentException("articles (" + articles + ") is negative");
    }
  }
}
