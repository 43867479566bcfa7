package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.found;
import static org.actorgraph.relate.FoundInteractions.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The actors on each side of an act a noun names ({@link NounInteractions}), read through {@link
 * DependencyInteractionFinder}.
 */
class NounInteractionsTest {

  @Test
  void aCoalitionAgainstAnActorIsNoCooperationWithIt() {
    assertEquals(Set.of(), found("Freedonia led a military coalition against Sylvania for years."));
  }

  @Test
  void anInquiryIntoAnActorIsAimedAtItWhereverTheParserHangsInto() {
    // the parser hangs "into" on the verb after "probe", on the noun after "investigation"
    assertEquals(
        Set.of("Freedonia 09 Sylvania"), found("Freedonia launched a probe into Sylvania."));
    assertEquals(Set.of("Freedonia 09 Sylvania"), found("Freedonia opened a probe into Sylvania."));
    assertEquals(
        Set.of("Freedonia 09 Sylvania"), found("Freedonia opened an investigation into Sylvania."));
    assertEquals(Set.of(), found("Freedonia launched a probe into the crash."));
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
  void clashesBetweenTwoActorsAreFighting() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Clashes between Freedonia and Sylvania killed ten people on Monday."));
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
  void anActOrderedIsTheOrderersAct() {
    assertEquals(
        Set.of("Jane Doe 19 Sylvania"),
        found("Jane Doe ordered strikes on Sylvania's power grid."));
    assertEquals(
        Set.of("Jane Doe 19 Northern Union"),
        found("Jane Doe authorised a ground offensive against the Northern Union."));
    // ordering goods is buying them, the verb's own act
    assertEquals(
        Set.of("Freedonia 06 Sylvania"), found("Freedonia ordered 48 tanks from Sylvania."));
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
  void whoComesUnderFireIsItsTarget() {
    assertEquals(
        Set.of("Northern Union 19 Freedonia"),
        found("Freedonian troops came under fire from Northern Union fighters."));
    assertEquals(
        Set.of("Sylvania 19 Freedonia"),
        found("A Freedonian convoy came under attack by Sylvanian forces."));
    assertEquals(
        Set.of("Sylvania 11 Jane Doe"), found("Jane Doe came under criticism from Sylvania."));
  }

  @Test
  void aReactionThatAnActPromptsTargetsItsDoer() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania", "Ruritania 11 Freedonia"),
        found("Freedonia struck Sylvania overnight, prompting a rebuke from Ruritania."));
    assertEquals(
        Set.of("Ruritania 11 Freedonia"),
        found("Freedonia's strikes on Port Aster sparked condemnation from Ruritania."));
  }

  @Test
  void aNounsPartnerMayFollowFor() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Jane Doe reaffirmed Freedonia's support for Sylvania."));
  }

  @Test
  void aVerbThatRestatesAnActGivesTheActItsSubject() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"), found("Freedonia reiterated its support for Sylvania."));
  }

  @Test
  void theOwnersOfAJointActActWithEachOther() {
    Set<String> f = found("Freedonia and Sylvania held a joint news conference with Ruritania.");
    assertTrue(f.contains("Freedonia 04 Sylvania"), f.toString());
    assertTrue(f.contains("Freedonia 04 Ruritania"), f.toString());
  }

  @Test
  void actorsInAStateOfConflictActOnEachOther() {
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia and Sylvania have been at war since May."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia is at war with Sylvania."));
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
  void aSanctionOnACountrysPossessionAfterALightVerbReachesTheCountry() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia imposed sanctions on Sylvania's oil sector."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"), found("Freedonia imposed sanctions on Sylvanian banks."));
    assertEquals(Set.of(), found("Freedonia held talks on Sylvania's future."));
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

  @Test
  void aRoundOfTalksIsTalks() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia and Sylvania held a new round of talks in Port Aster."));
  }

  @Test
  void aVerbsNominalTakesItsObjectAfterOf() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia announced the recall of the Sylvanian ambassador."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia announced the recall of its ambassador from Sylvania."));
    assertEquals(
        Set.of("Freedonia 16 Sylvania"),
        found("Freedonia's recall of its envoy to Sylvania angered Ruritania."));
    assertEquals(
        Set.of("Sylvania 16 Ruritania"),
        found("The recall of the Sylvanian ambassador from Ruritania was announced on Monday."));
    assertEquals(Set.of(), found("Freedonia announced the recall of the Sylvanian cars."));
  }

  @Test
  void aGerundOfAVerbNamesTheVerbsAct() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("Freedonia's summoning of the Sylvanian ambassador drew criticism."));
    assertEquals(
        Set.of("Freedonia 04 Sylvania"),
        found("The summoning of the Sylvanian ambassador by Freedonia followed the incident."));
  }

  @Test
  void aStatesRecognitionOfAnotherIsDiplomaticCooperation() {
    assertEquals(
        Set.of("Freedonia 05 Sylvania"),
        found("Freedonia's recognition of Sylvania angered Ruritania."));
    assertEquals(
        Set.of(), found("Jane Doe received an award in recognition of her work for Sylvania."));
  }

  @Test
  void aByTheParserHangsOnTheVerbNamesTheDoerOfItsObject() {
    assertEquals(
        Set.of("Freedonia 16 Sylvania", "Ruritania 11 Freedonia"),
        found("Ruritania condemned the expulsion of Sylvanian diplomats by Freedonia."));
    assertEquals(
        Set.of("Freedonia 05 Sylvania", "Ruritania 11 Freedonia"),
        found("Ruritania condemned the recognition of Sylvania by Freedonia."));
  }

  @Test
  void theCountryOfThoseAnActIsDoneToIsItsTarget() {
    assertEquals(
        Set.of("Northern Union 18 Sylvania"),
        found("The kidnapping of four Sylvanian workers by the Northern Union ended on Monday."));
    assertEquals(
        Set.of("Freedonia 08 Sylvania"),
        found("The release of two Sylvanian fishermen by Freedonia was welcomed."));
    assertEquals(
        Set.of(),
        found("The release of two Sylvanian fishermen was welcomed."),
        "no doer, no interaction");
  }

  @Test
  void whoDeniesAnAccusationIsItsTarget() {
    assertEquals(
        Set.of("Sylvania 11 Freedonia", "Freedonia 12 Sylvania"),
        found("Freedonia denied the accusations by Sylvania."));
    Set<String> f = found("Freedonia rejected the allegations by Sylvania.");
    assertTrue(f.contains("Sylvania 11 Freedonia"), f.toString());
    Set<String> other = found("Freedonia rejected Sylvania's accusations against Ruritania.");
    assertTrue(!other.contains("Sylvania 11 Freedonia"), other.toString());
  }

  @Test
  void theOneAnArrestOrExtraditionIsOfIsNoDoer() {
    assertEquals(Set.of(), found("The extradition of John Roe to Sylvania was delayed."));
    assertEquals(
        Set.of("Freedonia 17 John Roe"),
        found("The extradition of John Roe to Sylvania by Freedonia was delayed."));
  }

  @Test
  void aWarrantsIssuerActsOnWhomItIsExecuted() {
    assertEquals(
        Set.of("Northern Union 17 John Roe"),
        found("John Roe was arrested on a Northern Union warrant in Port Aster."));
    assertEquals(
        Set.of("Freedonia 17 John Roe", "Northern Union 17 John Roe"),
        found("Freedonia detained John Roe on a warrant from the Northern Union."));
    assertEquals(Set.of(), found("John Roe was arrested on a warrant on Monday."));
  }

  @Test
  void aRedNoticeIsAWarrantForWhomItNames() {
    assertEquals(
        Set.of("Northern Union 17 John Roe"),
        found("The Northern Union issued a red notice for John Roe."));
  }

  @Test
  void aPersonsArrestIsDoneToThem() {
    assertEquals(
        Set.of("Freedonia 17 John Roe"),
        found("John Roe's arrest by Freedonia drew protests on Monday."));
    Set<String> f = found("Sylvania condemned John Roe's detention by Freedonia.");
    assertTrue(f.contains("Sylvania 11 Freedonia"), f.toString());
    assertTrue(!f.contains("Sylvania 11 John Roe"), f.toString());
    assertEquals(
        Set.of("Freedonia 17 John Roe", "Sylvania 11 Freedonia"),
        found("Sylvania condemned the detention of John Roe by Freedonia."));
  }

  @Test
  void leadersWhoOverseeASigningSignTogether() {
    assertEquals(
        Set.of("Jane Doe 05 John Roe"),
        found("Jane Doe and John Roe witnessed the signing of two trade pacts."));
    assertEquals(
        Set.of("Jane Doe 05 John Roe"),
        found("Jane Doe and John Roe presided over the signing of two trade pacts."));
    // one overseer is a host or mediator, and a signing with its own parties is theirs
    assertEquals(Set.of(), found("Jane Doe witnessed the signing of two trade pacts."));
    Set<String> f =
        found(
            "Jane Doe and John Roe witnessed the signing of a pact between Freedonia and"
                + " Sylvania.");
    assertFalse(f.contains("Jane Doe 05 John Roe"), f.toString());
  }

  @Test
  void talksThatEndInAnAgreementAreAnAgreementOfTheirSides() {
    Set<String> f = found("Talks between Freedonia and Sylvania ended in an agreement.");
    assertTrue(f.contains("Freedonia 05 Sylvania"), f.toString());
    f = found("Talks between Freedonia and Sylvania hosted by Ruritania concluded with a deal.");
    assertTrue(f.contains("Freedonia 05 Sylvania"), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.contains("05 Ruritania")), f.toString());
    f = found("Talks between Freedonia and Sylvania ended without an agreement.");
    assertFalse(f.contains("Freedonia 05 Sylvania"), f.toString());
  }

  @Test
  void coHostsOfTheTalksOfOthersMeetTheSidesNotEachOther() {
    Set<String> f =
        found("Freedonia and the Northern Union resumed talks hosted by Sylvania and Ruritania.");
    assertEquals(
        Set.of(
            "Freedonia 04 Northern Union",
            "Sylvania 04 Freedonia",
            "Sylvania 04 Northern Union",
            "Ruritania 04 Freedonia",
            "Ruritania 04 Northern Union"),
        f);
    f = found("Freedonia and the Northern Union held talks mediated by Sylvania and Ruritania.");
    assertFalse(f.contains("Sylvania 04 Ruritania"), f.toString());
    assertTrue(f.contains("Ruritania 04 Freedonia"), f.toString());
    f = found("Sylvania and Ruritania hosted talks between Freedonia and the Northern Union.");
    assertFalse(f.contains("Sylvania 04 Ruritania"), f.toString());
    assertTrue(f.contains("Sylvania 04 Northern Union"), f.toString());
    assertTrue(f.contains("Freedonia 04 Northern Union"), f.toString());
    // those who meet, and a single host, still meet
    assertEquals(
        Set.of("Sylvania 04 Ruritania"), found("Sylvania and Ruritania met in Port Aster."));
    assertEquals(Set.of("Sylvania 04 Ruritania"), found("Sylvania hosted Ruritania for talks."));
  }

  @Test
  void aWarNamedOnlyByWhereItIsFoughtIsNoFightOfTheClausesActors() {
    assertEquals(Set.of(), found("Freedonia would not take sides in the war in Sylvania."));
    assertEquals(Set.of(), found("Freedonia stayed neutral in the war in Sylvania."));
    // its owner, a light verb's subject, whom it is aimed at, or a verb of force name its sides
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia's war in Sylvania entered its third year."));
    assertEquals(Set.of("Freedonia 19 Sylvania"), found("Freedonia waged war in Sylvania."));
    Set<String> f = found("Freedonia backed Sylvania in the war against Ruritania.");
    assertTrue(f.contains("Freedonia 19 Ruritania"), f.toString());
    assertEquals(
        Set.of("Freedonia 19 Sylvania"),
        found("Freedonia killed ten militants in air strikes in northern Sylvania."));
  }

  @Test
  void aMeetingOfTheMinistersOfSeveralActorsPairsThemAll() {
    assertEquals(
        Set.of("Freedonia 04 Sylvania", "Freedonia 04 Ruritania", "Sylvania 04 Ruritania"),
        found(
            "A meeting of the foreign ministers of Freedonia, Sylvania and Ruritania was held in"
                + " Port Aster on Thursday."));
  }

  @Test
  void aNameWithOfTakesTheConjunctTheParserHangsOnItsLastWord() {
    TestArticles world =
        world().entity("Republic of Estrella", EntityType.COUNTRY, "Republic of Estrella");
    assertTrue(
        found(
                world.resolve("Talks between the Republic of Estrella and Sylvania broke down."),
                Map.of())
            .contains("Republic of Estrella 04 Sylvania"));
  }

  @Test
  void aPhoneCallOnADayIsAMeetingNotAnAppeal() {
    assertEquals(
        Set.of("Jane Doe 04 John Roe"),
        found("A phone call between Jane Doe and John Roe on Sunday focused on energy prices."));
  }

  @Test
  void aThreatAgainstAnActorThreatensIt() {
    assertEquals(
        Set.of("Freedonia 13 Sylvania"), found("Freedonia's threats against Sylvania alarmed us."));
    assertEquals(Set.of(), found("The threat of terrorism worries Freedonia."));
    assertEquals(Set.of(), found("Freedonia is a threat to Sylvania, the minister said."));
    assertEquals(Set.of(), found("Freedonia poses a threat to Sylvania, the minister said."));
  }

  @Test
  void condemnationDrawnByAnAttackIsAimedAtItsAgent() {
    assertTrue(
        found("The attack by Freedonia on a Sylvanian tanker drew condemnation from Ruritania.")
            .contains("Ruritania 11 Freedonia"));
  }
}
