package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.DescriptionFixture.Named;
import org.junit.jupiter.api.Test;

class OrganisationDescriptionsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final OrganisationDescriptions RESOLVER =
      new OrganisationDescriptions(
          new NameGroupingResolver(new Iris(Iris.DEFAULT_BASE), GAZETTEER::byKey), GAZETTEER);

  /**
   * Resolves {@code body}, each of whose {@code names} is a mention wherever it stands (the
   * gazetteer's entry when it knows the name, a person when written "P:Jane Doe", else an
   * organisation), and returns each description found with the organisation it was made a mention
   * of.
   */
  private static Map<String, String> described(String body, String... names) {
    return DescriptionFixture.described(
        RESOLVER, body, Arrays.stream(names).map(OrganisationDescriptionsTest::named).toList());
  }

  private static Named named(String written) {
    boolean person = written.startsWith("P:");
    String name = person ? written.substring(2) : written;
    Optional<GazetteerEntry> known = GAZETTEER.byName(name);
    return new Named(
        name,
        person
            ? EntityType.PERSON
            : known.map(GazetteerEntry::type).orElse(EntityType.ORGANISATION),
        known.map(GazetteerEntry::key));
  }

  @Test
  void theGroupStandsForTheArmedGroupOfThePreviousSentence() {
    assertEquals(
        Map.of("The group@54", "Red Brigade"),
        described(
            "The Red Brigade attacked a convoy in Chile on Monday. The group also fired"
                + " rockets at Peru.",
            "Red Brigade",
            "Chile",
            "Peru"));
  }

  @Test
  void aNounEndingAnOrganisationsNameStandsForIt() {
    assertEquals(
        Map.of("The union@34", "Northern Union"),
        described(
            "The Northern Union met on Monday. The union said it would act.", "Northern Union"));
    assertEquals(
        Map.of(),
        described(
            "The Northern Union met on Monday. The court said it would act.", "Northern Union"),
        "a noun that ends no organisation's name is no description");
  }

  @Test
  void modifiersAndPluralFightersNounsStandForTheGroupToo() {
    assertEquals(
        Map.of("the militant group@48", "Red Brigade", "The militants@78", "Red Brigade"),
        described(
            "Jane Doe said the Red Brigade was behind it and the militant group would pay."
                + " The militants denied it.",
            "Red Brigade",
            "P:Jane Doe"));
  }

  @Test
  void eachHeadTakesItsKindOnly() {
    assertEquals(
        Map.of("the company@87", "Orbis Corp", "the party@45", "Freedonian Unity Party"),
        described(
            "The Freedonian Unity Party met on Monday and the party chose Jane Doe. Orbis Corp"
                + " said the company would fund it.",
            "Freedonian Unity Party",
            "Orbis Corp",
            "P:Jane Doe"));
  }

  @Test
  void aTradeNounStandsForACompanyAndAnAgencyForABody() {
    assertEquals(
        Map.of("The airline@41", "Kenya Airways"),
        described(
            "Kenya Airways resumed flights on Monday. The airline said it would add more.",
            "Kenya Airways"),
        "an airline is a company by its name's last word");
    assertEquals(
        Map.of("The carmaker@26", "Volkswagen"),
        described("Volkswagen recalled cars. The carmaker said sales fell.", "Volkswagen"),
        "a carmaker is a company by the gazetteer");
    assertEquals(
        Map.of("The agency@49", "World Health Organization"),
        described(
            "The World Health Organization warned of cholera. The agency urged donors to act.",
            "World Health Organization"));
    assertEquals(
        Map.of(),
        described(
            "The Freedonian Unity Party met on Monday. The bank said it would act.",
            "Freedonian Unity Party"),
        "a trade noun refers to a company only");
    assertEquals(
        Map.of(),
        described(
            "Orbis Air ordered 90 Boeing jets. The airline said more orders would follow.",
            "Boeing"),
        "a name that modifies a noun is no antecedent of a trade noun");
  }

  @Test
  void twoFittingOrganisationsLeaveItUnresolved() {
    assertEquals(
        Map.of(),
        described(
            "The Red Brigade attacked a convoy. The Blue Brigade attacked a base.\n\n"
                + "The group also fired rockets at Peru.",
            "Red Brigade",
            "Blue Brigade",
            "Peru"));
  }

  @Test
  void aGovernmentBodyIsNoGroupAndTheWindowEnds() {
    assertEquals(
        Map.of("The group@74", "Red Brigade"),
        described(
            "The Red Brigade attacked a convoy, the Freedonian Interior Ministry said. The group"
                + " denied it.",
            "Red Brigade",
            "Freedonian Interior Ministry"));
    assertEquals(
        Map.of(),
        described(
            "The Red Brigade attacked a convoy. Jane Doe arrived. John Roe left. Rain fell."
                + " The group denied it.",
            "Red Brigade",
            "P:Jane Doe",
            "P:John Roe"));
  }

  @Test
  void aStatesForcesOrPoliceAreNoParty() {
    assertEquals(
        Map.of(),
        described(
            "Freedonian security forces arrested dozens of protesters. The party's leader Jane Doe"
                + " condemned the arrests.",
            "Freedonian security forces",
            "P:Jane Doe"));
    assertEquals(
        Map.of(),
        described(
            "Freedonian riot police dispersed a march. The party's leader Jane Doe was hurt.",
            "Freedonian riot police",
            "P:Jane Doe"));
  }

  @Test
  void aBlockerOrAPhraseThatGoesOnIsNoDescription() {
    assertEquals(
        Map.of(),
        described(
            "The Red Brigade attacked a convoy. The other group, the rival group and the group of"
                + " protesters left.",
            "Red Brigade"));
  }

  @Test
  void aBlocNounNearAnInternationalOrganisationIsLeftToTheBlocRule() {
    assertEquals(
        Map.of(),
        described(
            "The Freedom Alliance and NATO met on Monday. The alliance said it would act.",
            "Freedom Alliance",
            "NATO"));
    assertEquals(
        Map.of("The alliance@33", "Freedom Alliance"),
        described(
            "The Freedom Alliance met Monday. The alliance said it would act.",
            "Freedom Alliance"));
  }

  @Test
  void anUnnamedThingOfTheSameNounBeforeLeavesItUnresolved() {
    assertEquals(
        Map.of(),
        described(
            "A group of protesters gathered outside Orbis Corp. The group demanded pay.",
            "Orbis Corp"));
    assertEquals(
        Map.of(),
        described(
            "Militants attacked a base held by the Red Brigade. The militants fled.",
            "Red Brigade"));
    assertEquals(
        Map.of("The militants@39", "Red Brigade"),
        described("Red Brigade militants attacked a base. The militants fled.", "Red Brigade"));
  }

  @Test
  void aPhraseThatIntroducesANameIsNoDescription() {
    assertEquals(
        Map.of(),
        described(
            "Orbis said on Monday it would pay. Jane Doe founded the defence company previously"
                + " known as Acme.",
            "Orbis",
            "P:Jane Doe"));
  }

  @Test
  void anOrganisationOfUnknownKindMustBeNamedInTheSentenceBefore() {
    String body = "%s met on Monday. Jane Doe spoke. The group later left.";
    assertEquals(Map.of(), described(String.format(body, "Orbis"), "Orbis", "P:Jane Doe"));
    assertEquals(
        Map.of("The group@43", "Red Brigade"),
        described(String.format(body, "Red Brigade"), "Red Brigade", "P:Jane Doe"));
  }

  @Test
  void aDemonstrativeOpensADescriptionToo() {
    assertEquals(
        Map.of("This armed group@38", "Red Brigade"),
        described(
            "Chile said the Red Brigade would pay. This armed group is done.", "Red Brigade"));
  }

  @Test
  void aComplementiserBeforeAPluralIsNoDemonstrative() {
    assertEquals(
        Map.of(),
        described(
            "Chile said the Red Brigade would pay. Jane Doe said that militants fled.",
            "Red Brigade",
            "P:Jane Doe"));
  }

  @Test
  void anOfThatTheVerbTakesLeavesTheDescriptionWhole() {
    assertEquals(
        Map.of("the group@49", "Red Brigade", "the group@96", "Red Brigade"),
        described(
            "The Red Brigade attacked a convoy. Chile accused the group of sheltering militants."
                + " Peru warned the group of consequences, and Bolivia met the group of protesters.",
            "Red Brigade",
            "Chile",
            "Peru",
            "Bolivia"));
  }

  @Test
  void theSubjectOfTheVerbIsNoAntecedentOfItsObject() {
    assertEquals(
        Map.of("the group@63", "Red Brigade"),
        described(
            "The Red Brigade attacked a convoy. NATO has strongly condemned the group.",
            "Red Brigade",
            "NATO"));
    assertEquals(
        Map.of("the group@41", "Hezbollah"),
        described("Hezbollah attacked Israel. Hamas praised the group.", "Hezbollah", "Hamas"));
    assertEquals(
        Map.of(),
        described(
            "Hezbollah attacked Israel. Hamas said the group would act.", "Hezbollah", "Hamas"));
  }

  @Test
  void aDemonymAmongTheModifiersWantsAnOrganisationOfItsCountry() {
    assertEquals(
        Map.of("the Lebanese group@43", "Hezbollah"),
        described(
            "Hezbollah attacked Israel. Chile condemned the Lebanese group, and Peru condemned the"
                + " Palestinian group.",
            "Hezbollah",
            "Israel",
            "Chile",
            "Peru",
            "Lebanese",
            "Palestinian"));
  }

  @Test
  void aLinkCompoundNamesAnotherActorThanTheOrganisation() {
    assertEquals(
        Map.of("the Iran-backed group@40", "Hezbollah"),
        described(
            "Hezbollah attacked Israel. Chile warned the Iran-backed group, and Peru condemned the"
                + " Hezbollah-linked group.",
            "Hezbollah",
            "Israel",
            "Chile",
            "Peru",
            "Iran"));
  }
}
