package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who asked and who was asked when a request or demand is answered ({@link Requests}), read through
 * {@link DependencyInteractionFinder}.
 */
class RequestsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia granted Sylvania's request for a loan.       | Freedonia 08 Sylvania; Sylvania 02 Freedonia
          Freedonia complied with Sylvania's demands.             | Freedonia 08 Sylvania; Sylvania 10 Freedonia
          Freedonia gave in to the demands of Sylvania.           | Freedonia 08 Sylvania; Sylvania 10 Freedonia
          Freedonia bowed to pressure from Sylvania.              | Freedonia 08 Sylvania
          Freedonia heeded Sylvania's call for calm.              | Freedonia 08 Sylvania; Sylvania 02 Freedonia
          Freedonia agreed to Sylvania's request to open a crossing. | Freedonia 08 Sylvania; Sylvania 02 Freedonia
          Freedonia complied with the demand.                     |
          Freedonia submitted to Sylvania's demands.              | Freedonia 08 Sylvania; Sylvania 10 Freedonia
          Freedonia honoured Sylvania's request for supplies.    | Freedonia 08 Sylvania; Sylvania 02 Freedonia
          """)
  void aVerbOfAccedingYieldsToWhoeverAsked(String sentence, String interactions) {
    assertEquals(expected(interactions), found(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia rejected Sylvania's request for a loan.          | Freedonia 12 Sylvania; Sylvania 02 Freedonia
          Freedonia turned down Sylvania's demand for compensation. | Freedonia 12 Sylvania; Sylvania 10 Freedonia
          Freedonia did not comply with Sylvania's request.          | Sylvania 02 Freedonia
          """)
  void whoRefusesARequestWasAskedAndYieldsNothing(String sentence, String interactions) {
    assertEquals(expected(interactions), found(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Sylvania asked Freedonia to leave, and Freedonia complied.   | Sylvania 02 Freedonia; Freedonia 08 Sylvania
          Sylvania asked Freedonia to leave, and Ruritania complied.   | Sylvania 02 Freedonia
          Sylvania criticised Freedonia, and Freedonia complied.       | Sylvania 11 Freedonia
          """)
  void oneWhoCompliesAfterBeingAskedYieldsToTheAsker(String sentence, String interactions) {
    assertEquals(expected(interactions), found(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          At Sylvania's request, Freedonia sent two envoys.                   | Sylvania 02 Freedonia
          At the request of Sylvania, Freedonia sent troops to Port Aster.    | Sylvania 02 Freedonia
          Acting on a request from Sylvania, Freedonia deployed police.       | Sylvania 02 Freedonia
          Following a request from Sylvania, Freedonia sent two envoys.       | Sylvania 02 Freedonia
          In response to an appeal from Sylvania, Freedonia sent two envoys. | Sylvania 02 Freedonia
          Freedonia commented on Sylvania's request on Monday.                |
          """)
  void whoAnswersARequestInAnAdverbialWasAsked(String sentence, String interactions) {
    assertEquals(expected(interactions), found(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia renewed its call on Sylvania to cut emissions. | Freedonia 02 Sylvania
          Freedonia submitted a request to Sylvania for talks.     | Freedonia 02 Sylvania
          Freedonia made a call to Sylvania on Monday.             | Freedonia 04 Sylvania
          """)
  void aCallOnSomeoneOrARequestSubmittedToThemIsAnAppeal(String sentence, String interactions) {
    assertEquals(expected(interactions), found(sentence));
  }

  private static Set<String> expected(String interactions) {
    return interactions == null
        ? Set.of()
        : new TreeSet<>(Arrays.stream(interactions.split(";")).map(String::strip).toList());
  }
}
