package org.actorgraph.train;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/** Scores a name finder on gold documents, exact spans per type. */
public final class SpanScorer {

  private SpanScorer() {}

  /**
   * Runs {@code finder} over every sentence of {@code documents}, clearing its adaptive data at
   * each document, and compares what it finds with the gold names.
   *
   * @return the score per type in {@link NameTypes#ALL} order, plus any other type the finder or
   *     the gold used
   */
  public static Map<String, SpanScore> score(
      TokenNameFinder finder, List<TrainingDocument> documents) {
    Map<String, SpanScore> byType = new LinkedHashMap<>();
    NameTypes.ALL.forEach(t -> byType.put(t, SpanScore.ZERO));
    for (TrainingDocument document : documents) {
      finder.clearAdaptiveData();
      for (NameSample sentence : document.sentences()) {
        Span[] found = finder.find(sentence.getSentence());
        compare(new HashSet<>(Arrays.asList(sentence.getNames())), found, byType);
      }
    }
    return byType;
  }

  /** The sum over types. */
  public static SpanScore overall(Map<String, SpanScore> byType) {
    return byType.values().stream().reduce(SpanScore.ZERO, SpanScore::plus);
  }

  private static void compare(Set<Span> gold, Span[] found, Map<String, SpanScore> byType) {
    Set<Span> matched = new HashSet<>();
    for (Span raw : found) {
      Span f = new Span(raw.getStart(), raw.getEnd(), raw.getType());
      boolean right = gold.contains(f) && matched.add(f);
      byType.merge(f.getType(), new SpanScore(right ? 1 : 0, right ? 0 : 1, 0), SpanScore::plus);
    }
    for (Span g : gold) {
      if (!matched.contains(g)) {
        byType.merge(g.getType(), new SpanScore(0, 0, 1), SpanScore::plus);
      }
    }
  }
}
