package org.actorgraph.relate;

import static org.actorgraph.relate.FoundPositions.found;
import static org.actorgraph.relate.FoundPositions.listed;
import static org.actorgraph.relate.FoundPositions.positions;
import static org.actorgraph.relate.FoundPositions.supplemented;
import static org.actorgraph.relate.FoundPositions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * A title written after the name, set off by a comma ({@link TitlesAfter}), read through {@link
 * PositionFinder}.
 */
class TitlesAfterTest {

  @Test
  void anEnvoysPostingAfterTheSendersPossessiveDoesNotOwnTheTitle() {
    RoleLexicon envoys =
        (tokens, i) ->
            tokens.get(i).text().equalsIgnoreCase("ambassador")
                ? Optional.of(new RoleLexicon.Role("ambassador", 1, false))
                : Optional.empty();
    TestArticles w = world().international("Northern Union", "Northern Union", "NU");
    assertEquals(
        Set.of("Ana Ruiz former ambassador Valdoria"),
        found(envoys, w, "Ana Ruiz, Valdoria's former NU ambassador, said talks would resume."));
    assertEquals(
        Set.of("Ana Ruiz deputy ambassador Valdoria"),
        found(envoys, w, "Ana Ruiz, Valdoria's deputy NU ambassador, said talks would resume."));
  }

  @Test
  void aSecondAppositionAfterAndAHasATitleOfItsOwn() {
    assertEquals(
        Set.of("Ana Ruiz leader Northern Council", "Ana Ruiz former president Valdoria"),
        positions(
            "Ana Ruiz, the leader of the Northern Council and a former president of Valdoria,"
                + " spoke."));
    assertEquals(
        Set.of("Ana Ruiz leader Northern Council"),
        positions("Ana Ruiz, the leader of the Northern Council and a critic of Valdoria, spoke."));
  }

  @Test
  void aBareTitleAfterAndStartsASecondAppositionAfterAnOwnerOrAnUntitledNoun() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria", "Ana Ruiz leader Northern Council"),
        positions("Ana Ruiz, president of Valdoria and leader of the Northern Council, spoke."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz, a lawyer and president of Valdoria, spoke."));
  }

  @Test
  void aStateOfTheHolderBeforeTheStatusWordIsPassedOver() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Ana Ruiz, Valdoria's jailed former president, called for protests."));
  }

  @Test
  void oppositionBeforeAPartyAfterLeaderOfTheIsThePartys() {
    TestArticles world = world().entity("Unity Party", EntityType.ORGANISATION, "Unity Party");
    assertEquals(
        Set.of("Ana Ruiz leader Unity Party"),
        found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Ana Ruiz, leader of the opposition Unity Party, called for an election."));
  }

  @Test
  void aCountrysPossessiveBeforeLowerCaseWordsAndABodyNamesTheBody() {
    TestArticles world = world().entity("Unity Party", EntityType.ORGANISATION, "Unity Party");
    assertEquals(
        Set.of("Ana Ruiz leader Unity Party"),
        positions(world, "Ana Ruiz, leader of Valdoria's main opposition Unity Party, spoke."));
  }

  @Test
  void aRegionsOfficeAfterThePlacesPossessive() {
    TestArticles world = world().entity("North Aster", EntityType.PLACE, "North Aster");
    assertEquals(
        Set.of("Jane Doe chief minister North Aster"),
        found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Jane Doe, North Aster's chief minister, said the state would not comply."));
    assertEquals(
        Set.of(),
        found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Jane Doe, North Aster's foreign minister, said the state would not comply."));
  }

  @Test
  void aCountryStartingALongerUnknownNameOwnsNoTitle() {
    assertEquals(
        Set.of(),
        positions("Ana Ruiz, the leader of Valdoria First, said the vote would go ahead."));
    assertEquals(
        Set.of("Ana Ruiz leader Valdoria"),
        positions("Ana Ruiz, the leader of Valdoria, said the vote would go ahead."));
  }

  @Test
  void aTitleInACountrysGovernmentIsTheCountrys() {
    assertEquals(
        Set.of("Ana Ruiz minister Valdoria"),
        listed("Ana Ruiz, a minister in Valdoria's government, said the vote would go ahead."));
    assertEquals(
        Set.of("Ana Ruiz minister Valdoria"),
        listed("Ana Ruiz, a minister in the Valdorian cabinet, said the vote would go ahead."));
    assertEquals(
        Set.of("Ana Ruiz former minister Valdoria"),
        listed("Ana Ruiz, a former minister in the government of Valdoria, said so."));
    assertEquals(
        Set.of("Ana Ruiz spokesperson Valdoria"),
        listed("Ana Ruiz, a spokeswoman for the Valdorian government, said so."));
    assertEquals(Set.of(), listed("Ana Ruiz, a minister in Valdoria on Monday, said so."));
    assertEquals(
        Set.of(),
        listed("Ana Ruiz, a spokeswoman for the Valdorian government's health agency, said so."));
    assertEquals(
        Set.of("Ana Ruiz ambassador Estrella"),
        listed("Ana Ruiz, the Estrellan ambassador to the Valdorian government, said so."));
  }

  @Test
  void aSpokeswomanForACountrysBodyNamedAfterItsDemonymWorksForTheBody() {
    TestArticles world =
        world().entity("trade ministry", EntityType.ORGANISATION, "trade ministry");
    Set<String> found =
        new PositionFinder(new GazetteerRoleLexicon(Gazetteer.standard()))
                .find(
                    world.resolve(
                        "Ana Ruiz, a spokeswoman for the Valdorian trade ministry, declined to"
                            + " comment."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Ana Ruiz spokesperson trade ministry"), found);
  }

  @Test
  void aRankBeforeTheOwnerOfAnApposedTitleIsPassedOver() {
    assertEquals(
        Set.of("Ana Ruiz spokesperson Northwind"),
        listed("Ana Ruiz, a senior Northwind spokeswoman, declined to comment."));
    assertEquals(
        Set.of("Ana Ruiz official Northwind"),
        listed("Ana Ruiz, a senior Northwind official, declined to comment."));
  }

  @Test
  void aTitleBeforeAPossessiveIsSomeoneElses() {
    assertEquals(
        Set.of("Tomas Berg leader Valdoria"),
        positions("Tomas Berg, the Valdorian president's leader, said so."));
    assertEquals(Set.of(), positions("Tomas Berg, the president's wife, said so."));
  }

  @Test
  void aRoleForACountrysBodyIsAPositionInTheBody() {
    TestArticles world =
        world().entity("foreign ministry", EntityType.ORGANISATION, "foreign ministry");
    assertEquals(
        Set.of("Jane Doe leader foreign ministry"),
        positions(world, "Jane Doe, a leader for Valdoria's foreign ministry, said so."));
  }

  @Test
  void aRoleForAtOrWithAnOrganisationIsAPositionThere() {
    assertEquals(
        Set.of("Jane Doe leader Northwind"),
        positions("Jane Doe, a leader for Northwind, said the talks had ended."));
    assertEquals(
        Set.of("John Roe president Northern Council"),
        positions("John Roe, president at the Northern Council, said the talks had ended."));
    assertEquals(Set.of(), positions("Jane Doe, a leader for peace, said so."));
  }

  @Test
  void aRoleAfterTheNameOfACountrysBody() {
    Set<String> found =
        new PositionFinder(SupplementRoles.standard())
            .find(world().resolve("Jane Doe, head of Valdoria's Northern Council, spoke.")).stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Jane Doe head Northern Council"), found);
  }

  @Test
  void aChairOfTheRegionalBlocAfterTheName() {
    Set<String> found =
        new PositionFinder(SupplementRoles.standard())
                .find(
                    world()
                        .resolve(
                            "The Northern Council met. John Roe, the current chairperson of the"
                                + " regional bloc, presided."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertTrue(found.contains("John Roe chairperson Northern Council"), found.toString());
  }

  @Test
  void coordinatedModifiedTitlesAfterTheNameShareThePossessiveOwner() {
    Set<String> found =
        positions(
            "The envoy came at the invitation of Jane Doe, Valdoria's parliamentary leader and"
                + " nominal president.");
    assertEquals(
        Set.of("Jane Doe parliamentary leader Valdoria", "Jane Doe nominal president Valdoria"),
        found);
  }

  @Test
  void anAppositionAfterFromCountryBelongsToTheBloc() {
    Set<String> found =
        supplemented(
            "The Northern Council met. John Roe from Valdoria, the current chair of the"
                + " regional bloc, presided.");
    assertTrue(found.contains("John Roe chair Northern Council"), found.toString());
  }

  @Test
  void wordsOfTenureBeforeATitleAreNoPartOfIt() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz, Valdoria's newly elected president, took office."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Ana Ruiz, Valdoria's new president, took office."));
  }

  @Test
  void anAgeMayStandBeforeTheAppositionTitle() {
    assertEquals(
        Set.of("Tomas Berg foreign minister Valdoria"),
        positions("Tomas Berg, 64, the Valdorian Foreign Minister, arrived."));
  }

  @Test
  void aRemitAfterForIsWrittenIntoTheTitle() {
    Set<String> found =
        supplemented("Jane Doe, the Valdorian special representative for Estrella, said so.");
    assertEquals(Set.of("Jane Doe special representative for estrella Valdoria"), found);
  }

  @Test
  void itsStandsForTheActorNamedLast() {
    Set<String> found =
        positions(
            "Ana Ruiz, Valdoria's President, and Tomas Berg, its Foreign Minister, met. The"
                + " Northern Council and its leader, Lina Moss, agreed.");
    assertEquals(
        Set.of(
            "Ana Ruiz president Valdoria",
            "Tomas Berg foreign minister Valdoria",
            "Lina Moss leader Northern Council"),
        found);
  }

  @Test
  void twoTitlesJoinedByAndShareTheirOwner() {
    Set<String> both =
        Set.of("Ana Ruiz deputy prime minister Valdoria", "Ana Ruiz foreign minister Valdoria");
    assertEquals(
        both,
        listed("Ana Ruiz, deputy prime minister and foreign minister of Valdoria, met the envoy."));
    assertEquals(
        both,
        listed("Valdoria's deputy prime minister and foreign minister Ana Ruiz met the envoy."));
  }

  @Test
  void aStatusWordBeforeTheOwnersDemonym() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Ana Ruiz, a former Valdorian president, led the mediation."));
  }

  @Test
  void aCountrysTopDiplomatIsItsForeignMinister() {
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        listed("Ana Ruiz, Valdoria's top diplomat, met the envoy."));
  }

  @Test
  void aCountrysSpyChiefAndTopGeneralHoldThoseRoles() {
    assertEquals(
        Set.of("Ana Ruiz spy chief Valdoria"),
        listed("Ana Ruiz, Valdoria's spy chief, met the envoy."));
    assertEquals(
        Set.of("Ana Ruiz top general Valdoria"),
        listed("Ana Ruiz, Valdoria's top general, met the envoy."));
  }

  @Test
  void aSecondAppositionAfterAndADoesNotOwnTheFirstTitle() {
    TestArticles world = world().entity("Port Aster", EntityType.PLACE, "Port Aster");
    assertEquals(
        Set.of("Jane Doe former mayor Port Aster"),
        found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Jane Doe, a former mayor of Port Aster and a member of the Northern Council, won."));
  }

  @Test
  void aBareTitleSetOffByCommasIsAnOfficeOfTheArticlesCountry() {
    String body =
        "Valdoria voted on Sunday. Turnout in Valdoria was high. Jane Doe, a senator, conceded"
            + " defeat. Valdoria will swear in the winner in May.";
    assertEquals(Set.of("Jane Doe senator Valdoria"), listed(body));
    assertEquals(
        Set.of(),
        listed(
            "Valdoria voted on Sunday. Turnout in Valdoria was high. Jane Doe, a senator from"
                + " the north, conceded defeat. Valdoria will swear in the winner in May."));
  }

  @Test
  void aTitleFromACountryIsHeldThereButNotOneFromItsParty() {
    assertEquals(
        Set.of("Ana Ruiz senator Valdoria"),
        listed("Ana Ruiz, a senator from Valdoria, criticised the plan."));
    TestArticles world = world().entity("Unity Party", EntityType.ORGANISATION, "Unity Party");
    assertEquals(
        Set.of(),
        found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Ana Ruiz, a senator from Valdoria's ruling Unity Party, spoke."));
  }

  @Test
  void anAdviserToACountrysOfficeHolderServesTheCountry() {
    assertEquals(
        Set.of("Ana Ruiz adviser Valdoria"),
        listed("Ana Ruiz, an adviser to the Valdorian president, spoke."));
    assertEquals(
        Set.of("Ana Ruiz adviser Valdoria"),
        listed("Ana Ruiz, an adviser to Valdoria's president, spoke."));
    assertEquals(Set.of(), listed("Ana Ruiz, an adviser to Valdoria, spoke."));
  }

  @Test
  void anEconomistOrAideIsStaffAndAnIngNounModifiesATitle() {
    assertEquals(
        Set.of("Ana Ruiz economist Northwind"),
        listed("Ana Ruiz, an economist at Northwind, said inflation would fall."));
    assertEquals(
        Set.of("Ana Ruiz aide Valdoria"),
        listed("Ana Ruiz, an aide to Valdoria's foreign minister, spoke."));
    assertEquals(
        Set.of("Ana Ruiz peacekeeping chief Northern Council"),
        listed("Ana Ruiz, the Northern Council's peacekeeping chief, visited the camp."));
  }

  @Test
  void aLowerCaseSpeakerOfABodyHoldsTheOfficeThere() {
    TestArticles world = world().entity("parliament", EntityType.ORGANISATION, "parliament");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz speaker parliament"),
        found(roles, world, "Ana Ruiz, the speaker of Valdoria's parliament, called a vote."));
    assertEquals(Set.of(), found(roles, world, "Ana Ruiz, a speaker of Valdorian, called a vote."));
  }

  @Test
  void aRegionsOfficeAfterThePlacesNameWithoutAPossessive() {
    TestArticles world = world().entity("North Aster", EntityType.PLACE, "North Aster");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Jane Doe attorney general North Aster"),
        found(roles, world, "Jane Doe, the North Aster attorney general, said she would appeal."));
    assertEquals(
        Set.of(),
        found(roles, world, "Jane Doe, the North Aster foreign minister, said she would appeal."));
  }

  @Test
  void chiefBeforeAnOfficeIsOneTitle() {
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz chief prosecutor Northern Council"),
        found(
            roles,
            world(),
            "Ana Ruiz, the chief prosecutor of the Northern Council, sought a warrant."));
  }

  @Test
  void aLowerCaseSpeakerOfABodyNamedAfterADemonymHoldsTheOfficeThere() {
    TestArticles world =
        world().entity("Valdorian parliament", EntityType.ORGANISATION, "parliament");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz speaker Valdorian parliament"),
        found(roles, world, "Ana Ruiz, the speaker of the Valdorian parliament, called a vote."));
  }
}
