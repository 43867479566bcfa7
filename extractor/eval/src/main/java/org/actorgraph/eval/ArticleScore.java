package org.actorgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one article. Measures a gold file marks as partial are absent, so that sums over
 * articles only hold the articles that annotate them.
 *
 * @param doc the article name
 * @param scored whether the article had a gold file (an article without one is extracted and dumped
 *     but has no scores)
 * @param counts precision/recall counts by measure ({@code entities}, {@code entities/Person},
 *     {@code relations/loose}, {@code relations/strict/position}, {@code agreements}, {@code
 *     agreements/parties}, {@code quotes}, ...)
 * @param ratios accuracies by measure ({@code wikidata}, {@code wikidata/Country}, {@code
 *     agreements/kind}, {@code agreements/status}, {@code agreements/date}, {@code quotes/speaker})
 * @param bands by measure ({@code entities}, {@code relations/strict}, {@code agreements}), then by
 *     band label: matched extracted items among the extracted items with a confidence in the band
 * @param failure why the article's extraction failed, when it did (it is then scored as an empty
 *     extraction)
 */
public record ArticleScore(
    String doc,
    boolean scored,
    Map<String, Counts> counts,
    Map<String, Ratio> ratios,
    Map<String, Map<String, Ratio>> bands,
    Optional<String> failure) {

  public ArticleScore {
    Objects.requireNonNull(doc, "doc");
    counts = ordered(counts);
    ratios = ordered(ratios);
    Map<String, Map<String, Ratio>> copy = new LinkedHashMap<>();
    bands.forEach((k, v) -> copy.put(k, ordered(v)));
    bands = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(failure, "failure");
  }

  /** An article whose gold file is missing: extracted and dumped, not scored. */
  public static ArticleScore unscored(String doc, Optional<String> failure) {
    return new ArticleScore(doc, false, Map.of(), Map.of(), Map.of(), failure);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
