package org.actorgraph.remove;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Which article graphs to remove. Values of one kind are alternatives (any of these articles, any
 * of these sites); kinds given together must all hold (articles of this site published in this
 * range). At least one kind must be given.
 *
 * @param articles article graph IRIs
 * @param urls article source URLs, as loaded (compared exactly)
 * @param sites host names ({@code example.org} also matches {@code news.example.org}) or publisher
 *     names (compared ignoring case)
 * @param from the first publication date in the range, ISO {@code yyyy[-mm[-dd]]}
 * @param to the last publication date in the range, ISO {@code yyyy[-mm[-dd]]}
 */
public record ArticleSelection(
    List<String> articles,
    List<String> urls,
    List<String> sites,
    Optional<String> from,
    Optional<String> to) {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public ArticleSelection {
    articles = List.copyOf(articles);
    articles.forEach(ArticleSelection::checkIri);
    urls = List.copyOf(urls);
    sites = sites.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    from.ifPresent(d -> checkDate("from", d));
    to.ifPresent(d -> checkDate("to", d));
    if (articles.isEmpty() && urls.isEmpty() && sites.isEmpty() && from.isEmpty() && to.isEmpty()) {
      throw new IllegalArgumentException(
          "name what to remove: article IRIs, URLs, sites or a date range");
    }
    if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0) {
      throw new IllegalArgumentException(
          "date range: from (" + from.get() + ") is after to (" + to.get() + ")");
    }
  }

  private static void checkIri(String iri) {
    try {
      if (!IRIx.create(iri).isAbsolute()) {
        throw new IllegalArgumentException(
            "article: expected an absolute IRI (found '" + iri + "')");
      }
    } catch (IRIException e) {
      throw new IllegalArgumentException("article: not an IRI: '" + iri + "'", e);
    }
  }

  private static void checkDate(String field, String value) {
    if (!DATE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + ": expected an ISO date yyyy-mm-dd, yyyy-mm or yyyy (found '" + value + "')");
    }
  }

  /** Articles by IRI only. */
  public static ArticleSelection ofArticles(List<String> iris) {
    return new ArticleSelection(iris, List.of(), List.of(), Optional.empty(), Optional.empty());
  }
}
