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

  @Test
  void aNameUsedBeforeARoleAndItsHoldersNameIsTyped() {
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Asterpetro chairman John Roe resigned on Monday.", "Asterpetro"));
    assertEquals(
        Optional.of(EntityType.PLACE), strong("Pellingford mayor Ana Poe spoke.", "Pellingford"));
    assertEquals(Optional.empty(), strong("Asterpetro chairman resigned.", "Asterpetro"));
    assertEquals(Optional.empty(), strong("Former chairman John Roe objected.", "Former"));
  }

  @Test
  void aRoleOfACompanyBeforeTheNameMakesItAnOrganisation() {
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Carlos Vega, the chief executive of Asterpetro, resigned.", "Asterpetro"));
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Shareholders in Talvex approved the merger.", "Talvex"));
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Jane Roe joined the board of the Ostrelle in May.", "Ostrelle"));
  }

  @Test
  void aPartOfACompanyAfterThePossessiveMakesItAnOrganisation() {
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Gravenor's chief executive visited Egypt.", "Gravenor"));
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Police searched Kestrova's headquarters.", "Kestrova"));
  }

  @Test
  void aHyphenatedRoleMatchesAsTheTokenizerSplitsIt() {
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("The secretary-general of Asterbund arrived in Kenya.", "Asterbund"));
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("The editor-in-chief of Veridana was arrested.", "Veridana"));
  }

  @Test
  void whatOnlyATownHasMakesItAPlace() {
    assertEquals(
        Optional.of(EntityType.PLACE),
        strong("The mayor of Corvanto met the ambassador.", "Corvanto"));
    assertEquals(
        Optional.of(EntityType.PLACE),
        strong("Protesters filled the streets of Ardmaro.", "Ardmaro"));
    assertEquals(
        Optional.of(EntityType.PLACE), strong("Mirovka's residents fled to Poland.", "Mirovka"));
  }

  @Test
  void aRoleCountsOnlyWhenTheNameEndsItsNounPhrase() {
    assertEquals(
        Optional.empty(),
        strong("The chief executive of Marea province resigned on Monday.", "Marea"));
    assertEquals(Optional.empty(), strong("The residents of Aster's port were moved.", "Aster"));
  }

  @Test
  void aCapitalisedRoleIsPartOfAName() {
    assertEquals(
        Optional.empty(),
        strong("He wrote to the State Board of Antiquities and the police.", "Antiquities"));
    assertEquals(Optional.empty(), strong("They heard the Board of Inquiry on Monday.", "Inquiry"));
    assertEquals(
        Optional.of(EntityType.ORGANISATION),
        strong("Employees of Harvick walked out.", "Harvick"));
  }

  @Test
  void rolesOtherActorsHaveToAreNoCue() {
    assertEquals(Optional.empty(), strong("The president of Sarvania resigned.", "Sarvania"));
    assertEquals(Optional.empty(), strong("A spokesman for Roe declined to comment.", "Roe"));
    assertEquals(Optional.empty(), strong("Roe's shares were sold in May.", "Roe"));
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
}
