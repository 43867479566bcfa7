package org.actorgraph.remove;

import java.util.List;

/**
 * Removes the article graphs an {@link ArticleSelection} chooses, from a local or a remote store.
 */
public interface ArticleRemover {

  /** The articles {@code selection} chooses, removing nothing (a dry run). */
  List<SelectedArticle> select(ArticleSelection selection);

  /**
   * Removes the articles {@code selection} chooses, in one transaction: all of them or, on failure,
   * none. Returns what was removed.
   */
  List<SelectedArticle> remove(ArticleSelection selection);
}
