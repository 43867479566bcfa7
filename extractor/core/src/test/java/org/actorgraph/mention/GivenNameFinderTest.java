package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class GivenNameFinderTest {

  private static final GivenNameFinder FINDER = new GivenNameFinder(Gazetteer.standard());

  private static List<String> found(String body) {
    return FINDER.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aKnownGivenNameAndACapitalisedWordAreAPerson() {
    assertEquals(List.of("Person:Maria Vandermolen"), found("Police arrested Maria Vandermolen."));
    assertEquals(
        List.of("Person:Kofi Asante-Roe"), found("Kofi Asante-Roe fled on Monday, police said."));
  }

  @Test
  void anEnglishGivenNameNoLeaderBearsCountsToo() {
    assertEquals(List.of("Person:Alice Vandermolen"), found("Police arrested Alice Vandermolen."));
    assertEquals(List.of(), found("Western Sahara lies in North Africa, officials said."));
    assertEquals(List.of(), found("The Port Vandermolen Times said so."));
  }

  @Test
  void aNameWithACueOnlyACompanyHasIsNoPerson() {
    assertEquals(
        List.of(),
        found("Maria Vandermolen shares fell after the broker reported lower deposits."));
    assertEquals(List.of("Person:Maria Vandermolen"), found("Maria Vandermolen shares the view."));
  }

  @Test
  void aLongerCapitalisedSequenceIsLeftToTheOtherFinders() {
    assertEquals(List.of(), found("They landed at Peter Vandermolen International Airport."));
    assertEquals(List.of(), found("She works for the Grand Peter Vandermolen Trust."));
    assertEquals(List.of(), found("He stayed at the Peter Vandermolen Hotel in town."));
    assertEquals(List.of(), found("They won the Peter Vandermolen Cup twice."));
  }

  @Test
  void theSecondHalfOfAHyphenatedGivenNameStartsNoName() {
    // the whole hyphenated given name starts it ("Abdul-Malik al-Houthi"), not "Anne"
    assertEquals(
        List.of("Person:Marie-Anne Vandermolen"), found("Police arrested Marie-Anne Vandermolen."));
  }

  @Test
  void aGivenNameAloneIsNoName() {
    assertEquals(List.of(), found("Peter said nothing."));
  }

  @Test
  void namesTheGazetteerKnowsOtherwiseAreNoGivenNames() {
    assertTrue(FINDER.givenNames().contains("Peter"));
    assertFalse(FINDER.givenNames().contains("Jordan"));
    assertFalse(FINDER.givenNames().contains("Chad"));
    assertFalse(FINDER.givenNames().contains("King"));
  }

  @Test
  void aFamilyNameAfterTheArabicArticleEndsTheName() {
    assertEquals(
        List.of("Person:Ahmed el-Sayed"), found("Officials said Ahmed el-Sayed met them there."));
    assertEquals(List.of("Person:Omar Farid al-Rashid"), found("Omar Farid al-Rashid spoke."));
  }

  @Test
  void aTitleRightAfterAGivenNameIsItsFamilyName() {
    assertEquals(
        List.of("Person:Ahmed Sultan"),
        found("Police detained the correspondent Ahmed Sultan in the capital."));
    assertEquals(List.of(), found("Police detained Ahmed Sultan Vandermolen Minister there."));
  }
}
