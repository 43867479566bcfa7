package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class MissionNamesTest {

  /** Extends the given mentions (name and type, each at its first occurrence) of {@code body}. */
  private static List<String> extended(String body, Object... nameThenType) {
    return GivenMentions.extended(MissionNames::extend, body, nameThenType);
  }

  @Test
  void aMissionsNameEndsWithTheCountryItIsSentTo() {
    assertEquals(
        List.of(
            "Organisation:United Nations Assistance Mission in Freedonia", "Organisation:Aster"),
        extended(
            "The United Nations Assistance Mission in Freedonia urged Aster to free the prisoners.",
            "United Nations Assistance Mission",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY,
            "Aster",
            EntityType.ORGANISATION));
    assertEquals(
        List.of("Organisation:Special Monitoring Mission to Freedonia"),
        extended(
            "The Special Monitoring Mission to Freedonia reported shelling.",
            "Special Monitoring Mission",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY));
    assertEquals(
        List.of("Organisation:UN Interim Force in Freedonia", "Country:Sylvania"),
        extended(
            "The UN Interim Force in Freedonia accused Sylvania of firing at its posts.",
            "UN Interim Force",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY,
            "Sylvania",
            EntityType.COUNTRY));
  }

  @Test
  void anotherForceInACountryIsOnlyThere() {
    assertEquals(
        List.of("Organisation:Sylvanian Air Force", "Country:Freedonia"),
        extended(
            "The Sylvanian Air Force in Freedonia struck a depot.",
            "Sylvanian Air Force",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY));
  }
}
