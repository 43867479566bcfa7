package org.actorgraph.relate;

import static org.actorgraph.relate.FoundPositions.listed;
import static org.actorgraph.relate.FoundPositions.positions;
import static org.actorgraph.relate.FoundPositions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/** A title written before the name ({@link TitlesBefore}), read through {@link PositionFinder}. */
class TitlesBeforeTest {

  @Test
  void aTitleInACountrysGovernmentBeforeTheNameIsTheCountrys() {
    assertEquals(
        Set.of("Ana Ruiz minister Valdoria"),
        listed("A minister in the Valdorian government, Ana Ruiz, said the vote would go ahead."));
    assertEquals(
        Set.of("Ana Ruiz former minister Valdoria"),
        listed("A former minister in Valdoria's cabinet, Ana Ruiz, said the vote would go ahead."));
    assertEquals(
        Set.of("Ana Ruiz spokesperson Valdoria"),
        listed("The Valdorian government's spokeswoman, Ana Ruiz, denied the report."));
    assertEquals(
        Set.of("Ana Ruiz spokesperson Valdoria"),
        listed("The Valdorian government's spokeswoman Ana Ruiz denied the report."));
  }

  @Test
  void aPartysOfficeWrittenAfterTheWordPartyIsThePartys() {
    TestArticles world = world().party("Unity Party", "UP");
    assertEquals(
        Set.of("Ana Ruiz party leader Unity Party"),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "The UP party leader Ana Ruiz defended the coalition."));
  }

  @Test
  void aChiefRabbiIsOneOffice() {
    assertEquals(
        Set.of("Ana Ruiz chief rabbi Valdoria"),
        listed("Valdoria's Chief Rabbi Ana Ruiz said the students should not be drafted."));
  }

  @Test
  void aTitleOfABodyAfterACountrysPossessiveIsTheBodys() {
    TestArticles world =
        world().entity("Valdoria's parliament", EntityType.ORGANISATION, "parliament");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Ana Ruiz speaker Valdoria's parliament"),
        FoundPositions.found(
            roles, world, "The speaker of Valdoria's parliament, Ana Ruiz, closed the session."));
  }

  @Test
  void removalFromOfficeAndDeathMakeAFormerTitleAndOutgoingKeepsItCurrent() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Valdoria's ousted president Ana Ruiz fled to Estrella."));
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Estrella granted asylum to Ana Ruiz, the deposed president of Valdoria."));
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Valdoria's late president Ana Ruiz was buried on Monday."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdoria's outgoing president Ana Ruiz spoke on Monday."));
  }

  @Test
  void aParticipleAfterTheOwnersPossessiveLeavesTheTitleTheOwners() {
    assertEquals(
        Set.of("Ana Ruiz leader Northern Council"),
        positions("The Northern Council's jailed leader Ana Ruiz called for calm."));
    assertEquals(
        Set.of("Ana Ruiz leader Northern Council"),
        positions("The Northern Council's exiled leader Ana Ruiz met Estrellan officials."));
    assertEquals(
        Set.of("Ana Ruiz former leader Northern Council"),
        positions("The Northern Council's slain leader Ana Ruiz was buried on Monday."));
  }

  @Test
  void aKnownBodyNamedInLowerCaseBeforeATitleOwnsIt() {
    TestArticles world =
        new TestArticles()
            .known(
                "Valdorian Foreign Ministry",
                EntityType.ORGANISATION,
                "vl-mfa",
                null,
                "Valdorian foreign ministry")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz");
    assertEquals(
        Set.of("Ana Ruiz spokesperson Valdorian Foreign Ministry"),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Valdorian foreign ministry spokeswoman Ana Ruiz said the talks went well."));
    TestArticles unknown =
        new TestArticles()
            .entity("Foreign ministry", EntityType.ORGANISATION, "Foreign ministry")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz");
    assertEquals(
        Set.of(),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            unknown,
            "Foreign ministry spokeswoman Ana Ruiz said the talks went well."));
  }

  @Test
  void aDemonymBeforeATitleOwnsIt() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("Valdorian President Ana Ruiz arrived on Monday."));
  }

  @Test
  void anHonorificBetweenATitleAndTheNameLeavesTheTitleItsOwner() {
    assertEquals(
        Set.of("John Roe emir Valdoria"),
        listed("Valdoria's Emir Sheikh John Roe received the envoy on Sunday."));
    assertEquals(
        Set.of("Jane Doe foreign minister Estrella"),
        listed("Estrellan Foreign Minister Sheikh Jane Doe met the envoy."));
    assertEquals(
        Set.of("Jane Doe foreign minister Estrella"),
        listed("Estrellan Foreign Minister Sir Jane Doe met the envoy."));
  }

  @Test
  void exJoinedToATitleByAHyphenMakesItFormer() {
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        positions("Valdoria's ex-president Ana Ruiz fled to Estrella."));
    String opening = "Valdoria will vote in May. Valdoria has long waited. Valdoria is calm. ";
    assertEquals(
        Set.of("Ana Ruiz former president Valdoria"),
        listed(opening + "Ex-president Ana Ruiz welcomed the decision."));
  }

  @Test
  void theHeadOfArmedForcesIsATitleBeforeARank() {
    assertEquals(
        Set.of("John Roe chief of general staff Valdoria"),
        listed("Valdoria's Chief of the General Staff, Gen. John Roe, said troops were ready."));
    assertEquals(
        Set.of("John Roe chief of defence staff Estrella"),
        listed("Estrellan Chief of Defence Staff Gen. John Roe said troops were ready."));
  }

  @Test
  void aTitleWithElectAfterItIsTheOwnersElectedTitle() {
    assertEquals(
        Set.of("Ana Ruiz president-elect Valdoria"),
        positions("Valdoria's president-elect Ana Ruiz will be sworn in on Monday."));
    assertEquals(
        Set.of("Ana Ruiz president-elect Valdoria"),
        positions("Valdorian President-elect Ana Ruiz will be sworn in on Monday."));
    assertEquals(
        Set.of("Ana Ruiz prime minister-designate Valdoria"),
        listed("Valdoria's prime minister-designate, Ana Ruiz, presented her cabinet."));
  }

  @Test
  void aCountryAfterInIsWhereTheTitledPersonIsNotWhoseTitle() {
    assertEquals(Set.of(), positions("In Estrella President Ana Ruiz met refugees."));
    assertEquals(
        Set.of("Ana Ruiz president Estrella"),
        positions("Talks with Estrella President Ana Ruiz began."));
  }

  @Test
  void adjectivesMayStandBetweenTheCountryAndTheTitle() {
    assertEquals(
        Set.of("Tomas Berg leader Estrella"),
        positions("Talks with the Estrellan nationalist leader Tomas Berg were hard."));
  }

  @Test
  void aSecondTitleInACoordinationSharesTheFirstTitlesCountry() {
    assertEquals(
        Set.of("Ana Ruiz defence minister Valdoria", "Tomas Berg foreign minister Valdoria"),
        positions(
            "Valdorian Defence Minister Ana Ruiz and Foreign Minister Tomas Berg flew to Estrella."));
  }

  @Test
  void aTitleOpeningTheNextClauseIsNotAnApposition() {
    Set<String> found =
        positions("He met Estrellan leader Tomas Berg, the Valdorian leader said in remarks.");
    assertEquals(Set.of("Tomas Berg leader Estrella"), found);
  }

  @Test
  void aTitleOfACountryBeforeTheName() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("President of Valdoria Ana Ruiz held talks in the capital."));
  }

  @Test
  void aTitlesRemitIsPartOfTheRole() {
    assertEquals(
        Set.of("Ana Ruiz minister for the northern region Valdoria"),
        positions(
            "Valdoria's Minister for the Northern Region, Ana Ruiz, said the talks went well."));
    assertEquals(
        Set.of("Ana Ruiz minister for the northern region Valdoria"),
        positions(
            "Valdoria's Minister for the Northern Region Ana Ruiz said the talks went well."));
  }

  @Test
  void aPossessiveTitleSetOffByCommas() {
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        positions("Valdoria's Foreign Minister, Ana Ruiz, said the talks went well."));
  }

  @Test
  void aTitleBeforeTheNextNameInAListIsNotThePreviousPersons() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria", "Tomas Berg president Estrella"),
        positions("Attending were Valdorian President Ana Ruiz, Estrella's President Tomas Berg."));
  }

  @Test
  void theBlocsTitleBelongsToTheBlocNamedBefore() {
    Set<String> found =
        positions(
            "The Northern Council met on Monday. Among those present was the bloc's leader"
                + " Jane Doe.");
    assertTrue(found.contains("Jane Doe leader Northern Council"), found.toString());
  }

  @Test
  void anOfficeInACountrysArmyAfterItsPossessiveIsTheCountrys() {
    assertEquals(
        Set.of("John Roe chief of staff Estrella"),
        listed("The Estrellan army's chief of staff, John Roe, visited the troops."));
    assertEquals(
        Set.of(), listed("The rebel army's chief of staff, John Roe, visited the troops."));
  }

  @Test
  void aCabinetSecretaryOfAPortfolioHoldsTheCountrysOffice() {
    assertEquals(
        Set.of("John Roe interior cabinet secretary Estrella"),
        listed("Estrella's Interior Cabinet Secretary John Roe banned the protests."));
  }

  @Test
  void aMinisterOfTwoPortfoliosHoldsOneOfficeOfBoth() {
    assertEquals(
        Set.of("John Roe foreign and defence minister Estrella"),
        listed("Estrella's foreign and defence minister John Roe said the troops were ready."));
    assertEquals(
        Set.of("John Roe interior and justice minister Valdoria"),
        listed(
            "Valdoria held elections. Valdoria counted votes. Valdoria is calm. The interior and"
                + " justice minister John Roe said the count was fair."));
  }

  @Test
  void anOfficeBeforeARankOrHonorificIsTheNamesOffice() {
    assertEquals(
        Set.of("Ana Ruiz defence minister Valdoria", "Tomas Berg leader Estrella"),
        positions(
            "Valdorian Defence Minister Dr. Ana Ruiz met Estrella's leader Senior Gen. Tomas Berg."));
  }

  @Test
  void aLocalOfficeBelongsToThePlaceNamedWithIt() {
    RoleLexicon mayors =
        (tokens, i) ->
            tokens.get(i).text().equalsIgnoreCase("mayor")
                ? Optional.of(new RoleLexicon.Role("mayor", 1, true))
                : Optional.empty();
    Set<String> found =
        new PositionFinder(mayors)
                .find(
                    world()
                        .entity("Port Aster", EntityType.PLACE, "Port Aster")
                        .entity("North Aster", EntityType.PLACE, "North Aster")
                        .resolve(
                            "Port Aster mayor Jane Doe met Mayor John Roe of North Aster. Ana Ruiz,"
                                + " the mayor of Port Aster, joined them."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "Jane Doe mayor Port Aster", "John Roe mayor North Aster", "Ana Ruiz mayor Port Aster"),
        found);
  }

  @Test
  void aTitleOfACountrySetOffBeforeTheName() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        positions("The President of Valdoria, Ana Ruiz, arrived."));
  }

  @Test
  void anEnvoysPostingDoesNotOwnTheTitle() {
    RoleLexicon envoys =
        (tokens, i) ->
            tokens.get(i).text().equalsIgnoreCase("ambassador")
                ? Optional.of(new RoleLexicon.Role("ambassador", 1, false))
                : Optional.empty();
    Set<String> found =
        new PositionFinder(envoys)
                .find(
                    world()
                        .resolve(
                            "Valdoria's ambassador to Estrella, Ana Ruiz, said talks would resume."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertEquals(Set.of("Ana Ruiz ambassador Valdoria"), found);
    TestArticles w = world().international("Northern Union", "Northern Union", "NU");
    Map<String, String> texts =
        Map.of(
            "Valdoria's ambassador to the Northern Union, Ana Ruiz, said talks would resume.",
            "ambassador",
            "Valdoria's NU ambassador Ana Ruiz said talks would resume.",
            "ambassador",
            "Valdoria's deputy NU ambassador Ana Ruiz said talks would resume.",
            "deputy ambassador",
            "Valdoria's former NU ambassador Ana Ruiz said talks would resume.",
            "former ambassador",
            "Valdoria's acting deputy NU ambassador Ana Ruiz said talks would resume.",
            "acting deputy ambassador");
    for (Map.Entry<String, String> text : texts.entrySet()) {
      found =
          new PositionFinder(envoys)
              .find(w.resolve(text.getKey())).stream()
                  .map(f -> (Fact.Position) f)
                  .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                  .collect(Collectors.toSet());
      assertEquals(Set.of("Ana Ruiz " + text.getValue() + " Valdoria"), found, text.getKey());
    }
  }

  @Test
  void aCountryAfterAnOwnersPossessiveIsTheTitlesRemit() {
    assertEquals(
        Set.of("Ana Ruiz director Northwind", "Tomas Berg envoy Valdoria"),
        listed(
            "Northwind's Estrella director, Ana Ruiz, said so. Valdoria's Estrella envoy Tomas"
                + " Berg agreed."));
  }

  @Test
  void theStationOfAnOfficeBetweenTitleAndCommaLeavesTheTitleItsOwner() {
    TestArticles world = world().entity("Port Aster", EntityType.PLACE, "Port Aster");
    assertEquals(
        Set.of("Ana Ruiz spokesperson Northwind"),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Northwind's spokesperson in Port Aster, Ana Ruiz, said convoys had arrived."));
    assertEquals(
        Set.of("Ana Ruiz ambassador Valdoria"),
        FoundPositions.found(
            new GazetteerRoleLexicon(Gazetteer.standard()),
            world,
            "Valdoria's ambassador in Estrella, Ana Ruiz, said talks would resume."));
  }

  @Test
  void aTitleBeforeACommaAndAnAbbreviatedRankIsTheNamedPersons() {
    TestArticles world =
        world()
            .entity("2nd Brigade", EntityType.ORGANISATION, "2nd Brigade")
            .entity("Aster Bank", EntityType.ORGANISATION, "Aster Bank");
    Set<String> found =
        new PositionFinder(new GazetteerRoleLexicon(Gazetteer.standard()))
                .find(
                    world.resolve(
                        "The 2nd Brigade commander, Col. Ana Ruiz, said the brigade was ready. "
                            + "The Aster Bank chairman, Mr. Tomas Berg, agreed."))
                .stream()
                .map(f -> (Fact.Position) f)
                .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
                .collect(Collectors.toSet());
    assertTrue(found.contains("Ana Ruiz commander 2nd Brigade"), found.toString());
    assertTrue(found.contains("Tomas Berg chairman Aster Bank"), found.toString());
  }

  @Test
  void aRankBetweenTheCommaAndTheNameLeavesTheTitleBeforeTheComma() {
    assertEquals(
        Set.of("Ana Ruiz army chief Valdoria"),
        listed("Valdoria's army chief, General Ana Ruiz, visited the troops."));
  }

  @Test
  void anHonorificOrAnAbbreviationBetweenTheCommaAndTheNameLeavesTheTitleItsOwner() {
    assertEquals(
        Set.of("John Roe emir Valdoria"),
        listed("Valdoria's emir, Sheikh John Roe, received the envoy on Sunday."));
    assertEquals(
        Set.of("John Roe emir Valdoria"),
        listed("The Emir of Valdoria, Sheikh John Roe, received the envoy."));
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        listed("The President of Valdoria, Dr. Ana Ruiz, received the envoy."));
    assertEquals(
        Set.of("Ana Ruiz foreign minister Valdoria"),
        listed("The Foreign Minister of Valdoria, Prince Ana Ruiz, received the envoy."));
  }

  @Test
  void aForeignPolicyChiefIsOneTitleNotAChief() {
    assertEquals(
        Set.of("Ana Ruiz foreign policy chief Northern Council"),
        listed("The Northern Council's foreign policy chief, Ana Ruiz, met the envoy."));
  }

  @Test
  void aTitleAfterForThatReachesTheNameIsTheNamedPersonsNotARemit() {
    assertEquals(
        Set.of("Ana Ruiz president Valdoria"),
        listed("A spokesman for Valdorian President Ana Ruiz said the trip was off."));
    assertEquals(
        Set.of("Ana Ruiz minister for the northern region Valdoria"),
        listed("Valdoria's Minister for the Northern Region Ana Ruiz said the talks went well."));
  }

  @Test
  void anOfficeABodyFillsWrittenInLowerCaseAfterTheBodysName() {
    assertEquals(
        Set.of("Ana Ruiz speaker Northern Council"),
        listed("Northern Council speaker Ana Ruiz opened the session."));
    assertEquals(Set.of(), listed("Valdorian speaker Ana Ruiz opened the session."));
  }

  @Test
  void aStatesAttorneyGeneralOrSecretaryOfStateIsTheStatesOffice() {
    TestArticles world = world().entity("North Aster", EntityType.PLACE, "North Aster");
    RoleLexicon roles = new GazetteerRoleLexicon(Gazetteer.standard());
    assertEquals(
        Set.of("Jane Doe attorney general North Aster", "John Roe secretary of state North Aster"),
        FoundPositions.found(
            roles,
            world,
            "North Aster Attorney General Jane Doe sued the company. North Aster Secretary of"
                + " State John Roe certified the result."));
  }

  @Test
  void armyChiefBeforeARankIsNoChiefGeneral() {
    assertEquals(
        Set.of("Ana Ruiz army chief Valdoria"),
        listed("Valdoria's army chief General Ana Ruiz inspected the troops."));
  }
}
