package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The category a verb states with the words around it ({@link ParsedTriggers}), read through {@link
 * DependencyInteractionFinder}.
 */
class ParsedTriggersTest {

  @Test
  void callingAnActorIsATelephoneCallButCallingItSomethingIsNot() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe called John Roe on Tuesday to discuss the crisis."));
    // no call; calling him a liar is name-calling (Stances)
    assertEquals(Set.of("Jane Doe 11 John Roe"), found("Jane Doe called John Roe a liar."));
    assertEquals(Set.of("Jane Doe 02 John Roe"), found("Jane Doe called on John Roe to resign."));
  }

  @Test
  void anObjectPredicateWithoutAnObjectIsTheObject() {
    // the parser reads "Sylvania's president" as an object predicate ("oprd") of "called"
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia's prime minister called Sylvania's president on Monday."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"),
        found("Freedonia's prime minister called Sylvania's president a liar."));
  }

  @Test
  void whatIsExchangedMakesTheAct() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia and Sylvania exchanged fire overnight."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"),
        found("Freedonia and Sylvania exchanged accusations on Monday."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia and Sylvania exchanged views on trade."));
  }

  @Test
  void anIdiomAfterTheObjectAndItsPrepositionsStatesTheAct() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found(
            "Freedonia declared Sylvania's ambassador to Ruritania persona non grata on Monday."));
    assertEquals(
        Set.of(),
        found("Freedonia declared Sylvania's ambassador to Ruritania a friend on Monday."));
  }

  @Test
  void theWeaponOfAStrikeMakesItForceWhereAStrikeAloneIsAProtest() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia launched a missile strike on Sylvania."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia carried out airstrikes on Sylvania."));
  }

  @Test
  void anExchangeOfViewsIsAConsultation() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("Jane Doe and John Roe exchanged views on trade."));
  }

  @Test
  void receivingAnActorIsHostingAVisit() {
    assertEquals(Set.of("Freedonia 04 John Roe"), found("Freedonia received John Roe on Monday."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("John Roe was received by Jane Doe in Port Aster."));
    assertEquals(Set.of(), found("Freedonia received a letter on Monday."));
  }

  @Test
  void aLightVerbOverAnActNounAddsNoCategoryOfItsOwn() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed sanctions on Sylvania."));
  }

  @Test
  void anOffensiveIsForceButACharmOffensiveIsNot() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("Freedonia's offensive against the Red Brigade entered its third month."),
            Map.of()));
    assertEquals(Set.of(), found("Freedonia's charm offensive against Sylvania failed."));
  }

  @Test
  void whoPlaysHostToAVisitorHostsThem() {
    assertEquals(Set.of("Freedonia 04 Jane Doe"), found("Freedonia played host to Jane Doe."));
    assertEquals(Set.of(), found("Sylvania played a key role in the talks."));
  }

  @Test
  void tradedAccusationsAreExchangedAccusations() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia and Sylvania traded accusations."));
  }
}
