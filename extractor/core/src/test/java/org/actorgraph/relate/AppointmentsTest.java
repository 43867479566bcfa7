package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/** Offices given by appointment, election and succession, with their tense; word order only. */
class AppointmentsTest {

  private static final RoleLexicon ROLES = new GazetteerRoleLexicon(Gazetteer.standard());

  private static Set<String> positions(String body) {
    return new PositionFinder(ROLES)
        .find(world().resolve(body)).stream()
            .map(f -> (Fact.Position) f)
            .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
            .collect(Collectors.toSet());
  }

  /** The invented world of the appointment tests, shared with {@link ParsedAppointmentsTest}. */
  static TestArticles world() {
    return new TestArticles()
        .entity("Chile", EntityType.COUNTRY, "Chile")
        .entity("Kenya", EntityType.COUNTRY, "Kenya")
        .entity("Peru", EntityType.COUNTRY, "Peru")
        .entity("parliament", EntityType.ORGANISATION, "parliament")
        .entity("Northwind", EntityType.ORGANISATION, "Northwind")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
        .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz")
        .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg")
        .entity("John Roe", EntityType.PERSON, "John Roe");
  }

  @Test
  void anAppointeeTakesTheAppointersCountry() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe defence minister Chile"),
        positions("Chile's President John Roe appointed Jane Doe as defence minister on Monday."));
    assertEquals(
        Set.of("John Roe president Kenya", "Jane Doe foreign minister Kenya"),
        positions("Kenya's President John Roe named Jane Doe foreign minister."));
    assertEquals(
        Set.of("John Roe president Kenya", "Jane Doe interior minister Kenya"),
        positions(
            "Kenya's President John Roe appointed Jane Doe to the post of interior minister."));
  }

  @Test
  void aRankBeforeTheAppointeeIsNotTheOfficeGiven() {
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("The junta named General Jane Doe president of Peru on Monday."));
  }

  @Test
  void appointeesJoinedToTheFirstShareItsAppointer() {
    assertEquals(
        Set.of(
            "John Roe president Chile",
            "Jane Doe defence minister Chile",
            "Ana Ruiz foreign minister Chile",
            "Tomas Berg interior minister Chile"),
        positions(
            "Chile's President John Roe named Jane Doe as defence minister, Ana Ruiz as foreign"
                + " minister and Tomas Berg as interior minister."));
  }

  @Test
  void anAppositionMayStandBetweenTheAppointeeAndTheTitle() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe defence minister Chile"),
        positions(
            "Chile's President John Roe appointed Jane Doe, a former judge, as defence minister."));
  }

  @Test
  void theCountrysTitleIsTheAppointersCountrys() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe finance minister Chile"),
        positions(
            "Chile's President John Roe on Tuesday named Jane Doe as the country's new finance"
                + " minister."));
  }

  @Test
  void whoTheAppointeeReplacesHeldTheOfficeBefore() {
    assertEquals(
        Set.of(
            "Jane Doe president Chile",
            "John Roe finance minister Chile",
            "Ana Ruiz former finance minister Chile"),
        positions(
            "Chile's President Jane Doe named John Roe as finance minister, replacing Ana Ruiz,"
                + " who resigned."));
    assertEquals(
        Set.of(
            "Jane Doe president Chile",
            "John Roe finance minister-elect Chile",
            "Ana Ruiz finance minister Chile"),
        positions(
            "Chile's President Jane Doe will name John Roe as finance minister, replacing Ana"
                + " Ruiz."));
  }

  @Test
  void aNounOfAppointmentGivesTheOfficeToo() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe defence minister Chile"),
        positions(
            "Chile's President John Roe defended his appointment of Jane Doe as defence minister."
                + " John Roe's appointment of Jane Doe as defence minister was criticised."));
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Jane Doe's election as president of Peru surprised many."));
  }

  @Test
  void reElectedWrittenWithAHyphenIsElected() {
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Peru's parliament re-elected Jane Doe as president."));
  }

  @Test
  void anAgeMayStandBetweenTheNameAndThePassive() {
    assertEquals(
        Set.of("Jane Doe ambassador Peru"),
        positions("Jane Doe, 54, was appointed Peru's ambassador."));
  }

  @Test
  void aLocalOfficeMayBeAPlaces() {
    assertEquals(
        Set.of("Jane Doe mayor Port Aster"),
        positions("Voters elected Jane Doe mayor of Port Aster."));
  }

  @Test
  void whoSwearsSomeoneInGivesTheOffice() {
    assertEquals(
        Set.of("John Roe president Peru", "Jane Doe prime minister Peru"),
        positions("Peru's President John Roe swore in Jane Doe as prime minister on Monday."));
  }

  @Test
  void aCountryThatAppointsOwnsTheOffice() {
    assertEquals(
        Set.of("Jane Doe ambassador Chile"),
        positions("Chile has appointed Jane Doe as ambassador."));
  }

  @Test
  void theTitlesOwnOwnerWinsOverTheAppointers() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe foreign minister Peru"),
        positions("Chile's President John Roe named Jane Doe as Peru's foreign minister."));
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe foreign minister Peru"),
        positions("Chile's President John Roe named Jane Doe foreign minister of Peru."));
  }

  @Test
  void aPromotionGivesTheTitleAfterTo() {
    assertEquals(
        Set.of("Jane Doe foreign minister Chile"),
        positions("Jane Doe was promoted to foreign minister of Chile on Monday."));
    assertEquals(Set.of(), positions("Jane Doe was promoted to the rank of general."));
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe foreign minister Chile"),
        positions("Chile's President John Roe promoted Jane Doe to foreign minister on Monday."));
    // "to" after the person gives an office only after a verb of raising
    assertEquals(
        Set.of("John Roe president Chile"),
        positions("Chile's President John Roe named Jane Doe to foreign minister on Monday."));
  }

  @Test
  void beingMadeATitleIsBeingAppointedToIt() {
    assertEquals(
        Set.of("Jane Doe foreign minister Chile"),
        positions("Jane Doe was made foreign minister of Chile on Monday."));
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe foreign minister Chile"),
        positions("Chile's President John Roe made Jane Doe foreign minister on Monday."));
    assertEquals(
        Set.of("John Roe foreign minister Chile"),
        positions("The plan was made public by Chile's foreign minister John Roe."));
  }

  @Test
  void adjectivesBeforeTheTitleGivenAreSkipped() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe foreign minister Chile"),
        positions(
            "Chile's President John Roe named Jane Doe the country's youngest foreign minister."));
  }

  @Test
  void aBodyOwnsTheOfficeItFillsFromItsMembersAndItsCountryAnOfficeOfState() {
    assertEquals(
        Set.of("Jane Doe speaker parliament"),
        positions("Peru's parliament elected Jane Doe as speaker."));
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Peru's parliament elected Jane Doe as president."));
    assertEquals(
        Set.of("Jane Doe chief executive Northwind"),
        positions("Northwind appointed Jane Doe as chief executive."));
    // a legislature confirms an office of its country, not of its own
    assertEquals(
        Set.of("Jane Doe central bank governor Peru"),
        positions("Peru's parliament confirmed Jane Doe as central bank governor."));
  }

  @Test
  void aPassiveTakesItsAgentsCountry() {
    assertEquals(
        Set.of("John Roe president Kenya", "Jane Doe defence minister Kenya"),
        positions(
            "Kenya's President John Roe spoke on Monday. Jane Doe was appointed defence minister"
                + " by John Roe."));
  }

  @Test
  void withNoAppointerTheArticlesCountryOwnsAnOfficeOfState() {
    assertEquals(
        Set.of("Jane Doe defence minister Peru"),
        positions(
            "Peru held a vote. Peru counted it. Peru waited. Jane Doe, who was named defence"
                + " minister in 2020, resigned."));
    assertEquals(
        Set.of(),
        positions("Peru held a vote. Chile counted it. Jane Doe was named defence minister."));
  }

  @Test
  void withNoAppointerTheOneCountryOfTheSentenceBeforeOwnsAnOfficeOfState() {
    assertEquals(
        Set.of("Jane Doe defence minister Peru"),
        positions("Peru held a vote. Jane Doe was named defence minister."));
    assertEquals(
        Set.of(),
        positions("Peru hosted a summit. Jane Doe was named defence minister."),
        "a host's guest");
  }

  @Test
  void aFutureAppointmentIsAnOfficeNotYetTakenUp() {
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe defence minister-elect Chile"),
        positions("Chile's President John Roe is set to appoint Jane Doe as defence minister."));
    assertEquals(
        Set.of("John Roe president Chile", "Jane Doe defence minister-elect Chile"),
        positions("Chile's President John Roe will name Jane Doe as defence minister."));
    assertEquals(
        Set.of("Jane Doe prime minister-elect Peru"),
        positions("Jane Doe will be sworn in as prime minister of Peru on Friday."));
  }

  @Test
  void aFutureSuccessorIsElectAndTheIncumbentKeepsTheOffice() {
    assertEquals(
        Set.of("Jane Doe president-elect Peru", "John Roe president Peru"),
        positions("Jane Doe will succeed John Roe as president of Peru next month."));
    assertEquals(
        Set.of("Jane Doe president-elect Peru", "John Roe president Peru"),
        positions("Jane Doe is expected to replace John Roe as president of Peru."));
    assertEquals(
        Set.of("Jane Doe president Peru", "John Roe former president Peru"),
        positions("Jane Doe succeeded John Roe as president of Peru in May."));
    assertEquals(
        Set.of("Jane Doe president-elect Peru", "John Roe president Peru"),
        positions("The party said Jane Doe would succeed John Roe as president of Peru."));
    assertEquals(
        Set.of(), positions("Jane Doe would succeed John Roe as president of Peru if she won."));
  }

  @Test
  void whoWillBecomeAPresidentIsPresidentElect() {
    assertEquals(
        Set.of("Jane Doe president-elect Peru"),
        positions("Jane Doe will become president of Peru in May."));
    assertEquals(
        Set.of("Jane Doe president-elect Peru"),
        positions("Jane Doe is set to become Peru's president."));
    assertEquals(
        Set.of("Jane Doe president Peru"), positions("Jane Doe became president of Peru."));
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Jane Doe, who would later become president of Peru, studied law."));
    assertEquals(Set.of(), positions("Jane Doe could become president of Peru."));
  }

  @Test
  void whoTakesOfficeAsATitleHoldsIt() {
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Jane Doe took office as president of Peru on Monday."));
    assertEquals(
        Set.of("Jane Doe president Peru"),
        positions("Jane Doe was sworn into office as president of Peru."));
    assertEquals(
        Set.of("Jane Doe prime minister-elect Peru"),
        positions("Jane Doe will take office as prime minister of Peru in May."));
  }

  @Test
  void aNextPresidentIsPresidentElect() {
    assertEquals(
        Set.of("Jane Doe president-elect Peru"),
        positions("Jane Doe, Peru's next president, spoke on Monday."));
  }

  @Test
  void anIntendedOrDeniedAppointmentGivesNoOffice() {
    assertEquals(
        Set.of("John Roe president Chile"),
        positions("Chile's President John Roe wants to appoint Jane Doe as defence minister."));
    assertEquals(
        Set.of("John Roe president Chile"),
        positions("Chile's President John Roe did not appoint Jane Doe as defence minister."));
  }

  @Test
  void aParliamentThatApprovesOrConfirmsAMinisterGivesItsCountrysOffice() {
    assertEquals(
        Set.of("Jane Doe finance minister Peru"),
        positions("Peru's parliament approved Jane Doe as finance minister on Tuesday."));
    assertEquals(
        Set.of("Jane Doe finance minister Peru"),
        positions("Peru's parliament confirmed Jane Doe as finance minister."));
  }

  @Test
  void anUnnamedOfficeHolderAppointsForTheCountryBeforeTheTitle() {
    assertEquals(
        Set.of("Jane Doe defence minister Chile"),
        positions("Chile's president appointed Jane Doe as defence minister."));
    assertEquals(
        Set.of(), positions("The president appointed Jane Doe as defence minister of the army."));
  }

  @Test
  void whoTakesOverOrStepsDownAsATitleHoldsItOrHeldIt() {
    assertEquals(
        Set.of("Jane Doe defence minister Peru"),
        positions("Jane Doe took over as Peru's defence minister in March."));
    assertEquals(
        Set.of("Jane Doe former economy minister Peru"),
        positions("Jane Doe stepped down as Peru's economy minister on Friday."));
    assertEquals(
        Set.of("Jane Doe interior minister Chile"),
        positions("Jane Doe, who took office as Chile's interior minister in May, spoke."));
  }

  @Test
  void whoIsDismissedHeldTheTitleUntilThen() {
    assertEquals(
        Set.of("Jane Doe former interior minister Chile"),
        positions("Chile's president fired interior minister Jane Doe on Monday."));
    assertEquals(
        Set.of("John Roe president Kenya", "Jane Doe former army chief Kenya"),
        positions("Kenya's President John Roe dismissed army chief Jane Doe."));
    assertEquals(
        Set.of("John Roe president Kenya"),
        positions("Kenya's President John Roe wants to dismiss army chief Jane Doe."));
    assertEquals(Set.of(), positions("Protesters fired at interior minister Jane Doe."));
  }
}
