package org.actorgraph.mention;

import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;

/** Finds the spans of an article that name actors or places. */
public interface MentionFinder {

  /** Returns the mentions in {@code article}, in no particular order; overlaps are allowed. */
  List<Mention> find(AnnotatedArticle article);
}
