package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.entity;
import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interaction patterns read off a parse, one invented sentence each: the actors a phrase stands
 * for and the readers together. The rules of each reader are tested beside it ({@link
 * VerbInteractionsTest}, {@link NounInteractionsTest}, {@link MeetingsTest} and the others).
 */
class DependencyInteractionFinderTest {

  /**
   * Asserts the interactions found in {@code sentence}, each written "source root target" and
   * separated by "; " (an empty table cell: none).
   */
  private static void assertFound(String sentence, String interactions) {
    assertEquals(
        interactions == null ? Set.of() : Set.of(interactions.split("; ")), found(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia struck targets in Sylvania on Monday.              | Freedonia 19 Sylvania
          Freedonia attacked rebel hideouts in Sylvania.               | Freedonia 19 Sylvania
          Freedonia attacked a militant group in Sylvania.             |
          Freedonia bombed rebels in Sylvania on Monday.               |
          A militant group in Sylvania was attacked by Freedonia.      |
          """)
  void forceOnFightersInACountryIsNoForceOnThatCountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void forceAimedAtProtestersInATownIsNoForceOnTheTownsCountry() {
    TestArticles world = world().entity("Police", EntityType.ORGANISATION, "Police");
    for (String sentence :
        List.of(
            "Police in Freedonia fired tear gas at protesters in Port Aster on Tuesday.",
            "Police fired tear gas at demonstrators in Port Aster. Freedonia said so.",
            "Sylvania fired rubber bullets at protesters in Port Aster. Freedonia said so.")) {
      ResolvedArticle a = world.resolve(sentence);
      Map<Entity, Entity> places = Map.of(entity(a, "Port Aster"), entity(a, "Freedonia"));
      assertEquals(Set.of(), found(a, Map.of(), places), sentence);
    }
    ResolvedArticle a = world.resolve("Sylvania fired missiles at Port Aster. Freedonia said so.");
    Map<Entity, Entity> places = Map.of(entity(a, "Port Aster"), entity(a, "Freedonia"));
    assertEquals(Set.of("Sylvania 19 Freedonia"), found(a, Map.of(), places), "a town is hit");
  }

  @Test
  void aPassiveParticipleOnAnAppositionActsOnItsActor() {
    TestArticles world = world().entity("Red Brigade", EntityType.ORGANISATION, "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("The Red Brigade, a militant group fought by Freedonia, grew."),
            Map.of()));
  }

  @Test
  void aPassiveParticiplesNounNamesWhomAHostileActIsDoneToButNotItsDoer() {
    assertEquals(
        Set.of("Freedonia 17 Sylvania"),
        found("Some 90 Sylvanian migrants deported by Freedonia arrived in the capital."));
    Set<String> f =
        found(
            "Freedonia asked the Northern Union to let members sign deals alone, a move opposed"
                + " by Sylvania and Ruritania.");
    assertFalse(f.contains("Sylvania 11 Ruritania"), f.toString());
  }

  @Test
  void aNounStandsForTheActorItsCommaAppositionNames() {
    assertEquals(
        Set.of("Jane Doe 04 Sylvania"),
        found("The foreign minister, Jane Doe, visited Sylvania on Monday."));
    TestArticles world = world().entity("Reuters", EntityType.ORGANISATION, "Reuters");
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found(
            world.resolve("PORT ASTER (Reuters) - Freedonia and Sylvania signed a pact."),
            Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Jane Doe thanked the President of Freedonia, Dr. John Roe, for his help. | Jane Doe 05 John Roe
          The President of Freedonia, Sheikh John Roe, called Jane Doe on Tuesday. | John Roe 04 Jane Doe
          """)
  void anHonorificOrRankMayOpenTheCommaApposition(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia protested to Sylvania on Monday over the arrest of its fishermen. | Freedonia 11 Sylvania
          Freedonia protested strongly to Sylvania over the incursion. | Freedonia 11 Sylvania
          Freedonia lodged a protest with Sylvania over the incursion. | Freedonia 11 Sylvania
          Freedonia lodged a formal protest with Sylvania over the incursion. | Freedonia 11 Sylvania
          """)
  void aProtestAddressedToAnActorIsAComplaintToIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia has stepped up drone attacks on Sylvania in recent months. | Freedonia 19 Sylvania
          Freedonia stepped up its air strikes against Sylvania.               | Freedonia 19 Sylvania
          Freedonia has stepped up military cooperation with Sylvania.          | Freedonia 06 Sylvania
          """)
  void aParticleOfTheLightVerbLeavesTheActToItsNoun(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void escalatingAnActScalesItAndLeavesTheActToItsNoun() {
    assertFound("Freedonia has escalated its attacks on Sylvania.", "Freedonia 19 Sylvania");
  }

  @Test
  void tensionsRaisedWithAnotherAreNoExchange() {
    for (String text :
        List.of(
            "Freedonia escalated tensions with Sylvania on Monday.",
            "Freedonia increased tensions with Sylvania by sending warships.",
            "Freedonia has heightened tensions with Sylvania.")) {
      assertTrue(
          found(text).stream().noneMatch(f -> f.contains(" 06 ")), text + ": " + found(text));
    }
    assertFound("Freedonia sharply increased gas supplies to Sylvania.", "Freedonia 06 Sylvania");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia filed a complaint with the Trade Court over Sylvania's export curbs. | Freedonia 11 Sylvania
          Freedonia filed a complaint with the Trade Court against Sylvania.             | Freedonia 11 Sylvania
          Freedonia lodged a complaint against Sylvania with the Trade Court.            | Freedonia 11 Sylvania
          Freedonia filed a complaint with the Trade Court.                              | Freedonia 11 Trade Court
          """)
  void aComplaintLodgedWithACourtAgainstAnotherIsAimedAtThatOther(
      String sentence, String interactions) {
    TestArticles world = world().international("Trade Court", "Trade Court");
    assertEquals(Set.of(interactions.split("; ")), found(world.resolve(sentence), Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          A prisoner swap between Freedonia and Sylvania took place on Thursday. | Freedonia 08 Sylvania
          Freedonia carried out a prisoner exchange with Sylvania on Thursday.   | Freedonia 08 Sylvania
          """)
  void aPrisonerSwapReturnsPeopleAsExchangingPrisonersDoes(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia's decision drew an angry reaction from Sylvania.                 | Sylvania 11 Freedonia
          Sylvania's furious response to Freedonia's accession included threats.     | Sylvania 11 Freedonia
          Freedonia's decision drew a swift reaction from Sylvania.                  |
          """)
  void anAngryReactionIsDisapproval(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia said Sylvania had violated the ceasefire.                        | Freedonia 11 Sylvania
          Freedonia said on Tuesday that Sylvania had breached the truce again.       | Freedonia 11 Sylvania
          Freedonia said Sylvania had not violated the ceasefire.                    |
          Freedonia said it had violated the ceasefire.                              |
          """)
  void whoReportsAViolationAccusesTheViolator(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void anActAVerbOfFailureGovernsIsNotDone() {
    assertEquals(Set.of(), found("Freedonia failed to arrest the Sylvanian envoy."));
  }

  @Test
  void aMeasuresPartnerMayStandOneNounDeeper() {
    assertEquals(
        Set.of("Freedonia 08 Sylvania"),
        found("Freedonia lifted its ban on wheat exports to Sylvania on Monday."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia will invest $5 billion in Sylvania.      | Freedonia 06 Sylvania
          Freedonia invested heavily in Sylvania.            | Freedonia 06 Sylvania
          Freedonia invested heavily in Sylvania's ports.    | Freedonia 06 Sylvania
          Freedonia invested $2 billion in Sylvania's ports. | Freedonia 06 Sylvania
          Freedonia's investment in Sylvania doubled.        | Freedonia 06 Sylvania
          Freedonia invested $5 billion in Port Aster.       |
          """)
  void theOneInvestedInIsNamedAfterIn(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aKindOfCompanyStandsForTheCompanyItNames() {
    TestArticles world = world().entity("Kovo Motors", EntityType.ORGANISATION, "Kovo Motors");
    assertEquals(
        Set.of("Freedonia 17 Kovo Motors"),
        found(
            world.resolve("Freedonia seized the assets of the Sylvanian carmaker Kovo Motors."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 06 Kovo Motors"),
        found(
            world.resolve("Freedonia invested $2 billion in the Sylvanian carmaker Kovo Motors."),
            Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia froze the assets of Jane Doe on Monday. | Freedonia 16 Jane Doe
          Freedonia froze the accounts of Sylvania's bank.  | Freedonia 16 Sylvania
          """)
  void propertyFrozenOrSeizedIsItsOwners(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia lifted sanctions on Sylvania's oil sector.                    | Freedonia 08 Sylvania
          Freedonia imposed tariffs of 25 percent on steel imports from Sylvania. | Freedonia 16 Sylvania
          """)
  void aMeasureOnWhatAnActorOwnsOrSellsIsOnThatActor(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia restricted exports of advanced chips to Sylvania. | Freedonia 16 Sylvania
          Freedonia halted gas deliveries to Sylvania.                | Freedonia 16 Sylvania
          """)
  void tradeRestrictedOrSuppliesHaltedReduceRelations(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia imposed tariffs on Sylvania on Monday. | Freedonia 16 Sylvania
          Freedonian tariffs on Sylvania hurt growth.      | Freedonia 16 Sylvania
          """)
  void tariffsAreATradeSanction(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void theSecondSideAfterBetweenCountsWhenTheParserDropsIt() {
    TestArticles world = world().entity("FLA", EntityType.ORGANISATION, "FLA");
    assertEquals(
        Set.of("Freedonia 19 FLA"),
        found(
            world.resolve(
                "Fighting between the Freedonian army and the FLA has killed thousands since"
                    + " April."),
            Map.of()));
  }

  @Test
  void theArmyAloneIsTheForceOfTheCountryTheArticleIsAbout() {
    TestArticles world = world().entity("FLA", EntityType.ORGANISATION, "FLA");
    assertEquals(
        Set.of("Freedonia 19 FLA"),
        found(
            world.resolve(
                "Freedonia has been at war since April. Freedonia says the FLA is to blame."
                    + " Clashes between the army and the FLA killed ten people in Freedonia."),
            Map.of()));
    assertEquals(
        Set.of(),
        found(
            world.resolve(
                "Freedonia and Sylvania have been at odds since April. Clashes between the army"
                    + " and the FLA killed ten people."),
            Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia issued an arrest warrant for John Roe on Monday.  | Freedonia 17 John Roe
          Freedonia issued arrest warrants for John Roe and Jane Doe. | Freedonia 17 Jane Doe; Freedonia 17 John Roe
          """)
  void aWarrantIsAgainstWhomItNames(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aPrepositionAfterAnActNounIsNotTheVerbsPartner() {
    Set<String> found =
        found(
            "The Northern Union imposed new sanctions on Freedonia over its drone supplies to"
                + " Sylvania.");
    assertTrue(found.contains("Northern Union 16 Freedonia"), found.toString());
    assertTrue(
        found.stream().noneMatch(f -> f.startsWith("Northern Union 16 Sylvania")),
        found.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Northern Union rebels attacked Freedonia on Monday. | Northern Union 19 Freedonia
          Sylvanian rebels attacked Port Aster on Monday.     |
          """)
  void fightersStandForTheirArmedGroupButNotForACountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void theIssuersOfAStatementCondemningAnActorCondemnIt() {
    Set<String> found =
        found("Freedonia and Sylvania issued a joint statement condemning Ruritania on Monday.");
    assertTrue(found.contains("Freedonia 11 Ruritania"), found.toString());
    assertTrue(found.contains("Sylvania 11 Ruritania"), found.toString());
  }

  @Test
  void orderingAnothersTroopsOutExpelsThem() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia ordered Sylvanian troops to leave."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia launched 40 drones at Sylvania overnight.  | Freedonia 19 Sylvania
          Freedonia launched a satellite with Sylvania's help. |
          """)
  void weaponsLaunchedAtAnActorFightIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void theTwoCountriesAreThePairNamedTogetherLast() {
    Set<String> found =
        found(
            "Freedonia and Sylvania agreed to resume ties on Monday. Ruritania hosted talks between"
                + " the two countries in Port Aster.");
    assertTrue(found.contains("Ruritania 04 Freedonia"), found.toString());
    assertTrue(found.contains("Ruritania 04 Sylvania"), found.toString());
  }

  @Test
  void bothSidesAreTheSidesTheirSentenceNamesAfterBetween() {
    Set<String> unnamed =
        found(
            "Freedonia and the Northern Union fought in the north. Sylvania, which mediated a deal"
                + " between the government and the rebels, urged both sides to show restraint.");
    assertTrue(
        unnamed.stream().noneMatch(f -> f.startsWith("Sylvania 02")),
        "the sides named are no actors: " + unnamed);
    Set<String> found =
        found(
            "Freedonia and the Northern Union fought in the north. Sylvania, which mediated"
                + " between Freedonia and Ruritania, urged both sides to show restraint.");
    assertTrue(found.contains("Sylvania 02 Ruritania"), found.toString());
    assertTrue(
        found.stream().noneMatch(f -> f.startsWith("Sylvania 02 Northern Union")),
        found.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Freedonia destroyed 29 drones launched by Sylvania overnight.    | Freedonia 19 Sylvania
          Freedonia said it shot down a drone that Sylvania had launched.  | Freedonia 19 Sylvania
          Freedonia struck troops deployed by Sylvania near the border.    | Freedonia 19 Sylvania
          Freedonia said it shot down 29 of 31 drones launched by Sylvania. | Freedonia 19 Sylvania
          """)
  void whatAnActorLaunchedOrDeployedIsItsOwn(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void whoJudgesAnAgreementJudgesItsParties() {
    Set<String> found =
        found(
            "Freedonia and Sylvania signed a pipeline deal on Monday. Ruritania criticised the"
                + " deal.");
    assertTrue(found.contains("Ruritania 11 Freedonia"), found.toString());
    assertTrue(found.contains("Ruritania 11 Sylvania"), found.toString());
  }

  @Test
  void aPairPhraseMayHaveAdjectivesBeforeItsNoun() {
    Set<String> found =
        found(
            "Freedonia accused Sylvania of backing rebels. The two nuclear-armed neighbours have"
                + " fought three wars.");
    assertTrue(found.contains("Freedonia 19 Sylvania"), found.toString());
  }

  @Test
  void bothSidesMayBeACountryAndAnOrganisation() {
    Set<String> found =
        found(
            "Fighting between Freedonia and the Northern Union went on. Sylvania and Ruritania urged"
                + " both sides to show restraint.");
    assertTrue(found.contains("Sylvania 02 Freedonia"), found.toString());
    assertTrue(found.contains("Sylvania 02 Northern Union"), found.toString());
    assertTrue(
        found.stream().noneMatch(f -> f.contains("Sylvania 02 Ruritania")), found.toString());
  }

  @Test
  void theTwoCountriesMayBeThePairOfTheSentenceBefore() {
    Set<String> countries =
        found(
            "Freedonia signed a defence pact with Sylvania on Monday. The two countries also"
                + " condemned Ruritania.");
    assertTrue(countries.contains("Freedonia 11 Ruritania"), countries.toString());
    assertTrue(countries.contains("Sylvania 11 Ruritania"), countries.toString());
    Set<String> leaders =
        found(
            "Freedonia's prime minister met Sylvania's president on Monday. The two leaders"
                + " condemned Ruritania.");
    assertTrue(leaders.contains("Freedonia 11 Ruritania"), leaders.toString());
    assertTrue(leaders.contains("Sylvania 11 Ruritania"), leaders.toString());
  }

  @Test
  void bothSidesAfterAMeetingOfTwoLeadersAreTheLeaders() {
    Set<String> found =
        found(
            "Freedonian President Jane Doe met Sylvanian Prime Minister John Roe on Monday. Both"
                + " sides condemned Ruritania.");
    assertTrue(found.contains("Jane Doe 11 Ruritania"), found.toString());
    assertTrue(found.contains("John Roe 11 Ruritania"), found.toString());
  }

  @Test
  void whichAfterSubjectActorsStandsForThem() {
    Set<String> found =
        found(
            "Freedonia and Ruritania, which have long mediated between Sylvania and the Northern"
                + " Union, said talks would resume.");
    assertTrue(found.contains("Freedonia 04 Sylvania"), found.toString());
    assertTrue(found.contains("Ruritania 04 Northern Union"), found.toString());
    assertFalse(found.contains("Freedonia 04 Ruritania"), found.toString());
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found(
            "Freedonia signed an agreement with Sylvania in January, which gave Ruritania access"
                + " to the port."));
  }

  @Test
  void aPassiveRelativeClauseActsOnTheNounItDescribes() {
    assertEquals(
        Set.of("Ruritania 05 Sylvania"),
        found("Sylvania, which is backed by Ruritania, rejected the plan on Monday."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Sylvania, which was attacked by Freedonia last year, rejected the plan."));
  }

  @Test
  void aResolutionSaysWhatItsParticipleSaysForWhoeverPassedIt() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania"),
        found("Freedonia passed a resolution condemning Sylvania on Monday."));
  }

  @Test
  void whatIsHandedToARecipientIsNotAimedAtItsCountry() {
    assertEquals(
        Set.of("Freedonia 08 Ruritania"),
        found("Freedonia handed over two Sylvanian suspects to Ruritania on Monday."));
    // freeing people is done to them, whoever receives them
    assertTrue(
        found("Freedonia released two Sylvanian prisoners to Ruritania on Monday.")
            .contains("Freedonia 08 Sylvania"));
  }

  @Test
  void theBlocIsTheInternationalOrganisationNamedLast() {
    TestArticles w = world().international("Trio Framework", "Trio Framework");
    Set<String> found =
        found(
            w.resolve(
                "The Trio Framework imposed sanctions on Freedonia. The bloc also criticised Sylvania."),
            Map.of());
    assertTrue(found.contains("Trio Framework 11 Sylvania"), found.toString());
    assertEquals(Set.of(), found("The bloc criticised Sylvania."));
    // the whole finder parses the sentence, though it names one actor only
    InteractionFinder finder =
        new InteractionFinder(
            TestArticles.roles(),
            new PositionFinder(TestArticles.roles()),
            Capitals.none(),
            Optional.of(Nlp4jDependencyParser.standard()));
    Set<String> whole =
        finder
            .find(
                w.resolve(
                    "The Trio Framework imposed sanctions on Freedonia. The bloc also criticised"
                        + " Sylvania."))
            .stream()
            .map(f -> (Fact.Interaction) f)
            .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
            .collect(Collectors.toSet());
    assertTrue(whole.contains("Trio Framework 11 Sylvania"), whole.toString());
  }

  @Test
  void aSummitsFinalCommuniqueSpeaksForTheBloc() {
    TestArticles w = world().international("Trio Framework", "Trio Framework");
    String text =
        "Trio Framework leaders met in Port Aster. The final communique condemned Sylvania.";
    Set<String> found = found(w.resolve(text), Map.of());
    assertTrue(found.contains("Trio Framework 11 Sylvania"), found.toString());
    // the whole finder parses the sentence, though it names one actor only
    assertTrue(whole(w, text).contains("Trio Framework 11 Sylvania"), whole(w, text).toString());
    found =
        found(
            w.resolve(
                "Trio Framework leaders met in Port Aster. The joint statement criticised"
                    + " Sylvania."),
            Map.of());
    assertTrue(found.contains("Trio Framework 11 Sylvania"), found.toString());
    // a bare "the statement" may be anyone's; a communique that only says does nothing
    assertEquals(
        Set.of(),
        found(
            w.resolve(
                "Trio Framework leaders met in Port Aster. The statement condemned Sylvania."),
            Map.of()));
    assertEquals(
        Set.of(),
        found(
            w.resolve(
                "Trio Framework leaders met in Port Aster. The final communique said Sylvania was"
                    + " at risk."),
            Map.of()));
    assertEquals(Set.of(), found("The final communique condemned Sylvania."));
    // two sides named after the bloc issued the joint statement, not the bloc
    found =
        found(
            w.resolve(
                "Trio Framework leaders met in Port Aster. Freedonia and Ruritania later held talks."
                    + " The joint statement criticised Sylvania."),
            Map.of());
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Trio")), found.toString());
  }

  @Test
  void aJointDocumentNoBlocIssuedSpeaksForThePairNamedBefore() {
    TestArticles w = world().international("Trio Framework", "Trio Framework");
    for (String text :
        List.of(
            "Freedonia and Ruritania issued a joint statement on Tuesday. The joint statement"
                + " criticised Sylvania.",
            "Freedonia and Ruritania held talks in Port Aster. The final communique condemned"
                + " Sylvania.")) {
      Set<String> found = found(w.resolve(text), Map.of());
      assertTrue(
          found.containsAll(Set.of("Freedonia 11 Sylvania", "Ruritania 11 Sylvania")),
          text + ": " + found);
    }
    // after a bloc, the countries named may be its members at the summit: neither is sure
    Set<String> afterBloc =
        found(
            w.resolve(
                "Trio Framework leaders met in Port Aster. Freedonia and Ruritania sent deputies."
                    + " The final communique condemned Sylvania."),
            Map.of());
    assertTrue(afterBloc.stream().noneMatch(f -> f.endsWith("Sylvania")), afterBloc.toString());
    // a bare "the statement" may be anyone's; with no pair named before, nobody's
    Set<String> bare =
        found(
            w.resolve(
                "Freedonia and Ruritania held talks in Port Aster. The statement criticised"
                    + " Sylvania."),
            Map.of());
    assertTrue(bare.stream().noneMatch(f -> f.endsWith("Sylvania")), bare.toString());
    assertEquals(
        Set.of(),
        found(w.resolve("The ministers met. The joint statement criticised Sylvania."), Map.of()));
  }

  /** The interactions the whole finder, parser included, reads in {@code text} of {@code w}. */
  private static Set<String> whole(TestArticles w, String text) {
    InteractionFinder finder =
        new InteractionFinder(
            TestArticles.roles(),
            new PositionFinder(TestArticles.roles()),
            Capitals.none(),
            Optional.of(Nlp4jDependencyParser.standard()));
    return finder.find(w.resolve(text)).stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  @Test
  void theTwoLeadersNeedTwoPersonsNamedTogether() {
    Set<String> found =
        found("Freedonia and Sylvania agreed on Monday. Ruritania praised the two leaders.");
    assertTrue(found.stream().noneMatch(f -> f.startsWith("Ruritania")), found.toString());
  }

  @Test
  void aSubjectTheParserSplitStillPairsBothLeaders() {
    Set<String> found =
        found(
            "President of Freedonia Jane Doe and President of Sylvania John Roe held talks in Port"
                + " Aster.");
    assertTrue(found.contains("Jane Doe 04 John Roe"), found.toString());
  }

  @Test
  void aParticipleSharesTheMainSubject() {
    Set<String> f = found("Having met John Roe, Jane Doe told reporters she was hopeful.");
    assertEquals(Set.of("Jane Doe 04 John Roe"), f);
  }

  @Test
  void aRelativeClauseTakesTheNounItModifies() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe, who met John Roe on Monday, left for home."));
  }

  @Test
  void himOrHerIsTheLastPersonNamedWhoIsNotTheSubject() {
    assertEquals(
        Set.of("Jane Doe 05 John Roe"),
        found("John Roe arrived in Port Aster on Monday. Jane Doe thanked him for his support."));
    Set<String> f =
        found("Jane Doe raised the matter in a call with John Roe and urged him to act.");
    assertTrue(f.contains("Jane Doe 02 John Roe"), f.toString());
    assertEquals(Set.of(), found("Jane Doe thanked him for his support."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia announced it had imposed sanctions on Sylvania. | Freedonia 16 Sylvania
          Jane Doe said it had imposed sanctions on Sylvania.       |
          """)
  void itReportedByACountryIsThatCountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aCountrysAmbassadorStandsForIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia summoned Sylvania's ambassador."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia, whose troops attacked Sylvania last year, denied the claims. | Freedonia 19 Sylvania
          The treaty, whose terms angered Sylvania, was signed in Port Aster.     |
          """)
  void whoseOpensASubjectOwnedByTheNounItModifies(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void collectiveNounsStandForTheirCountry() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonian officials met the Sylvanian delegation in Port Aster."));
  }

  @Test
  void herCountryInAClauseAPersonReportsIsTheCountryOfHerOffice() {
    TestArticles w = world();
    ResolvedArticle a =
        w.resolve(
            "Freedonia and Ruritania are neighbours. "
                + "Jane Doe said her country had sent aid to Sylvania.");
    Entity doe = entity(a, "Jane Doe");
    Entity freedonia = entity(a, "Freedonia");
    assertEquals(Set.of("Freedonia 07 Sylvania"), found(a, Map.of(doe, Set.of(freedonia))));
    // without an office, or with offices in two countries, "her country" is no one's
    assertEquals(Set.of(), found(a, Map.of()));
    Entity ruritania = entity(a, "Ruritania");
    assertEquals(Set.of(), found(a, Map.of(doe, Set.of(freedonia, ruritania))));
  }

  @Test
  void hisCountryIsNotTheCountryOfAWomanReporting() {
    ResolvedArticle a =
        world()
            .resolve(
                "Freedonia is a republic. Jane Doe said his country had sent aid to Sylvania.");
    Entity doe = entity(a, "Jane Doe");
    assertEquals(Set.of(), found(a, Map.of(doe, Set.of(entity(a, "Freedonia")))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia's top diplomat John Roe said his country had sent aid to Sylvania. | Freedonia 07 Sylvania
          Freedonia said its government had sent aid to Sylvania.                      | Freedonia 07 Sylvania
          """)
  void hisCountryIsTheCountryThePhraseOfTheReporterNames(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aPronounPassesOverAPersonOfTheOtherGender() {
    Set<String> found =
        found("Jane Doe met John Roe in Port Aster. Freedonia later invited her to talks.");
    assertTrue(found.stream().anyMatch(f -> f.matches("Freedonia \\d+ Jane Doe")), found::toString);
    assertTrue(
        found.stream().noneMatch(f -> f.matches("Freedonia \\d+ John Roe")), found::toString);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia rejected a request from Sylvania.    | Freedonia 12 Sylvania; Sylvania 02 Freedonia
          Freedonia condemned the remarks from Sylvania. | Freedonia 11 Sylvania
          Freedonia rejected the remarks from Tuesday.   |
          """)
  void theDoerOfARequestOrADeedIsWhomAVerbOnItIsAimedAt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia arrested three Sylvanian soldiers near the border. | Freedonia 17 Sylvania
          Freedonian police detained Sylvania's envoy.                 | Freedonia 17 Sylvania
          Freedonian prosecutors indicted its President John Roe.      | Freedonia 17 John Roe
          Freedonian prosecutors charged President John Roe with fraud. | Freedonia 17 John Roe
          Freedonian judges convicted President John Roe.              | Freedonia 17 John Roe
          """)
  void aStatesSoldiersPoliceAndProsecutorsStandForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Jane Doe became the first envoy received by President John Roe. | John Roe 04 Jane Doe
          Jane Doe is the minister who met John Roe.                      | Jane Doe 04 John Roe
          """)
  void aNounPredicatedOfAnActorStandsForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void theSidesOfAnActBetweenOthersAreWhomAVerbOnItIsAimedAt() {
    Set<String> found = found("Ruritania condemned the fighting between Freedonia and Sylvania.");
    assertTrue(found.contains("Ruritania 11 Freedonia"), found.toString());
    assertTrue(found.contains("Ruritania 11 Sylvania"), found.toString());
  }

  @Test
  void theVenueIsNoParticipant() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("In Port Aster, Jane Doe met John Roe on Monday."));
  }

  @Test
  void anInfinitiveAfterANounHasTheNounsOwnerAsSubject() {
    // praising Freedonian efforts praises Freedonia, as "Freedonia's efforts" would
    assertEquals(
        Set.of("Freedonia 19 Sylvania", "Jane Doe 05 Freedonia"),
        found("Jane Doe praised Freedonian efforts to defeat Sylvania."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia is committed to supporting Sylvania. | Freedonia 03 Sylvania
          Freedonia warned against attacking Sylvania.   |
          """)
  void aGerundAfterToOrInHasTheClausesSubject(String sentence, String interactions) {
    // support one is committed to is pledged: intent to cooperate (PETRARCH2 PLEDGE "* SUPPORT
    // [032]")
    assertFound(sentence, interactions);
  }

  @Test
  void theOwnerOfAnObjectThatNamesNoActorIsTheTarget() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia condemned Sylvania's decision."));
  }

  @Test
  void aThirdPartysGoodOfficesMakeItAMediatorWithBothSides() {
    Set<String> f = found("Freedonia and Sylvania reached a deal under Ruritanian auspices.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
    Set<String> g =
        found(
            "Freedonia and Sylvania met in May. The two countries decided, with Ruritania's"
                + " facilitation, to begin negotiations.");
    assertTrue(g.contains("Ruritania 04 Freedonia"), g.toString());
    assertTrue(g.contains("Ruritania 04 Sylvania"), g.toString());
  }

  @Test
  void aMediatorAfterTheObjectNounMediatesWithTheVerbsActors() {
    Set<String> f =
        found("Freedonia signed the accord with Sylvania under the mediation of Ruritania.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
  }

  @Test
  void anInfinitiveOnAPredicateNounHasTheCopulasSubject() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Freedonia was the first country to recognise Sylvania."));
  }

  @Test
  void aNameCompoundedWithTheObjectActIsTheTarget() {
    assertEquals(
        Set.of("Freedonia 11 Ruritania"),
        found("Freedonia condemns the Ruritania attack on the market."));
  }

  @Test
  void aGerundAfterAPrepositionOfTimeHasTheClausesSubject() {
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("After meeting Freedonia, Sylvania said the ties were strong."));
  }

  @Test
  void aGerundGivingTheReasonHasTheVerbsObjectAsSubject() {
    Set<String> f = found("Freedonia thanked Sylvania for supporting Ruritania's bid.");
    assertTrue(f.contains("Sylvania 05 Ruritania"), f.toString());
    assertTrue(f.contains("Freedonia 05 Sylvania"), f.toString());
  }

  @Test
  void aListWhoseSecondMemberIsACounterpartPairsEveryMember() {
    TestArticles w = world().entity("Ann Poe", EntityType.PERSON, "Ann Poe");
    Set<String> f =
        found(
            w.resolve(
                "Talks between Freedonian President John Roe, his Sylvanian counterpart Jane Doe"
                    + " and Ruritanian President Ann Poe ended on Monday."),
            Map.of());
    assertTrue(f.contains("John Roe 04 Jane Doe"), f.toString());
    assertTrue(f.contains("John Roe 04 Ann Poe"), f.toString());
    assertTrue(f.contains("Jane Doe 04 Ann Poe"), f.toString());
  }

  @Test
  void anAppositionDescribingTheActorAddsNoMember() {
    assertEquals(
        Set.of("Freedonia 11 John Roe"),
        found("Freedonia criticised John Roe, the president of Sylvania, on Monday."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian President John Roe arrived in Sylvania on Monday.                   | John Roe 04 Sylvania
          Freedonian President John Roe was in Port Aster, Sylvania, to attend a summit. | John Roe 04 Sylvania
          """)
  void anOfficeHolderInAnotherCountryVisitsIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian missiles hit Sylvania overnight. | Freedonia 19 Sylvania
          Freedonian jets bombed Sylvania.            | Freedonia 19 Sylvania
          """)
  void aStatesWeaponsActForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian coast guard ships rammed a Sylvanian boat.           | Freedonia 19 Sylvania
          A Freedonian patrol boat intercepted a Sylvanian tanker.        | Freedonia 17 Sylvania
          Freedonian naval vessels attacked Sylvania on Monday.           | Freedonia 19 Sylvania
          Freedonian military planes bombed Sylvania.                     | Freedonia 19 Sylvania
          A Freedonian cargo ship rammed a Sylvanian boat.                |
          Freedonian fishing boats attacked Sylvania on Monday.           |
          """)
  void aStatesArmedShipsBoatsAndPlanesActForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aTripToCoordinatedCountriesVisitsEach() {
    assertEquals(
        Set.of("John Roe 04 Sylvania", "John Roe 04 Ruritania"),
        found("Freedonian President John Roe will travel to Sylvania and Ruritania next week."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia's prime minister arrived in Sylvania on Monday.  | Freedonia 04 Sylvania
          Freedonian troops arrived in Sylvania on Monday.           |
          Freedonia's prime minister arrived in Freedonia on Monday. |
          """)
  void aCountrysOfficialsNamedByTitleVisitForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          John Roe was in Sylvania last week.                       |
          Freedonian President John Roe was in Freedonia on Monday. |
          """)
  void beingSomewhereIsNoVisitWithoutAnOfficeElsewhere(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Jane Doe is expected to meet John Roe in May.      | Jane Doe 04 John Roe
          Jane Doe is scheduled to visit Sylvania next week. | Jane Doe 04 Sylvania
          """)
  void theComplementOfAPassiveHasThePassivesSubject(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Jane Doe is due to meet John Roe in May.             | Jane Doe 04 John Roe
          Jane Doe is likely to visit Sylvania next week.      | Jane Doe 04 Sylvania
          Freedonia and Sylvania are due to hold talks on Monday. | Freedonia 04 Sylvania
          Jane Doe will be able to visit Sylvania next week.   |
          """)
  void theComplementOfAnAdjectiveOfScheduleHasItsSubject(String sentence, String interactions) {
    // "due", "likely": the act is planned or foreseen as "expected to" says, in its own category
    assertFound(sentence, interactions);
  }

  @Test
  void delegationsFromCoordinatedActorsStandForEachOfThem() {
    Set<String> f =
        found("Freedonia hosted delegations from Sylvania and Ruritania for talks in Port Aster.");
    assertTrue(
        f.containsAll(Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania")), f.toString());
  }

  @Test
  void whatIsTakenFromAnActorTargetsIt() {
    assertEquals(
        Set.of("Freedonia 17 Sylvania"), found("Freedonia seized the island from Sylvania."));
  }

  @Test
  void theAgentOfTheObjectActIsTheTarget() {
    Set<String> f = found("Freedonia condemned the attack on Ruritania by Sylvania.");
    assertTrue(f.contains("Freedonia 11 Sylvania"), f.toString());
    assertTrue(f.contains("Sylvania 19 Ruritania"), f.toString());
  }

  @Test
  void whoBrokersAnActBetweenOthersMediatesWithEach() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania"),
        found("Ruritania brokered a ceasefire between Freedonia and Sylvania."));
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania"),
        found("The truce between Freedonia and Sylvania was mediated by Ruritania."));
    Set<String> f = found("Ruritania brokered the deal between Freedonia and Sylvania.");
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 05 Sylvania"), f);
  }

  @Test
  void whoMediatesTalksBetweenOthersMeetsEach() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania mediated talks between Freedonia and Sylvania."));
  }

  @Test
  void coMediatorsMeetThoseBetweenButNotEachOther() {
    TestArticles world = world().entity("Valdoria", EntityType.COUNTRY, "Valdoria");
    Set<String> f =
        found(
            world.resolve("Ruritania and Valdoria mediated between Freedonia and Sylvania."),
            Map.of());
    assertTrue(
        f.contains("Valdoria 04 Freedonia") || f.contains("Freedonia 04 Valdoria"), f.toString());
    assertTrue(
        f.contains("Ruritania 04 Sylvania") || f.contains("Sylvania 04 Ruritania"), f.toString());
    assertFalse(
        f.contains("Ruritania 04 Valdoria") || f.contains("Valdoria 04 Ruritania"), f.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian mediators brokered a truce between Sylvania and Ruritania.    | Freedonia 04 Sylvania; Freedonia 04 Ruritania
          Ruritania hosted a meeting between Freedonian and Sylvanian delegations. | Ruritania 04 Freedonia; Ruritania 04 Sylvania; Freedonia 04 Sylvania
          """)
  void aStatesMediatorsAndDelegationsStandForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void theSidesOfABrokeredActAreThoseWhoMadeIt() {
    Set<String> f = found("Freedonia and Sylvania signed a ceasefire brokered by Ruritania.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
    assertTrue(f.contains("Freedonia 05 Sylvania"), f.toString());
    assertEquals(Set.of(), found("Freedonia rejected a ceasefire brokered by Ruritania."));
  }

  @Test
  void goodOfficesAfterTheObjectOfAPrepositionMediateWithTheVerbsActors() {
    Set<String> f =
        found("Freedonia and Sylvania agreed to a ceasefire under the auspices of Ruritania.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
  }

  @Test
  void aThirdPartyNamedAsMediatorBetweenOthersMediatesWithEach() {
    Set<String> pair = Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania");
    assertEquals(pair, found("Freedonia acted as mediator between Sylvania and Ruritania."));
    assertEquals(
        pair,
        found("Freedonia, the mediator between Sylvania and Ruritania, said the talks went well."));
    assertEquals(pair, found("Freedonia is the main broker between Sylvania and Ruritania."));
  }

  @Test
  void aListsLastMemberHungUnderTheSecondIsAMemberToo() {
    TestArticles w = world().entity("Ann Poe", EntityType.PERSON, "Ann Poe");
    Set<String> f =
        found(
            w.resolve(
                "The statement came after a joint press conference by Freedonian President Jane"
                    + " Doe, his Sylvanian counterpart John Roe, and Ruritanian Prime Minister Ann"
                    + " Poe."),
            Map.of());
    assertEquals(Set.of("Jane Doe 04 John Roe", "Jane Doe 04 Ann Poe", "John Roe 04 Ann Poe"), f);
  }

  @Test
  void whoComesToAttendAGatheringInACountryVisitsIt() {
    Set<String> f =
        found("Jane Doe was in Port Aster, Freedonia, to attend a meeting of the Northern Union.");
    assertEquals(Set.of("Jane Doe 04 Freedonia", "Jane Doe 04 Northern Union"), f);
    Set<String> g =
        found("Jane Doe arrived in Sylvania on Monday to take part in the Northern Union summit.");
    assertTrue(g.contains("Jane Doe 04 Sylvania"), g.toString());
    assertEquals(Set.of(), found("Jane Doe was in Sylvania to host the summit."));
    ResolvedArticle a = world().resolve("Jane Doe was in Sylvania to attend the summit.");
    assertEquals(Set.of(), found(a, Map.of(entity(a, "Jane Doe"), Set.of(entity(a, "Sylvania")))));
  }

  @Test
  void aCollectiveNounOfAListStandsForEveryMember() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Foreign ministers of Freedonia, Sylvania and Ruritania met in Port Aster."));
  }

  @Test
  void thoseWhoHoldAJointExerciseCooperate() {
    assertEquals(
        Set.of("Freedonia 06 Sylvania"),
        found("Freedonia and Sylvania held joint military exercises."));
    assertEquals(
        Set.of("Freedonia 06 Sylvania"), found("Joint drills by Freedonia and Sylvania began."));
    Set<String> f = found("Freedonia held joint exercises with Sylvania and Ruritania.");
    assertTrue(f.contains("Sylvania 06 Ruritania"), f.toString());
    assertEquals(Set.of(), found("Freedonia and Sylvania announced military exercises."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia, Sylvania and Ruritania announced a joint plan to build a pipeline. | Freedonia 03 Sylvania; Freedonia 03 Ruritania; Sylvania 03 Ruritania
          Freedonia and Sylvania began a joint study of the river.                      | Freedonia 03 Sylvania
          Freedonia and Sylvania announced a plan to build a pipeline.                  |
          """)
  void thoseWhoAnnounceAJointPlanIntendToCooperate(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aCollectiveNounWithCoordinatedModifiersStandsForEach() {
    assertEquals(
        Set.of("Freedonia 06 Sylvania"),
        found("Freedonian and Sylvanian troops took part in joint exercises in Port Aster."));
  }

  @Test
  void thoseWhoGatherTogetherMeet() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Leaders of Freedonia, Sylvania and Ruritania gathered in Port Aster on Monday."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          John Roe spoke at the Northern Union forum.                     | John Roe 04 Northern Union
          Jane Doe visited the Northern Union headquarters in Port Aster. | Jane Doe 04 Northern Union
          """)
  void aForumOrTheSeatOfAnOrganisationStandsForMeetingIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian President Jane Doe met John Roe in Sylvania on Monday.  | Jane Doe 04 John Roe; Jane Doe 04 Sylvania
          Freedonian President Jane Doe met John Roe in Freedonia on Monday. | Jane Doe 04 John Roe
          """)
  void anOfficeHolderWhoMeetsSomeoneInAnotherCountryVisitsIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The Freedonian chancellor telephoned President John Roe on Monday to discuss the situation in Sylvania. | Freedonia 04 John Roe
          The Freedonian president held talks in Sylvania on Monday.                                              | Freedonia 04 Sylvania
          """)
  void theTopicOfAConsultationIsNoPlaceItWasHeld(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aPassiveDesignationHasItsAgentAfterThePredicate() {
    assertEquals(
        Set.of("Sylvania 05 Freedonia"),
        found("Freedonia was designated a strategic partner by Sylvania."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia released two Sylvanian fishermen.   | Freedonia 08 Sylvania
          Freedonia arrested three Sylvanian nationals. | Freedonia 17 Sylvania
          Freedonia discussed Sylvanian debt relief.    |
          """)
  void anActOnPeopleOrThingsACountryAdjectiveOwnsIsAimedAtThatCountry(
      String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Northern Union agreed to buy a stake in a Sylvanian lender.         |
          Northern Union will buy a Sylvanian fuel retailer for $2 billion.   |
          Northern Union said it would invest in a Sylvanian software start-up. |
          Freedonia imposed sanctions on a Sylvanian state firm.              | Freedonia 16 Sylvania
          """)
  void aDealWithOneFirmACountryAdjectiveNamesIsNoneWithThatCountry(
      String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aCompanysHomeMakesNoStateActOnTheFirmItBuys() {
    TestArticles w = world().entity("Kovo Steel", EntityType.ORGANISATION, "Kovo Steel");
    assertEquals(
        Set.of(),
        found(w.resolve("Freedonia's Kovo Steel agreed to buy a Sylvanian steelmaker."), Map.of()));
    assertEquals(
        Set.of("Freedonia 12 Sylvania"),
        found("Freedonia moved to block a Sylvanian company from buying a port."),
        "a state acting on the firm acts on its country");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia downgraded diplomatic relations with Sylvania. | Freedonia 16 Sylvania
          Freedonia launched a cyberattack on Sylvania.            | Freedonia 18 Sylvania
          Freedonia carried out airstrikes on Sylvanian territory. | Freedonia 19 Sylvania
          """)
  void newWordsForEverydayEvents(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia, a critic of Sylvania, met Ruritania.                               | Freedonia 11 Sylvania; Freedonia 04 Ruritania
          Freedonia remains a staunch opponent of the Northern Union's plan.            | Freedonia 11 Northern Union
          Freedonia and Ruritania are among the strongest backers of Sylvania's accord. | Freedonia 05 Sylvania; Ruritania 05 Sylvania
          Freedonia is not a critic of Sylvania.                                        |
          Jane Doe, an opponent of John Roe in the election, spoke on Monday.           |
          """)
  void aNounOfStanceSaidOfAnActorIsItsStanceTowardWhatFollowsOf(
      String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia sent aid to Sylvanian hospitals.           | Freedonia 07 Sylvania
          Freedonia provided aid to the Sylvanian opposition.  |
          Freedonia sent weapons to Sylvanian rebels.          |
          Freedonia imposed sanctions on Sylvanian protesters. |
          """)
  void aidToACountrysPossessionReachesTheCountryButNotItsOpponents(
      String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void anArmedGroupOrACountryNamedBeforeWhatIsStruckOrJudgedOwnsIt() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(world.resolve("Freedonia attacked Red Brigade positions."), Map.of()));
    assertEquals(
        Set.of("Freedonia 12 Sylvania"), found("Freedonia rejected the Sylvanian position."));
  }

  @Test
  void whatAHostileActIsAimedAtBelongsToTheActorItsOfNames() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("Freedonia launched air strikes on positions of the Red Brigade."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 07 Sylvania"),
        found("Freedonia granted asylum to the family of Sylvania's former president."));
  }

  @Test
  void aCountryAdjectiveAndTheBodyItQualifiesNameOneOwner() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve(
                "An attack by the Red Brigade on a Freedonian army checkpoint killed eight"
                    + " soldiers."),
            Map.of()));
  }

  @Test
  void theForcesAPossessivePronounGivesAReportedClauseAreTheReporters() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve(
                "Freedonia's army said its troops killed six militants of the Red Brigade."),
            Map.of()));
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve("The Red Brigade said its fighters attacked Freedonian troops."),
            Map.of()));
  }

  @Test
  void whatAHostileVerbHitsBelongsToTheActorItsOfNames() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("Freedonian drones struck positions of the Red Brigade on Monday."),
            Map.of()));
    assertEquals(Set.of(), found("Freedonia discussed the future of Sylvania."));
    assertEquals(
        Set.of(),
        found("Freedonian police arrested forty supporters of opposition leader Jane Doe."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia accused Sylvania at the Northern Union of blocking the talks. | Freedonia 11 Sylvania
          Freedonia condemned Sylvania at the Northern Union on Thursday.          | Freedonia 11 Sylvania
          Freedonia lodged a complaint against Sylvania at the Northern Union.     | Freedonia 11 Sylvania
          # attending the Union's summit is meeting the Union (04), not fighting it
          Freedonia clashed with Sylvania at the Northern Union summit.            | Freedonia 19 Sylvania; Freedonia 04 Northern Union
          Freedonia lashed out at the Northern Union on Thursday.                  | Freedonia 11 Northern Union
          Freedonia fired rockets at Sylvania on Thursday.                         | Freedonia 19 Sylvania
          """)
  void atAfterAnActorObjectIsAVenue(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia condemned Sylvania and Ruritania said it would summon the envoy.                               | Freedonia 11 Sylvania
          Freedonian President Jane Doe met Sylvanian President John Roe and Ruritania said the talks were useful. | Jane Doe 04 John Roe
          # a list that is the subject of the verb after it stays whole
          A week after Jane Doe and John Roe met in Port Aster, the talks resumed.                                 | Jane Doe 04 John Roe
          """)
  void theLastObjectBeforeAVerbWithNoSubjectIsThatVerbsSubject(
      String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void twoWordsJoinedByACommaAloneAreNoConjuncts() {
    TestArticles world =
        world()
            .entity("Ukraine", EntityType.COUNTRY, "Ukraine")
            .entity("Russia", EntityType.COUNTRY, "Russia", "Russian");
    Set<String> found =
        found(
            world.resolve("Ukraine, backed by Western weapons, defeated Russian forces near Kyiv."),
            Map.of());
    assertTrue(found.stream().noneMatch(f -> f.contains(" 05 ")), found.toString());
    // a name after the comma is the parser's reading of an apposition, and stays a conjunct
    TestArticles people =
        world()
            .entity("Spain", EntityType.COUNTRY, "Spain")
            .entity("Morocco", EntityType.COUNTRY, "Morocco")
            .entity("Youssef Amrani", EntityType.PERSON, "Youssef Amrani");
    found =
        found(
            people.resolve(
                "Spain thanked the Foreign Minister of Morocco, Dr. Youssef Amrani, and praised"
                    + " his efforts."),
            Map.of());
    assertTrue(found.contains("Spain 05 Youssef Amrani"), found.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia banned imports of Sylvanian aluminium. | Freedonia 16 Sylvania
          Freedonia banned imports of aluminium.           |
          """)
  void aBanOnImportsOfACountrysGoodsIsAnEmbargoOnThatCountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The Northern Union threatened military intervention in Sylvania. | Northern Union 13 Sylvania
          The Northern Union threatened journalists in Sylvania.           |
          """)
  void aThreatOfAnActInACountryThreatensThatCountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia struck targets in Sylvania overnight.   | Freedonia 19 Sylvania
          Freedonia shelled villages in Sylvania on Monday. | Freedonia 19 Sylvania
          Freedonia arrested protesters in Sylvania.        |
          """)
  void forceUsedOnWhatIsInACountryIsUsedOnThatCountry(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void forceUsedOnAPlaceACountryOwnsIsUsedOnThatCountry() {
    TestArticles world = world().entity("Korvo region", EntityType.PLACE, "Korvo region");
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found(
            world.resolve("Freedonian drones attacked a refinery in Sylvania's Korvo region."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian troops killed dozens of civilians in the Sylvanian village of Korvo."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found(
            world.resolve("Freedonian forces shelled Sylvania's Korvo region overnight."),
            Map.of()));
  }

  @Test
  void capturingATownOccupiesTerritory() {
    TestArticles world =
        world()
            .entity("Korvo", EntityType.PLACE, "Korvo")
            .entity("Aster region", EntityType.PLACE, "Aster region");
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found(
            world.resolve(
                "Freedonian forces captured the village of Korvo in Sylvania's Aster region."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 17 Sylvania"), found("Freedonian police captured two Sylvanian spies."));
  }

  @Test
  void forcesPushingIntoAPlaceInvadeIt() {
    TestArticles world = world().entity("Aster region", EntityType.PLACE, "Aster region");
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found(world.resolve("Freedonian troops pushed into Sylvania's Aster region."), Map.of()));
    assertEquals(Set.of("Freedonia 10 Sylvania"), found("Freedonia pushed Sylvania to reform."));
  }

  @Test
  void aNounOfForceOnAPlaceIsUsedOnItsCountry() {
    TestArticles world = world().entity("Korvo region", EntityType.PLACE, "Korvo region");
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found(
            world.resolve("The Freedonian drone attack on Sylvania's Korvo region hit a depot."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian shelling of a power plant in Sylvania alarmed the Northern Union."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia launched an offensive against rebels in Sylvania's Korvo region."));
  }

  @Test
  void itsBeforeAnActStandsForTheOneActorNamedBefore() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve("The Red Brigade took 200 hostages during its attack on Freedonia."),
            Map.of()));
  }

  @Test
  void aPassiveKilledInAnAttackWasDoneByTheAttacker() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve("Two Freedonian soldiers were killed in a Red Brigade attack."),
            Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Five Sylvanian soldiers were killed by Freedonian shelling.    | Freedonia 19 Sylvania
          A Sylvanian border post was destroyed by Freedonian air strikes. | Freedonia 19 Sylvania
          Five Sylvanian soldiers were killed by Freedonia.               | Freedonia 19 Sylvania
          """)
  void aPassiveDoneByAnActOfForceWasDoneByItsOwner(String sentence, String interaction) {
    assertFound(sentence, interaction);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Two Sylvanian soldiers died in a Freedonian attack.             | Freedonia 19 Sylvania
          Two Sylvanian soldiers died in Freedonian shelling on Monday.   | Freedonia 19 Sylvania
          Two Sylvanian soldiers died in an attack by the Northern Union. | Northern Union 19 Sylvania
          Two Sylvanian soldiers died in a car crash in Freedonia.        |
          """)
  void whoDiedInAnActOfForceWasActedOnByItsOwner(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aStatesHelicoptersStandForIt() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian helicopters fired missiles at Sylvanian positions near Port Aster."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonian police fired tear gas at protesters supporting opposition leader Jane Doe. |
          Freedonia shelled Sylvania, killing twelve soldiers.                                  | Freedonia 19 Sylvania
          """)
  void aParticipleRightAfterACommonNounObjectDescribesIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aCountryAdjectiveBeforeAnActNounObjectIsItsDoer() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian troops repelled a Sylvanian attack near Port Aster."));
  }

  @Test
  void whatAPassiveVerbActsOnNamesItsOwner() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve("A Freedonian army base was attacked by Red Brigade fighters on Sunday."),
            Map.of()));
  }

  @Test
  void aCoastGuardIsTheStatesForce() {
    assertEquals(
        Set.of("Freedonia 17 Sylvania"),
        found("Freedonia's coast guard detained twelve Sylvanian fishermen."));
  }

  @Test
  void whatAnActorHoldsOrControlsIsItsOwn() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve(
                "Freedonia carried out air strikes on positions held by the Red Brigade."),
            Map.of()));
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("Freedonian troops shelled villages controlled by the Red Brigade."),
            Map.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Freedonia called on the junta in Sylvania to release the prisoners. | Freedonia 02 Sylvania
          Freedonia deployed troops in Sylvania.                              |
          """)
  void theRulersInAStateStandForIt(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void aBlocThatSuspendsAMemberReducesRelations() {
    assertEquals(
        Set.of("Northern Union 16 Sylvania"), found("The Northern Union suspended Sylvania."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          John Roe was taken hostage by the Northern Union in 2022.           | Northern Union 18 John Roe
          Jane Doe was tried in absentia by a Sylvanian court.                | Sylvania 17 Jane Doe
          Freedonia executed John Roe on Thursday.                            | Freedonia 17 John Roe
          Sylvania condemned Freedonia's execution of Jane Doe.               | Sylvania 11 Freedonia; Freedonia 17 Jane Doe
          Freedonia executed the plan with Sylvania.                          |
          Freedonia executed a contract with Sylvania.                        |
          Freedonia and Sylvania exchanged prisoners on Friday.               | Freedonia 08 Sylvania
          Freedonia and Sylvania swapped detainees.                           | Freedonia 08 Sylvania
          Freedonia cracked down on the Northern Union.                       | Freedonia 17 Northern Union
          The Northern Union took John Roe hostage in Sylvania.               | Northern Union 18 John Roe
          The Northern Union kidnapped John Roe in Sylvania.                  | Northern Union 18 John Roe
          The Northern Union took two Freedonian engineers hostage in Sylvania. | Northern Union 18 Freedonia
          The Northern Union took 20 hostages in Sylvania.                    |
          """)
  void hostagesTrialsAndExecutions(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Freedonia refused to meet Sylvania's foreign minister on Tuesday.   | Freedonia 12 Sylvania
          Freedonia declined to receive the Sylvanian ambassador.             | Freedonia 12 Sylvania
          Freedonia, declining to meet Sylvania's envoy, left the summit.     | Freedonia 12 Sylvania
          Freedonia has refused to recognise Sylvania since 2008.             | Freedonia 12 Sylvania
          Freedonia refused to extradite the two suspects to Sylvania.        | Freedonia 12 Sylvania
          Freedonia refused to mediate between Sylvania and Ruritania.        | Freedonia 12 Sylvania; Freedonia 12 Ruritania
          Freedonia refused to condemn Sylvania.                              |
          Freedonia failed to meet Sylvania's deadline.                       |
          Freedonia did not refuse to meet Sylvania.                          |
          """)
  void refusingACooperativeActRejectsItsTarget(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Freedonia allowed Sylvania to inspect the dam.                      | Freedonia 08 Sylvania
          Freedonia refused to allow Sylvania to inspect the dam.             | Freedonia 12 Sylvania
          Freedonia refused to allow its troops to enter Sylvania.            |
          """)
  void theOneAVerbOfLettingLetsActIsItsObject(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Freedonia urged Sylvania to withdraw its troops from Ruritania.       | Freedonia 02 Sylvania
          Freedonia called on Sylvania to hold talks with Ruritania.            | Freedonia 02 Sylvania
          """)
  void whatAnAppealOrDemandAsksForHasNotHappened(String sentence, String interactions) {
    assertFound(sentence, interactions);
  }

  @Test
  void expellingAStatesDiplomatsReducesRelationsWithIt() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia expelled four Sylvanian diplomats on Wednesday."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia expelled the Sylvanian ambassador."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia expelled 45 Sylvanian embassy staff."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia expelled the Sylvanian consul."));
  }

  @Test
  void anObjectThatTheParserReadAsASmallClauseSubjectIsActedOn() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia declared two Sylvanian diplomats persona non grata on Friday."));
  }

  @Test
  void raisingConcernsWithAnotherConsultsIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia raised concerns with Sylvania over the detention of a journalist."));
  }

  @Test
  void theTwoStandForThePairNamedBeforeInTheFirstSentenceToo() {
    Set<String> f = found("Jane Doe met John Roe in Port Aster and the two signed a trade pact.");
    assertTrue(f.contains("Jane Doe 05 John Roe"), f.toString());
    f = found("Jane Doe met John Roe in Port Aster and the two leaders signed a trade pact.");
    assertTrue(f.contains("Jane Doe 05 John Roe"), f.toString());
    // "the two" stands for a pair only as a subject before its verb
    f = found("Jane Doe met John Roe in Port Aster. Ruritania praised the two.");
    assertTrue(f.stream().noneMatch(x -> x.startsWith("Ruritania")), f.toString());
  }

  @Test
  void thoseWhoPledgeToCoordinateActTogether() {
    assertEquals(
        Set.of("Freedonia 03 Sylvania"),
        found("Freedonia and Sylvania pledged to coordinate their positions."));
  }
}
