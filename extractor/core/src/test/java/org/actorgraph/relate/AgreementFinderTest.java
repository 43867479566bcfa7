package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class AgreementFinderTest {

  private static List<Fact.Agreement> agreements(String body) {
    return facts(body).stream()
        .filter(f -> f instanceof Fact.Agreement)
        .map(f -> (Fact.Agreement) f)
        .collect(Collectors.toList());
  }

  /** The interactions found with the agreements, as "source-target cameo", sorted. */
  private static List<String> interactions(String body) {
    return facts(body).stream()
        .filter(f -> f instanceof Fact.Interaction)
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + "-" + i.target().label() + " " + i.cameo())
        .sorted()
        .toList();
  }

  private static List<Fact> facts(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Valdorian Senate", EntityType.ORGANISATION, "Valdorian Senate")
            .entity("Aster Union", EntityType.ORGANISATION, "Aster Union")
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
            .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
            .entity("Ruritania", EntityType.COUNTRY, "Ruritania", "Ruritanian")
            .international("Aster Commission", "Aster Commission")
            .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
            .entity("Kovo Aero Ltd", EntityType.ORGANISATION, "Kovo Aero Ltd")
            .entity("Petrosyl", EntityType.ORGANISATION, "Petrosyl")
            .armed("Rebel Front", "Rebel Front")
            .party("Green Party", "Green Party");
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
    return new AgreementFinder(roles, context, Capitals.none()).find(world.resolve(article));
  }

  /** The one agreement found in {@code body}; fails if there are none or several. */
  private static Fact.Agreement onlyAgreement(String body) {
    List<Fact.Agreement> found = agreements(body);
    assertEquals(1, found.size(), body + ": " + found);
    return found.get(0);
  }

  private static List<String> parties(Fact.Agreement a) {
    return a.parties().stream().map(e -> e.label()).sorted().toList();
  }

  @Test
  void theAllianceJoinedOrOwningSomethingIsABlocNotAnAgreement() {
    assertEquals(
        List.of(),
        agreements("Valdoria and Estrella delayed Sylvania's bid to join the alliance."));
    assertEquals(
        List.of(),
        agreements("Valdoria and Estrella, the alliance's last holdouts, delayed the vote."));
    assertEquals(
        List.of("Estrella", "Valdoria"),
        parties(agreements("Valdoria and Estrella formed an alliance in March.").get(0)));
    assertEquals(
        1, agreements("Sylvania could join the pact that Valdoria signed in March.").size());
  }

  @Test
  void anAgreementOnTradeIsATradeAgreement() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed a memorandum of understanding on trade.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementKind.TRADE, found.get(0).kind());
  }

  @Test
  void aCountrysGovernmentIsThatCountryAsAParty() {
    for (String body :
        List.of(
            "Valdoria's government and Estrella signed a defence pact on Wednesday.",
            "The Valdorian government and Estrella signed a defence pact on Wednesday.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void aCountryNamedOnlyAsACompanysHomeLeavesThePartyToTheCompany() {
    assertEquals(
        List.of("Kovo Aero Ltd", "Valdoria"),
        parties(
            onlyAgreement(
                "Valdoria signed a $2 billion deal with Estrella's Kovo Aero Ltd on Monday.")));
    assertEquals(
        List.of("Petrosyl", "Valdoria"),
        parties(
            onlyAgreement(
                "Valdoria signed an agreement with Estrella's state oil company Petrosyl on Monday.")));
  }

  @Test
  void aCountryNamedOnlyAsACompanysDemonymLeavesThePartyToTheCompany() {
    assertEquals(
        List.of("Petrosyl", "Valdoria"),
        parties(
            onlyAgreement(
                "Valdoria signed an agreement with the Estrellan oil company Petrosyl on Monday.")));
  }

  @Test
  void aCompanyAfterItsCountrysPossessiveIsOneSideOfACoordinatedSubject() {
    assertEquals(
        List.of("Kovo Aero Ltd", "Petrosyl"),
        parties(
            onlyAgreement(
                "Petrosyl and Estrella's Kovo Aero Ltd signed a deal to expand gas exports.")));
    assertEquals(
        List.of("Kovo Aero Ltd", "Petrosyl"),
        parties(
            onlyAgreement(
                "Sylvania's state oil company Petrosyl and Estrella's Kovo Aero Ltd signed a"
                    + " supply contract on Monday.")));
  }

  @Test
  void anArmedGroupOrPartyAfterItsCountrysPossessiveIsOneSideOfACoordinatedSubject() {
    assertEquals(
        List.of("Rebel Front", "Valdoria"),
        parties(onlyAgreement("Valdoria and Sylvania's Rebel Front signed a truce on Monday.")));
    assertEquals(
        List.of("Rebel Front", "Valdoria"),
        parties(onlyAgreement("Valdoria signed a truce with Sylvania's Rebel Front on Monday.")));
    assertEquals(
        List.of("Green Party", "Valdoria"),
        parties(
            onlyAgreement("Valdoria and Estrella's Green Party signed a cooperation agreement.")));
  }

  @Test
  void anArmedGroupsFightersStandForTheGroupAsASubjectButACountrysDoNot() {
    assertEquals(
        List.of("Rebel Front", "Valdoria"),
        parties(
            onlyAgreement(
                "The Rebel Front rebels agreed to a six-month ceasefire with the government of"
                    + " Valdoria.")));
    assertTrue(
        agreements("Estrellan rebels agreed to a ceasefire with the government of Valdoria.")
            .stream()
            .noneMatch(a -> parties(a).contains("Estrella")));
  }

  @Test
  void theHostsOfTalksAimedAtAnAgreementAreNoPartiesToIt() {
    for (String body :
        List.of(
            "The talks, co-hosted by Valdoria and Estrella, aim to secure a ceasefire.",
            "The talks, hosted jointly by Valdoria and Estrella, aim to secure a ceasefire.")) {
      assertTrue(agreements(body).stream().noneMatch(a -> parties(a).contains("Valdoria")), body);
    }
    // the first actors of a clause that make the agreement themselves are still its parties
    assertEquals(
        List.of("Estrella", "Valdoria"),
        parties(onlyAgreement("Valdoria and Estrella, after talks, signed the ceasefire.")));
  }

  @Test
  void aParticipleHyphenedToAWordDescribesTheAgreementAndGovernsNothing() {
    for (String body :
        List.of(
            "Valdoria and Estrella signed a Western-backed agreement in May.",
            "Valdoria and Estrella signed an Aster Commission-backed agreement in May.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void anOrganisationsLeadersAreThatOrganisationAsAParty() {
    for (String body :
        List.of(
            "Aster Union leaders and Estrella signed a trade deal on Wednesday.",
            "Aster Union leaders and Estrella's president reached a consensus on a truce.")) {
      assertEquals(List.of("Aster Union", "Estrella"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void coordinatedOwnersAreAllParties() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella's migration deal drew criticism from Sylvania.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    found = agreements("Valdoria, Estrella and Ruritania's pipeline deal was signed in 2022.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Ruritania", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void anOutsiderRejectingADealLeavesItsStatus() {
    List<Fact.Agreement> found =
        agreements("Sylvania rejected Valdoria's trade deal with Estrella on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.ANNOUNCED, found.get(0).status());
    List<Fact.Agreement> own =
        agreements("Valdoria rejected a trade deal with Estrella on Monday.");
    assertEquals(Fact.AgreementStatus.REJECTED, own.get(0).status(), "a party rejecting it");
  }

  @Test
  void anAgreementNotMadeIsUnderNegotiationAndOneRefusedIsRejected() {
    for (String text :
        List.of(
            "Valdoria and Estrella failed to reach an agreement on the dam after talks.",
            "Valdoria and Estrella did not sign the trade deal on Monday.",
            "Valdoria and Estrella could not agree on a trade deal.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.NEGOTIATING, found.get(0).status(), text);
      assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)), text);
    }
    List<Fact.Agreement> refused = agreements("Valdoria refused to sign the treaty with Estrella.");
    assertEquals(Fact.AgreementStatus.REJECTED, refused.get(0).status(), refused.toString());
    Fact.Agreement failed =
        agreements("Valdoria and Estrella failed to reach an agreement after talks.").get(0);
    assertEquals(
        List.of("04"),
        AgreementInteractions.interactions(failed).stream().map(i -> i.cameo()).toList(),
        "the sides talked");
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria signed a pact with Estrella, but Sylvania did not sign it.")
            .get(0)
            .status(),
        "a denial beside a deed done");
  }

  @Test
  void aSideNamedByNoActorLeavesOnePartyToAnAgreementItMadeOrLeft() {
    for (String text :
        List.of(
            "The nuclear deal between Valdoria and world powers collapsed in 2018.",
            "Valdoria's nuclear deal with world powers collapsed in 2018.",
            "Valdoria reached a deal with its creditors on Tuesday.")) {
      assertEquals(List.of("Valdoria"), parties(onlyAgreement(text)), text);
    }
    assertEquals(
        List.of(),
        agreements("Valdoria reached a deal on Tuesday."),
        "no other side named: a lone party stands only with the agreement's proper name");
    assertEquals(
        List.of(),
        agreements("Valdoria discussed a deal with world powers on Tuesday."),
        "a deal only discussed");
  }

  @Test
  void aPersonPartyIsNoPartnerOfTheCountryTheyHoldOfficeIn() {
    Fact.Agreement a =
        onlyAgreement(
            "Valdoria signed a defence pact after talks with Valdorian President Ana Ruiz.");
    assertEquals(List.of("Ana Ruiz", "Valdoria"), parties(a));
    assertEquals(List.of(), AgreementInteractions.interactions(a));
  }

  @Test
  void aBreachedAgreementStandsButStatesNoCooperation() {
    for (String text :
        List.of(
            "Valdoria violated the ceasefire with Estrella on Tuesday.",
            "Valdoria violated the 2020 ceasefire agreement with Estrella.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), text);
      assertEquals(List.of(), AgreementInteractions.interactions(found.get(0)), text);
    }
    Fact.Agreement made =
        agreements(
                "Valdoria and Estrella agreed to a ceasefire in March. Valdoria violated the"
                    + " ceasefire on Tuesday.")
            .get(0);
    assertEquals(
        List.of("05"),
        AgreementInteractions.interactions(made).stream().map(i -> i.cameo()).toList(),
        "the sentence that made it tells of cooperation");
    assertEquals(
        Fact.AgreementStatus.ENDED,
        agreements("Valdoria withdrew from the 2015 nuclear deal with Estrella.").get(0).status(),
        "a year between the act and the agreement");
  }

  @Test
  void anAllianceIsAStandingBondUnlessTheSentenceFormsIt() {
    for (String text :
        List.of(
            "Valdoria's alliance with Estrella remains strong, Ruiz said.",
            "Valdoria and Estrella reaffirmed their alliance.",
            "Valdoria and Estrella are treaty allies.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), text);
      assertEquals(Fact.AgreementKind.ALLIANCE, found.get(0).kind(), text);
      assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)), text);
    }
    assertEquals(
        Fact.AgreementStatus.ANNOUNCED,
        agreements("Valdoria and Estrella formed an alliance.").get(0).status());
    assertEquals(
        List.of(),
        agreements(
            "Valdoria and Estrella are at war. The alliance would support Estrella, Ruiz said."),
        "a bloc's act names no sides, and takes none from the article");
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella signed a defence alliance.").get(0).status());
  }

  @Test
  void anAllyOfAStateIsAnAllianceInForceWithIt() {
    List<Fact.Agreement> two = agreements("Valdoria and Estrella are longtime allies of Sylvania.");
    assertEquals(2, two.size(), two.toString());
    for (Fact.Agreement a : two) {
      assertEquals(Fact.AgreementKind.ALLIANCE, a.kind());
      assertEquals(Fact.AgreementStatus.IN_FORCE, a.status());
      assertTrue(parties(a).contains("Sylvania"), a.toString());
    }
    List<Fact.Agreement> one = agreements("Valdoria, a close ally of Sylvania, hosted the talks.");
    assertEquals(1, one.size(), one.toString());
    assertEquals(List.of("Sylvania", "Valdoria"), parties(one.get(0)));
    assertEquals(
        List.of(),
        agreements("Valdoria, a former ally of Sylvania, hosted the talks."),
        "a former ally is no alliance in force");
  }

  @Test
  void anAgreementKeptByItsPartyIsInForce() {
    for (String text :
        List.of(
            "Valdoria honoured its treaty with Estrella.",
            "Valdoria complied with the agreement with Estrella.",
            "Valdoria and Estrella have upheld the truce.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), text);
      assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)), text);
    }
  }

  @Test
  void aHeadBeforeAHeadBelongsToTheAgreementItsParticipleNames() {
    List<Fact.Agreement> found =
        agreements("The ceasefire agreement signed by Valdoria and Estrella collapsed.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("ceasefire agreement"), found.get(0).names());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.ENDED, found.get(0).status());
  }

  @Test
  void agreementsListedAtOneSigningStayApart() {
    for (String text :
        List.of(
            "Valdoria and Estrella signed a defence pact and a cultural accord on Monday.",
            "Valdoria and Estrella signed the Treaty of Alliance and an agreement on the border.",
            "Valdoria and Estrella signed an agreement on energy and a memorandum on health.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(2, found.size(), text + " " + found);
      for (Fact.Agreement a : found) {
        assertEquals(List.of("Estrella", "Valdoria"), parties(a), text);
        assertEquals(Fact.AgreementStatus.SIGNED, a.status(), text);
      }
    }
    // the topics of one agreement, and one agreement named again in a clause of its own
    for (String text :
        List.of(
            "Valdoria and Estrella signed an agreement on trade and investment on Monday.",
            "Valdoria and Estrella signed a trade deal and the agreement was praised.")) {
      assertEquals(1, agreements(text).size(), text);
    }
  }

  @Test
  void anAgreementAThirdPartyCallsForIsProposedAndItsOwnOnly() {
    for (String text :
        List.of(
            "Ruritania called for an immediate ceasefire between Valdoria and Estrella.",
            "Ruritania urged a truce between Valdoria and Estrella on Monday.",
            "Ruritania demanded a new peace deal between Valdoria and Estrella.")) {
      Fact.Agreement a = onlyAgreement(text);
      assertEquals(Fact.AgreementStatus.PROPOSED, a.status(), text);
      assertEquals(List.of("Estrella", "Valdoria"), parties(a), text);
    }
    // the call is tied to the agreement it governs: a statement calling for calm is issued
    Fact.Agreement statement =
        onlyAgreement("Valdoria and Estrella issued a joint statement calling for calm.");
    assertEquals(Fact.AgreementStatus.ANNOUNCED, statement.status());
  }

  @Test
  void anAgreementMadeOnlyInAConditionIsProposed() {
    for (String text :
        List.of(
            "If Valdoria and Estrella reached a deal, the prisoners would be freed.",
            "The prisoners would be freed if Valdoria and Estrella signed a truce.")) {
      assertEquals(Fact.AgreementStatus.PROPOSED, onlyAgreement(text).status(), text);
    }
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella signed a truce, and the prisoners were freed.")
            .get(0)
            .status());
  }

  @Test
  void theSidesOfAConflictAreThePairNamedTogetherEvenWithAnOrganisation() {
    for (String text :
        List.of(
            "Valdoria and the Aster Union held talks in Sylvania. The two sides agreed on a truce.",
            "Valdoria and the Aster Union fought in Estrella. The warring parties signed a truce.",
            "Valdoria and the Aster Union fought in Estrella. The parties to the conflict have"
                + " agreed on a truce.")) {
      assertEquals(List.of("Aster Union", "Valdoria"), parties(onlyAgreement(text)), text);
    }
  }

  @Test
  void anEndOnlySupposedLeavesTheAgreementStanding() {
    for (String text :
        List.of(
            "If the truce between Valdoria and Estrella collapses, fighting will resume.",
            "Fighting will resume if the truce between Valdoria and Estrella collapses.")) {
      assertEquals(Fact.AgreementStatus.ANNOUNCED, onlyAgreement(text).status(), text);
    }
    assertEquals(
        Fact.AgreementStatus.ENDED,
        agreements("The truce between Valdoria and Estrella collapsed, and fighting resumed.")
            .get(0)
            .status());
  }

  @Test
  void aConsensusReachedIsAnnouncedNotSigned() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella reached a consensus on border trade.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.ANNOUNCED, found.get(0).status());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void relationsNormalisedOrRestoredInAnyFormOfTheVerbAreAnAccord() {
    for (String body :
        List.of(
            "Valdoria and Estrella normalised relations in March.",
            "Valdoria and Estrella restored ties in March after a long rift.",
            "Valdoria restores diplomatic ties with Estrella.")) {
      Fact.Agreement a = onlyAgreement(body);
      assertEquals(List.of("Estrella", "Valdoria"), parties(a), body);
      assertEquals(Fact.AgreementKind.DIPLOMATIC, a.kind(), body);
    }
    assertEquals(
        Fact.AgreementStatus.IN_FORCE,
        onlyAgreement("Valdoria established diplomatic relations with Estrella on Sunday.")
            .status());
  }

  @Test
  void anAgreementForPeaceIsOfPeaceAndOneForABailoutEconomic() {
    assertEquals(
        Fact.AgreementKind.PEACE,
        onlyAgreement("Valdoria and Estrella agreed a roadmap for peace in the region.").kind());
    assertEquals(
        Fact.AgreementKind.ECONOMIC,
        onlyAgreement("Valdoria reached an agreement with Estrella for a $3 billion bailout.")
            .kind());
  }

  @Test
  void anAgreementEndingViolenceIsOfPeace() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella reached an agreement on ending the violence.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementKind.PEACE, found.get(0).kind());
  }

  @Test
  void anOfficeThatNamesNoOneSignsForItsOwner() {
    for (String text :
        List.of(
            "Valdoria's president signed a trade deal with Estrella on Monday.",
            "Valdoria's president and his Estrellan counterpart signed a trade deal.",
            "The Valdorian president and his Estrellan counterpart signed a trade deal.",
            "President Ana Ruiz and her Estrellan counterpart signed a trade deal.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(2, found.get(0).parties().size(), text + found);
      assertTrue(parties(found.get(0)).contains("Estrella"), text + found);
    }
  }

  @Test
  void theSidesOfACircumstanceAfterAmidOrDespiteAreNoParties() {
    for (String body :
        List.of(
            "The deal collapsed amid rising tensions between Valdoria and Estrella.",
            "The collapse of the deal comes amid a trade dispute between Valdoria and Estrella.",
            "The pact was signed despite a row between Valdoria and Estrella over fishing.")) {
      assertTrue(
          agreements(body).stream().allMatch(a -> a.parties().isEmpty()),
          body + ": " + agreements(body));
      assertEquals(List.of(), interactions(body), body);
    }
    assertEquals(
        List.of("Estrella", "Valdoria"),
        parties(onlyAgreement("The deal between Valdoria and Estrella collapsed.")));
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
  void theSubjectsOfARelativeClauseOfSigningAreTheParties() {
    List<Fact.Agreement> found =
        agreements(
            "The trade agreement Valdoria and Estrella signed in 2015 has been in force since"
                + " 2016.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Optional.of("2015"), found.get(0).date());
    assertEquals(
        List.of(), agreements("The trade agreement Valdoria and Estrella criticised expired."));
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
  void aParticipleClauseAfterTheDealDatesIt() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria will sell tanks to Estrella under an arms deal. The tanks, shipped to"
                + " Estrella on Friday (May 12), are part of Valdoria's biggest arms deal, clinched last"
                + " month with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("2023-04"), found.get(0).date());
  }

  @Test
  void theTwoGovernmentsOfAJointStatementAreThePairNamedTogetherNotTheLastTwoCountries() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella will fund schools in Sylvania, the two governments said in a"
                + " joint statement on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void aHeadOfAnInternationalOrganisationSignsForItBesideAHeadOfState() {
    List<Fact.Agreement> found =
        agreements(
            "Valdorian President Ana Ruiz and Aster Commission President John Roe signed a trade"
                + " agreement.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Aster Commission", "Valdoria"), parties(found.get(0)));
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
  void aTitledAgreementWithNoPartyInItsSentenceIsBetweenTheArticlesTwoMainCountries() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella held talks in the capital. Valdoria thanked Estrella for the"
                + " visit. The leaders then spoke of the Treaty of Friendship, which opens a new"
                + " stage.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void noMainCountriesWhenAThirdIsNamedAsOften() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella held talks with Sylvania. Valdoria, Sylvania and Estrella met"
                + " again. The leaders then spoke of the Treaty of Friendship.");
    assertEquals(List.of(), found);
  }

  @Test
  void anExistingAgreementIsInForce() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella will review their existing agreements on fisheries.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status());
  }

  @Test
  void aLongStandingAgreementIsInForceHyphenatedOrNot() {
    // the phrase takes in "long-standing" (three tokens) and "longstanding" before its head
    for (String body :
        List.of(
            "Valdoria and Estrella cited their long-standing agreement on fisheries.",
            "Valdoria and Estrella cited their longstanding agreement on fisheries.")) {
      List<Fact.Agreement> found = agreements(body);
      assertEquals(1, found.size(), found.toString());
      assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), body);
    }
  }

  @Test
  void agreeingADealConcludesItEvenBesideAnAgreeingTo() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria has agreed a trade deal with Estrella, after Estrella agreed to cut its"
                + " tariffs.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status());
  }

  @Test
  void aSoughtAgreementIsProposedAndARenewedOneSigned() {
    List<Fact.Agreement> sought =
        agreements("Valdoria is seeking a free trade deal with Estrella.");
    assertEquals(Fact.AgreementStatus.PROPOSED, sought.get(0).status(), sought.toString());
    List<Fact.Agreement> renewed = agreements("Valdoria and Estrella renewed their energy accord.");
    assertEquals(Fact.AgreementStatus.SIGNED, renewed.get(0).status(), renewed.toString());
  }

  @Test
  void anAgreementThatExpiresAfterTheArticleIsStillInForce() {
    List<Fact.Agreement> found =
        agreements("The trade pact between Valdoria and Estrella expires in 2030.");
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), found.toString());
    assertEquals(Optional.empty(), found.get(0).date(), found.toString());
    List<Fact.Agreement> ended =
        agreements("Valdoria withdrew from its trade pact with Estrella in 2019.");
    assertEquals(Fact.AgreementStatus.ENDED, ended.get(0).status(), ended.toString());
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

  @Test
  void aMemorandumOfUnderstandingIsAnAgreement() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed two memoranda of understanding on Tuesday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementForm.MEMORANDUM, found.get(0).form());
  }

  @Test
  void pluralMousWithADemonymPartner() {
    List<Fact.Agreement> found =
        agreements("Valdoria signed two MoUs with its Estrellan partners.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void aDayAfterANamedDeclarationIsNotPartOfItsName() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed the Aster Declaration on Monday in the capital.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).names().contains("Aster Declaration"), found.toString());
    assertTrue(
        found.get(0).names().stream().noneMatch(n -> n.contains("Monday")), found.toString());
  }

  @Test
  void aNamedDeclarationOfSomething() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella adopted the Declaration of Peace of Port Aster.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).names().contains("Declaration of Peace of Port Aster"), found.toString());
  }

  @Test
  void aStrategicPartnershipIsAnAgreement() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella upgraded their ties to a comprehensive strategic partnership.");
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void theVerbDealIsNoAgreement() {
    assertTrue(
        agreements("Valdoria and Estrella will work together to deal with the drought.").isEmpty());
  }

  @Test
  void theirCountriesAreTheTwoNamedBefore() {
    List<Fact.Agreement> found =
        agreements(
            "The foreign ministers of Valdoria and Estrella discussed plans to sign a peace treaty"
                + " between their countries.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.PROPOSED, found.get(0).status());
  }

  @Test
  void thoseUrgedToAcceptATruceAreItsPartiesNotThoseWhoUrge() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Ruritania are pressing Estrella and Sylvania to agree to a truce this"
                + " week.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Sylvania"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.PROPOSED, found.get(0).status());
  }

  @Test
  void theirAgreementIsThePairsOwn() {
    List<Fact.Agreement> found =
        agreements(
            "Ruiz said Valdoria was willing to work with Estrella to deepen their strategic"
                + " partnership.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void theTwoFormerFoesAreTheTwoNamedBefore() {
    List<Fact.Agreement> found =
        agreements(
            "Ruiz arrived in Valdoria for talks with Estrella, as the two former enemies upgraded"
                + " ties to a strategic partnership.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void aPossessiveDealWithAPartnerLeavesOutItsCritic() {
    List<Fact.Agreement> found = agreements("Sylvania rejected Valdoria's deal with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void aRatifierOfAnAccessionIsAParty() {
    List<Fact.Agreement> found =
        agreements("Sylvania ratified Valdoria's accession to the treaty with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(parties(found.get(0)).contains("Sylvania"), found.toString());
  }

  @Test
  void aRelativeClauseSubjectIsAParty() {
    List<Fact.Agreement> found =
        agreements(
            "Talks stalled with Sylvania, which last year struck a security pact with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Sylvania"), parties(found.get(0)));
    assertEquals(Optional.of("2022"), found.get(0).date());
    assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status());
  }

  @Test
  void anAgreementToResumeRelationsIsOneDiplomaticAgreement() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella announced an agreement to resume relations.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).names().contains("agreement to resume relations"), found.toString());
    assertEquals(Fact.AgreementKind.DIPLOMATIC, found.get(0).kind());
  }

  @Test
  void aSeparateAgreementInTheSameSentenceStaysApart() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed a trade pact, and Valdoria and Estrella also signed a"
                + " separate fisheries agreement.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void aSigningDateWithAnOrdinalDay() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed a defence pact on February 19th.");
    assertEquals(Optional.of("2023-02-19"), found.get(0).date());
  }

  @Test
  void actorsWhoSpeakAboutAnAccordAreNotItsParties() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella announced a trade pact. Backers such as Sylvania and Ruritania"
                + " say the accord will hold.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void theAgentsOfAPartyVerbsParticipleAreTheParties() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed a fisheries memorandum on Monday. The Port Aster"
                + " Declaration, issued by Sylvania and Ruritania, calls for calm.");
    Fact.Agreement declaration =
        found.stream()
            .filter(a -> a.names().contains("Port Aster Declaration"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(List.of("Ruritania", "Sylvania"), parties(declaration));
    assertFalse(declaration.names().stream().anyMatch(n -> n.contains("memorandum")), found + "");
  }

  @Test
  void theAgentsOfAPassiveAreTheParties() {
    List<Fact.Agreement> found =
        agreements("The treaty was signed by Sylvania and Ruritania on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Ruritania", "Sylvania"), parties(found.get(0)));
  }

  @Test
  void theActorsAfterAJointStatementsByAreItsParties() {
    String body =
        "A joint statement by Valdoria, Estrella and Sylvania was released on Monday after the"
            + " summit.";
    assertEquals(List.of("Estrella", "Sylvania", "Valdoria"), parties(onlyAgreement(body)));
    String released = "The joint statement released by Valdoria and Estrella calls for calm.";
    assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(released)));
    String rejection = "The rejection of the deal by Valdoria and Estrella surprised observers.";
    assertEquals(List.of(), agreements(rejection), rejection);
  }

  @Test
  void theStatesOfOfficialsNamedByTheirOfficeAfterByAreTheParties() {
    String body =
        "A joint statement by the foreign ministers of Valdoria and Estrella was released on"
            + " Wednesday.";
    assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)));
    String passive = "The treaty was signed by the presidents of Sylvania and Ruritania on Friday.";
    assertEquals(List.of("Ruritania", "Sylvania"), parties(onlyAgreement(passive)));
  }

  @Test
  void theSignersAfterABrokersParticipleAreTheParties() {
    String body =
        "An accord brokered by Valdoria and signed by Sylvania and Ruritania ended the war.";
    assertEquals(List.of("Ruritania", "Sylvania"), parties(onlyAgreement(body)));
    assertEquals(
        List.of("Valdoria-Ruritania 04", "Valdoria-Sylvania 04"), interactions(body), body);
    String negotiated =
        "The agreement negotiated by Valdoria and signed by Sylvania and Ruritania set up a"
            + " truce.";
    assertEquals(List.of("Ruritania", "Sylvania"), parties(onlyAgreement(negotiated)));
  }

  @Test
  void whoSpeaksOfOrRejectsADealOthersReachedIsNoParty() {
    String statement =
        "Valdoria issued a statement on the agreement reached by Sylvania and Ruritania.";
    assertEquals(List.of("Ruritania", "Sylvania"), parties(onlyAgreement(statement)));
    String rejected = "Valdoria rejected the deal reached by Sylvania and Ruritania.";
    Fact.Agreement deal = onlyAgreement(rejected);
    assertEquals(List.of("Ruritania", "Sylvania"), parties(deal));
    assertFalse(deal.status() == Fact.AgreementStatus.REJECTED, deal.toString());
    String joined = "Valdoria joined the pact signed by Sylvania and Ruritania.";
    assertEquals(
        List.of("Ruritania", "Sylvania", "Valdoria"), parties(onlyAgreement(joined)), joined);
  }

  @Test
  void withdrawingFromADealEndsIt() {
    List<Fact.Agreement> found =
        agreements("Valdoria withdrew from the nuclear deal with Estrella on Friday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.ENDED, found.get(0).status());
    List<Fact.Agreement> threat =
        agreements("Valdoria threatened to withdraw from the nuclear deal with Estrella.");
    assertEquals(1, threat.size(), threat.toString());
    assertFalse(threat.get(0).status() == Fact.AgreementStatus.ENDED, threat.toString());
  }

  @Test
  void theYearNamingAnAgreementIsItsDate() {
    List<Fact.Agreement> found =
        agreements("The 1979 peace treaty between Valdoria and Estrella remains in force.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("1979"), found.get(0).date());
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status());
  }

  @Test
  void aTripartiteStatementIsAJointStatementOfItsThreeParties() {
    String body = "Valdoria, Estrella and Sylvania issued a tripartite statement on the dam.";
    Fact.Agreement statement = onlyAgreement(body);
    assertEquals(List.of("Estrella", "Sylvania", "Valdoria"), parties(statement), body);
    assertEquals(Fact.AgreementKind.DIPLOMATIC, statement.kind(), body);
  }

  @Test
  void aDeclarationOrJointStatementIsDiplomatic() {
    assertEquals(
        Fact.AgreementKind.DIPLOMATIC,
        AgreementWords.kind("port aster declaration", "they issued the port aster declaration."));
    assertEquals(
        Fact.AgreementKind.DIPLOMATIC,
        AgreementWords.kind("joint statement", "the two sides signed a joint statement."));
    assertEquals(
        Fact.AgreementKind.PEACE,
        AgreementWords.kind("declaration of peace", "they signed the declaration of peace."));
  }

  @Test
  void aStateActingOnANamedTreatyIsItsOneNamedParty() {
    record Case(String body, Fact.AgreementStatus status) {}
    for (Case c :
        List.of(
            new Case(
                "Valdoria ratified the Port Aster Accord in 2018.", Fact.AgreementStatus.RATIFIED),
            new Case(
                "Valdoria withdrew from the Port Aster Accord in 2018.",
                Fact.AgreementStatus.ENDED),
            new Case(
                "Valdoria suspended its participation in the Port Aster Accord in 2018.",
                Fact.AgreementStatus.ENDED),
            new Case(
                "Valdoria joined the Port Aster Convention in 2018.",
                Fact.AgreementStatus.RATIFIED),
            new Case(
                "Valdoria acceded to the Aster treaty in 2018.", Fact.AgreementStatus.RATIFIED))) {
      List<Fact.Agreement> found = agreements(c.body());
      assertEquals(1, found.size(), c.body() + ": " + found);
      assertEquals(List.of("Valdoria"), parties(found.get(0)), c.body());
      assertEquals(c.status(), found.get(0).status(), c.body());
      assertEquals(Optional.of("2018"), found.get(0).date(), c.body());
    }
  }

  @Test
  void aDescribedAgreementOrARefusalNamesNoLoneParty() {
    assertEquals(List.of(), agreements("Valdoria ratified the accord in 2018."));
    assertEquals(List.of(), agreements("Valdoria did not join the Port Aster Convention."));
    assertEquals(List.of(), agreements("Valdoria endorsed the Port Aster Accord."));
    List<Fact.Agreement> left = agreements("Valdoria left the Estrella nuclear deal in 2018.");
    assertEquals(1, left.size(), left.toString());
    assertEquals(Fact.AgreementStatus.ENDED, left.get(0).status());
  }

  @Test
  void signatoriesToANamedTreatyAreItsParties() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella met on Monday. Both countries are signatories to the Treaty on"
                + " the Limitation of Aster Arms.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("Treaty on the Limitation of Aster Arms", found.get(0).names().get(0));
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status());
  }

  @Test
  void aDayInAnAgreementsNameIsNoDate() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed the Easter Monday Accord.");
    assertEquals(1, found.size(), found.toString());
    // the lead's deed is of the article's day (a Saturday), not of a Monday
    assertEquals(Optional.of("2023-05-13"), found.get(0).date());
  }

  @Test
  void diplomaticRelationsAreAnAgreementThatStatesEstablishOrSever() {
    List<Fact.Agreement> made =
        agreements("Valdoria and Estrella established diplomatic relations in 1995.");
    assertEquals(1, made.size(), made.toString());
    assertEquals(Fact.AgreementKind.DIPLOMATIC, made.get(0).kind());
    assertEquals(Fact.AgreementStatus.IN_FORCE, made.get(0).status());
    assertEquals(Optional.of("1995"), made.get(0).date());
    List<Fact.Agreement> cut = agreements("Valdoria severed diplomatic ties with Estrella.");
    assertEquals(1, cut.size(), cut.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(cut.get(0)));
    assertEquals(Fact.AgreementStatus.ENDED, cut.get(0).status());
    assertEquals(List.of(), agreements("Valdoria and Estrella have no diplomatic relations."));
    List<Fact.Agreement> deal = agreements("Valdoria and Estrella cut a deal on fisheries.");
    assertEquals(1, deal.size(), deal.toString());
    assertFalse(deal.get(0).status() == Fact.AgreementStatus.ENDED, deal.toString());
  }

  @Test
  void aCountrysGovernmentWithAModifierIsAParty() {
    for (String text :
        List.of(
            "Valdoria's federal government and Estrella signed a peace deal on Monday.",
            "Valdoria's elected government and Estrella signed a truce.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)), text);
    }
  }

  @Test
  void anAgreementToBeExtendedIsInForce() {
    for (String text :
        List.of(
            "Valdoria and Estrella agreed on Friday to extend the truce for another 60 days.",
            "Valdoria and Estrella agreed to extend their bilateral ceasefire by six months.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status(), text);
    }
    List<Fact.Agreement> relations =
        agreements("Valdoria and Estrella agreed to establish diplomatic relations.");
    assertEquals(1, relations.size(), relations.toString());
    assertFalse(relations.get(0).status() == Fact.AgreementStatus.IN_FORCE, relations.toString());
  }

  @Test
  void thoseWhoActUnderAnAgreementOpeningTheSentenceAreItsParties() {
    String body =
        "Under a ceasefire brokered by Sylvania, Valdoria and Estrella exchanged prisoners.";
    assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)));
    assertTrue(
        interactions(body).containsAll(List.of("Sylvania-Estrella 04", "Sylvania-Valdoria 04")),
        "the broker, its agent before the comma, mediates between the two: " + interactions(body));
    assertEquals(
        List.of(),
        agreements("Under the new trade deal, Valdoria will ship grain."),
        "a single actor names no other side");
  }

  @Test
  void whoIsInTalksWithAPartnerOnAnAgreementNegotiatesIt() {
    for (String text :
        List.of(
            "Valdoria is in talks with Estrella on a trade deal.",
            "Valdoria was in direct negotiations with Estrella over a border treaty.")) {
      Fact.Agreement a = onlyAgreement(text);
      assertEquals(List.of("Estrella", "Valdoria"), parties(a).stream().sorted().toList(), text);
      assertEquals(Fact.AgreementStatus.NEGOTIATING, a.status(), text);
    }
  }

  @Test
  void anAgreementHeldInAbeyanceIsEnded() {
    for (String text :
        List.of(
            "Valdoria put the Port Aster Treaty with Estrella in abeyance.",
            "Valdoria held its water treaty with Estrella in abeyance on Monday.")) {
      assertEquals(Fact.AgreementStatus.ENDED, onlyAgreement(text).status(), text);
    }
  }

  @Test
  void anEndingVerbEndsAnAgreementItNamesWithAnIndefiniteArticle() {
    for (String text :
        List.of(
            "Valdoria on Thursday ended a defence cooperation agreement with Estrella.",
            "Valdoria suspended a military agreement with Estrella.")) {
      List<Fact.Agreement> ended = agreements(text);
      assertEquals(1, ended.size(), ended.toString());
      assertEquals(Fact.AgreementStatus.ENDED, ended.get(0).status(), text);
    }
    List<Fact.Agreement> result =
        agreements("Talks between Valdoria and Estrella ended in an agreement on the border.");
    assertEquals(1, result.size(), result.toString());
    assertFalse(result.get(0).status() == Fact.AgreementStatus.ENDED, result.toString());
  }

  @Test
  void breakingTiesEndsThem() {
    for (String text :
        List.of(
            "Valdoria broke diplomatic ties with Estrella on Monday.",
            "Valdoria broke off diplomatic relations with Estrella.")) {
      List<Fact.Agreement> broken = agreements(text);
      assertEquals(1, broken.size(), broken.toString());
      assertEquals(Fact.AgreementStatus.ENDED, broken.get(0).status(), text);
    }
  }

  @Test
  void anAnniversaryDatesWhatItIsOf() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella marked the 30th anniversary of the establishment of diplomatic"
                + " relations.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Optional.of("1993"), found.get(0).date());
  }

  @Test
  void relationsStandApartFromOtherAgreementsAndFromTheirEarlierEnd() {
    List<Fact.Agreement> two =
        agreements(
            "Valdoria and Estrella signed a fisheries agreement. Valdoria and Estrella established"
                + " diplomatic relations in 1995.");
    assertEquals(2, two.size(), two.toString());
    List<Fact.Agreement> restored =
        agreements(
            "Valdoria and Estrella agreed in 2023 to restore diplomatic relations. Valdoria severed"
                + " diplomatic relations with Estrella in 2016.");
    assertEquals(2, restored.size(), restored.toString());
    assertEquals(
        1,
        restored.stream().filter(a -> a.status() == Fact.AgreementStatus.ENDED).count(),
        restored.toString());
  }

  @Test
  void aStatementReferringBackByItsOwnNounJoinsTheAgreementItNamed() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella announced an agreement to restore relations in a joint"
                + " statement. Valdoria severed diplomatic relations with Estrella in 2016. The"
                + " joint statement said embassies would reopen within two months.");
    assertEquals(2, found.size(), found.toString());
    Fact.Agreement restored =
        found.stream().filter(a -> a.status() != Fact.AgreementStatus.ENDED).findFirst().get();
    assertEquals(
        2,
        restored.evidence().stream().map(Evidence::sentence).distinct().count(),
        found.toString());
    Fact.Agreement severed =
        found.stream().filter(a -> a.status() == Fact.AgreementStatus.ENDED).findFirst().get();
    assertEquals(1, severed.evidence().size(), found.toString());
  }

  @Test
  void anOrganisationInsideAnAgreementsNameIsAParty() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and the Aster Union signed the Aster Union-Valdoria Partnership Agreement.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Aster Union", "Valdoria"), parties(found.get(0)));
    assertEquals(List.of(), agreements("Valdoria and Estrella praised the Aster Union."));
  }

  @Test
  void mediatorsAreNoPartiesToTheAgreementTheyMediate() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella are mediating between Sylvania and Ruritania in talks aimed at"
                + " a ceasefire.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Ruritania", "Sylvania"), parties(found.get(0)));
    assertEquals(
        List.of(
            "Estrella-Ruritania 04",
            "Estrella-Sylvania 04",
            "Valdoria-Ruritania 04",
            "Valdoria-Sylvania 04"),
        interactions(
            "Valdoria and Estrella are mediating between Sylvania and Ruritania in talks aimed at"
                + " a ceasefire."));
  }

  @Test
  void aSignedDeclarationOrProtocolIsAnAgreement() {
    for (String body :
        List.of(
            "Sylvania and Ruritania signed a declaration on Tuesday on joint arms procurement.",
            "Sylvania and Ruritania signed a protocol on cross-border trade.",
            "The protocol, signed by Sylvania and Ruritania in March, allows joint patrols.",
            "Sylvania and Ruritania inked a declaration of principles in Port Aster.")) {
      Fact.Agreement a = onlyAgreement(body);
      assertEquals(List.of("Ruritania", "Sylvania"), parties(a), body);
      assertEquals(Fact.AgreementStatus.SIGNED, a.status(), body);
    }
    assertEquals(
        List.of("declaration of principles"),
        onlyAgreement("Sylvania and Ruritania inked a declaration of principles in Port Aster.")
            .names());
    for (String body :
        List.of(
            "Sylvania issued a declaration condemning Ruritania.",
            "The Sylvanian envoy followed diplomatic protocol when he greeted Ruritania's king.")) {
      assertEquals(List.of(), agreements(body), body);
    }
  }

  @Test
  void guarantorsOfAnAgreementOthersMadeAreNoPartiesAndBrokerNothing() {
    for (String body :
        List.of(
            "The truce between Sylvania and Ruritania, guaranteed by Valdoria and Estrella, held.",
            "Valdoria and Estrella, which guarantee the truce between Sylvania and Ruritania, met.",
            "Valdoria and the Estrellan state, the guarantors of the 2021 Aster truce between"
                + " Sylvania and Ruritania, urged restraint.")) {
      assertEquals(List.of("Ruritania", "Sylvania"), parties(onlyAgreement(body)), body);
      assertTrue(
          interactions(body).stream().noneMatch(i -> i.startsWith("Valdoria-")),
          body + ": " + interactions(body));
    }
    for (String body :
        List.of(
            "Valdoria, Estrella and the Aster Union, the guarantors of the Aster truce, urged"
                + " restraint.",
            "Valdoria and Estrella are the guarantors of the ceasefire.")) {
      assertEquals(List.of(), agreements(body), body);
      assertEquals(List.of(), interactions(body), body);
    }
  }

  @Test
  void theBrokerOfADealConsultsEachParty() {
    String body =
        "Sylvania restored diplomatic ties with Ruritania in a deal brokered by Valdoria in March.";
    List<Fact.Agreement> found = agreements(body);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Ruritania", "Sylvania"), parties(found.get(0)));
    assertEquals(
        List.of("Valdoria-Ruritania 04", "Valdoria-Sylvania 04"), interactions(body), body);
    String relative =
        "Valdoria, which mediated the grain deal between Sylvania and Ruritania, said it was"
            + " ready to host new talks.";
    assertEquals(
        List.of("Valdoria-Ruritania 04", "Valdoria-Sylvania 04"), interactions(relative), relative);
  }

  @Test
  void anOfferToMediateIsNoPartNorMediation() {
    String body = "Valdoria offered to mediate a peace deal between Sylvania and Ruritania.";
    List<Fact.Agreement> found = agreements(body);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Ruritania", "Sylvania"), parties(found.get(0)));
    assertEquals(List.of(), interactions(body));
  }

  @Test
  void aHostWhoSignsIsAParty() {
    List<Fact.Agreement> found =
        agreements("Valdoria hosted talks on Monday and signed a defence pact with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
  }

  @Test
  void whatIsDoneInAccordanceWithAnAgreementShowsItInForce() {
    for (String body :
        List.of(
            "Valdoria repatriated the refugees in accordance with its bilateral agreements with"
                + " Estrella.",
            "Valdoria cut tariffs pursuant to its trade agreement with Estrella.")) {
      assertEquals(Fact.AgreementStatus.IN_FORCE, onlyAgreement(body).status(), body);
    }
    String signed =
        "Valdoria will act in line with the trade agreement it signed with Estrella on Monday.";
    assertEquals(Fact.AgreementStatus.SIGNED, onlyAgreement(signed).status(), signed);
  }

  @Test
  void thoseWhoPresideTogetherOverTheSigningAreItsParties() {
    for (String body :
        List.of(
            "Valdoria and Estrella presided over the signing of four trade agreements on Monday.",
            "Valdorian President Ana Ruiz and Estrella presided over the signing ceremony of a"
                + " trade agreement.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
    for (String body :
        List.of(
            "Sylvania presided over the signing of the truce between Valdoria and Estrella.",
            "Sylvania and Ruritania presided over the signing of the truce between Valdoria and"
                + " Estrella.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void aSignerWhoseSubjectIsNotReadIsTheFirstActor() {
    for (String body :
        List.of(
            "Valdoria, which chairs the Aster Union this year, signed a trade agreement with"
                + " Estrella.",
            "Valdoria said it had signed an agreement with Estrella on electricity supply.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void anAgreementStillToBeRatifiedIsNotRatified() {
    for (String body :
        List.of(
            "The deal between Valdoria and Estrella, which still needs to be ratified by both"
                + " parliaments, would reopen the border.",
            "Valdoria and Estrella signed a trade deal that must be ratified by the Valdorian"
                + " Senate.")) {
      List<Fact.Agreement> found = agreements(body);
      assertEquals(1, found.size(), body + ": " + found);
      assertTrue(found.get(0).status() != Fact.AgreementStatus.RATIFIED, body + ": " + found);
    }
    assertEquals(
        Fact.AgreementStatus.RATIFIED,
        agreements("The trade deal between Valdoria and Estrella was ratified by both parliaments.")
            .get(0)
            .status());
  }

  @Test
  void aDeniedRatificationOrEndingGivesNoStatus() {
    for (String body :
        List.of(
            "Valdoria and Estrella signed a trade deal in 2020, but the Valdorian parliament has"
                + " not ratified it.",
            "Valdoria will review the defence pact with Estrella, which its president signed but"
                + " parliament never ratified.")) {
      List<Fact.Agreement> found = agreements(body);
      assertEquals(1, found.size(), body + ": " + found);
      assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status(), body + ": " + found);
    }
    List<Fact.Agreement> kept =
        agreements("Valdoria has not withdrawn from the defence pact with Estrella.");
    assertEquals(1, kept.size(), kept.toString());
    assertTrue(kept.get(0).status() != Fact.AgreementStatus.ENDED, kept.toString());
  }

  @Test
  void aParticipleBeforeTheAgreementDescribesIt() {
    List<Fact.Agreement> found =
        agreements("Valdoria rejected a proposed trade deal with Estrella.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.REJECTED, found.get(0).status());
  }

  @Test
  void anExtendedTruceIsInForce() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella extended the truce by 72 hours on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status());
  }

  @Test
  void theyOpeningASentenceAreThePairSpokenOfBefore() {
    List<Fact.Agreement> found =
        agreements(
            "The presidents of Valdoria and Estrella met in the capital on Monday. They signed a"
                + " defence pact and agreed to build a pipeline.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(
        List.of(),
        agreements(
            "Valdoria and Estrella held talks in the capital on Monday. They did not sign any"
                + " agreement."));
  }

  @Test
  void aBrokerNamedAfterTheClausesAdjunctsConsultsEachParty() {
    String body =
        "Valdoria and Estrella signed a peace agreement in the capital on Friday, brokered by"
            + " Sylvania and Ruritania.";
    assertEquals(List.of("Estrella", "Valdoria"), parties(agreements(body).get(0)));
    assertEquals(
        List.of(
            "Ruritania-Estrella 04",
            "Ruritania-Valdoria 04",
            "Sylvania-Estrella 04",
            "Sylvania-Valdoria 04"),
        interactions(body));
  }

  @Test
  void aBrokeredTruceAndExchangedMemorandaAreConcluded() {
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Sylvania brokered a truce between Valdoria and Estrella.").get(0).status());
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella exchanged memoranda of understanding on energy.")
            .get(0)
            .status());
    assertEquals(
        Fact.AgreementStatus.NEGOTIATING,
        agreements("Sylvania is trying to broker a truce between Valdoria and Estrella in talks.")
            .get(0)
            .status());
  }

  @Test
  void brokersAreNoneOfTheTwoSidesTheyActBetween() {
    for (String body :
        List.of(
            "Sylvania and Ruritania brokered a truce between the warring parties.",
            "Sylvania and Ruritania mediated a ceasefire between the two sides on Monday.",
            "Sylvania and Ruritania have tried to broker a truce between the warring parties.")) {
      assertTrue(
          agreements(body).stream().noneMatch(a -> parties(a).contains("Sylvania")),
          body + ": " + agreements(body));
      assertFalse(interactions(body).contains("Sylvania-Ruritania 05"), body);
    }
    assertEquals(
        List.of("Estrella", "Valdoria"),
        parties(
            onlyAgreement(
                "Valdoria and Estrella have fought since May. Sylvania and Ruritania brokered a"
                    + " truce between the two sides.")));
  }

  @Test
  void whoSaysTheTwoSidesWillNegotiateADealIsNoParty() {
    String body =
        "Valdoria and Estrella signed a truce on Saturday. Sylvania said the two sides would"
            + " negotiate a peace deal within three months.";
    assertTrue(
        agreements(body).stream().noneMatch(a -> parties(a).contains("Sylvania")),
        body + ": " + agreements(body));
  }

  @Test
  void theTwoSidesAreThoseTheHostedTalksWereBetween() {
    assertEquals(
        List.of("Aster Union", "Valdoria"),
        parties(
            onlyAgreement(
                "Sylvania hosted talks between the Valdorian government and the Aster Union in"
                    + " its capital. The two sides pledged to observe a ceasefire.")));
  }

  @Test
  void talksAfterWhichTheyAgreedAreOver() {
    // agreeing to a ceasefire accepts it, as agreeing a ceasefire does: not negotiating any more
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella agreed to a ceasefire on Monday after two days of talks.")
            .get(0)
            .status());
    assertEquals(
        Fact.AgreementStatus.NEGOTIATING,
        agreements("Valdoria and Estrella are holding talks on a ceasefire.").get(0).status());
  }

  @Test
  void talksAtWhichTheyAgreedGaveTheDeal() {
    for (String text :
        List.of(
            "Valdoria and Estrella agreed on a roadmap at talks in Port Aster.",
            "Valdoria and Estrella reached a deal during talks in Port Aster on Friday.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status(), text);
    }
    assertEquals(
        Fact.AgreementStatus.NEGOTIATING,
        agreements("Valdoria and Estrella are at talks on a ceasefire.").get(0).status());
  }

  @Test
  void aWordGluedOnByAHyphenBelongsToTheName() {
    List<Fact.Agreement> found = agreements("Valdoria and Estrella agreed to a four-day truce.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("four-day truce"), found.get(0).names());
  }

  @Test
  void aVenueCountryIsNoMainActorToFillAnAgreement() {
    List<Fact.Agreement> found =
        agreements(
            "Talks began in Sylvania on Monday. Envoys met in Sylvania again on Tuesday. Valdoria"
                + " agreed on a permanent truce, the mediator said. Valdoria's army welcomed it.");
    assertTrue(found.stream().noneMatch(a -> parties(a).contains("Sylvania")), found.toString());
  }

  @Test
  void anAgreementOnBorderSecurityIsASecurityAgreement() {
    assertEquals(
        Fact.AgreementKind.SECURITY,
        agreements("Valdoria and Estrella signed a memorandum of understanding on border security.")
            .get(0)
            .kind());
    assertEquals(
        Fact.AgreementKind.OTHER,
        agreements("Valdoria and Estrella signed a memorandum of understanding on food security.")
            .get(0)
            .kind());
  }

  @Test
  void aRevokedAgreementHasEnded() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria's government revoked a military cooperation agreement with Estrella in"
                + " March.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.ENDED, found.get(0).status());
  }

  @Test
  void aDeedTheLeadReportsWithNoDateIsOfTheArticlesDay() {
    assertEquals(
        Optional.of("2023-05-13"),
        agreements("Valdoria and Estrella have signed a defence pact, officials said.")
            .get(0)
            .date());
    assertEquals(
        Optional.of("2023-05-11"),
        agreements(
                "Valdoria and Estrella signed a defence pact, officials said. The pact was signed"
                    + " on Thursday in the capital.")
            .get(0)
            .date());
    for (String body :
        List.of(
            "Valdoria and Estrella have proposed a defence pact, officials said.",
            "After Valdoria and Estrella signed a defence pact, trade grew.",
            "Valdoria and Estrella will sign a defence pact, officials said.",
            "Valdoria and Estrella must ratify the defence pact, officials said.",
            "Valdoria and Estrella discussed the ceasefire in the capital.",
            "Valdoria and Estrella are signatories to the Aster Treaty.",
            "Valdoria and Estrella met. The two countries later signed a defence pact.",
            "Ministers met in the capital.\nValdoria and Estrella signed a defence pact.")) {
      List<Fact.Agreement> found = agreements(body);
      assertEquals(1, found.size(), body + ": " + found);
      assertEquals(Optional.empty(), found.get(0).date(), body);
    }
  }

  @Test
  void agreeingToATruceConcludesItAndAgreeingToWorkTowardsADealAnnouncesIt() {
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella agreed to a ceasefire on Monday.").get(0).status());
    assertEquals(
        Fact.AgreementStatus.ANNOUNCED,
        agreements("Valdoria and Estrella agreed to work towards a trade deal.").get(0).status());
  }

  @Test
  void aLegislaturesApprovalRatifies() {
    assertEquals(
        Fact.AgreementStatus.RATIFIED,
        agreements(
                "The defence pact between Valdoria and Estrella was approved by parliament on"
                    + " Monday.")
            .get(0)
            .status());
    for (String body :
        List.of(
            "The defence pact between Valdoria and Estrella must be approved by parliament.",
            "Valdoria approved a defence pact with Estrella on Monday.")) {
      List<Fact.Agreement> found = agreements(body);
      assertEquals(1, found.size(), body + ": " + found);
      assertFalse(found.get(0).status() == Fact.AgreementStatus.RATIFIED, body);
    }
  }

  @Test
  void endingAnAgreementEndsIt() {
    List<Fact.Agreement> found =
        agreements("Valdoria ended its defence cooperation agreement with Estrella in March.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.ENDED, found.get(0).status());
  }

  @Test
  void anAgreementOnEnergyTransportOrToBuildAPortIsEconomic() {
    for (String body :
        List.of(
            "Valdoria and Estrella signed an energy cooperation agreement.",
            "Valdoria and Estrella announced an energy partnership.",
            "Valdoria and Estrella signed an agreement on electricity supply.",
            "Valdoria and Estrella signed a cooperation agreement on economic matters.",
            "Valdoria and Estrella have signed an agreement on grain transit.",
            "Valdoria and Estrella signed a deal to build a new port.",
            "Valdoria and Estrella signed an agreement to build a 1,000-km pipeline.")) {
      assertEquals(Fact.AgreementKind.ECONOMIC, onlyAgreement(body).kind(), body);
    }
    assertEquals(
        Fact.AgreementKind.DEFENCE,
        agreements("Valdoria and Estrella announced a strategic partnership on energy.")
            .get(0)
            .kind());
  }

  @Test
  void extraditionAndJointForcesAreSecurity() {
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella signed an extradition treaty and a defence cooperation"
                + " agreement.");
    assertEquals(2, found.size(), found.toString());
    assertEquals(
        List.of(Fact.AgreementKind.DEFENCE, Fact.AgreementKind.SECURITY),
        found.stream().map(Fact.Agreement::kind).sorted().toList());
    assertEquals(
        Fact.AgreementKind.SECURITY,
        agreements("Valdoria and Estrella signed an agreement to deploy a joint border force.")
            .get(0)
            .kind());
  }

  @Test
  void aDeedWithNoDateIsOfTheDayOfTheMeetingTheSentenceBeforeTells() {
    assertEquals(
        Optional.of("2023-05-11"),
        agreements(
                "Ana Ruiz met the Estrellan president in the capital on Thursday. Valdoria and"
                    + " Estrella signed a defence pact.")
            .get(0)
            .date());
    // a meeting in another paragraph, or a date of something else, leaves the lead's own day
    assertEquals(
        Optional.empty(),
        agreements(
                "Ministers met on trade.\nAna Ruiz met the Estrellan president on Thursday.\n"
                    + "Valdoria and Estrella signed a defence pact.")
            .get(0)
            .date());
    assertEquals(
        Optional.of("2023-05-13"),
        agreements(
                "Fighting began in 2020. Valdoria and Estrella signed a ceasefire, officials said.")
            .get(0)
            .date());
  }

  @Test
  void anAgreementThatEndsAWarIsOfPeace() {
    assertEquals(
        Fact.AgreementKind.PEACE,
        agreements("Valdoria and Estrella signed the Aster accords, which ended the war.")
            .get(0)
            .kind());
    assertEquals(
        Fact.AgreementKind.OTHER,
        agreements("Valdoria and Estrella signed an accord at the end of the war.").get(0).kind());
  }

  @Test
  void partnersCoordinatedAfterWithAreThePartiesPartnersNotEachOthers() {
    List<Fact.Agreement> found =
        agreements("Valdoria has a similar agreement with Estrella and Sylvania.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Sylvania", "Valdoria"), parties(found.get(0)));
    Set<String> pairs = new TreeSet<>();
    for (Fact.Interaction i : AgreementInteractions.interactions(found.get(0))) {
      pairs.add(new TreeSet<>(List.of(i.source().label(), i.target().label())).toString());
    }
    assertEquals(Set.of("[Estrella, Valdoria]", "[Sylvania, Valdoria]"), pairs);
    Fact.Agreement between =
        agreements("Valdoria welcomed the agreement between Estrella and Sylvania.").get(0);
    assertEquals(Set.of(), between.apart());
  }

  @Test
  void theRelativeClauseThatSignsAnAgreementWithAPartnerNamesItsParties() {
    for (String body :
        List.of(
            "Sylvania could join the pact that Valdoria signed with Estrella.",
            "Sylvania criticised the agreement that Valdoria signed with Estrella.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
    List<Fact.Agreement> negotiated =
        agreements("Sylvania rejected the deal that the Aster Union negotiated with Estrella.");
    assertEquals(List.of("Aster Union", "Estrella"), parties(negotiated.get(0)));
    List<Fact.Agreement> joined =
        agreements("Sylvania joined the pact that Valdoria signed with Estrella.");
    assertEquals(List.of("Estrella", "Sylvania", "Valdoria"), parties(joined.get(0)));
  }

  @Test
  void partiesOwningAPactTogetherOrSigningItInARelativeClauseOrAfterADate() {
    for (String body :
        List.of(
            "Valdoria and Estrella's defence pact, signed on Monday, takes effect in June.",
            "The pact, which Valdoria and Estrella signed last week, covers fisheries.",
            "The treaty, signed in 1994 by Valdoria and Estrella, remains in force.",
            "Gas flows under a memorandum signed in Port Aster on Monday by Valdoria and"
                + " Estrella.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
    Fact.Agreement treaty =
        agreements("The treaty, signed in 1994 by Valdoria and Estrella, remains in force.").get(0);
    assertEquals(Optional.of("1994"), treaty.date());
    assertEquals(Fact.AgreementStatus.IN_FORCE, treaty.status());
  }

  @Test
  void partiesBoundByATreatyHaveItInForce() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella have been bound by the Aster Treaty since 1973.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.IN_FORCE, found.get(0).status());
  }

  @Test
  void aContractForHelicoptersIsOfArms() {
    assertEquals(
        Fact.AgreementKind.ARMS,
        agreements("Valdoria signed a contract with Estrella for 20 helicopters.").get(0).kind());
  }

  @Test
  void concludingTheTalksOnADealAnnouncesItUnsigned() {
    for (String body :
        List.of(
            "Valdoria and Estrella concluded negotiations on a trade agreement on Friday.",
            "Valdoria and Estrella concluded negotiations on a trade agreement in December,"
                + " ending two decades of talks.")) {
      assertEquals(Fact.AgreementStatus.ANNOUNCED, onlyAgreement(body).status(), body);
    }
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        agreements("Valdoria and Estrella concluded a trade agreement on Friday.").get(0).status());
  }

  @Test
  void actorsJoinedBeforeARelativePronounAreThePartiesAndItsClauseDatesThePact() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella, which signed a maritime pact in 2019, met on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Optional.of("2019"), found.get(0).date());
  }

  @Test
  void theSellerABuyerBoughtFromIsTheOtherPartyToTheContract() {
    List<Fact.Agreement> found =
        agreements("Valdoria bought 36 jets from Estrella under a contract signed in 2016.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementKind.ARMS, found.get(0).kind());
    assertEquals(Optional.of("2016"), found.get(0).date());
  }

  @Test
  void thoseWhoAgreedToActOnAnAgreementAreItsPartiesNotWhoeverReportsIt() {
    for (String body :
        List.of(
            "Sylvania said Valdoria and Estrella had agreed to extend the truce.",
            "Sylvania and Ruritania said Valdoria and Estrella had agreed to extend the truce.",
            "Valdoria and Estrella decided to renew the trade pact, Sylvania said.")) {
      assertEquals(List.of("Estrella", "Valdoria"), parties(onlyAgreement(body)), body);
    }
  }

  @Test
  void memorandumsAreAgreementsAsMemorandaAre() {
    List<Fact.Agreement> found =
        agreements("Valdoria and Estrella signed two memorandums of understanding on Monday.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)));
    assertEquals(Fact.AgreementStatus.SIGNED, found.get(0).status());
  }

  @Test
  void anAgreementDisputedOverIsNoneOfTheDisputants() {
    for (String body :
        List.of(
            "Valdoria and Estrella have been locked in a dispute over a port deal.",
            "Sylvania sought to ease tensions with Valdoria over a disputed port deal.",
            "Valdoria and Estrella are locked in a stand-off over a port deal.")) {
      assertEquals(List.of(), agreements(body), body);
    }
    List<Fact.Agreement> owned =
        agreements("Valdoria and Estrella are in a row over Sylvania's port deal with Ruritania.");
    assertEquals(1, owned.size(), owned.toString());
    assertEquals(List.of("Ruritania", "Sylvania"), parties(owned.get(0)));
  }

  @Test
  void aLaterStageStatedOfTheAgreementByItsOwnNameRaisesItsStatus() {
    // "the comprehensive treaty" refers back, by a name of its own, and says talks have begun
    List<Fact.Agreement> found =
        agreements(
            "Valdoria and Estrella discussed plans to sign a peace treaty. Valdoria and Estrella"
                + " agreed to start official negotiations on the comprehensive treaty.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Fact.AgreementStatus.NEGOTIATING, found.get(0).status(), found.toString());
    assertEquals(
        List.of(Fact.AgreementStatus.PROPOSED, Fact.AgreementStatus.NEGOTIATING),
        found.get(0).stages().stream().map(Fact.AgreementStage::status).toList());
  }

  @Test
  void eachStageOfAMergedAgreementIsAnExchangeOfItsParties() {
    // the plan to sign is an intent (03) though the treaty is later negotiated (04)
    List<Fact.Interaction> found =
        AgreementInteractions.interactions(
            agreements(
                    "Valdoria and Estrella discussed plans to sign a peace treaty. Valdoria and"
                        + " Estrella agreed to start official negotiations on the comprehensive"
                        + " treaty.")
                .get(0));
    assertEquals(
        List.of("04", "03"),
        found.stream().map(Fact.Interaction::cameo).toList(),
        found.toString());
    assertTrue(found.get(1).evidence().stream().allMatch(e -> e.sentence() == 0), found.toString());
  }

  @Test
  void aPactSignedAfterAMeetingIsMadeWithWhomTheSubjectMet() {
    for (String text :
        List.of(
            "Valdoria met Estrella in the capital on Tuesday and signed an agreement on a railway.",
            "Valdoria held talks with Estrella on Monday and signed a water deal.",
            "Valdoria hosted Estrella on Friday and clinched a trade pact.")) {
      List<Fact.Agreement> found = agreements(text);
      assertEquals(1, found.size(), text + found);
      assertEquals(List.of("Estrella", "Valdoria"), parties(found.get(0)), text + found);
    }
    assertTrue(
        agreements("Valdoria met Estrella on Monday and praised the trade pact.").stream()
            .noneMatch(a -> a.parties().size() == 2),
        "praising is no making");
  }

  @Test
  void aDateBetweenAVerbAndItsInfinitiveKeepsTheSubjectAParty() {
    Fact.Agreement a =
        onlyAgreement(
            "Valdoria agreed on Thursday to extend a free trade agreement with Estrella.");
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
    a = onlyAgreement("Valdoria decided last week to suspend its trade deal with Estrella.");
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
    a = onlyAgreement("Valdoria and Estrella agreed on Monday to renew their defence pact.");
    assertEquals(Fact.AgreementStatus.ANNOUNCED, a.status(), "agreed to renew: not yet signed");
  }

  @Test
  void talksThatCollapsedEndNoAgreement() {
    Fact.Agreement a =
        onlyAgreement(
            "Valdoria and Estrella signed a water accord on Friday, two years after talks"
                + " collapsed.");
    assertEquals(Fact.AgreementStatus.SIGNED, a.status());
    a = onlyAgreement("The water accord between Valdoria and Estrella collapsed on Friday.");
    assertEquals(Fact.AgreementStatus.ENDED, a.status());
  }

  @Test
  void anInitialledTextIsSignedAndItsInitiallersAreItsParties() {
    for (String body :
        List.of(
            "Valdoria and Estrella initialled a fisheries agreement on Thursday.",
            "Valdoria and Estrella initialed a fisheries agreement on Thursday.",
            "The draft treaty was initialled by Valdoria and Estrella after four rounds of talks.")) {
      Fact.Agreement a = onlyAgreement(body);
      assertEquals(Fact.AgreementStatus.SIGNED, a.status(), body);
      assertEquals(List.of("Estrella", "Valdoria"), parties(a), body);
    }
  }

  @Test
  void aLetterOfIntentSignedByTwoIsTheirAgreement() {
    Fact.Agreement a =
        onlyAgreement("Valdoria signed a letter of intent with Estrella on lithium mining.");
    assertEquals(List.of("letter of intent"), a.names());
    assertEquals(Fact.AgreementStatus.SIGNED, a.status());
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
  }

  @Test
  void anAgreementInPrincipleIsAnnouncedNotSigned() {
    for (String body :
        List.of(
            "Valdoria and Estrella reached an agreement in principle on the islands.",
            "Valdoria and Estrella agreed in principle on a defence pact.")) {
      assertEquals(Fact.AgreementStatus.ANNOUNCED, onlyAgreement(body).status(), body);
    }
    assertEquals(
        Fact.AgreementStatus.SIGNED,
        onlyAgreement("Valdoria and Estrella signed an agreement in principle on the islands.")
            .status());
  }

  @Test
  void aVetoedDealIsRejected() {
    assertEquals(
        Fact.AgreementStatus.REJECTED,
        onlyAgreement("Valdoria vetoed the trade deal with Estrella on Friday.").status());
  }

  @Test
  void theFirstAgreementSignedByOneCountryIsWithTheCountryJustSpokenOf() {
    Fact.Agreement a =
        onlyAgreement(
            "Estrella has offered patrol boats to its neighbours. Valdoria signed the defence pact"
                + " on Tuesday.");
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
    // no country in the sentence before, two, or an agreement the article told of already: none
    assertTrue(
        agreements("Rain fell on Monday. Valdoria signed the defence pact on Tuesday.").isEmpty());
    assertTrue(
        agreements("Estrella and Sylvania sent aid. Valdoria signed the defence pact on Tuesday.")
            .isEmpty());
    for (Fact.Agreement x :
        agreements(
            "Valdoria ratified the Aster Treaty in May. Estrella sent aid. Valdoria signed the"
                + " defence pact on Tuesday.")) {
      assertFalse(parties(x).contains("Estrella"), x.toString());
    }
    // a deal only spoken of is no deed of the party
    assertTrue(
        agreements("Estrella sent aid. Valdoria discussed the defence pact on Tuesday.").isEmpty());
  }

  @Test
  void theFirstAgreementLeftByOneCountryIsWithTheInternationalBodyJustSpokenOf() {
    Fact.Agreement a =
        onlyAgreement(
            "The Aster Commission spent two years negotiating with Valdoria. Valdoria rejected the"
                + " trade deal on Friday.");
    assertEquals(List.of("Aster Commission", "Valdoria"), parties(a));
    assertEquals(Fact.AgreementStatus.REJECTED, a.status());
  }

  @Test
  void aSignedFrameworkIsAnAgreementAndAFrameworkAloneIsNone() {
    Fact.Agreement a =
        onlyAgreement("Valdoria and Estrella signed a framework for a gas pipeline on Monday.");
    assertEquals(List.of("framework"), a.names());
    assertEquals(Fact.AgreementStatus.SIGNED, a.status());
    assertTrue(
        agreements("Valdoria and Estrella discussed a legal framework for migration.").isEmpty());
  }

  @Test
  void anOutsiderRejectingAnAgreementWhoseModifiersNameBothSidesIsNoParty() {
    Fact.Agreement a =
        onlyAgreement("Sylvania rejected the Valdorian-Estrellan maritime deal as null and void.");
    assertEquals(List.of("Estrella", "Valdoria"), parties(a));
    assertFalse(a.status() == Fact.AgreementStatus.REJECTED, a.toString());
  }
}
