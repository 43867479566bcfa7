package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.StageFailures;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Runs several relation finders and returns all their facts. Inside an extraction, a finder that
 * fails costs only its own facts ({@link StageFailures}).
 */
public final class CompositeRelationFinder implements RelationFinder {

  private final List<RelationFinder> finders;

  public CompositeRelationFinder(List<RelationFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> all = new ArrayList<>();
    for (RelationFinder f : finders) {
      all.addAll(
          StageFailures.guard(
              f.getClass().getSimpleName(),
              article.annotated().article().origin(),
              () -> f.find(article),
              List.of()));
    }
    return all;
  }
}
