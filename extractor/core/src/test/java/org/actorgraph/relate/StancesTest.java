package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name-calling read by {@link Stances}, through {@link DependencyInteractionFinder}. */
class StancesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Jane Doe called John Roe a corrupt dictator during a rally. | Jane Doe 11 John Roe
          Freedonia labelled Sylvania's annexation illegal.            | Freedonia 11 Sylvania
          Jane Doe described Sylvania as an aggressor.                 | Jane Doe 11 Sylvania
          """)
  void aDisparagingPredicateOfANamingVerbDisapprovesOfItsObject(String text, String found) {
    assertEquals(Set.of(found), found(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sylvania imposed sanctions on Freedonia. Freedonia called the sanctions illegal.
          Sylvania imposed tariffs on Freedonia. Freedonia called the move "criminal".
          """)
  void aDisparagedActThatPointsBackIsItsDoersAct(String text) {
    assertEquals(Set.of("Sylvania 16 Freedonia", "Freedonia 11 Sylvania"), found(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Jane Doe called Sylvania a key partner.
          Freedonia called Sylvania's proposal constructive.
          """)
  void anyOtherPredicateStatesNoStance(String text) {
    assertEquals(Set.of(), found(text));
  }
}
