package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionFinderTest {

  /** The parser of the default pipeline, for the tests that read the tree as well. */
  private static final Optional<DependencyParser> PARSER =
      Optional.of(Nlp4jDependencyParser.standard());

  private static Set<String> interactions(ResolvedArticle article) {
    return interactions(article, Optional.empty());
  }

  private static Set<String> interactions(
      ResolvedArticle article, Optional<DependencyParser> parser) {
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    InteractionFinder finder =
        new InteractionFinder(TestArticles.roles(), positions, Capitals.none(), parser);
    return finder.find(article).stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  private static TestArticles world() {
    return new TestArticles()
        .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
        .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
        .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
        .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg");
  }

  @Test
  void aMeetingCalledOffIsLeftOutOfTheWordOrderReadingToo() {
    String body = "A planned summit between Valdoria and Estrella was postponed.";
    assertEquals(Set.of("Valdoria 04 Estrella"), interactions(world().resolve(body)));
    assertEquals(Set.of(), interactions(world().resolve(body), PARSER));
  }

  @Test
  void aCountryBeforeAPrivatePersonIsNoTargetOfWhatIsDoneToThem() {
    for (String body :
        List.of(
            "Police in Valdoria arrested an Estrellan national on Monday.",
            "A Valdorian court sentenced an Estrellan tourist to five years.",
            "Valdoria detained an Estrella resident at the airport.")) {
      assertEquals(Set.of(), interactions(world().resolve(body), PARSER), body);
    }
    assertEquals(
        Set.of("Valdoria 17 Estrella"),
        interactions(world().resolve("Valdoria arrested two Estrellan soldiers."), PARSER));
  }

  @Test
  void jointSubjectsOfAMutualVerbWithOthersAfterWithDoNotActOnEachOther() {
    String body = "Ana Ruiz and Tomas Berg signed the pact with their counterparts in Korvo.";
    assertEquals(Set.of(), interactions(world().resolve(body)), body);
    body = "Ana Ruiz and Tomas Berg signed the pact with each other in Korvo.";
    assertEquals(Set.of("Ana Ruiz 05 Tomas Berg"), interactions(world().resolve(body)), body);
    body = "Ana Ruiz and Tomas Berg signed the pact in Korvo.";
    assertEquals(Set.of("Ana Ruiz 05 Tomas Berg"), interactions(world().resolve(body)), body);
  }

  @Test
  void membersListedInsideAnAsideAboutABlocAreNoJointSubjectOfItsVerb() {
    TestArticles w =
        world()
            .entity("Sylvania", EntityType.COUNTRY, "Sylvania")
            .international("Aster Union", "Aster Union");
    String body =
        "The Aster Union, whose members include Valdoria, Estrella and Sylvania, met in Korvo.";
    assertEquals(Set.of(), interactions(w.resolve(body)), body);
    // a list that is itself the subject, with an aside after it, still meets
    body = "Valdoria, Estrella and Sylvania, the bloc's three founders, met in Korvo.";
    assertEquals(
        Set.of("Valdoria 04 Estrella", "Valdoria 04 Sylvania", "Estrella 04 Sylvania"),
        interactions(w.resolve(body)),
        body);
  }

  @Test
  void chargingAPersonWithACrimeTakesLegalActionAndChargingAStateAccusesIt() {
    String state = "Valdoria charged Estrella with backing the rebels.";
    assertEquals(Set.of("Valdoria 11 Estrella"), interactions(world().resolve(state)));
    assertEquals(Set.of("Valdoria 11 Estrella"), interactions(world().resolve(state), PARSER));
    assertEquals(
        Set.of("Valdoria 17 Ana Ruiz"),
        interactions(world().resolve("Valdoria charged Ana Ruiz with treason."), PARSER));
  }

  @Test
  void aStatesForcesFightingAnArmedGroupAreTheStateNotTheGroup() {
    TestArticles w = world().armed("Rebel Front", "Rebel Front");
    String body = "Valdoria's army fought Rebel Front militants near the border.";
    assertEquals(Set.of("Valdoria 19 Rebel Front"), interactions(w.resolve(body), PARSER), body);
  }

  @Test
  void aCountryBeforeASportspersonAndTheirNameIsNoTargetOfWhatIsDoneToThem() {
    String body = "Police in Valdoria arrested Estrellan striker Tomas Berg on Monday.";
    assertTrue(
        interactions(world().resolve(body), PARSER).stream().noneMatch(l -> l.contains("Estrella")),
        body);
  }

  @Test
  void aDemonymDescribingACompanyIsNoTargetBesideIt() {
    TestArticles w = world().company("Kovo", "Kovo");
    for (String body :
        List.of(
            "Valdoria sued the Estrellan carmaker Kovo on Monday.",
            "Valdoria sued the Estrella carmaker Kovo on Monday.")) {
      Set<String> found = interactions(w.resolve(body), PARSER);
      assertTrue(found.stream().anyMatch(l -> l.endsWith(" Kovo")), body + ": " + found);
      assertTrue(found.stream().noneMatch(l -> l.contains("Estrella")), body + ": " + found);
    }
    Set<String> state =
        interactions(w.resolve("Valdoria sued the Estrellan government on Monday."), PARSER);
    assertTrue(state.stream().anyMatch(l -> l.endsWith(" Estrella")), "the state itself");
  }

  @Test
  void aStateNounTaggedAsAnAdjectiveStillStandsForTheState() {
    TestArticles w = world().entity("Aid Union", EntityType.ORGANISATION, "Aid Union");
    assertEquals(
        Set.of("Valdoria 14 Aid Union"),
        interactions(w.resolve("Valdoria's military blocked an Aid Union convoy."), PARSER));
  }

  @Test
  void lettingAnotherInOrThroughAllowsIt() {
    TestArticles w = world().entity("Aid Union", EntityType.ORGANISATION, "Aid Union");
    assertEquals(
        Set.of("Valdoria 08 Aid Union"),
        interactions(w.resolve("Valdoria let an Aid Union convoy pass."), PARSER));
    assertEquals(
        Set.of("Valdoria 08 Aid Union"),
        interactions(w.resolve("Valdoria let Aid Union aid trucks into the region."), PARSER));
    assertTrue(
        interactions(w.resolve("Valdoria let Estrella know that its troops would go."), PARSER)
            .stream()
            .noneMatch(l -> l.contains(" 08 ")),
        "letting another know tells it, it is no leave to pass");
  }

  @Test
  void aHeadOfStatesGovernmentActsForTheCountryTheArticleHasThePersonHeading() {
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(
            world()
                .resolve("Valdorian President Ana Ruiz's government accused Estrella of spying.")));
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz spoke on Monday. The Ruiz government accused"
                        + " Estrella of spying.")));
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz spoke on Monday. Ruiz's administration accused"
                        + " Estrella of spying.")));
  }

  @Test
  void aMinistersOrAFormerPresidentsGovernmentIsNotTheCountrysToday() {
    assertEquals(
        Set.of("Ana Ruiz 11 Estrella"),
        interactions(
            world()
                .resolve(
                    "Former Valdorian President Ana Ruiz's government accused Estrella of"
                        + " spying."),
            PARSER),
        "the parse");
    assertEquals(
        Set.of("Ana Ruiz 11 Estrella"),
        interactions(
            world()
                .resolve(
                    "Valdorian Foreign Minister Ana Ruiz spoke on Monday. Ruiz's administration"
                        + " accused Estrella of spying."),
            PARSER),
        "the parse");
  }

  @Test
  void aConflictualActRightBeforeAnAgreementHeadIsNoAct() {
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria has an extradition treaty with Estrella.")),
        "the word-order reading");
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria has a deportation agreement with Estrella.")),
        "the word-order reading");
  }

  @Test
  void personsWhoClashOrFightArgue() {
    String text = "Ana Ruiz has clashed with Tomas Berg over the budget.";
    assertEquals(
        Set.of("Ana Ruiz 11 Tomas Berg"), interactions(world().resolve(text)), "word order");
    assertEquals(
        Set.of("Ana Ruiz 11 Tomas Berg"), interactions(world().resolve(text), PARSER), "parse");
    assertEquals(
        Set.of("Ana Ruiz 11 Estrella"),
        interactions(world().resolve("Ana Ruiz clashed with Estrella over the dam."), PARSER));
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(
            world().resolve("Valdorian troops clashed with Estrellan soldiers on the border."),
            PARSER));
  }

  @Test
  void aRequestGrantedIsAYieldingNotTheVerbsOwnAct() {
    // grant alone is 06 and honour 05 (PETRARCH2 GRANT, ACCLAIM); the annotator leaves "honoured"
    // as written, the parser gives "honour"
    assertEquals(
        Set.of("Valdoria 08 Estrella", "Estrella 02 Valdoria"),
        interactions(world().resolve("Valdoria granted Estrella's request for a loan."), PARSER));
    assertEquals(
        Set.of("Valdoria 08 Estrella", "Estrella 02 Valdoria"),
        interactions(world().resolve("Valdoria honoured Estrella's request."), PARSER));
  }

  @Test
  void aStatesPoliceAndSoldiersActForIt() {
    assertEquals(
        Set.of("Valdoria 17 Ana Ruiz"),
        interactions(world().resolve("Valdorian police arrested Ana Ruiz on Tuesday.")));
    assertEquals(
        Set.of("Valdoria 17 Ana Ruiz"),
        interactions(world().resolve("Valdorian soldiers detained Ana Ruiz at her home.")));
  }

  @Test
  void aVerbOfSayingReportsTheClauseItsPartnerOpens() {
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("Valdoria said Estrella captured a stronghold near the border."),
            PARSER));
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("Valdoria said that Estrellan forces captured a stronghold."), PARSER));
    assertEquals(
        Set.of("Estrella 19 Valdoria"),
        interactions(world().resolve("Valdoria said Estrella attacked Valdoria."), PARSER));
  }

  @Test
  void aSentenceWhoseOnlyCueIsBringingTwoTogetherIsParsed() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz brought Valdoria and Estrella together."), PARSER);
    assertTrue(
        found.contains("Ana Ruiz 04 Valdoria") && found.contains("Ana Ruiz 04 Estrella"),
        found.toString());
  }

  @Test
  void aReactionToAnActWithAModifierBeforeItIsParsed() {
    assertTrue(
        interactions(
                world()
                    .resolve(
                        "Valdoria detained two Estrellan soldiers. Estrella condemned the arbitrary"
                            + " detention."),
                PARSER)
            .contains("Estrella 11 Valdoria"));
    assertTrue(
        interactions(
                world()
                    .resolve(
                        "Valdoria struck targets in the north. Estrella condemned the brutal"
                            + " strikes."),
                PARSER)
            .contains("Estrella 11 Valdoria"));
  }

  @Test
  void anAttackSaidOrReportedIsNoAttackByTheSpeaker() {
    assertEquals(
        Set.of("Estrella 19 Valdoria"),
        interactions(
            world().resolve("Valdoria reported an Estrellan attack on Valdoria."), PARSER));
    assertFalse(
        interactions(world().resolve("Valdoria said Estrella attacked a grain port."), PARSER)
            .contains("Valdoria 19 Estrella"));
  }

  @Test
  void whatTheReporterSaysAnotherStruckOfItsIsTheReporters() {
    for (String text :
        List.of(
            "Valdoria said Estrella had attacked its power grid.",
            "Valdoria said that Estrella had shelled its border posts overnight.",
            "Valdoria said Estrella had seized its farmland.",
            "Valdoria said Estrella had fired on its positions.",
            "Valdoria said Estrella had opened fire on its border posts.",
            "Valdoria said Estrella had opened fire on its soldiers.")) {
      Set<String> found = interactions(world().resolve(text), PARSER);
      assertTrue(
          found.contains("Estrella 19 Valdoria") || found.contains("Estrella 17 Valdoria"),
          text + " " + found);
    }
    for (String text :
        List.of(
            "Valdoria said Estrella had attacked its own people.",
            "Valdoria said Estrella had fired its missiles.",
            "Valdoria said Estrella had closed its border crossings.",
            "Valdoria said it had attacked its power grid.")) {
      assertEquals(Set.of(), interactions(world().resolve(text), PARSER), text);
    }
  }

  @Test
  void aNounOfAnActBeforeADisputeOrAnotherActNamesItsTopicNoActOfItsOwn() {
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(
            world().resolve("Talks stalled amid a trade dispute between Valdoria and Estrella.")));
    assertEquals(
        Set.of(),
        interactions(world().resolve("Trade tensions between Valdoria and Estrella rose.")));
    assertEquals(
        Set.of("Valdoria 04 Estrella"),
        interactions(world().resolve("Trade talks between Valdoria and Estrella resumed.")));
    assertEquals(
        Set.of("Valdoria 06 Estrella"),
        interactions(world().resolve("Trade between Valdoria and Estrella rose."), PARSER),
        "trade itself");
  }

  @Test
  void forceByABodyNamedInACountryOnThatCountryIsItsOwnForceAtHome() {
    TestArticles w =
        world()
            .entity("Police", EntityType.ORGANISATION, "Police")
            .armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of(),
        interactions(
            w.resolve("Police in Valdoria fired tear gas at Valdorian students on Monday."),
            PARSER));
    assertEquals(
        Set.of("Police 19 Valdoria"),
        interactions(
            w.resolve("Police in Estrella fired tear gas at Valdorian students on Monday."),
            PARSER),
        "another country's");
    assertEquals(
        Set.of("Red Brigade 19 Valdoria"),
        interactions(
            w.resolve("The Red Brigade in Valdoria attacked Valdorian soldiers on Monday."),
            PARSER),
        "an armed group fights the state it is in");
  }

  @Test
  void anActWhoseSidesTheParserHangsOnItsVerbOfHappeningIsBetweenThem() {
    for (String text :
        List.of(
            "Deadly clashes erupted between Valdoria and Estrella on Monday.",
            "Fighting raged between Valdorian forces and Estrella for a week.")) {
      Set<String> found = interactions(world().resolve(text), PARSER);
      assertTrue(
          found.contains("Valdoria 19 Estrella") || found.contains("Estrella 19 Valdoria"),
          text + " " + found);
    }
    assertEquals(
        Set.of(), interactions(world().resolve("Protests erupted in Valdoria on Monday."), PARSER));
  }

  @Test
  void aWarThatPitsTwoActorsAgainstEachOtherIsTheirFight() {
    Set<String> found =
        interactions(
            world().resolve("The war has pitted Valdoria against Estrella since 2020."), PARSER);
    assertTrue(
        found.contains("Valdoria 19 Estrella") || found.contains("Estrella 19 Valdoria"),
        found.toString());
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("The election pits Ana Ruiz against Tomas Berg in May."), PARSER));
  }

  @Test
  void anActorAddedToABlacklistIsBlacklisted() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(world().resolve("Valdoria added Estrella to its export blacklist."), PARSER));
  }

  @Test
  void actorsAddedToASanctionsListAreSanctionedNotGivenAnything() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world().resolve("Valdoria added three Estrellan banks to its sanctions list."),
            PARSER));
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world().resolve("Valdoria added 40 Estrellan firms to its entity list on Tuesday."),
            PARSER));
  }

  @Test
  void itsFacilitiesAttackedAreTheReportersSitesNotAidGiven() {
    assertEquals(
        Set.of("Estrella 19 Valdoria"),
        interactions(
            world().resolve("Valdoria said Estrella had attacked its oil facilities."), PARSER));
  }

  @Test
  void sanctionsCalledIllegalInTheNextSentenceAreDisapprovalOfWhoImposedThem() {
    assertEquals(
        Set.of("Valdoria 16 Estrella", "Estrella 11 Valdoria"),
        interactions(
            world()
                .resolve(
                    "Valdoria imposed sanctions on Estrella on Monday. Estrella called the"
                        + " sanctions \"criminal\"."),
            PARSER));
  }

  @Test
  void tighteningTradeControlsOnAnActorIsATradeSanctionNotCoercion() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world().resolve("Valdoria tightened export controls on chips to Estrella on Tuesday."),
            PARSER));
  }

  @Test
  void aSentenceThatNamesOneActorAndAClaimOfTheSentenceBeforeIsParsed() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdoria claimed that Estrella had shelled its border posts. Estrella"
                        + " rejected the claim."),
            PARSER);
    assertTrue(found.contains("Estrella 12 Valdoria"), found.toString());
  }

  @Test
  void theDealAnActorStruckIsNoStrike() {
    for (String text :
        List.of(
            "The port deal Valdoria struck with Estrella in January angered its neighbours.",
            "The deal that Valdoria struck with Estrella angered its neighbours.")) {
      assertEquals(Set.of(), interactions(world().resolve(text), PARSER), text);
      assertEquals(Set.of(), interactions(world().resolve(text)), "without a parser: " + text);
    }
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(world().resolve("Valdoria struck Estrella's ports in January."), PARSER));
  }

  @Test
  void aNationalWithATitleIsNoOfficeOfTheirState() {
    assertEquals(
        Set.of(),
        interactions(
            world()
                .resolve(
                    "Valdoria ordered an investigation into the killing of an Estrellan"
                        + " leader.")));
  }

  @Test
  void dutiesAndControlsOnTradeAreTradeSanctions() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world().resolve("Valdoria imposed anti-dumping duties on Estrellan steel."), PARSER));
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(world().resolve("Valdoria raised import duties on Estrellan cars."), PARSER));
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(world().resolve("Valdoria imposed export controls on Estrella."), PARSER));
  }

  @Test
  void forceUsedInADirectionPartOfACountryIsUsedOnThatCountry() {
    ResolvedArticle a =
        world()
            .entity("southern Estrella", EntityType.PLACE, "southern Estrella")
            .resolve(
                "Valdoria struck targets in southern Estrella overnight. Estrella said two"
                    + " people died.");
    assertEquals(Set.of("Valdoria 19 Estrella"), interactions(a, PARSER));
    ResolvedArticle alone =
        world()
            .entity("southern Ruritania", EntityType.PLACE, "southern Ruritania")
            .resolve("Valdoria struck targets in southern Ruritania overnight.");
    assertEquals(Set.of(), interactions(alone, PARSER));
  }

  @Test
  void aHostileActAimedAtADirectionPartOfACountryIsAimedAtThatCountry() {
    // the part first, so that its mention takes its words before the country's
    ResolvedArticle a =
        new TestArticles()
            .entity("northern Estrella", EntityType.PLACE, "northern Estrella")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria")
            .entity("Estrella", EntityType.COUNTRY, "Estrella")
            .resolve(
                "Valdoria fired dozens of rockets at northern Estrella on Sunday. Estrella said no"
                    + " one was hurt.");
    assertEquals(Set.of("Valdoria 19 Estrella"), interactions(a, PARSER));
  }

  @Test
  void aFormerOfficeIsNoAffiliation() {
    ResolvedArticle a = world().resolve("Ana Ruiz left Valdoria.");
    Entity ruiz = FoundInteractions.entity(a, "Ana Ruiz");
    Entity valdoria = FoundInteractions.entity(a, "Valdoria");
    List<Evidence> ev = List.of(new Evidence(0, new CharSpan(0, 8)));
    Fact former =
        new Fact.Position(ruiz, valdoria, "president", Fact.RoleStatus.FORMER, true, 0.8, ev);
    Fact current =
        new Fact.Position(ruiz, valdoria, "president", Fact.RoleStatus.CURRENT, true, 0.8, ev);
    assertEquals(Map.of(), InteractionFinder.affiliations(List.of(former)));
    assertEquals(
        Map.of(ruiz, Set.of(valdoria)), InteractionFinder.affiliations(List.of(former, current)));
  }

  /**
   * Whether {@link InteractionFinder#ownCountry} drops an act of {@code source} toward {@code
   * target} of CAMEO {@code cameo}, where Ana Ruiz is Valdoria's president.
   */
  private static boolean ownCountry(String source, String cameo, String target) {
    ResolvedArticle a = world().resolve("Ana Ruiz of Valdoria met Estrella.");
    Entity ruiz = FoundInteractions.entity(a, "Ana Ruiz");
    Entity valdoria = FoundInteractions.entity(a, "Valdoria");
    List<Evidence> ev = List.of(new Evidence(0, new CharSpan(0, 8)));
    Map<Entity, Set<Entity>> own =
        InteractionFinder.affiliations(
            List.of(
                new Fact.Position(
                    ruiz, valdoria, "president", Fact.RoleStatus.CURRENT, true, 0.8, ev)));
    Entity from = FoundInteractions.entity(a, source);
    Entity to = FoundInteractions.entity(a, target);
    return InteractionFinder.ownCountry(
        new Fact.Interaction(from, to, cameo, "act", Optional.empty(), 0.7, ev), own);
  }

  @Test
  void anOfficialDealingWithTheirOwnCountryIsNoInteraction() {
    assertTrue(ownCountry("Ana Ruiz", "04", "Valdoria"));
    assertTrue(ownCountry("Valdoria", "04", "Ana Ruiz"));
    assertFalse(ownCountry("Ana Ruiz", "04", "Estrella"));
  }

  @Test
  void aCountryCoercingItsOwnOfficeHolderIsAnInteraction() {
    assertFalse(ownCountry("Valdoria", "17", "Ana Ruiz"));
    assertTrue(ownCountry("Ana Ruiz", "17", "Valdoria"));
  }

  @Test
  void appointingOnesOwnMinisterIsNoInteraction() {
    assertEquals(
        Set.of(),
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz appointed Tomas Berg as Defence Minister.")));
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria appointed Tomas Berg as Defence Minister.")));
  }

  @Test
  void aBodyNamingAnOfficeHolderOfItsOwnCountryIsNoInteraction() {
    TestArticles w = world().entity("Council", EntityType.ORGANISATION, "Presidential Council");
    ResolvedArticle a = w.resolve("The Presidential Council named Ana Ruiz of Valdoria minister.");
    Entity ruiz = FoundInteractions.entity(a, "Ana Ruiz");
    Entity valdoria = FoundInteractions.entity(a, "Valdoria");
    Entity council = FoundInteractions.entity(a, "Council");
    List<Evidence> ev = List.of(new Evidence(0, new CharSpan(0, 8)));
    List<Fact> known =
        List.of(
            new Fact.Position(ruiz, valdoria, "minister", Fact.RoleStatus.CURRENT, true, 0.8, ev),
            new Fact.PartOf(council, valdoria, 0.8, ev));
    Fact.Interaction named =
        new Fact.Interaction(council, ruiz, "06", "name", Optional.empty(), 0.8, ev);
    Map<Entity, Set<Entity>> own = InteractionFinder.affiliations(known);
    assertFalse(AppointmentOwners.withinOneSide(named, own));
    assertTrue(AppointmentOwners.withinOneSide(named, InteractionFinder.withBodies(own, known)));
  }

  @Test
  void aPersonJoinedByAPossessiveToTheNextPersonIsInTheList() {
    TestArticles w = world().entity("Lena Holm", EntityType.PERSON, "Lena Holm");
    Set<String> found =
        interactions(
            w.resolve(
                "The statement came after a joint press conference by Valdorian President Ana"
                    + " Ruiz, her Estrellan counterpart Tomas Berg, and Lena Holm."));
    assertTrue(found.contains("Ana Ruiz 04 Tomas Berg"), found.toString());
    assertTrue(found.contains("Ana Ruiz 04 Lena Holm"), found.toString());
    assertTrue(found.contains("Tomas Berg 04 Lena Holm"), found.toString());
  }

  @Test
  void theAgentsOfAJointEventMetEachOther() {
    Set<String> found =
        interactions(
            world().resolve("A joint press conference by Ana Ruiz and Tomas Berg was held."));
    assertTrue(
        found.contains("Ana Ruiz 04 Tomas Berg") || found.contains("Tomas Berg 04 Ana Ruiz"),
        found.toString());
    assertTrue(
        interactions(world().resolve("A press conference by Ana Ruiz was held in Estrella."))
            .isEmpty());
  }

  @Test
  void followingSuitRepeatsThePreviousSentencesAct() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdoria recognised Estrella on Monday. Ana Ruiz and Tomas Berg followed"
                        + " suit."));
    assertTrue(found.contains("Ana Ruiz 05 Estrella"), found.toString());
    assertTrue(found.contains("Tomas Berg 05 Estrella"), found.toString());
    Set<String> none =
        interactions(
            world()
                .resolve(
                    "Valdoria recognised Estrella on Monday. The weather was fine. Ana Ruiz"
                        + " followed suit."));
    assertTrue(!none.contains("Ana Ruiz 05 Estrella"), none.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Valdoria expelled Estrellan diplomats on Tuesday. Estrella promised a painful response.",
        "Valdoria expelled two Estrellan diplomats. Estrella warned it would take countermeasures.",
        "Valdoria imposed sanctions on Estrella. Estrella vowed to retaliate.",
        "Valdoria imposed sanctions on Estrella. Estrella threatened retaliation.",
        "Valdoria imposed sanctions on Estrella. Estrella said it would retaliate.",
        "Valdoria expelled Estrellan diplomats. Estrella promised retaliatory measures."
      })
  void anAnswerThreatenedIsAimedAtWhoActedAgainstTheThreatenerJustBefore(String text) {
    Set<String> found = interactions(world().resolve(text), PARSER);
    assertTrue(found.contains("Estrella 13 Valdoria"), found.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Valdoria imposed sanctions on Estrella. Ana Ruiz vowed to retaliate.",
        "Valdoria imposed sanctions on Estrella. The weather was fine. Estrella vowed to"
            + " retaliate.",
        "Valdoria imposed sanctions on Estrella. Estrella did not threaten retaliation.",
        "Valdoria rejected Estrella's bid. Estrella promised a response to the rejection.",
        "Valdoria praised Estrella. Estrella promised a response.",
        "Valdoria imposed sanctions on Estrella. Estrella would not retaliate."
      })
  void anAnswerThreatenedAfterNoActAgainstTheThreatenerHasNoTarget(String text) {
    Set<String> found = interactions(world().resolve(text), PARSER);
    assertTrue(found.stream().noneMatch(f -> f.contains(" 13 ")), found.toString());
  }

  @Test
  void aSentenceWhoseOnlyActWordIsAMeasureNounIsParsed() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world().resolve("Valdoria announced the closure of its border with Estrella."),
            PARSER));
  }

  @Test
  void declaringAnEnvoyPersonaNonGrataExpelsTheEnvoysCountry() {
    Set<String> found =
        interactions(
            world().resolve("Valdoria declared the Estrellan ambassador persona non grata."));
    assertEquals(Set.of("Valdoria 16 Estrella"), found);
  }

  @Test
  void orderingAnEnvoyToLeaveReducesRelationsWithTheEnvoysCountry() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdoria ordered the Estrellan ambassador to leave the country at once."));
    assertEquals(Set.of("Valdoria 16 Estrella"), found);
  }

  @Test
  void aPersonMeetingATitledPersonMeetsThePersonNotTheirCountry() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz met Estrellan President Tomas Berg on Monday."));
    assertEquals(Set.of("Ana Ruiz 04 Tomas Berg"), found);
  }

  @Test
  void aCountryMeetingATitledPersonAlsoMeetsTheirCountry() {
    Set<String> found =
        interactions(world().resolve("Valdoria met Estrellan President Tomas Berg on Monday."));
    assertEquals(Set.of("Valdoria 04 Tomas Berg", "Valdoria 04 Estrella"), found);
  }

  @Test
  void praiseOfATitledPersonStillReachesTheirCountry() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz praised Estrellan President Tomas Berg on Monday."));
    assertTrue(found.contains("Ana Ruiz 05 Estrella"), found.toString());
  }

  @Test
  void coordinatedSubjectsOfAMutualVerbInteractWithEachOther() {
    Set<String> found =
        interactions(world().resolve("Valdoria and Estrella signed a trade deal on Friday."));
    assertEquals(Set.of("Valdoria 05 Estrella"), found);
  }

  @Test
  void aSentenceThatNamesOnlyAPairIsParsed() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdoria met Estrella on Monday. The two countries agreed to cooperate on"
                        + " security."),
            PARSER);
    assertTrue(found.contains("Valdoria 03 Estrella"), found.toString());
  }

  @Test
  void anActorInAnOpeningPrepositionalPhraseIsNoSubject() {
    TestArticles world = world().entity("Korvia", EntityType.COUNTRY, "Korvia");
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(
            world.resolve("After talks with Korvia, Valdoria and Estrella signed a trade deal.")));
    assertEquals(
        Set.of("Korvia 05 Valdoria", "Korvia 05 Estrella", "Valdoria 05 Estrella"),
        interactions(world.resolve("In 2019, Korvia, Valdoria and Estrella signed a trade deal.")));
  }

  @Test
  void anExchangeOfViewsIsAConsultationNotATrade() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz and Tomas Berg exchanged views on the border."));
    assertEquals(Set.of("Ana Ruiz 04 Tomas Berg"), found);
  }

  @Test
  void agreeingToDoSomethingIsIntentToCooperate() {
    Set<String> found =
        interactions(world().resolve("Valdoria and Estrella agreed to restore relations."));
    assertTrue(found.contains("Valdoria 03 Estrella"), found.toString());
  }

  @Test
  void aPronounSubjectIsTheLastPersonNamed() {
    Set<String> found =
        interactions(
            world().resolve("Ana Ruiz spoke to reporters. Later she criticised Estrella sharply."));
    assertEquals(Set.of("Ana Ruiz 11 Estrella"), found);
  }

  @Test
  void aPronounSubjectPassesOverAPersonOfTheOtherGender() {
    Set<String> found =
        interactions(
            world().resolve("Tomas Berg spoke to Ana Ruiz. Later he criticised Estrella sharply."));
    assertTrue(found.contains("Tomas Berg 11 Estrella"), found.toString());
    assertFalse(found.contains("Ana Ruiz 11 Estrella"), found.toString());
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("Ana Ruiz spoke to reporters. Later he criticised Estrella sharply.")),
        "no man named before");
  }

  @Test
  void nounTriggersTakeTheirOwnerAndPartner() {
    Set<String> found =
        interactions(world().resolve("Valdoria's invasion of Estrella began in spring."));
    assertEquals(Set.of("Valdoria 19 Estrella"), found);
  }

  @Test
  void negatedAndHypotheticalStatementsAreLeftOut() {
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria did not attack Estrella last year.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria would never recognise Estrella.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria would attack Estrella if provoked.")));
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("If provoked, Ana Ruiz said, Valdoria would attack Estrella.")));
  }

  @Test
  void twoActorsJoinedByAHyphenBeforeAnActNounActOnEachOther() {
    assertEquals(
        Set.of("Valdoria 04 Estrella"),
        interactions(world().resolve("Valdoria-Estrella talks resumed on Monday.")));
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(world().resolve("The Valdoria-Estrella trade war escalated.")));
    assertEquals(Set.of(), interactions(world().resolve("Valdoria-Estrella relations were warm.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria - Estrella talks were not held.")));
  }

  @Test
  void aPassiveWithItsDoerAfterByActsOnTheSubject() {
    assertEquals(
        Set.of("Estrella 19 Valdoria"),
        interactions(world().resolve("Valdoria was invaded by Estrella in 1879.")));
    assertEquals(
        Set.of("Estrella 11 Valdoria"),
        interactions(world().resolve("Valdoria was sharply criticised by Estrella.")));
  }

  @Test
  void aPassiveWithItsDoerAfterALaterByActsOnTheSubject() {
    assertEquals(
        Set.of("Estrella 19 Valdoria"),
        interactions(world().resolve("Valdoria was attacked on Monday by Estrella.")));
  }

  @Test
  void aPassiveWithoutByNamesNoDoerAfterIt() {
    TestArticles world =
        world().entity("Court", EntityType.ORGANISATION, "Valdorian Supreme Court");
    assertEquals(
        Set.of(),
        interactions(world.resolve("Ana Ruiz was arrested at the Valdorian Supreme Court.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Ana Ruiz was detained in Estrella on Friday.")));
    // the progressive is active
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(world().resolve("Valdoria is attacking Estrella, the statement said.")));
  }

  @Test
  void whomOnesDeportedOrExpelledFromDeportsOrExpelsOne() {
    assertEquals(
        Set.of("Valdoria 17 Estrella"),
        interactions(
            world()
                .resolve(
                    "Some 90 Estrellan migrants deported from Valdoria arrived in the capital."),
            PARSER));
    assertEquals(
        Set.of("Valdoria 17 Estrella"),
        interactions(
            world().resolve("Estrellan migrants were expelled from Valdoria on Friday."), PARSER));
    // the parser makes "expelled" the root here; repaired, it is a participle of the subject
    assertEquals(
        Set.of("Valdoria 17 Estrella"),
        interactions(
            world()
                .resolve("Estrellan migrants expelled from Valdoria crossed the river on Monday."),
            PARSER));
    // a verb of some other act keeps "from" as a place of leaving
    assertEquals(
        Set.of(),
        interactions(
            world()
                .resolve("Some 90 Estrellan migrants evacuated from Valdoria arrived on Friday."),
            PARSER));
  }

  @Test
  void theParsesDirectionReplacesTheWordOrdersWhenOnlyItsReverseIsRead() {
    ResolvedArticle a = world().resolve("Valdoria and Estrella.");
    Entity v = FoundInteractions.entity(a, "Valdoria");
    Entity e = a.entities().stream().filter(x -> x.label().equals("Estrella")).findFirst().get();
    List<Evidence> ev = List.of(new Evidence(0, new CharSpan(0, 8)));
    Fact.Interaction ve = new Fact.Interaction(v, e, "19", "invade", Optional.empty(), 0.8, ev);
    Fact.Interaction ev2 = new Fact.Interaction(e, v, "19", "invade", Optional.empty(), 0.8, ev);
    Fact.Interaction other = new Fact.Interaction(e, v, "11", "invade", Optional.empty(), 0.8, ev);
    assertTrue(InteractionFinder.reversed(ve, List.of(ev2)));
    assertFalse(InteractionFinder.reversed(ve, List.of(ev2, ve)));
    assertFalse(InteractionFinder.reversed(ve, List.of(other)));
    assertFalse(InteractionFinder.reversed(ve, List.of()));
    // the lemmatiser's slip ("expell") and the parser's lemma are one verb
    Fact.Interaction slip = new Fact.Interaction(v, e, "17", "expell", Optional.empty(), 0.8, ev);
    Fact.Interaction parsed = new Fact.Interaction(e, v, "17", "expel", Optional.empty(), 0.8, ev);
    assertTrue(InteractionFinder.reversed(slip, List.of(parsed)));
  }

  @Test
  void wouldAfterAVerbOfSpeechIsTheFutureOfWhatWasSaid() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz said Valdoria would attack Estrella on Monday."));
    assertTrue(found.contains("Valdoria 19 Estrella"), found.toString());
  }

  @Test
  void mereCoOccurrenceIsNoInteraction() {
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria reported strong growth, unlike Estrella.")));
  }

  @Test
  void aTitleAloneStandsForItsHolderNamedEarlier() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz arrived on Sunday. The Valdorian president and"
                        + " Tomas Berg later signed a partnership."));
    assertTrue(found.contains("Ana Ruiz 05 Tomas Berg"), found.toString());
  }

  @Test
  void aBodyDealingWithTheCountryItIsPartOfIsNoInteraction() {
    TestArticles w =
        new TestArticles()
            .entity("Valdorian Palace", EntityType.ORGANISATION, "Valdorian Palace")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan");
    ResolvedArticle a =
        w.resolve(
            "The Valdorian Palace criticised Valdoria. The Valdorian Palace criticised Estrella.");
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    RelationFinder withBodies =
        new CompositeRelationFinder(List.of(positions, BodyOwners.withoutGazetteer()));
    assertEquals(
        Set.of("Valdorian Palace 11 Valdoria", "Valdorian Palace 11 Estrella"),
        labels(new InteractionFinder(TestArticles.roles(), positions, Capitals.none()).find(a)));
    assertEquals(
        Set.of("Valdorian Palace 11 Estrella"),
        labels(new InteractionFinder(TestArticles.roles(), withBodies, Capitals.none()).find(a)));
  }

  private static Set<String> labels(List<Fact> facts) {
    return facts.stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  @Test
  void oneStatementInTwoSentencesIsOneFactWithTwoEvidences() {
    ResolvedArticle a =
        world()
            .resolve("Valdoria criticised Estrella on Monday. Valdoria criticised Estrella again.");
    List<Fact> facts =
        new InteractionFinder(
                TestArticles.roles(), new PositionFinder(TestArticles.roles()), Capitals.none())
            .find(a);
    assertEquals(1, facts.size());
    assertEquals(2, facts.get(0).evidence().size());
  }

  @Test
  void anActorDescribingACommonNounIsNotItsSubject() {
    assertEquals(
        Set.of(), interactions(world().resolve("Tourists from Valdoria flocked to Estrella.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Protesters in Valdoria attacked Estrella.")));
    assertEquals(
        Set.of("Valdoria 04 Estrella"),
        interactions(world().resolve("A delegation from Valdoria visited Estrella.")));
    // an adjective or a participle read as a verb may stand between "in" and the actor
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("Militants in neighbouring Valdoria being fought by Estrella fled.")));
  }

  @Test
  void anAllyOfAnotherCooperatesWithIt() {
    TestArticles w = world().entity("Ruritania", EntityType.COUNTRY, "Ruritania");
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(w.resolve("Valdoria is a close ally of Estrella.")));
    assertEquals(
        Set.of("Valdoria 05 Estrella", "Ruritania 05 Estrella"),
        interactions(w.resolve("Valdoria and Ruritania are longtime allies of Estrella.")));
    assertEquals(
        Set.of("Estrella 05 Valdoria"),
        interactions(w.resolve("Estrella's ally Valdoria held drills on Monday.")));
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(w.resolve("Valdoria and Estrella are allies.")));
    assertEquals(Set.of(), interactions(w.resolve("Valdoria is a former ally of Estrella.")));
    assertEquals(
        Set.of(), interactions(w.resolve("Ana Ruiz, a close ally of Tomas Berg, resigned.")));
    assertEquals(
        Set.of("Estrella 05 Valdoria"),
        interactions(w.resolve("Estrella's closest ally, Valdoria, held drills on Monday.")));
    TestArticles islands = w.entity("Aster Islands", EntityType.COUNTRY, "Aster Islands");
    assertEquals(
        Set.of("Aster Islands 05 Valdoria"),
        interactions(
            islands.resolve("The Aster Islands' closest ally, Valdoria, held drills on Monday.")));
  }

  @Test
  void aPresentTenseTheTaggerTookForANounIsStillRead() {
    // "condemns" tagged as a noun and left as written: only the parse reads it as the verb
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(world().resolve("Valdoria condemns Estrella's missile launch."), PARSER));
  }

  @Test
  void aPresentTenseTheTaggerTookForANounMayBeginAPhrase() {
    // "restores" tagged as a noun: restore states nothing alone, "restore ... ties with" 05
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(world().resolve("Valdoria restores diplomatic ties with Estrella."), PARSER));
  }

  @Test
  void aGameStatesNoForce() {
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(world().resolve("Valdoria attacked Estrella in the final days of the war.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria beat Estrella 2-1 in the final.")));
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria attacked Estrella in a friendly.")));
    // a cricket or rugby Test, written so; a test in lower case is a weapon's
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria beat Estrella in the second Test at Sydney.")));
    assertEquals(Set.of(), interactions(world().resolve("Valdoria beat Estrella by six wickets.")));
    // "play-off" is three tokens (play / - / off)
    assertEquals(
        Set.of(), interactions(world().resolve("Valdoria attacked Estrella in the play-off.")));
  }

  @Test
  void aCounterpartNamedAfterACommaIsTheOneMet() {
    Set<String> found =
        interactions(
            world()
                .resolve(
                    "Valdorian Foreign Minister Ana Ruiz held talks with her Estrellan"
                        + " counterpart, Tomas Berg, on Monday."));
    assertTrue(found.contains("Ana Ruiz 04 Tomas Berg"), found.toString());
  }

  @Test
  void counterpartsMeetTheirOpposites() {
    Set<String> found =
        interactions(
            new TestArticles()
                .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
                .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
                .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
                .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg")
                .entity("Lina Moss", EntityType.PERSON, "Lina Moss")
                .entity("Eva Lund", EntityType.PERSON, "Eva Lund")
                .resolve(
                    "Valdorian Defence Minister Ana Ruiz and Foreign Minister Tomas Berg held talks"
                        + " with their Estrellan counterparts Lina Moss and Eva Lund."));
    assertTrue(found.contains("Ana Ruiz 04 Lina Moss"), found.toString());
    assertTrue(found.contains("Tomas Berg 04 Eva Lund"), found.toString());
    assertTrue(!found.contains("Ana Ruiz 04 Eva Lund"), found.toString());
  }

  @Test
  void countriesAtLoggerheadsDisapproveOfEachOther() {
    Set<String> found =
        interactions(world().resolve("Valdoria and Estrella are at loggerheads over the islands."));
    assertEquals(Set.of("Valdoria 11 Estrella"), found);
  }

  @Test
  void pastTensesTheLemmatiserMangles() {
    Set<String> found =
        interactions(world().resolve("Valdoria condemned Estrella. Estrella expelled Ana Ruiz."));
    assertTrue(found.contains("Valdoria 11 Estrella"), found.toString());
    assertTrue(found.contains("Estrella 17 Ana Ruiz"), found.toString());
  }

  @Test
  void aDemandFromSomeoneTargetsThem() {
    Set<String> found =
        interactions(
            world().resolve("Valdoria had demanded \"respect\" from Estrella before the vote."));
    assertEquals(Set.of("Valdoria 10 Estrella"), found);
  }

  @Test
  void buyingFromACountryIsMaterialCooperationWithIt() {
    Set<String> found =
        interactions(world().resolve("Valdoria bought 180 tanks from Estrella last year."));
    assertEquals(Set.of("Valdoria 06 Estrella"), found);
  }

  @Test
  void namingAnActorAPartnerCooperatesAndAnEnemyAccuses() {
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(world().resolve("Valdoria will name Estrella a priority partner.")));
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(world().resolve("Valdoria designated Estrella as a strategic ally.")));
    assertEquals(
        Set.of("Valdoria 05 Estrella"),
        interactions(world().resolve("Valdoria granted Estrella strategic partner status.")));
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(world().resolve("Valdoria declared Estrella an enemy state.")));
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(world().resolve("Valdoria recognised Estrella as a threat.")));
    assertEquals(
        Set.of(),
        interactions(world().resolve("Valdoria named Ana Ruiz, a partner at a law firm, envoy.")));
  }

  @Test
  void actorsListedAsExamplesOfTheSubjectAreItsActors() {
    TestArticles w = world().entity("Northern Union", EntityType.ORGANISATION, "Northern Union");
    assertEquals(
        Set.of("Valdoria 11 Northern Union", "Estrella 11 Northern Union"),
        interactions(
            w.resolve(
                "Several countries, including Valdoria and Estrella, oppose the Northern Union.")));
    assertEquals(
        Set.of("Valdoria 11 Northern Union"),
        interactions(w.resolve("Valdoria, like Estrella, criticised the Northern Union.")));
  }

  @Test
  void theHoldersOfAStatusNamedBeforeHaveItFromTheDesignator() {
    TestArticles w =
        world()
            .entity("Ruritania", EntityType.COUNTRY, "Ruritania")
            .entity("Borduria", EntityType.COUNTRY, "Borduria");
    assertEquals(
        Set.of("Valdoria 05 Estrella", "Valdoria 05 Ruritania", "Valdoria 05 Borduria"),
        interactions(
            w.resolve(
                "Valdoria will name Estrella a priority partner. "
                    + "Partners already given that status include Ruritania and Borduria.")));
    assertEquals(
        Set.of(),
        interactions(
            w.resolve("Partners already given that status include Ruritania and Borduria.")));
  }

  @Test
  void twoNamesJoinedByACommaCloseTheAsideBeforeTheVerb() {
    TestArticles world =
        world()
            .entity("3rd Squadron", EntityType.ORGANISATION, "3rd Squadron")
            .entity("9th Regiment", EntityType.ORGANISATION, "9th Regiment");
    Set<String> found =
        interactions(world.resolve("Ruiz, head of 3rd Squadron, 9th Regiment, met Berg."));
    assertEquals(Set.of("Ana Ruiz 04 Tomas Berg"), found);
  }

  @Test
  void aBareTitleStandsForTheOnePersonNamedInSuchAnOffice() {
    assertEquals(
        Set.of("Ana Ruiz 05 Estrella"),
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz arrived on Monday. The president praised"
                        + " Estrella.")));
    assertEquals(
        Set.of(),
        interactions(
            world()
                .resolve(
                    "Valdorian President Ana Ruiz and Estrellan President Tomas Berg arrived."
                        + " The president praised Estrella.")),
        "two presidents: the description names neither");
  }

  @Test
  void aBodyThatAdoptsOrUnveilsSanctionsImposesThem() {
    for (String verb : List.of("adopted", "approved", "introduced", "unveiled", "tightened")) {
      assertEquals(
          Set.of("Valdoria 16 Estrella"),
          interactions(
              world().resolve("Valdoria " + verb + " new sanctions against Estrella."), PARSER),
          verb);
    }
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(world().resolve("Valdoria slapped sanctions on Estrella on Monday."), PARSER));
    for (String verb : List.of("raised", "hiked")) {
      assertEquals(
          Set.of("Valdoria 16 Estrella"),
          interactions(world().resolve("Valdoria " + verb + " tariffs on Estrella."), PARSER),
          verb);
    }
  }

  @Test
  void sanctionsReimposedOrReinstatedAreImposed() {
    for (String verb : List.of("reimposed", "reinstated")) {
      assertEquals(
          Set.of("Valdoria 16 Estrella"),
          interactions(world().resolve("Valdoria " + verb + " sanctions on Estrella."), PARSER),
          verb);
    }
  }

  @Test
  void theExpulsionOfDiplomatsReducesRelationsAsExpellingThemDoes() {
    String text = "Valdoria ordered the expulsion of Estrella's diplomats on Monday.";
    assertEquals(Set.of("Valdoria 16 Estrella"), interactions(world().resolve(text), PARSER));
    assertEquals(
        Set.of("Valdoria 17 Ana Ruiz"),
        interactions(world().resolve("Valdoria ordered the expulsion of Ana Ruiz."), PARSER));
  }

  @Test
  void aPackageOrWaveOfActsNamesTheActs() {
    assertEquals(
        Set.of("Valdoria 16 Estrella"),
        interactions(
            world()
                .resolve(
                    "Valdorian ministers approved a new package of sanctions against Estrella."),
            PARSER));
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(
            world().resolve("Valdoria launched a wave of air strikes on Estrella."), PARSER));
  }

  @Test
  void aLargeNumberOfActsNamesTheActs() {
    Optional<DependencyParser> parser = Optional.of(Nlp4jDependencyParser.standard());
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(
            world().resolve("Valdoria has carried out dozens of strikes on Estrella since May."),
            parser));
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(
            world().resolve("Valdoria has claimed scores of attacks on Estrella this year."),
            parser));
  }

  @Test
  void whatIsSentGoesToTheOneAfterToWhateverThePrepositionsLabel() {
    // the parser labels "to" here "dative", not "prep"
    assertEquals(
        Set.of("Valdoria 07 Estrella"),
        interactions(world().resolve("Valdoria sent more troops to Estrella."), PARSER));
  }

  @Test
  void theLastOfSeveralObjectsBeforeAnInflectedVerbIsThatVerbsSubject() {
    assertEquals(
        Set.of("Valdoria 11 Estrella"),
        interactions(
            world()
                .entity("Ruritania", EntityType.COUNTRY, "Ruritania")
                .resolve("Valdoria condemned Estrella and Ruritania said it would act.")));
  }

  @Test
  void anActorBeforeAModalIsTheSubjectOfItsOwnClauseNotTheObject() {
    assertEquals(
        Set.of("Ana Ruiz 04 Estrella"),
        interactions(
            world().resolve("Valdoria said Ana Ruiz would visit Estrella next month."), PARSER));
    assertFalse(
        interactions(world().resolve("Valdoria said Ana Ruiz would visit Estrella next month."))
            .contains("Valdoria 03 Ana Ruiz"));
  }

  @Test
  void whatIsDiscussedIsTheTopicAndWhomItIsDiscussedWithThePartner() {
    Set<String> found =
        interactions(world().resolve("Ana Ruiz discussed Estrella with Tomas Berg."));
    assertTrue(found.contains("Ana Ruiz 04 Tomas Berg"), found.toString());
    assertFalse(found.contains("Ana Ruiz 04 Estrella"), found.toString());
  }

  @Test
  void whereTheCoercedAreSentIsNotWhomTheyActOn() {
    assertEquals(
        Set.of(),
        interactions(world().resolve("Ana Ruiz was extradited to Estrella on Monday.")),
        "the word-order reading");
    // the handing over is judicial cooperation with where she is sent (ExtraditionsTest)
    assertEquals(
        Set.of("Valdoria 17 Ana Ruiz", "Valdoria 06 Estrella"),
        interactions(
            world().resolve("Ana Ruiz was extradited to Estrella by Valdoria on Monday."), PARSER));
  }

  @Test
  void theSourceOfAReportIsNoPartyToWhatItReports() {
    TestArticles world = world().entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian");
    String text = "According to Sylvania, Valdoria and Estrella held talks on Monday.";
    Set<String> expected = Set.of("Valdoria 04 Estrella");
    assertEquals(expected, interactions(world.resolve(text), PARSER), text);
    assertEquals(expected, interactions(world.resolve(text)), "without a parser: " + text);
  }

  @Test
  void aJointActIsNotHeldWithTheCountryAcrossABorder() {
    String text = "Valdoria and Estrella held joint military drills near the border with Korvia.";
    TestArticles world = world().entity("Korvia", EntityType.COUNTRY, "Korvia");
    Set<String> parsed = interactions(world.resolve(text), PARSER);
    assertTrue(parsed.contains("Valdoria 06 Estrella"), parsed.toString());
    for (Set<String> found : List.of(interactions(world.resolve(text)), parsed)) {
      assertTrue(found.stream().noneMatch(l -> l.contains(" 06 Korvia")), found.toString());
    }
  }

  @Test
  void jointPatrolsAreMilitaryCooperationNotAShowOfForce() {
    for (String text :
        List.of(
            "Valdoria has stepped up joint patrols with Estrella.",
            "Valdoria and Estrella held joint naval patrols on Monday.")) {
      assertEquals(
          Set.of("Valdoria 06 Estrella"), interactions(world().resolve(text), PARSER), text);
    }
  }

  @Test
  void actorsWhoFightAThirdSideAreNoEnemiesOfEachOther() {
    // the word-order reading pairs the subjects of a reciprocal verb; the tree shows one side
    for (String text :
        List.of(
            "Valdoria and Estrella fought the rebels in the north.",
            "Valdoria and Estrella fought against the militants on Monday.")) {
      assertEquals(Set.of(), interactions(world().resolve(text), PARSER), text);
    }
    assertEquals(
        Set.of("Valdoria 06 Estrella"),
        interactions(
            world().resolve("Valdoria and Estrella fought together against the rebels."), PARSER));
    assertEquals(
        Set.of("Valdoria 19 Estrella"),
        interactions(
            world().resolve("Valdoria and Estrella fought a border war in 1998."), PARSER));
  }

  @Test
  void aThreatSaidOfItsSubjectIsADangerNotAWarning() {
    for (String body :
        List.of(
            "Valdoria is a threat to all Estrellans, the minister said.",
            "Valdoria poses a threat to Estrella, the minister said.")) {
      Set<String> found = interactions(world().resolve(body), PARSER);
      assertTrue(found.stream().noneMatch(l -> l.contains(" 13 ")), body + ": " + found);
    }
    Set<String> found =
        interactions(world().resolve("Valdoria's threats against Estrella alarmed us."), PARSER);
    assertTrue(found.contains("Valdoria 13 Estrella"), found.toString());
  }
}
