package org.actorgraph.relate;

import java.util.List;
import org.actorgraph.resolve.ResolvedArticle;

/** Finds the facts an article states about its entities. */
public interface RelationFinder {

  List<Fact> find(ResolvedArticle article);
}
