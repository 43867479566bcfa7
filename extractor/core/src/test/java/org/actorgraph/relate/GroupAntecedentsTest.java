package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

/** What a group larger than a pair stands for ({@link GroupAntecedents}), read through a parse. */
class GroupAntecedentsTest {

  @Test
  void theThreeCountriesAreTheListOfThreeNamedLast() {
    Set<String> found =
        found(
            "Freedonia, Sylvania and Ruritania met in Port Aster on Monday. The three countries"
                + " condemned Estrella.");
    assertTrue(
        found.containsAll(
            Set.of("Freedonia 11 Estrella", "Sylvania 11 Estrella", "Ruritania 11 Estrella")),
        found.toString());
  }

  @Test
  void aListOfAnotherSizeIsNotTheGroup() {
    Set<String> found =
        found(
            "Freedonia and Sylvania met in Port Aster on Monday. The three countries condemned"
                + " Estrella.");
    assertTrue(found.stream().noneMatch(f -> f.endsWith("11 Estrella")), found.toString());
    found =
        found(
            "Freedonia, Sylvania, Ruritania and Osterlich met on Monday. All three countries"
                + " condemned Estrella.");
    assertTrue(found.stream().noneMatch(f -> f.endsWith("11 Estrella")), found.toString());
  }

  private static Set<String> found(String text) {
    return FoundInteractions.found(
        world()
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .entity("Osterlich", EntityType.COUNTRY, "Osterlich")
            .resolve(text),
        Map.of());
  }
}
