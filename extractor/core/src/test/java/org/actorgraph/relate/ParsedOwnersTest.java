package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who owns what an act reaches ({@link ParsedOwners}), read through {@link FoundInteractions}. */
class ParsedOwnersTest {

  @Test
  void anArmedGroupsAdjectiveOwnsWhatItQualifies() {
    // the parser tags "Houthi" an adjective (nmod), not a name (compound)
    TestArticles world = world().armed("Houthis", "Houthis", "Houthi");
    assertEquals(
        Set.of("Freedonia 19 Houthis"),
        found(world.resolve("Freedonian warplanes struck Houthi positions."), Map.of()));
    assertEquals(
        Set.of("Freedonia 19 Houthis"),
        found(world.resolve("Freedonian warplanes struck Houthi bases in Sylvania."), Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Freedonia seized a tanker belonging to Sylvania.      | Freedonia 17 Sylvania
          Freedonia seized a cargo ship owned by Sylvania.      | Freedonia 17 Sylvania
          Freedonia attacked a ship operated by Sylvania.       | Freedonia 19 Sylvania
          Freedonia shot down a drone belonging to Sylvania.    | Freedonia 19 Sylvania
          """)
  void whatAnActorOwnsIsWhatTheActTakesOrHits(String sentence, String interaction) {
    assertEquals(Set.of(interaction), found(sentence));
  }

  @Test
  void boardingAShipOwnedByAnActorIsNoActOnIt() {
    assertEquals(Set.of(), found("Freedonia's president boarded a ship owned by Sylvania."));
  }
}
