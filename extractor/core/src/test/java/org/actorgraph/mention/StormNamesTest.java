package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class StormNamesTest {

  /**
   * The texts of the mentions {@link StormNames} keeps of {@code body}: each name (at its first
   * occurrence after the previous one) proposed by {@code finder}.
   */
  private static List<String> kept(String body, String finder, String... names) {
    ProposedMentions p = ProposedMentions.of(body, EntityType.PERSON, finder, names);
    return StormNames.without(p.article(), p.mentions()).stream().map(Mention::text).toList();
  }

  @Test
  void aNameOpenedOrPrecededByAStormWordIsAStorms() {
    assertEquals(
        List.of("Jane Roe"),
        kept(
            "Cyclone Aster hit the coast, and Jane Roe fled.",
            "model",
            "Cyclone Aster",
            "Jane Roe"));
    assertEquals(List.of(), kept("Tropical Storm Aster flooded the port.", "model", "Storm Aster"));
    assertEquals(List.of(), kept("Typhoon Aster killed 20 people.", "model", "Aster"));
  }

  @Test
  void theStormsNameAloneLaterIsTheStormToo() {
    assertEquals(
        List.of(),
        kept(
            "Hurricane Aster struck on Monday. Aster killed ten people.",
            "model",
            "Hurricane Aster",
            "Aster"));
  }

  @Test
  void aBodyNamedAfterAStormStays() {
    assertEquals(
        List.of("Hurricane Aster Relief Fund"),
        kept(
            "The Hurricane Aster Relief Fund paid out.",
            "rule:head",
            "Hurricane Aster Relief Fund"));
  }

  @Test
  void aLowerCaseStormWordNamesNoStorm() {
    assertEquals(
        List.of("Jane Roe"),
        kept("After the storm Jane Roe visited the port.", "model", "Jane Roe"));
  }
}
