package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class OrganisationComplementsTest {

  /** Extends the given mentions (name and type, each at its first occurrence) of {@code body}. */
  private static List<String> extended(String body, Object... nameThenType) {
    return GivenMentions.extended(OrganisationComplements::extend, body, nameThenType);
  }

  @Test
  void theComplementOfAnOrganisationsHeadIsPartOfItsName() {
    assertEquals(
        List.of("Organisation:Freedonia National Commission on Human Rights"),
        extended(
            "The Freedonia National Commission on Human Rights said 23 people had died.",
            "Freedonia National Commission",
            EntityType.ORGANISATION,
            "Human Rights",
            EntityType.PERSON));
    assertEquals(
        List.of("Organisation:Office for the Coordination of Humanitarian Affairs"),
        extended(
            "The Office for the Coordination of Humanitarian Affairs warned of famine.",
            "Office for the Coordination",
            EntityType.ORGANISATION));
  }

  @Test
  void aCountryEndsTheComplementAndOtherHeadsTakeNone() {
    assertEquals(
        List.of("Organisation:Aster Commission", "Country:Freedonia"),
        extended(
            "The Aster Commission of Freedonia met.",
            "Aster Commission",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY));
    assertEquals(
        List.of("Organisation:Asterwerk", "Person:Jane Doe"),
        extended(
            "Asterwerk of Jane Doe grew.",
            "Asterwerk",
            EntityType.ORGANISATION,
            "Jane Doe",
            EntityType.PERSON));
    assertEquals(
        List.of("Organisation:Aster Commission"),
        extended(
            "The Aster Commission on trade met.", "Aster Commission", EntityType.ORGANISATION));
  }

  @Test
  void aDayOrMonthIsNoComplement() {
    assertEquals(
        List.of("Organisation:Northern Security Council"),
        extended(
            "The Northern Security Council on Friday adopted a resolution.",
            "Northern Security Council",
            EntityType.ORGANISATION));
  }

  @Test
  void aBareHeadWithItsComplementAfterTheIsAnOrganisation() {
    assertEquals(
        List.of("Place:Nairobi", "Organisation:Institute for Security Studies"),
        extended(
            "The Nairobi-based Institute for Security Studies published it.",
            "Nairobi",
            EntityType.PLACE));
  }

  @Test
  void aPurposeWithToAndACapitalisedVerbIsPartOfTheName() {
    assertEquals(
        List.of("Organisation:Global Coalition to Counter Asteria", "Place:Rome"),
        extended(
            "Ministers of the Global Coalition to Counter Asteria met in Rome.",
            "Global Coalition",
            EntityType.ORGANISATION,
            "Asteria",
            EntityType.ORGANISATION,
            "Rome",
            EntityType.PLACE));
    assertEquals(
        List.of("Organisation:Aster Commission"),
        extended(
            "Freedonia sent the Aster Commission to Velmora Airport.",
            "Aster Commission",
            EntityType.ORGANISATION));
  }

  @Test
  void aPersonAfterTheComplementIsCutFromANameRunningOverIt() {
    assertEquals(
        List.of("Organisation:Global Coalition to Counter Asteria", "Person:Jane Roe"),
        extended(
            "Envoy for the Global Coalition to Counter Asteria Jane Roe visited Velmora.",
            "Global Coalition",
            EntityType.ORGANISATION,
            "Counter Asteria Jane Roe",
            EntityType.ORGANISATION));
  }

  @Test
  void aBareHeadWhoseComplementIsACountryAloneNamesNothing() {
    assertEquals(
        List.of("Place:Velmora", "Country:Freedonia"),
        extended(
            "The Velmora Conference on Freedonia ended on Friday.",
            "Velmora",
            EntityType.PLACE,
            "Freedonia",
            EntityType.COUNTRY));
  }
}
