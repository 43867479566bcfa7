package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** The interaction patterns read off a parse, one invented sentence each. */
class DependencyInteractionFinderTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
        .entity("Ruritania", EntityType.COUNTRY, "Ruritania", "Ruritanian")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Northern Union", EntityType.ORGANISATION, "Northern Union");
  }

  private static Set<String> found(String text) {
    return found(world().resolve(text), Map.of());
  }

  private static Set<String> found(ResolvedArticle article, Map<Entity, Set<Entity>> own) {
    Set<String> out = new TreeSet<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
      DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
      ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree, own);
      for (Fact.Interaction f : new DependencyInteractionFinder(sa, actors, own).find()) {
        out.add(f.source().label() + " " + f.cameo() + " " + f.target().label());
      }
    }
    return out;
  }

  @Test
  void aVerbPairsItsSubjectWithItsObject() {
    assertEquals(Set.of("Jane Doe 04 John Roe"), found("Jane Doe met John Roe in Port Aster."));
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

  @Test
  void aMeasuresPartnerMayStandOneNounDeeper() {
    assertEquals(
        Set.of("Freedonia 08 Sylvania"),
        found("Freedonia lifted its ban on wheat exports to Sylvania on Monday."));
  }

  @Test
  void tariffsAreATradeSanction() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed tariffs on Sylvania on Monday."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonian tariffs on Sylvania hurt growth."));
  }

  @Test
  void aStatesStrikeIsAnAttackNotAWalkout() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian strikes on Sylvania killed ten people."));
    assertEquals(
        Set.of("Northern Union 19 Sylvania"),
        found("The Northern Union carried out strikes against Sylvania."));
    TestArticles world =
        world()
            .known(
                "Aster Workers", EntityType.ORGANISATION, "aster-workers", null, "Aster Workers");
    assertEquals(
        Set.of("Aster Workers 14 Northern Union"),
        found(
            world.resolve("Aster Workers staged a strike against the Northern Union."), Map.of()));
  }

  @Test
  void aReactionToAnAgreementIsTowardItsParties() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 05 Freedonia", "Ruritania 05 Sylvania"),
        found("Freedonia's deal with Sylvania drew praise from Ruritania."));
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 11 Freedonia", "Ruritania 11 Sylvania"),
        found(
            "Freedonia and Sylvania signed an accord on Monday. The accord drew criticism from"
                + " Ruritania."));
  }

  @Test
  void anActTowardAnAgreementIsTowardItsPartner() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia hailed the deal with Sylvania."));
    assertEquals(
        Set.of("Freedonia 12 Sylvania"),
        found("Freedonia rejected the proposed pact with Sylvania on Monday."));
    assertEquals(Set.of(), found("Freedonia hailed the deal on Monday."));
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

  @Test
  void clashesBetweenTwoActorsAreFighting() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Clashes between Freedonia and Sylvania killed ten people on Monday."));
  }

  @Test
  void aWarrantIsAgainstWhomItNames() {
    assertEquals(
        Set.of("Freedonia 17 John Roe"),
        found("Freedonia issued an arrest warrant for John Roe on Monday."));
    assertEquals(
        Set.of("Freedonia 17 Jane Doe", "Freedonia 17 John Roe"),
        found("Freedonia issued arrest warrants for John Roe and Jane Doe."));
  }

  @Test
  void callingAnActorIsATelephoneCallButCallingItSomethingIsNot() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe called John Roe on Tuesday to discuss the crisis."));
    assertEquals(Set.of(), found("Jane Doe called John Roe a liar."));
    assertEquals(Set.of("Jane Doe 02 John Roe"), found("Jane Doe called on John Roe to resign."));
  }

  @Test
  void talksWithAPartnerBeforeTheClauseWereAttendedByItsSubject() {
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found("After talks with Freedonia, Sylvania agreed to buy tanks."));
    assertEquals(
        Set.of("Sylvania 04 Freedonia"),
        found(
            "Following talks with Freedonia's president, Sylvania's prime minister said the talks were good."));
    assertEquals(Set.of(), found("After the talks, Sylvania said it would buy tanks."));
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

  @Test
  void theOwnerOfAnActThatDrewCriticismIsItsTarget() {
    Set<String> found = found("Freedonia's strikes on Port Aster drew condemnation from Sylvania.");
    assertTrue(found.contains("Sylvania 11 Freedonia"), found.toString());
    Set<String> after =
        found(
            "Freedonian air strikes killed dozens in Port Aster, drawing condemnation from Sylvania.");
    assertTrue(after.contains("Sylvania 11 Freedonia"), after.toString());
  }

  @Test
  void fightersStandForTheirArmedGroupButNotForACountry() {
    assertEquals(
        Set.of("Northern Union 19 Freedonia"),
        found("Northern Union rebels attacked Freedonia on Monday."));
    assertEquals(Set.of(), found("Sylvanian rebels attacked Port Aster on Monday."));
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

  @Test
  void weaponsLaunchedAtAnActorFightIt() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia launched 40 drones at Sylvania overnight."));
    assertEquals(Set.of(), found("Freedonia launched a satellite with Sylvania's help."));
  }

  @Test
  void aHyphenedParticipleNamesItsAgent() {
    Set<String> backed = found("Freedonia-backed Northern Union rebels attacked Sylvania.");
    assertTrue(backed.contains("Freedonia 05 Northern Union"), backed.toString());
    assertTrue(backed.contains("Northern Union 19 Sylvania"), backed.toString());
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("The Freedonia-led coalition struck Sylvania."));
  }

  @Test
  void anObjectPredicateWithoutAnObjectIsTheObject() {
    // the parser reads "Sylvania's president" as an object predicate ("oprd") of "called"
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia's prime minister called Sylvania's president on Monday."));
    assertEquals(Set.of(), found("Freedonia's prime minister called Sylvania's president a liar."));
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
  void aVisitInATimeAdverbialIsTheMainSubjects() {
    Set<String> found =
        found(
            "Last week during a visit to Sylvania, Freedonian President Jane Doe said both"
                + " countries were finalising a defence agreement.");
    assertTrue(found.contains("Jane Doe 04 Sylvania"), found.toString());
  }

  @Test
  void anObliqueObjectIsThePartner() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia spoke with Sylvania on Monday."));
  }

  @Test
  void thePassiveAgentIsTheDoer() {
    assertEquals(
        Set.of("Sylvania 11 Freedonia"), found("Freedonia was sharply criticised by Sylvania."));
  }

  @Test
  void coordinatedSubjectsOfAMutualVerbAllPairUp() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Freedonia 05 Ruritania", "Sylvania 05 Ruritania"),
        found("Freedonia, Sylvania and Ruritania signed the accord on Friday."));
  }

  @Test
  void coordinatedObjectsEachPairWithTheSubject() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania", "Freedonia 11 Ruritania"),
        found("Freedonia condemned Sylvania and Ruritania."));
  }

  @Test
  void aNounTakesItsOwnerAndPartner() {
    assertEquals(
        Set.of("Jane Doe 04 Sylvania"), found("Jane Doe's visit to Sylvania lasted two days."));
  }

  @Test
  void talksBetweenTwoActorsPairThem() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("The talks between Freedonia and Sylvania ended without result."));
  }

  @Test
  void aLightVerbGivesItsNounTheSubject() {
    Set<String> f = found("Freedonia held talks with Sylvania on Monday.");
    assertEquals(Set.of("Freedonia 04 Sylvania"), f);
  }

  @Test
  void aidPledgedToAnActorIsTheSubjectsIntentToGiveIt() {
    assertEquals(Set.of("Freedonia 03 Sylvania"), found("Freedonia pledged aid to Sylvania."));
  }

  @Test
  void sanctionsImposedByAnActorAreItsOwn() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("The sanctions imposed by Freedonia on Sylvania took effect in May."));
  }

  @Test
  void criticismThatAnActorDrawsTargetsIt() {
    assertEquals(Set.of("Sylvania 11 Freedonia"), found("Freedonia drew criticism from Sylvania."));
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

  @Test
  void whatIsExchangedMakesTheAct() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia and Sylvania exchanged fire overnight."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"),
        found("Freedonia and Sylvania exchanged accusations on Monday."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia and Sylvania exchanged views on trade."));
  }

  @Test
  void itReportedByACountryIsThatCountry() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia announced it had imposed sanctions on Sylvania."));
    assertEquals(Set.of(), found("Jane Doe said it had imposed sanctions on Sylvania."));
  }

  @Test
  void aCountrysAmbassadorStandsForIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia summoned Sylvania's ambassador."));
  }

  @Test
  void whoseOpensASubjectOwnedByTheNounItModifies() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia, whose troops attacked Sylvania last year, denied the claims."));
    assertEquals(
        Set.of(), found("The treaty, whose terms angered Sylvania, was signed in Port Aster."));
  }

  @Test
  void whoChairsTalksTakesPartInThem() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("The talks between Freedonia and Sylvania were chaired by Ruritania."));
  }

  @Test
  void whoHostsTalksTakesPartInThem() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania hosted talks between Freedonia and Sylvania."));
  }

  @Test
  void whoMeetForTalksHostedByAThirdAllTakePart() {
    Set<String> f =
        found(
            "The call came after Jane Doe and John Roe met in Port Aster for talks hosted by"
                + " Ruritania.");
    assertTrue(f.contains("Jane Doe 04 John Roe"), f.toString());
    assertTrue(f.contains("Ruritania 04 Jane Doe"), f.toString());
    assertTrue(f.contains("Ruritania 04 John Roe"), f.toString());
  }

  @Test
  void collectiveNounsStandForTheirCountry() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonian officials met the Sylvanian delegation in Port Aster."));
  }

  @Test
  void aTitledPersonIsNotPairedWithTheirOwnOrTheOtherSidesCountry() {
    Set<String> f = found("Freedonian President Jane Doe met Sylvanian President John Roe.");
    assertEquals(Set.of("Jane Doe 04 John Roe"), f);
  }

  @Test
  void aPersonIsNotPairedWithABodyTheyHoldAPositionIn() {
    TestArticles w = world();
    ResolvedArticle a = w.resolve("Jane Doe praised Freedonia and Sylvania.");
    Entity doe = entity(a, "Jane Doe");
    Entity freedonia = entity(a, "Freedonia");
    assertEquals(Set.of("Jane Doe 05 Sylvania"), found(a, Map.of(doe, Set.of(freedonia))));
  }

  @Test
  void anIdiomAfterTheObjectAndItsPrepositionsStatesTheAct() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found(
            "Freedonia declared Sylvania's ambassador to Ruritania persona non grata on Monday."));
    assertEquals(
        Set.of(),
        found("Freedonia declared Sylvania's ambassador to Ruritania a friend on Monday."));
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

  @Test
  void hisCountryIsTheCountryThePhraseOfTheReporterNames() {
    assertEquals(
        Set.of("Freedonia 07 Sylvania"),
        found("Freedonia's top diplomat John Roe said his country had sent aid to Sylvania."));
    assertEquals(
        Set.of("Freedonia 07 Sylvania"),
        found("Freedonia said its government had sent aid to Sylvania."));
  }

  @Test
  void aPronounPassesOverAPersonOfTheOtherGender() {
    Set<String> found =
        found("Jane Doe met John Roe in Port Aster. Freedonia later invited her to talks.");
    assertTrue(found.stream().anyMatch(f -> f.matches("Freedonia \\d+ Jane Doe")), found::toString);
    assertTrue(
        found.stream().noneMatch(f -> f.matches("Freedonia \\d+ John Roe")), found::toString);
  }

  @Test
  void aRelationalObjectMakesCoordinatedSubjectsActOnEachOther() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Freedonia and Sylvania restored diplomatic relations on Monday."));
    assertEquals(Set.of("Freedonia 16 Sylvania"), found("Freedonia and Sylvania severed ties."));
    assertEquals(Set.of(), found("Freedonia and Sylvania have close ties."));
  }

  @Test
  void theWeaponOfAStrikeMakesItForceWhereAStrikeAloneIsAProtest() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia launched a missile strike on Sylvania."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia carried out airstrikes on Sylvania."));
  }

  @Test
  void theDoerOfARequestOrADeedIsWhomAVerbOnItIsAimedAt() {
    assertEquals(
        Set.of("Freedonia 12 Sylvania"), found("Freedonia rejected a request from Sylvania."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia condemned the remarks from Sylvania."));
    assertEquals(Set.of(), found("Freedonia rejected the remarks from Tuesday."));
  }

  @Test
  void aStatesSoldiersAndPoliceStandForIt() {
    assertEquals(
        Set.of("Freedonia 17 Sylvania"),
        found("Freedonia arrested three Sylvanian soldiers near the border."));
    assertEquals(
        Set.of("Freedonia 17 Sylvania"), found("Freedonian police detained Sylvania's envoy."));
  }

  @Test
  void aNounPredicatedOfAnActorStandsForIt() {
    assertEquals(
        Set.of("John Roe 04 Jane Doe"),
        found("Jane Doe became the first envoy received by President John Roe."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("Jane Doe is the minister who met John Roe."));
  }

  @Test
  void onAfterTheObjectOfAReciprocalVerbOrAConsultationIsTheTopic() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia and Sylvania exchanged views on Ruritania."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia held talks on Ruritania with Sylvania."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed sanctions on Sylvania."));
  }

  @Test
  void atAfterAHostileVerbNamesItsTarget() {
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia fired rockets at Sylvania."));
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia lashed out at Sylvania on Monday."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"), found("Freedonia met Sylvania at the Northern Union."));
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
  void negatedStatementsAreLeftOut() {
    assertEquals(Set.of(), found("Freedonia did not attack Sylvania last year."));
  }

  @Test
  void aNounsPartnerMayFollowFor() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Jane Doe reaffirmed Freedonia's support for Sylvania."));
  }

  @Test
  void anExchangeOfViewsIsAConsultation() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("Jane Doe and John Roe exchanged views on trade."));
  }

  @Test
  void aQuotationThatOpensAtTheVerbQuotesTheReportedPredicate() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("The ministry said Jane Doe and John Roe \u201cexchanged views on trade.\u201d"));
    assertEquals(Set.of(), found("Jane Doe said \u201cFreedonia will meet Sylvania soon.\u201d"));
  }

  @Test
  void anInfinitiveAfterANounHasTheNounsOwnerAsSubject() {
    // praising Freedonian efforts praises Freedonia, as "Freedonia's efforts" would
    assertEquals(
        Set.of("Freedonia 19 Sylvania", "Jane Doe 05 Freedonia"),
        found("Jane Doe praised Freedonian efforts to defeat Sylvania."));
  }

  @Test
  void aGerundAfterToOrInHasTheClausesSubject() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia is committed to supporting Sylvania."));
    assertEquals(Set.of(), found("Freedonia warned against attacking Sylvania."));
  }

  @Test
  void theOwnerOfAnObjectThatNamesNoActorIsTheTarget() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia condemned Sylvania's decision."));
  }

  @Test
  void whoeverOneJoinsForTalksTakesPart() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe joined John Roe and other partners in Port Aster for talks on trade."));
  }

  @Test
  void anUnownedActAfterInBelongsToTheVerbsSubjectAndObject() {
    Set<String> f = found("Freedonia backed Sylvania in the fight against Ruritania.");
    assertTrue(f.contains("Freedonia 19 Ruritania"), f.toString());
    assertTrue(f.contains("Sylvania 19 Ruritania"), f.toString());
    assertEquals(
        Set.of(), found("Jane Doe said in an interview with Freedonia that she was ready."));
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
  void receivingAnActorIsHostingAVisit() {
    assertEquals(Set.of("Freedonia 04 John Roe"), found("Freedonia received John Roe on Monday."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("John Roe was received by Jane Doe in Port Aster."));
    assertEquals(Set.of(), found("Freedonia received a letter on Monday."));
  }

  @Test
  void anInfinitiveOnAPredicateNounHasTheCopulasSubject() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Freedonia was the first country to recognise Sylvania."));
  }

  @Test
  void beingOnAVisitIsTakingPartInIt() {
    assertEquals(
        Set.of("Jane Doe 04 Freedonia", "Jane Doe 04 Sylvania"),
        found("Jane Doe is on a three-day trip to Freedonia and Sylvania to discuss trade."));
  }

  @Test
  void aVerbThatRestatesAnActGivesTheActItsSubject() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia reiterated its support for Sylvania."));
  }

  @Test
  void aLightVerbOverAnActNounAddsNoCategoryOfItsOwn() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed sanctions on Sylvania."));
  }

  @Test
  void anActOfCooperationOnlyIntendedIsAnIntent() {
    assertEquals(
        Set.of("Jane Doe 03 Sylvania"),
        found("Jane Doe has been trying to increase cooperation with Sylvania on trade."));
    assertEquals(Set.of("Freedonia 03 Sylvania"), found("Freedonia plans to visit Sylvania."));
  }

  @Test
  void anActAgreedToIsTheActAndTheIntentToDoIt() {
    assertEquals(
        Set.of("Freedonia 03 Sylvania", "Freedonia 07 Sylvania"),
        found("Freedonia agreed to send fighter jets to Sylvania."));
  }

  @Test
  void theOneSupportedInAFightFightsToo() {
    Set<String> f =
        found("Jane Doe reiterated support for Freedonia in the fight against Sylvania.");
    assertTrue(f.contains("Freedonia 19 Sylvania"), f.toString());
    Set<String> g =
        found(
            "Ruritania remains steadfast in its support of Freedonia in their fight against"
                + " Sylvania.");
    assertTrue(g.contains("Freedonia 19 Sylvania"), g.toString());
    assertTrue(g.contains("Ruritania 05 Freedonia"), g.toString());
  }

  @Test
  void whoConvenesAMeetingTakesPartWithItsAttendees() {
    Set<String> f = found("Jane Doe went to Port Aster to attend talks under the Northern Union.");
    assertTrue(f.contains("Jane Doe 04 Northern Union"), f.toString());
  }

  @Test
  void theOwnersOfAJointActActWithEachOther() {
    Set<String> f = found("Freedonia and Sylvania held a joint news conference with Ruritania.");
    assertTrue(f.contains("Freedonia 04 Sylvania"), f.toString());
    assertTrue(f.contains("Freedonia 04 Ruritania"), f.toString());
  }

  @Test
  void anUnownedEffortAfterInIsTheVerbsSubjectAndObjects() {
    Set<String> f = found("Ruritania supported Freedonia in its efforts to defeat Sylvania.");
    assertTrue(f.contains("Freedonia 19 Sylvania"), f.toString());
    assertTrue(f.contains("Ruritania 19 Sylvania"), f.toString());
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

  @Test
  void theObjectOfAVerbThatStatesNothingAloneGivesTheCategory() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia recalled its ambassador from Sylvania."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia severed diplomatic ties with Sylvania."));
  }

  @Test
  void anOfficeHolderInAnotherCountryVisitsIt() {
    assertEquals(
        Set.of("John Roe 04 Sylvania"),
        found("Freedonian President John Roe arrived in Sylvania on Monday."));
    assertEquals(
        Set.of("John Roe 04 Sylvania"),
        found("Freedonian President John Roe was in Port Aster, Sylvania, to attend a summit."));
  }

  @Test
  void aStatesWeaponsActForIt() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonian missiles hit Sylvania overnight."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonian jets bombed Sylvania."));
  }

  @Test
  void aTripToCoordinatedCountriesVisitsEach() {
    assertEquals(
        Set.of("John Roe 04 Sylvania", "John Roe 04 Ruritania"),
        found("Freedonian President John Roe will travel to Sylvania and Ruritania next week."));
  }

  @Test
  void aCountrysOfficialsNamedByTitleVisitForIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia's prime minister arrived in Sylvania on Monday."));
    assertEquals(Set.of(), found("Freedonian troops arrived in Sylvania on Monday."));
    assertEquals(Set.of(), found("Freedonia's prime minister arrived in Freedonia on Monday."));
  }

  @Test
  void beingSomewhereIsNoVisitWithoutAnOfficeElsewhere() {
    assertEquals(Set.of(), found("John Roe was in Sylvania last week."));
    assertEquals(Set.of(), found("Freedonian President John Roe was in Freedonia on Monday."));
  }

  @Test
  void theComplementOfAPassiveHasThePassivesSubject() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"), found("Jane Doe is expected to meet John Roe in May."));
    assertEquals(
        Set.of("Jane Doe 04 Sylvania"),
        found("Jane Doe is scheduled to visit Sylvania next week."));
  }

  @Test
  void whatIsTakenFromAnActorTargetsIt() {
    assertEquals(
        Set.of("Freedonia 17 Sylvania"), found("Freedonia seized the island from Sylvania."));
  }

  @Test
  void anActThatIsOnlyThreatenedIsAThreat() {
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia threatened to impose sanctions on Sylvania."));
  }

  @Test
  void theAgentOfTheObjectActIsTheTarget() {
    Set<String> f = found("Freedonia condemned the attack on Ruritania by Sylvania.");
    assertTrue(f.contains("Freedonia 11 Sylvania"), f.toString());
    assertTrue(f.contains("Sylvania 19 Ruritania"), f.toString());
  }

  @Test
  void actorsInAStateOfConflictActOnEachOther() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia and Sylvania have been at war since May."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia is at war with Sylvania."));
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

  @Test
  void aStatesMediatorsAndDelegationsStandForIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania"),
        found("Freedonian mediators brokered a truce between Sylvania and Ruritania."));
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania hosted a meeting between Freedonian and Sylvanian delegations."));
  }

  @Test
  void anActorHyphenatedToAParticipleOfGoodOfficesMediatesBetweenTheSides() {
    assertEquals(
        Set.of("Ruritania 04 Freedonia", "Ruritania 04 Sylvania", "Freedonia 04 Sylvania"),
        found("Ruritania-mediated talks between Freedonia and Sylvania resumed."));
    Set<String> f = found("Freedonia and Sylvania agreed to a Ruritania-brokered truce.");
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    assertTrue(f.contains("Ruritania 04 Sylvania"), f.toString());
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
  void whoAttendsAnOrganisationsMeetingTakesPartWithIt() {
    assertEquals(
        Set.of("John Roe 04 Northern Union"),
        found("John Roe took part in the Northern Union summit."));
    assertEquals(
        Set.of("John Roe 04 Northern Union"),
        found("John Roe spoke at the Northern Union summit in Port Aster."));
    assertEquals(
        Set.of("Jane Doe 04 Northern Union"),
        found("Jane Doe travelled to Port Aster for the Northern Union summit."));
  }

  @Test
  void aParticipleOfHostingMayCarryTheMeetingsSides() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found("Talks hosted by Freedonia between Sylvania and Ruritania ended on Monday."));
  }

  @Test
  void takingPartInAnActIsNoMediation() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia joined the sanctions against Sylvania."));
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
  void whoMeetOnTheSidelinesOfAnOrganisationsSummitAttendIt() {
    Set<String> f =
        found("Jane Doe met John Roe on the sidelines of the Northern Union summit in Port Aster.");
    assertEquals(
        Set.of("Jane Doe 04 John Roe", "Jane Doe 04 Northern Union", "John Roe 04 Northern Union"),
        f);
  }

  @Test
  void whoHostsAnEventForAnActorHostsIt() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia hosted a dinner for the Sylvanian delegation."));
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

  @Test
  void thoseWhoAnnounceAJointPlanIntendToCooperate() {
    assertEquals(
        Set.of("Freedonia 03 Sylvania", "Freedonia 03 Ruritania", "Sylvania 03 Ruritania"),
        found("Freedonia, Sylvania and Ruritania announced a joint plan to build a pipeline."));
    assertEquals(
        Set.of("Freedonia 03 Sylvania"),
        found("Freedonia and Sylvania began a joint study of the river."));
    assertEquals(Set.of(), found("Freedonia and Sylvania announced a plan to build a pipeline."));
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

  @Test
  void theOwnerOfANounThatNamesNoActIsNoSideOfWhatAThirdHosts() {
    assertEquals(Set.of(), found("Sylvanian Radio is a Freedonian talk show hosted by John Roe."));
  }

  @Test
  void twoOfficeHoldersOfOneCountryAreOneSide() {
    Set<String> f =
        found(
            "Freedonian President Jane Doe and Freedonian Foreign Minister John Roe hosted talks"
                + " with Ruritania.");
    assertTrue(f.contains("Jane Doe 04 Ruritania"), f.toString());
    assertTrue(f.contains("John Roe 04 Ruritania"), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.contains("Jane Doe 04 John Roe")), f.toString());
  }

  @Test
  void aForumOrTheSeatOfAnOrganisationStandsForMeetingIt() {
    assertEquals(
        Set.of("John Roe 04 Northern Union"), found("John Roe spoke at the Northern Union forum."));
    assertEquals(
        Set.of("Jane Doe 04 Northern Union"),
        found("Jane Doe visited the Northern Union headquarters in Port Aster."));
  }

  @Test
  void anOfficeHolderWhoMeetsSomeoneInAnotherCountryVisitsIt() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe", "Jane Doe 04 Sylvania"),
        found("Freedonian President Jane Doe met John Roe in Sylvania on Monday."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Freedonian President Jane Doe met John Roe in Freedonia on Monday."));
  }

  @Test
  void theTopicOfAConsultationIsNoPlaceItWasHeld() {
    assertEquals(
        Set.of("Freedonia 04 John Roe"),
        found(
            "The Freedonian chancellor telephoned President John Roe on Monday to discuss the"
                + " situation in Sylvania."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("The Freedonian president held talks in Sylvania on Monday."));
  }

  @Test
  void aPassiveDesignationHasItsAgentAfterThePredicate() {
    assertEquals(
        Set.of("Sylvania 05 Freedonia"),
        found("Freedonia was designated a strategic partner by Sylvania."));
  }

  @Test
  void anAnnouncedRetaliationOrConditionalActOfForceIsAThreat() {
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia said it would respond if Sylvania went ahead."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia warned that it would retaliate against Sylvania."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"), found("Freedonia vowed to retaliate against Sylvania."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia said it would impose sanctions on Sylvania if it went ahead."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia retaliated against Sylvania."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Sylvania was threatened with sanctions by Freedonia."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia has threatened retaliation against Sylvania."));
    assertTrue(
        found("Freedonia's threat to cut ties with Sylvania alarmed Ruritania.")
            .contains("Freedonia 13 Sylvania"));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia promised to retaliate if Sylvania expelled its diplomats."));
    assertEquals(
        Set.of("Freedonia 13 Sylvania"),
        found("Freedonia warned that Sylvania would face consequences if it went ahead."));
  }

  @Test
  void aReplyNegationOrMereProspectIsNoThreat() {
    assertEquals(Set.of(), found("Freedonia will respond to Sylvania next week."));
    assertEquals(Set.of(), found("Freedonia said it would not retaliate against Sylvania."));
    assertEquals(Set.of(), found("Freedonia said it could retaliate if Sylvania went ahead."));
    assertEquals(Set.of(), found("Freedonia would meet Sylvania if the talks went ahead."));
    assertEquals(Set.of(), found("Freedonia said Sylvania would face consequences."));
    assertEquals(
        Set.of(),
        found("Freedonia said it would respond to Sylvania's offer if Ruritania agreed."));
  }

  @Test
  void anActAimedAtWhatAnActorOwnsIsAimedAtTheActor() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia voiced support for Sylvania's bid."));
    assertEquals(
        Set.of("Freedonia 11 Northern Union"),
        found("Freedonia reiterated its opposition to the Northern Union's plan."));
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("Jane Doe held talks on Sylvania's future with John Roe."));
  }

  @Test
  void anActOnPeopleOrThingsACountryAdjectiveOwnsIsAimedAtThatCountry() {
    assertEquals(
        Set.of("Freedonia 08 Sylvania"), found("Freedonia released two Sylvanian fishermen."));
    assertEquals(
        Set.of("Freedonia 17 Sylvania"), found("Freedonia arrested three Sylvanian nationals."));
    assertEquals(Set.of(), found("Freedonia discussed Sylvanian debt relief."));
  }

  @Test
  void aVerbWhoseObjectNamesTheMeasureIsAimedAtWhomTheObjectsPrepositionNames() {
    assertEquals(Set.of("Freedonia 16 Sylvania"), found("Freedonia banned imports from Sylvania."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia suspended trade with Sylvania."));
    assertEquals(Set.of("Freedonia 08 Sylvania"), found("Freedonia resumed flights to Sylvania."));
    assertEquals(
        Set.of("Freedonia 08 Sylvania"), found("Freedonia eased travel restrictions on Sylvania."));
    assertEquals(Set.of("Freedonia 16 Sylvania"), found("Freedonia froze Sylvanian assets."));
    assertEquals(
        Set.of("Freedonia 07 Sylvania"), found("Freedonia sent rescue teams to Sylvania."));
    assertEquals(
        Set.of("Freedonia 09 Sylvania"),
        found("Freedonia opened an investigation into Sylvania's role in the attack."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia sank a Sylvanian fishing boat."));
    assertEquals(
        Set.of("Freedonia 17 Sylvania"),
        found("Freedonia closed its airspace to Sylvanian aircraft."));
  }

  @Test
  void aMissionAbroadADemandedClauseAndACountedGroupNameTheTarget() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia closed its embassy in Sylvania."));
    assertEquals(Set.of(), found("Freedonia closed its factory in Sylvania."));
    assertEquals(
        Set.of("Freedonia 08 Sylvania"), found("Freedonia lifted its ban on Sylvanian beef."));
    assertEquals(
        Set.of("Freedonia 10 Sylvania"),
        found("Freedonia demanded that Sylvania pay compensation."));
    assertEquals(Set.of(), found("Freedonia said that Sylvania would pay compensation."));
    assertEquals(
        Set.of("Freedonia 17 Sylvania"),
        found("Freedonia deported hundreds of Sylvanian migrants."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia shot down a Sylvanian drone."));
  }

  @Test
  void theSubjectsOwnForcesAreMovedTowardOrAwayFromWhomThePrepositionNames() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia withdrew its troops from Sylvania."));
    assertEquals(
        Set.of("Freedonia 15 Sylvania"), found("Freedonia mobilised its army against Sylvania."));
    assertEquals(Set.of(), found("Freedonia praised its troops for their courage."));
  }

  @Test
  void newWordsForEverydayEvents() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia downgraded diplomatic relations with Sylvania."));
    assertEquals(
        Set.of("Freedonia 18 Sylvania"), found("Freedonia launched a cyberattack on Sylvania."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia carried out airstrikes on Sylvanian territory."));
  }

  @Test
  void troopsShownAtABorderAreAShowOfForceToTheCountryAcrossIt() {
    assertEquals(
        Set.of("Freedonia 15 Sylvania"),
        found("Freedonia deployed troops to the border with Sylvania."));
    assertEquals(
        Set.of("Freedonia 15 Sylvania"), found("Freedonia massed troops on the Sylvanian border."));
    assertEquals(Set.of(), found("Freedonia deployed troops to the border."));
  }

  @Test
  void aNounOfStanceSaidOfAnActorIsItsStanceTowardWhatFollowsOf() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania", "Freedonia 04 Ruritania"),
        found("Freedonia, a critic of Sylvania, met Ruritania."));
    assertEquals(
        Set.of("Freedonia 11 Northern Union"),
        found("Freedonia remains a staunch opponent of the Northern Union's plan."));
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 05 Sylvania"),
        found("Freedonia and Ruritania are among the strongest backers of Sylvania's accord."));
    assertEquals(Set.of(), found("Freedonia is not a critic of Sylvania."));
    assertEquals(
        Set.of(), found("Jane Doe, an opponent of John Roe in the election, spoke on Monday."));
  }

  @Test
  void aHostileActIntoACountryOrItsPlaceIsAimedAtTheCountry() {
    TestArticles world = world().entity("Red Brigade", EntityType.ORGANISATION, "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Sylvania"),
        found(world.resolve("The Red Brigade fired rockets into Sylvania."), Map.of()));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("Freedonia fired rockets into Sylvania's north."));
  }

  @Test
  void anAttackThatAVerbOfForceSaysStruckAPossessionReachesItsOwner() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonian strikes destroyed Sylvanian energy facilities."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"), found("The attacks by Freedonia hit Sylvania's capital."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia's talks with Sylvania damaged Ruritania's interests."));
  }

  @Test
  void aidToACountrysPossessionReachesTheCountryButNotItsOpponents() {
    assertEquals(
        Set.of("Freedonia 07 Sylvania"), found("Freedonia sent aid to Sylvanian hospitals."));
    assertEquals(Set.of(), found("Freedonia provided aid to the Sylvanian opposition."));
    assertEquals(Set.of(), found("Freedonia sent weapons to Sylvanian rebels."));
    assertEquals(Set.of(), found("Freedonia imposed sanctions on Sylvanian protesters."));
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
  void theTargetTheParserHangsOnTheAgentOfAHostileActIsItsTarget() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve(
                "Air strikes by the Freedonia-led coalition on Red Brigade positions killed 12"
                    + " people."),
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
  void anOffensiveIsForceButACharmOffensiveIsNot() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Freedonia 19 Red Brigade"),
        found(
            world.resolve("Freedonia's offensive against the Red Brigade entered its third month."),
            Map.of()));
    assertEquals(Set.of(), found("Freedonia's charm offensive against Sylvania failed."));
  }

  @Test
  void drillsHeldNearACountryShowForceToIt() {
    assertEquals(
        Set.of("Freedonia 15 Sylvania"), found("Freedonia held military drills near Sylvania."));
    assertEquals(
        Set.of("Freedonia 15 Sylvania"),
        found("Freedonia staged naval exercises off the coast of Sylvania on Monday."));
    assertEquals(
        Set.of("Freedonia 06 Sylvania"), found("Freedonia held joint drills with Sylvania."));
  }

  @Test
  void whoClaimsAnAttackCarriedItOut() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of("Red Brigade 19 Freedonia"),
        found(
            world.resolve(
                "The Red Brigade claimed responsibility for the attack on the Freedonian base."),
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

  @Test
  void aParticipleRightAfterACommonNounObjectDescribesIt() {
    assertEquals(
        Set.of(),
        found(
            "Freedonian police fired tear gas at protesters supporting opposition leader Jane Doe."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia shelled Sylvania, killing twelve soldiers."));
  }

  @Test
  void anActDeniedDidNotHappen() {
    TestArticles world = world().armed("Red Brigade", "Red Brigade");
    assertEquals(
        Set.of(), found(world.resolve("Freedonia denied backing the Red Brigade."), Map.of()));
    assertEquals(
        Set.of(),
        found(world.resolve("Freedonia denied that it backed the Red Brigade."), Map.of()));
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

  @Test
  void aWeaponFiredOverACountryShowsForceTowardIt() {
    assertEquals(
        Set.of("Freedonia 15 Sylvania"), found("Freedonia fired a missile over Sylvania."));
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia fired missiles at Sylvania over the weekend."));
  }

  @Test
  void aSanctionOnACountrysPossessionAfterALightVerbReachesTheCountry() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia imposed sanctions on Sylvania's oil sector."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed sanctions on Sylvanian banks."));
    assertEquals(Set.of(), found("Freedonia held talks on Sylvania's future."));
  }

  @Test
  void aPassiveParticipleOfAttendingAfterACommaDescribesTheMeetingBeforeIt() {
    assertEquals(
        Set.of("Freedonia 04 Jane Doe", "Freedonia 04 John Roe", "Jane Doe 04 John Roe"),
        found("Freedonia hosted a summit of regional leaders, attended by Jane Doe and John Roe."));
  }

  @Test
  void coordinatedVerbsOfTakingPartShareTheirMeeting() {
    assertEquals(
        Set.of("Freedonia 04 Jane Doe"),
        found("The summit was hosted by Freedonia and attended by Jane Doe."));
  }

  @Test
  void whoPlaysHostToAVisitorHostsThem() {
    assertEquals(Set.of("Freedonia 04 Jane Doe"), found("Freedonia played host to Jane Doe."));
    assertEquals(Set.of(), found("Sylvania played a key role in the talks."));
  }

  @Test
  void whoWelcomesAVisitHostsTheVisitor() {
    assertEquals(
        Set.of("Freedonia 04 Jane Doe"), found("Freedonia welcomed the visit of Jane Doe."));
    Set<String> elsewhere = found("Freedonia welcomed Jane Doe's visit to Sylvania.");
    assertTrue(!elsewhere.contains("Freedonia 04 Jane Doe"), elsewhere.toString());
    Set<String> others = found("Freedonia welcomed the talks between Sylvania and Ruritania.");
    assertTrue(others.stream().noneMatch(f -> f.startsWith("Freedonia 04")), others.toString());
    Set<String> meeting = found("Freedonia welcomed the meeting of Sylvania and Ruritania.");
    assertTrue(meeting.stream().noneMatch(f -> f.startsWith("Freedonia 04")), meeting.toString());
  }

  private static Entity entity(ResolvedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aRoundOfTalksIsTalks() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia and Sylvania held a new round of talks in Port Aster."));
  }

  @Test
  void theRulersInAStateStandForIt() {
    assertEquals(
        Set.of("Freedonia 02 Sylvania"),
        found("Freedonia called on the junta in Sylvania to release the prisoners."));
    assertEquals(Set.of(), found("Freedonia deployed troops in Sylvania."));
  }

  @Test
  void aBlocThatSuspendsAMemberReducesRelations() {
    assertEquals(
        Set.of("Northern Union 16 Sylvania"), found("The Northern Union suspended Sylvania."));
  }

  @Test
  void tradedAccusationsAreExchangedAccusations() {
    assertEquals(
        Set.of("Freedonia 11 Sylvania"), found("Freedonia and Sylvania traded accusations."));
  }
}
