package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CoFundersTest {

  @Test
  void whoFundsAidAnotherDeliversProvidesItToo() {
    Set<String> f =
        found("The Northern Union delivered food aid to Sylvania with funding from Freedonia.");
    assertTrue(f.contains("Northern Union 07 Sylvania"), f.toString());
    assertTrue(f.contains("Freedonia 07 Sylvania"), f.toString());
    Set<String> g =
        found("Ruritania sent medicine to Sylvania with financial support from Freedonia.");
    assertTrue(g.contains("Freedonia 07 Sylvania"), g.toString());
  }

  @Test
  void aWithPhraseAfterAnotherVerbOrOfNoMoneyFundsNothing() {
    assertFalse(
        found("Ruritania sent aid to Sylvania, which paid with money from Freedonia.")
            .contains("Freedonia 07 Sylvania"));
    assertEquals(
        Set.of("Ruritania 07 Sylvania"),
        found("Ruritania sent aid to Sylvania with trucks from Freedonia."));
  }
}
