package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;

/** Runs several finders and merges their proposals with {@link MentionMerger}. */
public final class CompositeMentionFinder implements MentionFinder {

  private final List<MentionFinder> finders;

  public CompositeMentionFinder(List<MentionFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> all = new ArrayList<>();
    for (MentionFinder f : finders) {
      all.addAll(f.find(article));
    }
    return MentionMerger.merge(all);
  }
}
