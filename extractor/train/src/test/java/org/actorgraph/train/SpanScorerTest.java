package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class SpanScorerTest {

  @Test
  void countsOnlyExactSpansOfTheRightTypeAsRight() {
    Dictionary people = new Dictionary();
    people.put(new StringList("Alma", "Torvik"));
    people.put(new StringList("Brelund"));
    DictionaryNameFinder finder = new DictionaryNameFinder(people, NameTypes.PERSON);
    NameSample sentence =
        new NameSample(
            new String[] {"Alma", "Torvik", "left", "Brelund", "with", "Nils", "."},
            new Span[] {
              new Span(0, 2, NameTypes.PERSON),
              new Span(3, 4, NameTypes.LOCATION),
              new Span(5, 6, NameTypes.PERSON)
            },
            true);
    Map<String, SpanScore> scores =
        SpanScorer.score(finder, List.of(new TrainingDocument("d", List.of(sentence))));
    assertEquals(new SpanScore(1, 1, 1), scores.get(NameTypes.PERSON));
    assertEquals(new SpanScore(0, 0, 1), scores.get(NameTypes.LOCATION));
    assertEquals(SpanScore.ZERO, scores.get(NameTypes.ORGANIZATION));
    SpanScore overall = SpanScorer.overall(scores);
    assertEquals(new SpanScore(1, 1, 2), overall);
    assertEquals(0.5, overall.precision(), 1e-9);
    assertEquals(1.0 / 3, overall.recall(), 1e-9);
    assertEquals(0.4, overall.f1(), 1e-9);
  }

  @Test
  void scoresNothingFoundAsZeroRatherThanFailing() {
    assertEquals(0, SpanScore.ZERO.precision());
    assertEquals(0, SpanScore.ZERO.f1());
  }
}
