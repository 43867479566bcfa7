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
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Transfers of aid (CAMEO 07) and offers of it (03) read off a parse, one sentence each. */
class TransfersTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Chile", EntityType.COUNTRY, "Chile", "Chilean")
        .entity("Peru", EntityType.COUNTRY, "Peru", "Peruvian")
        .entity("Bolivia", EntityType.COUNTRY, "Bolivia", "Bolivian")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .entity("Relief Agency", EntityType.ORGANISATION, "Relief Agency");
  }

  /** What the parse reading finds, as "source cameo target". */
  private static Set<String> found(String text) {
    ResolvedArticle article = world().resolve(text);
    Set<String> out = new TreeSet<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
      DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
      ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree);
      for (Fact.Interaction f : new DependencyInteractionFinder(sa, actors, Map.of()).find()) {
        out.add(f.source().label() + " " + f.cameo() + " " + f.target().label());
      }
    }
    return out;
  }

  /** What the whole finder (word order and parse, merged) finds. */
  private static Set<String> merged(String text) {
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    InteractionFinder finder =
        new InteractionFinder(
            TestArticles.roles(),
            positions,
            Capitals.none(),
            Optional.of(Nlp4jDependencyParser.standard()));
    return finder.find(world().resolve(text)).stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aidToPeopleInACountryGoesToThatCountry() {
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile delivered food aid to flood victims in Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile sent medicine to displaced families in Peru."));
    assertEquals(Set.of(), merged("Chile sent medicine to displaced families in Lima."));
  }

  @Test
  void aVehicleSentWithAidGivesTheAidItCarries() {
    assertEquals(
        Set.of("Chile 07 Peru"),
        merged("Chile sent two planes carrying humanitarian aid to Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile dispatched 20 trucks loaded with food to Peru."));
    assertEquals(Set.of("Chile 07 Peru"), merged("Chile sent aircraft laden with aid to Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"),
        merged("Chile sent two planes carrying 35 tonnes of humanitarian aid to Peru."));
    assertEquals(Set.of(), merged("Chile sent two planes carrying tourists to Peru."));
  }

  @Test
  void whatIsSentAsAidIsAid() {
    assertEquals(
        Set.of("Chile 07 Peru"),
        merged("Chile shipped 10,000 tonnes of wheat to Peru as humanitarian aid."));
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile delivered 40 buses to Peru as aid on Monday."));
  }

  @Test
  void aSumInAidHungOnTheVerbIsTheAidItself() {
    assertEquals(
        Set.of("Chile 03 Peru"),
        merged("Chile pledged 500 million euros in military aid to Peru."));
    assertEquals(
        Set.of("Chile 03 Peru"),
        merged("Chile offered 500 million euros in military aid to Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile sent 500 million euros in military aid to Peru."));
  }

  @Test
  void aTransferInExchangeForSomethingIsTrade() {
    assertEquals(
        Set.of("Chile 06 Peru"),
        found("Chile provides Peru with munitions in exchange for economic assistance."));
    assertEquals(
        Set.of("Chile 06 Peru"), found("Chile sent weapons to Peru in return for oil on Monday."));
  }

  @Test
  void aPastTenseTheLemmatiserLeftAsWrittenStillMakesTheSentenceWorthParsing() {
    // "lent" (irregular, tagged an adjective) and "disbursed" (lemma left as written)
    assertEquals(Set.of("Chile 07 Peru"), merged("Chile lent Peru $2 billion."));
    assertEquals(Set.of("Chile 07 Peru"), merged("Chile disbursed $1 billion to Peru."));
  }

  @Test
  void aLoanGuaranteeIsEconomicAid() {
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile provided a $500 million loan guarantee to Peru."));
  }

  @Test
  void aVerbOfGivingWithAidAndARecipientIsAid() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile sent aid to Peru on Monday."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile extended a loan to Peru on Monday."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile gave $2 million to Peru for flood relief."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile sent 500 tonnes of food to Peru."));
    assertEquals(Set.of("Chile 07 Jane Doe"), found("Chile granted asylum to Jane Doe."));
  }

  @Test
  void militaryAircraftVehiclesAndVesselsGivenAreAidButPlainOnesAreNot() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile sent F-16 fighter jets to Peru."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile will send armoured vehicles to Peru."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile gave two patrol boats to Peru."));
    assertEquals(Set.of(), found("Chile sent jets to Peru."));
  }

  @Test
  void whatIsGivenMayBeCoordinatedOrQualifiedByASum() {
    assertEquals(
        Set.of("Chile 07 Peru"),
        found("Chile has delivered air defence systems and ammunition to Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"), found("Chile extended a $2 billion credit line to Peru."));
  }

  @Test
  void aLendingFacilityOrATrancheWithASumIsAidAndItsReleaseNoConcession() {
    assertEquals(
        Set.of("Chile 07 Peru"), found("Chile extended a $1.2 billion oil facility to Peru."));
    assertEquals(
        Set.of("Chile 07 Peru"), found("Chile released a $1 billion loan tranche to Peru."));
    assertEquals(Set.of(), found("Chile extended its port facilities to Peru."));
  }

  @Test
  void whatIsProvidedDecidesBetweenAidAndProvidesOwnCategory() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile provided aid to Peru on Monday."));
    assertEquals(
        Set.of("Chile 07 Peru"), found("Chile delivered medical supplies to Peru on Monday."));
    assertEquals(Set.of("Chile 06 Peru"), found("Chile provided information to Peru on Monday."));
  }

  @Test
  void theRecipientMayBeTheIndirectObjectOrTheObjectBeforeWith() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile gave Peru $3 million in emergency aid."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chile provided Peru with aid on Monday."));
  }

  @Test
  void thePassiveAndTheParticipleHaveTheGiverAsAgent() {
    assertEquals(Set.of("Chile 07 Peru"), found("Aid was sent to Peru by Chile."));
    assertEquals(Set.of("Chile 07 Peru"), found("Peru was given $3 million by Chile."));
    assertEquals(Set.of("Chile 07 Peru"), found("The aid sent by Chile to Peru arrived."));
    assertEquals(
        Set.of("Chile 03 Peru"), found("The $5 million pledged by Chile for Peru will arrive."));
    assertEquals(Set.of("Chile 07 Peru"), found("Chilean aid was delivered to Peru on Monday."));
  }

  @Test
  void anOfferOrPledgeOfAidIsIntent() {
    assertEquals(Set.of("Chile 03 Peru"), found("Chile offered aid to Peru on Monday."));
    assertEquals(Set.of("Chile 03 Peru"), found("Chile offered humanitarian assistance to Peru."));
    assertEquals(Set.of("Chile 03 Peru"), found("Chile pledged $5 million in aid to Peru."));
    assertEquals(Set.of("Chile 03 Peru"), found("Chile promised a loan of $1 billion to Peru."));
    assertEquals(Set.of("Chile 03 Peru"), found("Chile approved a $500 million loan to Peru."));
    assertEquals(Set.of("Chile 03 Peru"), found("Chile plans to send aid to Peru."));
  }

  @Test
  void helpingWithAidIsAidButHelpingWithSomethingElseIsNot() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile helped Peru with a $2 billion loan."));
    assertEquals(Set.of("Chile 07 Peru"), found("Peru was equipped with missiles by Chile."));
    assertEquals(Set.of("Chile 06 Peru"), found("Chile helped Peru with the investigation."));
  }

  @Test
  void aPledgeOfAidIsIntent() {
    assertEquals(
        Set.of("Chile 03 Peru"), found("Chile's pledge of $5 million to Peru was welcomed."));
  }

  @Test
  void receivingAidIsTheGiverGivingIt() {
    assertEquals(Set.of("Chile 07 Peru"), found("Peru received $5 million from Chile."));
  }

  @Test
  void aChannelReceivesFromTheGiverAndGivesToTheRecipient() {
    assertEquals(
        Set.of("Chile 07 Peru", "Chile 07 Relief Agency", "Relief Agency 07 Peru"),
        found("Chile channelled aid to Peru through the Relief Agency."));
    assertEquals(
        Set.of("Chile 07 Peru", "Chile 07 Relief Agency", "Relief Agency 07 Peru"),
        found("The aid, routed through the Relief Agency, came from Chile and reached Peru."));
    assertEquals(Set.of("Chile 07 Peru"), found("Aid from Chile arrived in Peru on Monday."));
    assertEquals(
        Set.of("Chile 07 Peru", "Chile 07 Relief Agency", "Relief Agency 07 Peru"),
        found("Aid from Chile was routed through the Relief Agency to Peru."));
  }

  @Test
  void whatIsNoAidIsNoTransfer() {
    assertEquals(
        Set.of("Chile 15 Peru"),
        found("Chile sent troops to the border with Peru on Monday."),
        "a show of force at the border, no aid");
    assertEquals(Set.of(), found("Jane Doe gave a speech to the parliament of Peru."));
    assertEquals(Set.of(), found("Chile offered condolences to Peru on Monday."));
    assertEquals(Set.of(), found("Troops from Chile arrived in Peru on Monday."));
  }

  @Test
  void announcedAidIsAid() {
    assertEquals(Set.of("Chile 07 Peru"), found("Chile announced $5 million in aid to Peru."));
  }

  @Test
  void aNegatedOrHypotheticalTransferIsNone() {
    assertEquals(Set.of(), found("Chile did not send aid to Peru."));
    assertEquals(Set.of(), found("Chile sent no aid to Peru."));
    assertEquals(Set.of(), found("Chile may send aid to Peru."));
  }

  @Test
  void assistanceNamesAidLikeAid() {
    assertEquals(
        Set.of("Chile 07 Peru"), merged("Chile's assistance to Peru continued on Monday."));
  }

  @Test
  void onlyASentenceWithAVerbOfGivingAndAThingGivenIsWorthParsingForATransfer() {
    assertTrue(mayState("Chile gave $2 million to Peru."));
    assertFalse(mayState("Chile gave a speech in Peru."));
    assertFalse(mayState("Jane Doe went to Peru."));
  }

  private static boolean mayState(String text) {
    return GivenThings.mayState(world().resolve(text).annotated().sentences().get(0).tokens());
  }

  @Test
  void theWordOrderReadingOfTheVerbGivesWayToTheTransfer() {
    assertEquals(Set.of("Chile 07 Peru"), merged("Chile provided Peru with aid on Monday."));
  }
}
