package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeVoteTest {

  /** Every occurrence of {@code name} in {@code body}, as a mention of one finder and type. */
  private static List<Mention> retype(String body, String name, EntityType type, String finder) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      CharSpan span = new CharSpan(at, at + name.length());
      int sentence = a.sentenceOf(span).orElseThrow().index();
      mentions.add(new Mention(span, name, type, sentence, finder, 0.6, Optional.empty()));
    }
    return TypeVote.retype(a, mentions);
  }

  /** The type of the first mention after {@link #retype}. */
  private static EntityType firstType(String body, String name, EntityType type, String finder) {
    return retype(body, name, type, finder).get(0).type();
  }

  @Test
  void aPartyTheModelTookForAPersonIsAnOrganisationByItsContext() {
    assertEquals(
        EntityType.ORGANISATION,
        firstType(
            "Jane Doe, the main opposition Unity candidate, lost the vote in Freedonia.",
            "Unity",
            EntityType.PERSON,
            "model"));
  }

  @Test
  void aPossessiveBeforeTheCueWordCounts() {
    assertEquals(
        EntityType.ORGANISATION,
        firstType(
            "Asterism's chairman resigned on Monday.", "Asterism", EntityType.PERSON, "model"));
  }

  @Test
  void aPersonsTitleVotesForAPerson() {
    assertEquals(
        EntityType.PERSON,
        firstType("Mr Roe arrived in Port Aster.", "Roe", EntityType.ORGANISATION, "model"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Roe, who leads the party, spoke. | Roe | ORGANISATION | model | PERSON
          The FUP leader spoke.            | FUP | PERSON       | model | ORGANISATION
          """)
  void whoAfterACommaVotesForAPersonAndWeakCuesAddUp(
      String body, String name, EntityType found, String finder, EntityType expected) {
    assertEquals(expected, firstType(body, name, found, finder));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Port Aster members met. | Port Aster | PLACE  | model      | PLACE
          John Roe members met.   | John Roe   | PERSON | rule:title | PERSON
          """)
  void aCueNeverRetypesAPlaceOrAMentionOfAMoreTrustedFinder(
      String body, String name, EntityType found, String finder, EntityType expected) {
    assertEquals(expected, firstType(body, name, found, finder));
  }

  @Test
  void withoutCuesTheModelsTypeStands() {
    assertEquals(
        EntityType.PERSON,
        firstType("Sylvan Roe spoke in Freedonia.", "Sylvan Roe", EntityType.PERSON, "model"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Carlos Vega, the chief executive of Asterpetro, resigned. | Asterpetro | PLACE
          Kestrova's shareholders met in Lyon.                      | Kestrova   | PERSON
          """)
  void aRoleOfACompanyRetypesAPlaceTheModelFound(String body, String name, EntityType found) {
    assertEquals(EntityType.ORGANISATION, firstType(body, name, found, "model"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The mayor of Corvanto, Elisa Marr, spoke. | Corvanto    | PERSON
          Residents of Pellingford were evacuated.  | Pellingford | ORGANISATION
          """)
  void whatOnlyATownHasRetypesAPersonOrOrganisationTheModelFound(
      String body, String name, EntityType found) {
    assertEquals(EntityType.PLACE, firstType(body, name, found, "model"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          A spokesman for Norvanta declined to comment. | Norvanta | PLACE  | ORGANISATION
          A spokesman for Jane Roe declined to comment. | Jane Roe | PERSON | PERSON
          Velmora's shares were sold.                   | Velmora  | PERSON | PERSON
          """)
  void aCueThatFitsAPersonTooMakesAPlaceAnOrganisationButLeavesAPerson(
      String body, String name, EntityType found, EntityType expected) {
    assertEquals(expected, firstType(body, name, found, "model"));
  }

  /** Four place cues outweigh one rule mention, yet the rule's name takes none of them. */
  @Test
  void aNameAGazetteerOrRuleFoundTakesNoCueVotes() {
    String body =
        "The mayor of Aster said the residents of Aster, the suburbs of Aster and Aster's streets wept.";
    List<Mention> out = new ArrayList<>();
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    for (int at = body.indexOf("Aster"), i = 0; at >= 0; at = body.indexOf("Aster", at + 1), i++) {
      CharSpan span = new CharSpan(at, at + 5);
      out.add(
          new Mention(
              span,
              "Aster",
              i == 0 ? EntityType.ORGANISATION : EntityType.PERSON,
              0,
              i == 0 ? "rule:kind" : "model",
              0.6,
              Optional.empty()));
    }
    for (Mention m : TypeVote.retype(a, out)) {
      assertEquals(EntityType.ORGANISATION, m.type());
    }
  }
}
