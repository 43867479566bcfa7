package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class KindNameFinderTest {

  private static final KindNameFinder FINDER =
      new KindNameFinder(Gazetteer.standard(), new GivenNameFinder(Gazetteer.standard()));

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aKindOfOrganisationIntroducesItsName() {
    assertEquals(
        List.of("Organisation:Asterwerk", "Organisation:Kovo Motors"),
        found(
            "Freedonian carmaker Asterwerk will buy a stake in electric vehicle maker Kovo Motors."));
    assertEquals(List.of("Organisation:NDF-R"), found("Members of the party NDF-R protested."));
  }

  @Test
  void aKindOfCompanyOfTheDictionaryIntroducesItsName() {
    assertEquals(
        List.of("Organisation:Brauwerk", "Organisation:Kovotech"),
        found("The Freedonian brewer Brauwerk sold its stake to the chipmaker Kovotech."));
    assertEquals(
        List.of("Organisation:Zorba"), found("Sylvania banned the messaging app Zorba on Monday."));
    assertEquals(
        List.of("Organisation:Voltara"),
        found("Freedonia's state power utility Voltara cut supplies on Monday."));
    // a hyphenated kind, which the tokenizer splits into three
    assertEquals(
        List.of("Organisation:Zuri Robotics"),
        found("The Freedonian start-up Zuri Robotics raised money."));
  }

  @Test
  void aPersonOrAPlaceAfterTheKindIsNoOrganisation() {
    assertEquals(List.of(), found("It is the firm Peter Vandermolen founded."));
    assertEquals(List.of(), found("The bank Monday said it would close."));
    assertEquals(List.of(), found("They visited the group France had sent."));
  }

  @Test
  void aKindInAppositionAfterANameMakesItAnOrganisation() {
    assertEquals(
        List.of("Organisation:Asterwerk Motors"),
        found("Asterwerk Motors, the Freedonian carmaker, said so."));
    assertEquals(
        List.of("Organisation:Aster Defense", "Organisation:Aster Industries"),
        found("Aster Defense, the defence unit of Aster Industries, will send tanks."));
    assertEquals(
        List.of("Organisation:Kovo Holdings"), found("It is a subsidiary of Kovo Holdings."));
    assertEquals(
        List.of("Organisation:Asterpetro"),
        found("Asterpetro, the state-owned oil company, signed a deal."));
    assertEquals(
        List.of("Organisation:Asterwerk"),
        found("Asterwerk, a leading Freedonian arms maker, signed a deal."));
  }

  @Test
  void anOwnersPossessiveMayOpenTheApposition() {
    assertEquals(
        List.of("Organisation:CGT"),
        found("The CGT, Freedonia's largest labour federation, called a strike."));
    assertEquals(
        List.of("Organisation:NLC"), found("The NLC, the country's largest union, threatened it."));
    assertEquals(
        List.of("Organisation:Asterpetro"),
        found("Asterpetro, Freedonia's state-run oil company, reported a loss."));
    assertEquals(List.of(), found("Port Aster, Freedonia's largest city, was shelled."));
    assertEquals(List.of(), found("Kassym Ardanov, Freedonia's union leader, said so."));
  }

  @Test
  void aPersonsRoleInAnOrganisationIsNoApposition() {
    assertEquals(List.of(), found("Kassym Ardanov, a founder of the firm, said so."));
    assertEquals(List.of(), found("Kassym Ardanov, the company's founder, said so."));
    assertEquals(List.of(), found("Kassym Ardanov, a bank manager, said so."));
  }

  @Test
  void aCompanyAttributingTheSentenceNamesItsSubject() {
    assertEquals(
        List.of("Organisation:Asterwerk"),
        found("Asterwerk will cut 3,000 jobs in Sylvania, the Freedonian carmaker said."));
    assertEquals(
        List.of("Organisation:Kovo Air"),
        found("Kovo Air cancelled 200 flights on Monday, the airline said in a statement."));
    assertEquals(
        List.of("Organisation:Brauwerk"),
        found("Brauwerk raised its prices, Freedonia's largest brewer said."));
  }

  @Test
  void aGivenNameAloneThatAKindDescribesIsACompany() {
    assertEquals(
        List.of("Organisation:Maria"), found("Maria, the Freedonian miner, resumed output."));
    assertEquals(
        List.of("Organisation:Ruth"),
        found("Ruth laid off 6,000 workers last year, the computer maker said."));
    assertEquals(List.of(), found("Maria Vandermolen, the company's founder, said so."));
    assertEquals(
        List.of(), found("The board named Mr Ruth. Ruth will step down, the company said."));
  }

  @Test
  void aPersonOrAReportedSubjectIsNoAttributedCompany() {
    assertEquals(List.of(), found("Jane Vandermolen will step down, the company said."));
    assertEquals(
        List.of(),
        found("The board named Jane Vandermolen. Vandermolen will step down, the company said."));
    assertEquals(List.of(), found("Mr Roebuck resigned. Roebuck resigned, the company said."));
    assertEquals(List.of(), found("Asterwerk must pay a fine, the regulator said."));
    assertEquals(List.of(), found("Kovotech fell 5 percent, a company spokesman said."));
  }

  @Test
  void digitsAndCapitalsEndAKindsName() {
    assertEquals(
        List.of("Organisation:Justa 11J"),
        found("Police held 40 people, according to the rights group Justa 11J."));
  }
}
