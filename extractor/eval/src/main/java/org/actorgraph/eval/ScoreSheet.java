package org.actorgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Collects one article's counts while the measure scorers run; then becomes an ArticleScore. */
final class ScoreSheet {

  private final List<ConfidenceBand> bandDefinitions;
  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final Map<String, Ratio> ratios = new LinkedHashMap<>();
  private final Map<String, Map<String, Ratio>> bands = new LinkedHashMap<>();

  ScoreSheet(List<ConfidenceBand> bandDefinitions) {
    this.bandDefinitions = List.copyOf(bandDefinitions);
  }

  void add(String measure, Counts c) {
    counts.merge(measure, c, Counts::plus);
  }

  void add(String measure, Ratio r) {
    ratios.merge(measure, r, Ratio::plus);
  }

  /** Opens the band table of a measure, so that it is reported even when empty. */
  void bands(String measure) {
    bands.computeIfAbsent(
        measure,
        m -> {
          Map<String, Ratio> table = new LinkedHashMap<>();
          bandDefinitions.forEach(b -> table.put(b.label(), Ratio.ZERO));
          return table;
        });
  }

  /** Counts one extracted item in its confidence band; items without a confidence are left out. */
  void band(String measure, OptionalDouble confidence, boolean matched) {
    bands(measure);
    if (confidence.isEmpty()) {
      return;
    }
    for (ConfidenceBand b : bandDefinitions) {
      if (b.contains(confidence.getAsDouble())) {
        bands.get(measure).merge(b.label(), Ratio.of(matched), Ratio::plus);
        return;
      }
    }
  }

  ArticleScore toScore(String doc, Optional<String> failure) {
    return new ArticleScore(doc, true, counts, ratios, bands, failure);
  }
}
