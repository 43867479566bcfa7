package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class AdmissionsTest {

  private static Set<String> members(String body) {
    return new TestArticles()
        .international("Union", "Northern Union", "Union")
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
        .memberships(body);
  }

  @Test
  void whomTheOrganisationAdmitsIsItsMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("The Northern Union admitted Freedonia in April."));
    assertEquals(
        Set.of("Sylvania memberOf Union"),
        members("The Northern Union met in May. The alliance readmitted Sylvania after the vote."));
  }

  @Test
  void whomTheOrganisationWelcomesAsAMemberIsItsMember() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members("Leaders of the Northern Union welcomed Freedonia and Sylvania as new members."));
    assertEquals(
        Set.of("Freedonia memberOf Union"),
        members("The Northern Union accepted Freedonia as its 28th member in 2013."));
  }

  @Test
  void aWelcomeWithoutMembershipAConfessionOrANegationIsNoAdmission() {
    assertEquals(Set.of(), members("The Northern Union welcomed Freedonia to the talks."));
    assertEquals(Set.of(), members("The Northern Union welcomed Freedonia as an observer."));
    assertEquals(Set.of(), members("The Northern Union admitted Freedonia was right."));
    assertEquals(Set.of(), members("The Northern Union admitted Freedonia's concerns."));
    assertEquals(Set.of(), members("The Northern Union has not admitted Freedonia."));
    assertEquals(Set.of(), members("Jane Doe admitted Freedonia in April."));
  }
}
