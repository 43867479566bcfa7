package org.actorgraph.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id a short identifier, unique within a run (file name, or JSON line id)
 * @param origin where it was read from, for messages ({@code path} or {@code path:line})
 * @param url the article's address when known
 * @param title the headline when known
 * @param published the publication date as ISO {@code yyyy-mm-dd} (or a prefix of it) when known
 * @param author the author when known
 * @param source the publisher or outlet when known
 * @param body the article text; every character offset in the project indexes into it
 */
public record Article(
    String id,
    String origin,
    Optional<String> url,
    Optional<String> title,
    Optional<String> published,
    Optional<String> author,
    Optional<String> source,
    String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank (origin " + origin + ")");
    }
  }

  /** An article with only an id and a body, as tests and stdin produce. */
  public static Article of(String id, String body) {
    return new Article(
        id,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        body);
  }
}
