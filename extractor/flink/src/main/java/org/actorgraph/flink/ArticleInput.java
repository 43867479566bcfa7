package org.actorgraph.flink;

import java.util.Objects;
import java.util.Optional;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;

/**
 * What a source hands the extraction: one article as read by our ingest readers, or the problem
 * that kept an input from becoming one. Flat and nullable (a Flink POJO, no {@code Optional}), so
 * that it travels between tasks without Kryo.
 *
 * @param origin where it was read from ({@code path}, {@code path:line}, {@code
 *     topic-partition@offset})
 * @param problem why the input is not an article, or null when it is one
 * @param id the article id (null for a problem); the other fields are the {@link Article}'s, null
 *     when absent
 */
public record ArticleInput(
    String origin,
    String problem,
    String id,
    String url,
    String title,
    String published,
    String author,
    String source,
    String body) {

  public ArticleInput {
    Objects.requireNonNull(origin, "origin");
    if ((problem == null) == (id == null || body == null)) {
      throw new IllegalArgumentException(
          origin + ": an input is either an article (id and body) or a problem, not both or none");
    }
  }

  /** An article read from its source. */
  public static ArticleInput of(Article a) {
    return new ArticleInput(
        a.origin(),
        null,
        a.id(),
        a.url().orElse(null),
        a.title().orElse(null),
        a.published().orElse(null),
        a.author().orElse(null),
        a.source().orElse(null),
        a.body());
  }

  /** An input that could not be read as an article. */
  public static ArticleInput problem(InputProblem p) {
    return new ArticleInput(p.origin(), p.message(), null, null, null, null, null, null, null);
  }

  /** The same input, read from {@code newOrigin}. */
  public ArticleInput withOrigin(String newOrigin) {
    return new ArticleInput(newOrigin, problem, id, url, title, published, author, source, body);
  }

  public boolean isProblem() {
    return problem != null;
  }

  /** The article again, as the pipeline takes it. */
  public Article toArticle() {
    if (isProblem()) {
      throw new IllegalStateException(origin + " is not an article: " + problem);
    }
    return new Article(
        id,
        origin,
        Optional.ofNullable(url),
        Optional.ofNullable(title),
        Optional.ofNullable(published),
        Optional.ofNullable(author),
        Optional.ofNullable(source),
        body);
  }
}
