package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each table row is a sentence, the name in it and the type its strong cues vote for (empty: no
 * vote).
 */
class TypeCuesTest {

  /** The type the strong cues around the first occurrence of {@code name} vote for. */
  private static Optional<EntityType> strong(String body, String name) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    Sentence s = a.sentences().get(0);
    int at = body.indexOf(name);
    return TypeCues.strongType(s.tokens(), s.tokenAt(at), s.tokenAt(at + name.length()));
  }

  /** The votes of the cues around the first occurrence of {@code name}. */
  private static List<TypeCues.Vote> around(String body, String name) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    Sentence s = a.sentences().get(0);
    int at = body.indexOf(name);
    return TypeCues.around(s.tokens(), s.tokenAt(at), s.tokenAt(at + name.length()), name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Asterpetro chairman John Roe resigned on Monday. | Asterpetro  | ORGANISATION
          Pellingford mayor Ana Poe spoke.                 | Pellingford | PLACE
          Asterpetro chairman resigned.                    | Asterpetro  |
          Former chairman John Roe objected.               | Former      |
          """)
  void aNameUsedBeforeARoleAndItsHoldersNameIsTyped(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Carlos Vega, the chief executive of Asterpetro, resigned. | Asterpetro | ORGANISATION
          Shareholders in Talvex approved the merger.               | Talvex     | ORGANISATION
          Jane Roe joined the board of the Ostrelle in May.         | Ostrelle   | ORGANISATION
          """)
  void aRoleOfACompanyBeforeTheNameMakesItAnOrganisation(
      String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Gravenor's chief executive visited Egypt.   | Gravenor | ORGANISATION
          Police searched Kestrova's headquarters.    | Kestrova | ORGANISATION
          """)
  void aPartOfACompanyAfterThePossessiveMakesItAnOrganisation(
      String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The secretary-general of Asterbund arrived in Kenya. | Asterbund | ORGANISATION
          The editor-in-chief of Veridana was arrested.        | Veridana  | ORGANISATION
          """)
  void aHyphenatedRoleMatchesAsTheTokenizerSplitsIt(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The mayor of Corvanto met the ambassador.  | Corvanto | PLACE
          Protesters filled the streets of Ardmaro.  | Ardmaro  | PLACE
          Mirovka's residents fled to Poland.        | Mirovka  | PLACE
          """)
  void whatOnlyATownHasMakesItAPlace(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The chief executive of Marea province resigned on Monday. | Marea |
          The residents of Aster's port were moved.                 | Aster |
          """)
  void aRoleCountsOnlyWhenTheNameEndsItsNounPhrase(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          He wrote to the State Board of Antiquities and the police. | Antiquities |
          They heard the Board of Inquiry on Monday.                 | Inquiry     |
          Employees of Harvick walked out.                           | Harvick     | ORGANISATION
          """)
  void aCapitalisedRoleIsPartOfAName(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The president of Sarvania resigned.     | Sarvania |
          A spokesman for Roe declined to comment. | Roe      |
          Roe's shares were sold in May.          | Roe      |
          """)
  void rolesOtherActorsHaveToAreNoCue(String body, String name, EntityType type) {
    assertEquals(Optional.ofNullable(type), strong(body, name));
  }

  @Test
  void aCueThatFitsAPersonTooLeavesAPersonAlone() {
    assertEquals(
        List.of(new TypeCues.Vote(EntityType.ORGANISATION, 1.0, true, Set.of(EntityType.PERSON))),
        around("A spokesman for Norvanta declined to comment.", "Norvanta"));
  }

  @Test
  void weakCuesAreMarkedWeak() {
    List<TypeCues.Vote> votes = around("Mr Roe spoke to Unity members.", "Roe");
    assertEquals(List.of(new TypeCues.Vote(EntityType.PERSON, 1.0, false, Set.of())), votes);
  }

  @Test
  void aPartyAfterAPossessiveIsTheOwnersNotTheName() {
    assertEquals(
        List.of(new TypeCues.Vote(EntityType.ORGANISATION, 1.0, false, Set.of())),
        around("Leaders of the Unity party met on Monday.", "Unity"));
    assertEquals(List.of(), around("Jane Roe's party, the Unity Front, won the vote.", "Jane Roe"));
  }
}
