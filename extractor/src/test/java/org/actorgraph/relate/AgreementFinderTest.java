package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.actorgraph.ingest.Article;
import org.actorgraph.mention.EntityType;
import org.junit.jupiter.api.Test;

class AgreementFinderTest {

  private static List<Fact.Agreement> agreements(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Valdorian Senate", EntityType.ORGANISATION, "Valdorian Senate")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz");
    Article article =
        new Article(
            "t",
            "t",
            Optional.empty(),
            Optional.empty(),
            Optional.of("2023-05-13"),
            Optional.empty(),
            Optional.empty(),
            body);
    RoleLexicon roles = TestArticles.roles();
    RelationFinder context =
        new CompositeRelationFinder(
            List.of(new PositionFinder(roles), BodyOwners.withoutGazetteer()));
    return new AgreementFinder(roles, context, Capitals.none())
        .find(world.resolve(article)).stream()
            .map(f -> (Fact.Agreement) f)
            .collect(Collectors.toList());
  }

  private static List<String> parties(Fact.Agreement a) {
    return a.parties().stream().map(e -> e.label()).sorted().toList();
  }

  @Test
  void aSignedDefencePactBetweenTwoCountriesIsOneSignedDefenceAgreement() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed a defence pact on Wednesday.");
    assertEquals(1, found.size(), found.toString());
    Fact.Agreement a = found.get(0);
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
    assertEquals(Fact.AgreementStatus.SIGNED, a.status());
    assertEquals(Fact.AgreementKind.DEFENCE, a.kind());
    assertEquals(Optional.of("2023-05-10"), a.date());
  }

  @Test
  void aPresidentsAgreementIsHerCountrys() {
    List<Fact.Agreement> found =
        agreements("Valdorian President Ana Ruiz signed a trade agreement with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementKind.TRADE, found.get(0).kind());
  }

  @Test
  void laterMentionsOfTheDealJoinIt() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella agreed a trade deal, officials said on Friday. "
                + "The deal was signed in March.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("2023-03"), found.get(0).date());
  }

  @Test
  void aGovernmentBodyRatifyingStandsForItsCountry() {
    List<Fact.Agreement> found =
        agreements(
            "The Valdorian Senate ratified the trade treaty with Estrella on Monday. "
                + "Valdoria had long delayed it.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void aSpecificPurchaseDoesNotJoinAnEarlierTreaty() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed a trade treaty. "
                + "Valdoria also announced the purchase of jets from Estrella.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void anEquivalentPactHasTheKindOfThePactItIsLike() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed a defence pact on Monday. "
                + "Estrella has equivalent pacts with Ana Ruiz and Valdoria.");
    assertTrue(
        found.stream().allMatch(a -> a.kind() == Fact.AgreementKind.DEFENCE), found.toString());
  }

  @Test
  void agreeingToDeepenCooperationAnnouncesIt() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella agreed to deepen security cooperation on Wednesday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.ANNOUNCED, found.get(0).status());
  }

  @Test
  void anAgreementThatWillEnterIntoForceOnceSignedIsSignedNotInForce() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed a trade agreement that, once entered into force, will"
                + " open their markets.");
    assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status());
  }

  @Test
  void anAgreementInForceIsInForce() {
    List<Fact.Agreement> found =
        agreements("The trade agreement between Valdoria and Estrella entered into force today.");
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status());
  }
}
