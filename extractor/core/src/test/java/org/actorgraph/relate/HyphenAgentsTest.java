package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agent a hyphen joins to a participle ({@link HyphenAgents}), read through {@link
 * DependencyInteractionFinder}.
 */
class HyphenAgentsTest {

  @Test
  void aHyphenedParticipleNamesItsAgent() {
    Set<String> backed = found("Freedonia-backed Northern Union rebels attacked Sylvania.");
    assertTrue(backed.contains("Freedonia 05 Northern Union"), backed.toString());
    assertTrue(backed.contains("Northern Union 19 Sylvania"), backed.toString());
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("The Freedonia-led coalition struck Sylvania."));
  }

  @Test
  void aParticiplesNounSetBesideANameStandsForIt() {
    Set<String> f = found("The Northern Union, a Freedonia-backed rebel group, seized the town.");
    assertTrue(f.contains("Freedonia 05 Northern Union"), f.toString());
  }

  @Test
  void anActorHyphenatedToAParticipleOfGoodOfficesMediatesBetweenTheSides() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania-mediated talks between Freedonia and Sylvania resumed."));
    Set<String> f = found("Freedonia and Sylvania agreed to a Ruritania-brokered truce.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
  }
}
