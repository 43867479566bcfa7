package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.SelfReferenceNameFinder;
import org.junit.jupiter.api.Test;

class StructureFinderTest {

  private static Set<String> links(TestArticles world, String body) {
    return new StructureFinder(Capitals.none())
        .find(world.resolve(body)).stream()
            .map(StructureFinderTest::describe)
            .collect(Collectors.toSet());
  }

  private static String describe(Fact f) {
    if (f instanceof Fact.PartOf p) {
      return p.part().label() + " partOf " + p.whole().label();
    }
    if (f instanceof Fact.LocatedIn l) {
      return l.located().label() + " locatedIn " + l.location().label();
    }
    if (f instanceof Fact.Membership m) {
      return m.member().label() + " memberOf " + m.organisation().label();
    }
    return f.toString();
  }

  private static TestArticles world() {
    return new TestArticles()
        .entity("National Guard", EntityType.ORGANISATION, "National Guard")
        .entity("Pact", EntityType.ORGANISATION, "Northern Pact")
        .entity("Korvo", EntityType.PLACE, "Korvo")
        .entity("North Coast", EntityType.PLACE, "North Coast")
        .entity("Arms Unit", EntityType.ORGANISATION, "Valdo Arms")
        .entity("Valdo Group", EntityType.ORGANISATION, "Valdo Group")
        .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
        .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
        .party("Green Party", "Green Party");
  }

  @Test
  void aPartNamedByItsDirectionLiesInTheNamedWhole() {
    TestArticles world =
        new TestArticles()
            .entity("northern Valdoria", EntityType.PLACE, "northern Valdoria")
            .entity("eastern Estrella", EntityType.PLACE, "eastern Estrella")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian");
    Set<String> found =
        links(
            world,
            "Valdoria sent troops. Fighting broke out in northern Valdoria and eastern Estrella.");
    assertTrue(found.contains("northern Valdoria locatedIn Valdoria"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.startsWith("eastern Estrella")), found.toString());
  }

  @Test
  void aCountrysPossessiveBodyIsPartOfIt() {
    Set<String> found = links(world(), "Valdoria's National Guard patrolled the border.");
    assertTrue(found.contains("National Guard partOf Valdoria"), found.toString());
  }

  @Test
  void aCountrysPossessiveArmedGroupLiesInItAndAGroupsWingIsPartOfTheGroup() {
    TestArticles world =
        world().armed("Red Front", "Red Front").armed("Iron Brigade", "Iron Brigade");
    Set<String> found = links(world, "Valdoria's Red Front rebels agreed to a ceasefire.");
    assertTrue(found.contains("Red Front locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Red Front partOf Valdoria"), found.toString());
    found = links(world, "The Red Front's Iron Brigade fired rockets.");
    assertTrue(found.contains("Iron Brigade partOf Red Front"), found.toString());
  }

  @Test
  void aCountrysPossessiveCompanyNamedWithItsLegalFormLiesInIt() {
    TestArticles world =
        world().entity("Kovo Motor Corp", EntityType.ORGANISATION, "Kovo Motor Corp");
    Set<String> found = links(world, "Valdoria's Kovo Motor Corp won the contract.");
    assertTrue(found.contains("Kovo Motor Corp locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Kovo Motor Corp partOf Valdoria"), found.toString());
  }

  @Test
  void aCompanySpeakingOfItselfLiesInItsCountrysPossessive() {
    TestArticles world =
        world().foundBy(SelfReferenceNameFinder.FINDER, "Kovo", EntityType.ORGANISATION, "Kovo");
    Set<String> found = links(world, "Valdoria's Kovo said it would cut 1,200 jobs at home.");
    assertTrue(found.contains("Kovo locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Kovo partOf Valdoria"), found.toString());
  }

  @Test
  void aCountrysPossessiveCompanyNamedByItsLineOfBusinessLiesInIt() {
    TestArticles world = world().entity("Kovo Motors", EntityType.ORGANISATION, "Kovo Motors");
    Set<String> found = links(world, "Valdoria's Kovo Motors won the contract.");
    assertTrue(found.contains("Kovo Motors locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Kovo Motors partOf Valdoria"), found.toString());
  }

  @Test
  void aCompanyOfACountryLiesInItWhileABodyOfItIsPartOfIt() {
    TestArticles world = world().company("Kovo", "Kovo");
    Set<String> found = links(world, "Kovo of Valdoria bought the National Guard of Valdoria.");
    assertTrue(found.contains("Kovo locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Kovo partOf Valdoria"), found.toString());
    assertTrue(found.contains("National Guard partOf Valdoria"), found.toString());
  }

  @Test
  void aCompanyNamedBesideTheCompanyThatOwnsItIsPartOfIt() {
    TestArticles world =
        world()
            .company("Kovo", "Kovo")
            .company("Zento", "Zento")
            .entity("Norva Holdings", EntityType.ORGANISATION, "Norva Holdings", "Norva")
            .international("Union", "Union");
    Set<String> found = links(world, "Norva Holdings's Kovo and Zento, a unit of Norva Holdings.");
    assertTrue(found.contains("Kovo partOf Norva Holdings"), found.toString());
    assertTrue(found.contains("Zento partOf Norva Holdings"), found.toString());
    found = links(world, "Norva-owned Kovo sued Zento. Zento owner Norva Holdings declined.");
    assertEquals(Set.of("Kovo partOf Norva Holdings", "Zento partOf Norva Holdings"), found);
    // a country's company lies in it; an international organisation owns no company this way
    found = links(world, "Valdoria's Kovo and the Union's Zento signed.");
    assertEquals(Set.of("Kovo locatedIn Valdoria"), found);
  }

  @Test
  void aPlaceSetOffByCommaAndInLiesThere() {
    assertTrue(
        links(world(), "Clashes broke out in Korvo, in Valdoria, on Monday.")
            .contains("Korvo locatedIn Valdoria"));
    TestArticles w = world().entity("eastern Aster", EntityType.PLACE, "eastern Aster");
    Set<String> eastern = links(w, "Clashes broke out in Korvo, in eastern Aster.");
    assertTrue(eastern.contains("Korvo locatedIn eastern Aster"), eastern.toString());
    assertFalse(
        links(world(), "He spoke in Korvo, in North Coast and at home.")
            .contains("Korvo locatedIn North Coast"));
  }

  @Test
  void aCountryThatReportsAfterTheCommaIsNoPlaceOfWhatComesBefore() {
    Set<String> said = links(world(), "Fighting raged near Korvo, Valdoria said on Monday.");
    assertFalse(said.contains("Korvo locatedIn Valdoria"), said.toString());
    Set<String> also = links(world(), "Troops entered Korvo, Valdoria also claimed.");
    assertFalse(also.contains("Korvo locatedIn Valdoria"), also.toString());
    assertTrue(
        links(world(), "Fighting raged near Korvo, Valdoria, on Monday.")
            .contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void aRegionOfACountryLiesInIt() {
    assertTrue(
        links(world(), "Fighting raged in the Korvo region of Valdoria.")
            .contains("Korvo locatedIn Valdoria"));
    TestArticles w = world().entity("Aster Province", EntityType.PLACE, "Aster Province");
    assertTrue(
        links(w, "He lives in the Aster Province of Valdoria.")
            .contains("Aster Province locatedIn Valdoria"));
    assertFalse(
        links(world(), "The Korvo talks of Valdoria failed.").contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void placesListedBeforeAPluralDivisionLieEachInTheWholeAfterIt() {
    TestArticles w =
        world()
            .entity("Aster", EntityType.PLACE, "Aster")
            .entity("Brill", EntityType.PLACE, "Brill");
    Set<String> of = links(w, "Storms hit the Korvo and Aster regions of Valdoria on Sunday.");
    assertTrue(of.contains("Korvo locatedIn Valdoria"), of.toString());
    assertTrue(of.contains("Aster locatedIn Valdoria"), of.toString());
    Set<String> in =
        links(w, "Gunmen raided villages in Korvo, Aster and Brill states in Valdoria.");
    assertTrue(in.contains("Korvo locatedIn Valdoria"), in.toString());
    assertTrue(in.contains("Aster locatedIn Valdoria"), in.toString());
    assertTrue(in.contains("Brill locatedIn Valdoria"), in.toString());
    assertFalse(
        links(w, "Ana Ruiz met Korvo officials and Aster states in Valdoria.")
            .contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void aCapitalAfterAPlacesPossessiveLiesInThatPlace() {
    TestArticles w = world().entity("Aster", EntityType.PLACE, "Aster");
    Set<String> found =
        links(w, "Power was restored across North Coast's capital Aster on Friday.");
    assertTrue(found.contains("Aster locatedIn North Coast"), found.toString());
    assertFalse(
        links(w, "North Coast's capital markets and Aster banks fell.")
            .contains("Aster locatedIn North Coast"));
  }

  @Test
  void aTownOfTheArticlesCountryLiesInIt() {
    TestArticles w = world().entity("Estrella", EntityType.COUNTRY, "Estrella");
    String about = "Valdoria voted. Valdoria counted. Valdoria won. ";
    assertTrue(
        links(w, about + "A base is planned in the coastal city of Korvo.")
            .contains("Korvo locatedIn Valdoria"));
    assertFalse(
        links(w, about + "Estrella plans a base in the coastal city of Korvo.")
            .contains("Korvo locatedIn Valdoria"));
    assertFalse(
        links(w, "Valdoria voted. A base is planned in the city of Korvo.")
            .contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void aPlaceWhereAnEmployeeIsBasedIsNotTheEmployersSeat() {
    for (String text :
        new String[] {
          "Ana Ruiz, a correspondent for Valdo Group based in Korvo, said the road was closed.",
          "Ana Ruiz, 45, a researcher at the Valdo Group, based in Korvo, said so."
        }) {
      assertFalse(links(world(), text).contains("Valdo Group locatedIn Korvo"), text);
    }
    assertTrue(
        links(world(), "Ana Ruiz said Valdo Group, based in Korvo, would grow.")
            .contains("Valdo Group locatedIn Korvo"));
    assertTrue(
        links(
                world(),
                "Ana Ruiz, a correspondent for Valdo Group, which is based in Korvo, said so.")
            .contains("Valdo Group locatedIn Korvo"));
  }

  @Test
  void anOrganisationBasedInAPlaceLiesThere() {
    assertTrue(
        links(world(), "Valdo Group, which is based in Korvo, grew.")
            .contains("Valdo Group locatedIn Korvo"));
    assertTrue(
        links(world(), "Valdo Group is headquartered in Valdoria.")
            .contains("Valdo Group locatedIn Valdoria"));
    assertTrue(
        links(world(), "The Korvo-based arms maker Valdo Group grew.")
            .contains("Valdo Group locatedIn Korvo"));
    assertTrue(
        links(world(), "The Valdorian electric vehicle maker Valdo Group grew.")
            .contains("Valdo Group locatedIn Valdoria"));
  }

  @Test
  void aGroupBackedByACountryDoesNotLieThere() {
    assertTrue(
        links(world(), "The Valdoria-backed militia Valdo Group grew.").stream()
            .noneMatch(f -> f.startsWith("Valdo Group locatedIn")));
    assertTrue(
        links(world(), "Valdo Group, a Valdoria-backed militia, grew.").stream()
            .noneMatch(f -> f.startsWith("Valdo Group locatedIn")));
  }

  @Test
  void aDemonymOpeningTheNextSubjectAfterTheCommaIsNoPlaceOfWhatComesBefore() {
    Set<String> found =
        links(world(), "Speaking in Korvo, Valdorian President Ana Ruiz thanked the troops.");
    assertFalse(found.contains("Korvo locatedIn Valdoria"), found.toString());
    Set<String> prime =
        links(world(), "During a visit to Korvo, Valdorian Prime Minister Ana Ruiz met troops.");
    assertFalse(prime.contains("Korvo locatedIn Valdoria"), prime.toString());
    Set<String> troops = links(world(), "After talks in Korvo, Valdorian troops left the town.");
    assertFalse(troops.contains("Korvo locatedIn Valdoria"), troops.toString());
    assertTrue(
        links(world(), "Troops gathered in Korvo, Valdoria and the North Coast.")
            .contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void aPlaceCommaCountryLiesInIt() {
    Set<String> found = links(world(), "Troops gathered in Korvo, Valdoria, on Monday.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
  }

  @Test
  void aCountryThatCompletedItsAccessionIsAMember() {
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "Valdoria completed its accession to the Northern Pact in March."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "Valdoria has formally finalised its accession to the Northern Pact."));
    assertEquals(Set.of(), links(world(), "Valdoria began its accession to the Northern Pact."));
  }

  @Test
  void whoRatifiesAnotherCountrysAccessionIsAMemberAndTheEntrantNotYet() {
    TestArticles w = world().entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan");
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(w, "Valdoria ratified Estrella's accession to the Northern Pact on Monday."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(w, "The Valdorian parliament approved Estrella's bid to join the Northern Pact."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(w, "Valdoria ratified Estrella's Northern Pact membership on Monday."));
    assertEquals(
        Set.of(), links(w, "Valdoria did not ratify Estrella's accession to the Northern Pact."));
    assertEquals(
        Set.of("Estrella memberOf Pact"),
        links(w, "Estrella's membership in the Northern Pact helps."));
  }

  @Test
  void aRatifyingParliamentOrAPassiveRatificationMakesItsCountryAMember() {
    TestArticles w =
        world()
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .entity("Valdorian Parliament", EntityType.ORGANISATION, "Valdorian Parliament");
    Set<String> found =
        links(
            w,
            "Valdorian lawmakers met. The Valdorian Parliament ratified Estrella's accession to the"
                + " Northern Pact.");
    assertTrue(found.contains("Valdoria memberOf Pact"), found.toString());
    assertFalse(found.contains("Estrella memberOf Pact"), found.toString());
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(
            w, "Estrella's Northern Pact membership was swiftly approved by Valdorian lawmakers."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(w, "Estrella's accession to the Northern Pact was ratified by Valdoria."));
    assertEquals(Set.of(), links(w, "The plan was approved by Valdorian lawmakers."));
  }

  @Test
  void aParliamentNamedWithItsCountrysPossessiveRatifiesForIt() {
    TestArticles w =
        world()
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .entity("Valdoria's parliament", EntityType.ORGANISATION, "parliament");
    Set<String> found =
        links(w, "Valdoria's parliament ratified Estrella's accession to the Northern Pact.");
    assertTrue(found.contains("Valdoria memberOf Pact"), found.toString());
    assertFalse(found.contains("Estrella memberOf Pact"), found.toString());
  }

  @Test
  void aSuspendedMemberIsStillAMemberAndARevokedOneNot() {
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "The Northern Pact suspended Valdoria's membership after the coup."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "The Northern Pact has suspended Valdoria from all its activities."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "Valdoria was suspended from the Northern Pact in 2021."));
    assertEquals(
        Set.of(),
        links(world(), "The members revoked Valdoria's membership in the Northern Pact today."));
    assertEquals(Set.of(), links(world(), "The Northern Pact suspended Valdoria's aid."));
  }

  @Test
  void aMemberThatFreezesItsOwnMembershipIsStillAMember() {
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "Valdoria has frozen its participation in the Northern Pact."));
    assertEquals(
        Set.of("Valdoria memberOf Pact"),
        links(world(), "Valdoria suspended its membership of the Northern Pact in May."));
    assertEquals(
        Set.of(), links(world(), "Valdoria ended its membership in the Northern Pact in May."));
  }

  @Test
  void joiningAnAllianceMakesAMember() {
    Set<String> found = links(world(), "Valdoria joined the Northern Pact in 2020.");
    assertTrue(found.contains("Valdoria memberOf Pact"), found.toString());
  }

  @Test
  void aPartyCandidateIsAPartyMember() {
    Set<String> found = links(world(), "Green Party candidate Ana Ruiz won in Korvo.");
    assertTrue(found.contains("Ana Ruiz memberOf Green Party"), found.toString());
  }

  @Test
  void aPersonOfAPartyIsAMember() {
    Set<String> found = links(world(), "Ana Ruiz of the Green Party spoke first.");
    assertTrue(found.contains("Ana Ruiz memberOf Green Party"), found.toString());
  }

  @Test
  void anAppositionPlacesATerritoryInItsRegion() {
    Set<String> found =
        links(world(), "Troops entered Korvo, the former Valdorian territory in the North Coast.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
  }

  @Test
  void anAppositionMakesAUnitPartOfItsGroup() {
    Set<String> found = links(world(), "Valdo Arms, the defence unit of Valdo Group, will ship.");
    assertTrue(found.contains("Arms Unit partOf Valdo Group"), found.toString());
  }

  @Test
  void aCompanyDescribedByItsCountrysDemonymLiesThere() {
    Set<String> found = links(world(), "Valdo Group, a leading Valdorian arms maker, grew.");
    assertTrue(found.contains("Valdo Group locatedIn Valdoria"), found.toString());
    assertTrue(
        links(world(), "Valdoria's state oil company Valdo Group grew.")
            .contains("Valdo Group locatedIn Valdoria"));
    // hyphenated words, which the tokenizer splits into three, are one word each
    assertTrue(
        links(world(), "Valdoria's state-owned oil company Valdo Group grew.")
            .contains("Valdo Group locatedIn Valdoria"));
    assertTrue(
        links(world(), "The Valdorian start-up Valdo Group grew.")
            .contains("Valdo Group locatedIn Valdoria"));
    assertTrue(
        links(world(), "Valdo Group, a Valdorian arms maker's rival, grew.").stream()
            .noneMatch(f -> f.startsWith("Valdo Group locatedIn")));
  }

  @Test
  void aCountrysAgencyRegulatorOrWatchdogIsPartOfItsState() {
    TestArticles world = world().entity("Aster Office", EntityType.ORGANISATION, "ASTRO");
    assertTrue(
        links(world, "Valdoria's disaster agency ASTRO said 14 people were missing.")
            .contains("Aster Office partOf Valdoria"));
    assertTrue(
        links(world, "Valdoria's competition watchdog ASTRO fined the firm.")
            .contains("Aster Office partOf Valdoria"));
    assertTrue(
        links(world, "Valdoria's oil company ASTRO grew.")
            .contains("Aster Office locatedIn Valdoria"));
  }

  @Test
  void placesAfterACountrysPossessiveLieInIt() {
    TestArticles world = world().entity("Sorna", EntityType.PLACE, "Sorna");
    Set<String> found =
        links(world, "Floods hit Valdoria's Korvo, North Coast and Sorna provinces in May.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
    assertTrue(found.contains("North Coast locatedIn Valdoria"), found.toString());
    assertTrue(found.contains("Sorna locatedIn Valdoria"), found.toString());
  }

  @Test
  void aPlaceListedAfterOtherWordsIsNotTakenIn() {
    Set<String> found =
        links(world(), "Valdoria's Korvo province sent aid to North Coast on Monday.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("North Coast locatedIn Valdoria"), found.toString());
  }

  @Test
  void anEmbassyNamedWithItsCityLiesInTheCity() {
    TestArticles world =
        new TestArticles()
            .entity("Embassy in Korvo", EntityType.ORGANISATION, "Valdorian embassy in Korvo")
            .entity("Korvo Consulate", EntityType.ORGANISATION, "Korvo Consulate")
            .entity("Korvo Arms", EntityType.ORGANISATION, "Korvo Arms Group")
            .entity("Korvo", EntityType.PLACE, "Korvo");
    Set<String> found =
        links(
            world,
            "Protesters in Korvo reached the Valdorian embassy in Korvo. The Korvo Consulate"
                + " closed. Korvo Arms Group said nothing.");
    assertTrue(found.contains("Embassy in Korvo locatedIn Korvo"), found.toString());
    assertTrue(found.contains("Korvo Consulate locatedIn Korvo"), found.toString());
    assertFalse(found.contains("Korvo Arms locatedIn Korvo"), found.toString());
  }

  @Test
  void aPlaceDescribedAsPartOfACountryLiesInIt() {
    Set<String> found =
        links(
            world(),
            "Protests spread in Korvo, a coastal part of the oil-rich Valdoria, last year.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
  }

  @Test
  void aGroupDescribedAsBasedInACountryLiesInIt() {
    TestArticles world = world().entity("Red Hand", EntityType.ORGANISATION, "Red Hand");
    Set<String> found =
        links(world, "Officials blamed the Red Hand, a militant group in neighbouring Valdoria.");
    assertTrue(found.contains("Red Hand locatedIn Valdoria"), found.toString());
    assertFalse(
        links(world, "Officials blamed the Red Hand, a group that met Valdoria's envoy.")
            .contains("Red Hand locatedIn Valdoria"));
  }

  @Test
  void aCountrysRulingPartyOfUnknownKindLiesInIt() {
    TestArticles world =
        world()
            .entity("Unity Front", EntityType.ORGANISATION, "Unity Front")
            .entity("Labour Party", EntityType.ORGANISATION, "Labour Party");
    Set<String> found =
        links(world, "Valdoria's ruling Unity Front won. Valdoria's Labour Party lost.");
    assertTrue(found.contains("Unity Front locatedIn Valdoria"), found.toString());
    assertTrue(found.contains("Labour Party locatedIn Valdoria"), found.toString());
    assertFalse(found.contains("Unity Front partOf Valdoria"), found.toString());
  }

  @Test
  void aCountrysKindOfPlaceOfANameLiesInIt() {
    TestArticles world =
        world()
            .entity("Valdoria", EntityType.COUNTRY, "Valdorian", "Valdoria")
            .entity("Sorna", EntityType.PLACE, "Sorna");
    Set<String> found =
        links(world, "Shells hit the Valdorian town of Korvo and Valdoria's port city of Sorna.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
    assertTrue(found.contains("Sorna locatedIn Valdoria"), found.toString());
  }

  @Test
  void aPlaceInAnotherPlaceLiesInIt() {
    TestArticles world = world().entity("Jade Palace", EntityType.PLACE, "Jade Palace");
    assertTrue(
        links(world, "Leaders met at the Jade Palace in Korvo on Monday.")
            .contains("Jade Palace locatedIn Korvo"));
    assertFalse(
        links(world, "Leaders met at the Jade Palace, Korvo and North Coast.").stream()
            .anyMatch(l -> l.contains("locatedIn")));
  }

  @Test
  void aUnitBeforeAUnitOfAnotherEchelonIsItsPartAndItsSoldiersMembers() {
    TestArticles world =
        new TestArticles()
            .entity("2nd Battalion", EntityType.ORGANISATION, "2nd Battalion")
            .entity("7th Rifle Regiment", EntityType.ORGANISATION, "7th Rifle Regiment")
            .entity("3rd Battalion", EntityType.ORGANISATION, "3rd Battalion")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz");
    Set<String> found =
        links(
            world,
            "Spc. Ana Ruiz was assigned to 2nd Battalion, 7th Rifle Regiment. "
                + "The 2nd Battalion, 3rd Battalion and 7th Rifle Regiment trained.");
    assertTrue(found.contains("2nd Battalion partOf 7th Rifle Regiment"), found.toString());
    assertTrue(found.contains("Ana Ruiz memberOf 2nd Battalion"), found.toString());
    assertFalse(found.contains("2nd Battalion partOf 3rd Battalion"), found.toString());
  }

  @Test
  void aHyphenatedWordCountsOnceInAnApposition() {
    assertTrue(
        links(
                world(),
                "Protests began in Korvo, a Shiite-majority part of the Sunni-majority Valdoria.")
            .contains("Korvo locatedIn Valdoria"));
  }

  @Test
  void aBodyNamedTheWholesPossessiveArmIsPartOfIt() {
    assertTrue(
        links(world(), "The National Guard, the Northern Pact's military arm, deployed.")
            .contains("National Guard partOf Pact"));
  }

  @Test
  void anAppositionMayCountThePeopleOfAPlaceBeforeItsWhole() {
    TestArticles w =
        new TestArticles()
            .entity("eastern Valdoria", EntityType.PLACE, "eastern Valdoria")
            .entity("Korvo", EntityType.PLACE, "Korvo");
    Set<String> found =
        links(w, "Shelling hit Korvo, a city of about two million people in eastern Valdoria.");
    assertTrue(found.contains("Korvo locatedIn eastern Valdoria"), found.toString());
  }

  @Test
  void aCapitalOfACountrysProvinceLiesInTheProvince() {
    Set<String> found =
        links(world(), "Bombs hit Korvo, the capital of Valdoria's North Coast province.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
    assertTrue(found.contains("North Coast locatedIn Valdoria"), found.toString());
  }

  @Test
  void aCapitalWithNoArticleLiesInTheProvince() {
    Set<String> found =
        links(world(), "Bombs hit Korvo, capital of Valdoria's North Coast province.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
  }

  @Test
  void aTownshipDescribedAsInAPlaceLiesThere() {
    Set<String> found = links(world(), "Police raided Korvo, a township in the North Coast.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
  }

  @Test
  void aPlaceWrittenWithItsKindAfterAPlacesPossessiveLiesInIt() {
    TestArticles w = world().entity("Aster district", EntityType.PLACE, "Aster district");
    Set<String> found = links(w, "A bomb hit Korvo's Aster district on Monday.");
    assertTrue(found.contains("Aster district locatedIn Korvo"), found.toString());
    Set<String> plain = links(world(), "A bomb hit Korvo's North Coast on Monday.");
    assertFalse(plain.contains("North Coast locatedIn Korvo"), plain.toString());
  }

  @Test
  void aPlaceAfterAnApostropheAloneOfACountryEndingInSLiesInIt() {
    TestArticles w = world().entity("Aster Islands", EntityType.COUNTRY, "Aster Islands");
    Set<String> found = links(w, "A typhoon hit the Aster Islands' North Coast on Monday.");
    assertTrue(found.contains("North Coast locatedIn Aster Islands"), found.toString());
  }

  @Test
  void aPlaceBeforeTheCoastOfACountrysPossessiveIsNotInIt() {
    Set<String> coast = links(world(), "Drones hit Valdoria's North Coast coast on Monday.");
    assertFalse(coast.contains("North Coast locatedIn Valdoria"), coast.toString());
    Set<String> region = links(world(), "Drones hit Valdoria's North Coast on Monday.");
    assertTrue(region.contains("North Coast locatedIn Valdoria"), region.toString());
  }

  @Test
  void aPlaceDescribedByItsCountrysDemonymAndAKindOfPlaceLiesThere() {
    Set<String> found = links(world(), "Residents of Korvo, a Valdorian island, protested.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
    // a former territory of a country is no longer in it
    Set<String> former = links(world(), "Korvo, the former Valdorian territory, voted.");
    assertFalse(former.contains("Korvo locatedIn Valdoria"), former.toString());
  }

  @Test
  void aBodyDescribedAsTheWholesAgencyIsPartOfIt() {
    TestArticles w =
        world()
            .international("Union", "Union")
            .entity("Food Office", EntityType.ORGANISATION, "Food Office")
            .entity("Child Fund", EntityType.ORGANISATION, "Child Fund")
            .entity("Wire", EntityType.ORGANISATION, "Wire");
    Set<String> found =
        links(
            w,
            "The Food Office, a Union agency, warned of famine. The Child Fund, the Union"
                + " children's agency, agreed. Wire, the Union news agency, reported it.");
    assertTrue(found.contains("Food Office partOf Union"), found.toString());
    assertTrue(found.contains("Child Fund partOf Union"), found.toString());
    assertFalse(found.contains("Wire partOf Union"), found.toString());
  }

  @Test
  void aGroupDescribedAsAnAffiliateInACountryLiesThere() {
    TestArticles w = world().armed("Red Hand", "Red Hand");
    Set<String> found = links(w, "The Red Hand, an armed affiliate in Valdoria, struck.");
    assertTrue(found.contains("Red Hand locatedIn Valdoria"), found.toString());
  }

  @Test
  void aCompanyDescribedByItsCountrysPossessiveAndItsKindLiesThere() {
    Set<String> found = links(world(), "Valdo Group, Valdoria's largest conglomerate, grew.");
    assertTrue(found.contains("Valdo Group locatedIn Valdoria"), found.toString());
  }

  @Test
  void aCompanyDescribedAsBasedInAPlaceLiesThere() {
    Set<String> found = links(world(), "Valdo Group, the Korvo-based arms maker, grew.");
    assertTrue(found.contains("Valdo Group locatedIn Korvo"), found.toString());
  }

  @Test
  void aBodyNamedAfterTheWholesPossessiveWingIsPartOfIt() {
    TestArticles w =
        world()
            .international("Union", "Union")
            .entity("Red Brigades", EntityType.ORGANISATION, "Red Brigades")
            .entity("Food Office", EntityType.ORGANISATION, "Food Office")
            .entity("Wire", EntityType.ORGANISATION, "Wire");
    Set<String> found =
        links(
            w,
            "Valdo Group's armed wing, the Red Brigades, fired. The Union food agency Food Office"
                + " warned. The Union news agency Wire reported it.");
    assertTrue(found.contains("Red Brigades partOf Valdo Group"), found.toString());
    assertTrue(found.contains("Food Office partOf Union"), found.toString());
    assertFalse(found.contains("Wire partOf Union"), found.toString());
  }

  @Test
  void aDivisionInAPartOfACountryNamedByItsDirectionLiesThere() {
    TestArticles w =
        new TestArticles()
            .entity("northern Valdoria", EntityType.PLACE, "northern Valdoria")
            .entity("southern Valdoria", EntityType.PLACE, "southern Valdoria")
            .entity("Korvo", EntityType.PLACE, "Korvo")
            .entity("North Coast", EntityType.PLACE, "North Coast");
    Set<String> found =
        links(
            w,
            "Gunmen struck in Korvo state in northern Valdoria. Officials in North Coast,"
                + " southern Valdoria, said.");
    assertTrue(found.contains("Korvo locatedIn northern Valdoria"), found.toString());
    assertTrue(found.contains("North Coast locatedIn southern Valdoria"), found.toString());
    // a list of places is no place in another
    Set<String> listed =
        links(w, "Troops went to Korvo, southern Valdoria and North Coast on Monday.");
    assertFalse(listed.contains("Korvo locatedIn southern Valdoria"), listed.toString());
  }

  @Test
  void aDivisionSetOffByACommaBeforeItsCountryLiesThere() {
    Set<String> found = links(world(), "Dozens died in Korvo state, Valdoria, on Monday.");
    assertTrue(found.contains("Korvo locatedIn Valdoria"), found.toString());
  }

  @Test
  void aPlaceInTheOccupiedOrDirectionalPartOfAnotherLiesThere() {
    TestArticles w =
        new TestArticles()
            .entity("southern Aster Strip", EntityType.PLACE, "southern Aster Strip")
            .entity("Jade Base", EntityType.PLACE, "Jade Base")
            .entity("Pacific", EntityType.PLACE, "Pacific")
            .entity("Korvo", EntityType.PLACE, "Korvo")
            .entity("North Coast", EntityType.PLACE, "North Coast");
    Set<String> found =
        links(
            w,
            "Raids hit Korvo, in the occupied North Coast. Tanks neared Jade Base in the southern"
                + " Aster Strip.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
    assertTrue(found.contains("Jade Base locatedIn southern Aster Strip"), found.toString());
    // without a comma, "in the" and an adjective may say where else something happened
    Set<String> routes = links(w, "Flights watched routes in the Pacific in the old Jade Base.");
    assertFalse(routes.contains("Pacific locatedIn Jade Base"), routes.toString());
  }

  @Test
  void placesEachAfterItsOwnInAreAListNotOneInTheNext() {
    Set<String> found =
        links(world(), "Strikes hit Korvo, in the North Coast and in the south on Monday.");
    assertFalse(found.contains("Korvo locatedIn North Coast"), found.toString());
  }

  @Test
  void aPlaceInACountrysPossessiveRegionLiesInTheRegion() {
    Set<String> found = links(world(), "The town of Korvo in Valdoria's North Coast region fell.");
    assertTrue(found.contains("Korvo locatedIn North Coast"), found.toString());
    assertTrue(found.contains("North Coast locatedIn Valdoria"), found.toString());
  }

  @Test
  void aNewsAgencyDescribedByItsCountrysPossessiveIsNoBodyOfIt() {
    TestArticles w = world().entity("Wire", EntityType.ORGANISATION, "Wire");
    Set<String> found = links(w, "Wire, Valdoria's official news agency, said so.");
    assertFalse(found.contains("Wire partOf Valdoria"), found.toString());
  }

  @Test
  void anInternationalBodyAfterAnInternationalOrganisationsPossessiveIsPartOfIt() {
    TestArticles w =
        world()
            .international("Union", "Union")
            .international("Food Office", "Food Office")
            .international("Pact", "Pact");
    Set<String> found = links(w, "The Union's Food Office said aid was suspended.");
    assertTrue(found.contains("Food Office partOf Union"), found.toString());
    Set<String> members = links(w, "The Union's Pact members met on Monday.");
    assertFalse(members.contains("Pact partOf Union"), members.toString());
  }

  @Test
  void aPopulationWrittenInFiguresDoesNotEndTheApposition() {
    TestArticles w =
        new TestArticles()
            .entity("eastern Valdoria", EntityType.PLACE, "eastern Valdoria")
            .entity("Korvo", EntityType.PLACE, "Korvo");
    Set<String> found =
        links(w, "Rescuers reached Korvo, a city of 100,000 people in eastern Valdoria.");
    assertTrue(found.contains("Korvo locatedIn eastern Valdoria"), found.toString());
  }

  @Test
  void anUpperHouseOfAParliamentIsPartOfIt() {
    TestArticles w =
        new TestArticles()
            .entity("Senate", EntityType.ORGANISATION, "Senate")
            .entity("Grand Assembly", EntityType.ORGANISATION, "Grand Assembly");
    Set<String> found =
        links(w, "The Senate, the upper house of the Grand Assembly, passed the bill.");
    assertTrue(found.contains("Senate partOf Grand Assembly"), found.toString());
  }
}
