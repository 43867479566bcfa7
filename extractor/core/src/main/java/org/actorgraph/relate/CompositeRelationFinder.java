package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.resolve.ResolvedArticle;

/** Runs several relation finders and returns all their facts. */
public final class CompositeRelationFinder implements RelationFinder {

  private final List<RelationFinder> finders;

  public CompositeRelationFinder(List<RelationFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> all = new ArrayList<>();
    for (RelationFinder f : finders) {
      all.addAll(f.find(article));
    }
    return all;
  }
}
