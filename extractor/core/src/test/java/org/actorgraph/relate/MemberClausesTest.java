package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class MemberClausesTest {

  private static Set<String> members(String body) {
    return new TestArticles()
        .entity("Union", EntityType.ORGANISATION, "Northern Union", "Union")
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .memberships(body);
  }

  private static final Set<String> BOTH =
      Set.of("Freedonia memberOf Union", "Sylvania memberOf Union");

  @Test
  void aRelativeClauseOfWhichTheListIsAMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("The Northern Union, of which Freedonia is a founding member, met in Port Aster."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("The Northern Union, of which Freedonia is a permanent member, met."));
    assertEquals(
        Set.of(), members("The Northern Union, of which Freedonia is no longer a member, met."));
  }

  @Test
  void theOrganisationCountsTheListAmongItsMembers() {
    assertEquals(
        BOTH,
        members("The Northern Union, which counts Freedonia and Sylvania among its members, met."));
    assertEquals(
        Set.of(),
        members(
            "The Northern Union, which counts Freedonia and Sylvania among its partners, met."));
  }

  @Test
  void theOrganisationsStatesOfAList() {
    assertEquals(
        BOTH, members("Ministers of the Northern Union states of Freedonia and Sylvania met."));
    assertEquals(
        Set.of(),
        members("Ministers of the Northern Union states of Freedonia and Port Aster met."));
  }
}
