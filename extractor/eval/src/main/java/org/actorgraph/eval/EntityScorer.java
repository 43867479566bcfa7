package org.actorgraph.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Matches extracted entities with gold entities and scores entities and Wikidata ids.
 *
 * <p>An extracted entity can match a gold entity when the types are equal and one of its names
 * equals one of the gold names after {@link Names#normalise}. Matching is one to one and maximum
 * ({@link BipartiteMatcher}); extracted entities are placed in order of falling confidence, so when
 * two extracted entities could take the same gold entity, the surer one gets it.
 */
final class EntityScorer {

  private EntityScorer() {}

  /**
   * Scores entities ({@code entities}, {@code entities/TYPE}, band table {@code entities}) and
   * Wikidata ({@code wikidata}, {@code wikidata/TYPE}) unless the gold marks them partial.
   *
   * @return extracted entity id to the id of the gold entity it matched
   */
  static Map<String, String> score(EvalDocument gold, EvalDocument extracted, ScoreSheet sheet) {
    List<EvalEntity> golds = gold.entities();
    List<EvalEntity> exts =
        extracted.entities().stream()
            .sorted(Comparator.comparingDouble((EvalEntity e) -> -e.confidence().orElse(0)))
            .toList();
    List<Set<String>> goldNames = golds.stream().map(EntityScorer::names).toList();
    List<Set<String>> extNames = exts.stream().map(EntityScorer::names).toList();
    int[] match =
        BipartiteMatcher.match(
            exts.size(),
            golds.size(),
            (i, j) ->
                exts.get(i).type().equals(golds.get(j).type())
                    && extNames.get(i).stream().anyMatch(goldNames.get(j)::contains));
    Map<String, String> extToGold = new HashMap<>();
    IntStream.range(0, exts.size())
        .filter(i -> match[i] >= 0)
        .forEach(i -> extToGold.put(exts.get(i).id(), golds.get(match[i]).id()));
    if (!gold.skips("entities")) {
      counts(golds, exts, match, sheet);
    }
    if (!gold.skips("wikidata")) {
      wikidata(golds, exts, match, sheet);
    }
    return extToGold;
  }

  private static void counts(
      List<EvalEntity> golds, List<EvalEntity> exts, int[] match, ScoreSheet sheet) {
    sheet.add("entities", Counts.of(BipartiteMatcher.count(match), exts.size(), golds.size()));
    for (String type : GoldTerms.TYPES) {
      long goldOfType = golds.stream().filter(g -> g.type().equals(type)).count();
      long extOfType = exts.stream().filter(e -> e.type().equals(type)).count();
      long matched =
          IntStream.range(0, exts.size())
              .filter(i -> match[i] >= 0 && exts.get(i).type().equals(type))
              .count();
      sheet.add("entities/" + type, Counts.of(matched, extOfType, goldOfType));
    }
    sheet.bands("entities");
    for (int i = 0; i < exts.size(); i++) {
      sheet.band("entities", exts.get(i).confidence(), match[i] >= 0);
    }
  }

  private static void wikidata(
      List<EvalEntity> golds, List<EvalEntity> exts, int[] match, ScoreSheet sheet) {
    sheet.add("wikidata", Ratio.ZERO);
    GoldTerms.TYPES.forEach(type -> sheet.add("wikidata/" + type, Ratio.ZERO));
    for (int i = 0; i < exts.size(); i++) {
      if (match[i] < 0) {
        continue;
      }
      EvalEntity g = golds.get(match[i]);
      if (g.wikidata().isEmpty()) {
        continue;
      }
      String expected = g.wikidata().get().strip();
      Ratio r =
          Ratio.of(
              exts.get(i).wikidata().map(w -> w.strip().equalsIgnoreCase(expected)).orElse(false));
      sheet.add("wikidata", r);
      sheet.add("wikidata/" + g.type(), r);
    }
  }

  private static Set<String> names(EvalEntity e) {
    return e.names().stream()
        .map(Names::normalise)
        .filter(n -> !n.isEmpty())
        .collect(Collectors.toSet());
  }
}
