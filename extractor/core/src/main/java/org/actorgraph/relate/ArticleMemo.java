package org.actorgraph.relate;

import java.util.function.Function;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * A value computed once per article and thread: the relation finders of one article run one after
 * another on one thread, and several ask for the same thing (the article's positions, its main
 * country), so each thread keeps the last article it asked about with its value. Another article,
 * even an equal one, is another object and gets its value computed anew.
 *
 * <p>Design decision: the article is compared by identity, which is cheap and exact for the
 * immutable {@link ResolvedArticle}; the memo holds one article per thread until that thread asks
 * about the next, so it never grows.
 *
 * @param <T> the value
 */
final class ArticleMemo<T> {

  private final Function<ResolvedArticle, T> compute;
  private final ThreadLocal<Last<T>> last = new ThreadLocal<>();

  private record Last<T>(ResolvedArticle article, T value) {}

  /**
   * @param compute the value of an article; called once per article and thread
   */
  ArticleMemo(Function<ResolvedArticle, T> compute) {
    this.compute = compute;
  }

  /** The value of {@code article}, computed if this thread last asked about another article. */
  T of(ResolvedArticle article) {
    Last<T> found = last.get();
    if (found != null && found.article() == article) {
      return found.value();
    }
    T value = compute.apply(article);
    last.set(new Last<>(article, value));
    return value;
  }
}
