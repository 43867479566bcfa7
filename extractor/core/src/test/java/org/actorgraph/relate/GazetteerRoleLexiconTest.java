package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.annotate.Token;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class GazetteerRoleLexiconTest {

  private static final GazetteerRoleLexicon ROLES = new GazetteerRoleLexicon(Gazetteer.standard());

  private static Optional<RoleLexicon.Role> roleAtStart(String text) {
    List<Token> tokens =
        OpenNlpAnnotator.forThisThread()
            .annotate(Article.of("t", text))
            .sentences()
            .get(0)
            .tokens();
    return ROLES.roleAt(tokens, 0);
  }

  @Test
  void aDeputysWordBeforeATitleNamesTheOfficeBelowIt() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("deputy secretary of state", 4, false)),
        roleAtStart("Deputy Secretary of State Jane Doe spoke."));
    assertEquals(
        Optional.of(new RoleLexicon.Role("vice foreign minister", 3, false)),
        roleAtStart("Vice Foreign Minister Jane Doe spoke."));
  }

  @Test
  void aCapitalisedTreasurerIsAStateTitleAndALowerCaseOneIsNot() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("treasurer", 1, false)),
        roleAtStart("Treasurer Jane Doe spoke."));
    assertEquals(Optional.empty(), roleAtStart("treasurer Jane Doe spoke."));
  }

  @Test
  void aListedTitleThatStartsWithTheWordKeepsItsOwnName() {
    assertEquals("vice president", roleAtStart("Vice President Jane Doe spoke.").get().name());
    assertEquals(
        "deputy prime minister", roleAtStart("Deputy Prime Minister Jane Doe spoke.").get().name());
  }

  @Test
  void anAffairsPortfolioIsPartOfTheTitleInLowerCase() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("external affairs minister", 3, false)),
        roleAtStart("external affairs minister Jane Doe spoke."));
    assertEquals(
        Optional.of(new RoleLexicon.Role("foreign minister", 3, false)),
        roleAtStart("foreign affairs minister Jane Doe spoke."));
  }

  @Test
  void twoPortfoliosJoinedByAndAreOneOffice() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("interior and justice minister", 4, false)),
        roleAtStart("interior and justice minister Jane Doe spoke."));
    assertEquals(
        Optional.of(new RoleLexicon.Role("foreign and defence minister", 4, false)),
        roleAtStart("Foreign and Defence Minister Jane Doe spoke."));
    assertEquals(Optional.empty(), roleAtStart("Sylvania and defence minister Jane Doe spoke."));
    assertEquals(
        Optional.of(new RoleLexicon.Role("asylum and migration minister", 4, false)),
        roleAtStart("Asylum and Migration Minister Jane Doe spoke."));
  }

  @Test
  void aPortfolioBeforeCabinetSecretaryNamesTheMinistersOffice() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("interior cabinet secretary", 3, false)),
        roleAtStart("Interior Cabinet Secretary Jane Doe spoke."));
    assertEquals(
        Optional.of(new RoleLexicon.Role("cabinet secretary", 2, false)),
        roleAtStart("Cabinet Secretary Jane Doe spoke."));
    assertEquals(Optional.empty(), roleAtStart("Sylvania Cabinet Secretary Jane Doe spoke."));
  }

  @Test
  void anOmbudsmanAndACoChairAreTitles() {
    assertEquals(
        Optional.of(new RoleLexicon.Role("ombudsman", 1, false)),
        roleAtStart("Ombudsman Jane Doe spoke."));
    assertEquals("ombudsman", roleAtStart("ombudswoman Jane Doe spoke.").get().name());
    assertEquals("co-chair", roleAtStart("co-chair Jane Doe spoke.").get().name());
  }

  @Test
  void aKnownOfficeHolderServesTheCountryOfHisEntry() {
    assertEquals(Optional.of("US"), ROLES.countryServedBy("Q22686"));
    assertEquals(Optional.empty(), ROLES.countryServedBy("Q30"), "a country serves no one");
    assertEquals(Optional.empty(), ROLES.countryServedBy("no-such-key"));
  }
}
