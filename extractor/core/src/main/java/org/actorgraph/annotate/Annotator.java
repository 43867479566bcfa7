package org.actorgraph.annotate;

import org.actorgraph.ingest.Article;

/** Splits an article into sentences and tokens and tags them. */
public interface Annotator {

  /**
   * Annotates one article.
   *
   * @throws AnnotationException when the article cannot be analysed (e.g. not English)
   */
  AnnotatedArticle annotate(Article article);
}
