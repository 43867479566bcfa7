package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GivenNames.Sex;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** The gender a person's names and titles tell, and which pronouns may stand for them. */
class PersonGenderTest {

  private static Optional<Sex> gender(String body, String label, String... names) {
    ResolvedArticle a = new TestArticles().entity(label, EntityType.PERSON, names).resolve(body);
    return PersonGender.of(person(a, label), a.annotated().body());
  }

  private static Entity person(ResolvedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aGivenNameOpeningAFullNameTellsTheGender() {
    assertEquals(Optional.of(Sex.FEMALE), gender("Jane Roe left.", "Jane Roe", "Jane Roe"));
    assertEquals(Optional.of(Sex.MALE), gender("John Doe left.", "John Doe", "John Doe"));
    assertEquals(
        Optional.of(Sex.FEMALE), gender("Roe left.", "Jane Roe", "Jane Roe", "Roe"), "label");
  }

  @Test
  void aOneWordNameIsASurnameAndTellsNothing() {
    assertEquals(Optional.empty(), gender("Later Jane left.", "Jane", "Jane"));
  }

  @Test
  void aNameGivenToBothSexesOrUnknownTellsNothing() {
    assertEquals(Optional.empty(), gender("Leslie Roe left.", "Leslie Roe", "Leslie Roe"));
    assertEquals(Optional.empty(), gender("Ivo Tan left.", "Ivo Tan", "Ivo Tan"));
  }

  @Test
  void aTitleBeforeAMentionOrOpeningANameTellsTheGender() {
    assertEquals(Optional.of(Sex.FEMALE), gender("Queen Ilo Tan left.", "Ilo Tan", "Ilo Tan"));
    assertEquals(Optional.of(Sex.MALE), gender("Then Mr. Oko left.", "Oko", "Oko"));
    assertEquals(
        Optional.of(Sex.FEMALE),
        gender("Sheikha Mara Bo left.", "Sheikha Mara Bo", "Sheikha Mara Bo"));
    assertEquals(
        Optional.of(Sex.FEMALE),
        gender("The spokeswoman Ene Uba left.", "Ene Uba", "Ene Uba"),
        "a -woman noun in lower case");
  }

  @Test
  void aWordThatOnlyLooksLikeATitleTellsNothing() {
    assertEquals(Optional.empty(), gender("Fans will miss Ivo Oko.", "Ivo Oko", "Ivo Oko"));
    assertEquals(
        Optional.empty(),
        gender("The crowd cheered the King. Ivo Oko left.", "Ivo Oko", "Ivo Oko"),
        "a title ending the sentence before");
  }

  @Test
  void namesAndTitlesThatDisagreeTellNothing() {
    assertEquals(Optional.empty(), gender("Mr. Jane Roe left.", "Jane Roe", "Jane Roe"));
  }

  @Test
  void aPronounMayNotStandForAPersonOfTheOtherKnownGender() {
    ResolvedArticle a =
        new TestArticles()
            .entity("Jane Roe", EntityType.PERSON, "Jane Roe")
            .entity("Ivo Tan", EntityType.PERSON, "Ivo Tan")
            .entity("Chile", EntityType.COUNTRY, "Chile")
            .resolve("Jane Roe met Ivo Tan in Chile.");
    Entity jane = person(a, "Jane Roe");
    assertTrue(PersonGender.mayStandFor("She", jane, a));
    assertTrue(PersonGender.mayStandFor("her", jane, a));
    assertFalse(PersonGender.mayStandFor("he", jane, a));
    assertFalse(PersonGender.mayStandFor("His", jane, a));
    assertTrue(PersonGender.mayStandFor("they", jane, a), "not a gendered pronoun");
    assertTrue(PersonGender.mayStandFor("he", person(a, "Ivo Tan"), a), "unknown gender");
    assertTrue(PersonGender.mayStandFor("she", person(a, "Chile"), a), "not a person");
  }
}
