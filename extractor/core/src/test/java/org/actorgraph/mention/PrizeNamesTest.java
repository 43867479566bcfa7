package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class PrizeNamesTest {

  /**
   * The texts of the mentions {@link PrizeNames} keeps of {@code body}: each name (at its first
   * occurrence after the previous one) proposed by {@code finder}.
   */
  private static List<String> kept(String body, String finder, String... names) {
    ProposedMentions p = ProposedMentions.of(body, EntityType.PERSON, finder, names);
    return PrizeNames.without(p.article(), p.mentions()).stream().map(Mention::text).toList();
  }

  @Test
  void aNameBeforeAPrizeNounOrWonIsThePrizes() {
    assertEquals(
        List.of("Jane Roe"),
        kept("Aster laureate Jane Roe spoke in Paris.", "model", "Aster", "Jane Roe"));
    assertEquals(List.of(), kept("The Aster committee praised the envoy.", "model", "Aster"));
    assertEquals(
        List.of("Jane Roe"),
        kept(
            "Jane Roe, who won the Aster in 2021, spoke.",
            RepeatedNames.FINDER,
            "Jane Roe",
            "Aster"));
  }

  @Test
  void theManThePrizeIsNamedAfterAndARulesNameStay() {
    assertEquals(
        List.of("Karl Aster", "Aster"),
        kept("Karl Aster founded the prize. Aster died in 1896.", "model", "Karl Aster", "Aster"));
    assertEquals(
        List.of("Senate"),
        kept("The Senate committee summoned the minister.", "rule:body", "Senate"));
    assertEquals(List.of("Aster"), kept("Jane Roe won the Aster primary.", "model", "Aster"));
  }
}
