package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Third parties who mediate, broker or host what others do ({@link GoodOffices}), read through
 * {@link DependencyInteractionFinder}.
 */
class GoodOfficesTest {

  @Test
  void aBrokerMeetsThoseWhoSignedItsActInThePassive() {
    Set<String> signed =
        found("The truce brokered by Freedonia was signed by Sylvania and Ruritania on Monday.");
    assertTrue(
        signed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        signed.toString());
    Set<String> agreed =
        found("The truce, mediated by Freedonia, was agreed by Sylvania and Ruritania.");
    assertTrue(
        agreed.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")),
        agreed.toString());
  }

  @Test
  void aBrokerIsNoPartyToWhatOneSideRejects() {
    Set<String> rejected = found("The truce brokered by Freedonia was rejected by Sylvania.");
    assertTrue(!rejected.contains("Freedonia 04 Sylvania"), rejected.toString());
  }
}
