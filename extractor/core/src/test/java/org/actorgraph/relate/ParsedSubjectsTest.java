package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who does what a verb states ({@link ParsedSubjects}), read through {@link
 * DependencyInteractionFinder}.
 */
class ParsedSubjectsTest {

  @Test
  void whomOneIsSummonedToIsTheOneSummoning() {
    assertEquals(
        Set.of("Northern Union 04 Sylvania"),
        found("Sylvania's ambassador was summoned to the Northern Union on Monday."));
    assertEquals(Set.of(), found("Jane Doe was sent to Freedonia."));
  }

  @Test
  void theObjectOfACausativeVerbDoesItsInfinitive() {
    assertEquals(
        Set.of("Sylvania 16 Ruritania"),
        found("Freedonia seized the ship, prompting Sylvania to cut ties with Ruritania."));
    assertEquals(
        Set.of("Freedonia 17 Sylvania", "Sylvania 02 Northern Union"),
        found("Freedonia seized the ship, forcing Sylvania to ask the Northern Union for help."));
  }

  @Test
  void theObjectOfAVerbOfEncouragingIsOnlyAskedToAct() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia encouraged Sylvania to meet Ruritania."));
    assertEquals(Set.of(), found("Jane Doe told Sylvania to criticise Ruritania."));
  }
}
