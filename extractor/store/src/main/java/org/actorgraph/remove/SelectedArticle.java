package org.actorgraph.remove;

import java.util.Objects;
import java.util.Optional;

/**
 * One article graph chosen for removal, with what identifies it to a reader.
 *
 * @param iri the article graph IRI
 * @param url its source URL when known
 * @param published its publication date when known
 * @param headline its headline when known
 */
public record SelectedArticle(
    String iri, Optional<String> url, Optional<String> published, Optional<String> headline) {

  public SelectedArticle {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(headline, "headline");
  }

  /** One line: IRI, date, URL and headline, tab separated (empty when unknown). */
  public String line() {
    return String.join(
        "\t", iri, published.orElse(""), url.orElse(""), headline.orElse("").replace('\n', ' '));
  }
}
