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
}
