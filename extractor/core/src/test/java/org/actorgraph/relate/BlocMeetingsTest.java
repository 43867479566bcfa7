package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class BlocMeetingsTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Union", EntityType.ORGANISATION, "Northern Union", "Union")
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
        .entity("Ruritania", EntityType.COUNTRY, "Ruritania", "Ruritanian")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .entity("Ann Poe", EntityType.PERSON, "Ann Poe", "Poe");
  }

  private static Set<String> members(String body) {
    return world().memberships(body);
  }

  @Test
  void countriesOfTheParticipantsOfTheBlocsMeetingAreMembers() {
    Set<String> found =
        members(
            "The Northern Union held a summit in the capital on Monday. "
                + "The statement after the bloc's meeting called for calm. "
                + "Among the participants were Freedonian President Jane Doe and Sylvania's"
                + " Prime Minister John Roe. "
                + "Also attending were Freedonian Prime Minister Jane Doe, Ruritania Foreign Minister Ann"
                + " Poe Jr., and Sylvanian Prime Minister John Roe.");
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union", "Ruritania memberOf Union"),
        found);
  }

  @Test
  void aSummitOfTheBlocNamedAfterOf() {
    Set<String> found =
        members("At a summit of the Northern Union, Freedonian President Jane Doe attended talks.");
    assertTrue(found.contains("Freedonia memberOf Union"), found.toString());
  }

  @Test
  void guestsAndObserversAreNotMembers() {
    assertTrue(
        members(
                "The Northern Union summit opened. Freedonian President Jane Doe attended as a"
                    + " guest.")
            .isEmpty());
  }

  @Test
  void attendanceWithoutTheBlocsMeetingSaysNothing() {
    assertTrue(
        members(
                "The Northern Union criticised the vote. Freedonian President Jane Doe attended"
                    + " a concert.")
            .isEmpty());
  }

  @Test
  void aCountryNamedWithoutItsOfficialIsNotCounted() {
    assertTrue(
        members("The Northern Union summit opened. Participants discussed Freedonia and trade.")
            .isEmpty());
  }
}
