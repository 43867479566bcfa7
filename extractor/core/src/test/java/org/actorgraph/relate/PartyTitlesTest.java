package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * A title written with a political party: the party's own offices are its positions, any other
 * office makes the holder its member only ({@link PartyTitles}).
 */
class PartyTitlesTest {

  private static final GazetteerRoleLexicon ROLES = new GazetteerRoleLexicon(Gazetteer.standard());

  private static TestArticles world() {
    return new TestArticles()
        .entity("Valdoria", EntityType.COUNTRY, "Valdoria")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe")
        .party("Democratic Party", "Democratic Party", "Democratic")
        .party("Unity Front", "Unity Front", "UNF");
  }

  private static Set<String> positions(String body) {
    return FoundPositions.found(ROLES, world(), body);
  }

  private static Set<String> memberships(String body) {
    return new PositionFinder(ROLES)
        .find(world().resolve(body)).stream()
            .filter(f -> f instanceof Fact.Membership)
            .map(f -> (Fact.Membership) f)
            .map(m -> m.member().label() + " memberOf " + m.organisation().label())
            .collect(Collectors.toSet());
  }

  @Test
  void aSeatOrAStateOfficeWrittenWithAPartyIsNoOfficeOfTheParty() {
    String senator = "Democratic Senator Jane Doe said the bill would fail.";
    assertEquals(Set.of(), positions(senator));
    assertEquals(Set.of("Jane Doe memberOf Democratic Party"), memberships(senator));
    String governor = "UNF Governor John Roe signed the bill.";
    assertEquals(Set.of(), positions(governor));
    assertEquals(Set.of("John Roe memberOf Unity Front"), memberships(governor));
  }

  @Test
  void thePartysOwnOfficesStayItsPositions() {
    assertEquals(
        Set.of("Jane Doe leader Democratic Party"),
        positions("Democratic Party leader Jane Doe said the bill would fail."));
    assertEquals(
        Set.of("John Roe chairman Unity Front"), positions("UNF chairman John Roe spoke."));
  }

  @Test
  void aPresidentIsThePartysWhenItsNameIsWrittenNotItsAdjective() {
    assertEquals(
        Set.of("John Roe president Unity Front"), positions("UNF President John Roe spoke."));
    assertEquals(Set.of(), positions("Democratic President John Roe spoke."));
    assertEquals(
        Set.of("John Roe memberOf Democratic Party"),
        memberships("Democratic President John Roe spoke."));
  }
}
