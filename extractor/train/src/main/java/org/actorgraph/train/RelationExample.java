package org.actorgraph.train;

import java.util.List;
import java.util.Objects;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.LearnedRelation;

/**
 * One ordered pair of mentions in a corpus sentence, with its features and gold relation.
 *
 * @param document the document it comes from
 * @param first the type of the first entity
 * @param second the type of the second entity
 * @param features the classifier's context ({@link org.actorgraph.relate.RelationFeatures})
 * @param gold the relation the corpus states for the pair, or {@link LearnedRelation#NONE}
 */
public record RelationExample(
    String document,
    EntityType first,
    EntityType second,
    List<String> features,
    LearnedRelation gold) {

  public RelationExample {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(gold, "gold");
    features = List.copyOf(features);
  }
}
