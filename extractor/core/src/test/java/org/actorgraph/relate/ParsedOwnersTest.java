package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
