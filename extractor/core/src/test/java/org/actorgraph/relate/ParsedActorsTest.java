package org.actorgraph.relate;

import static org.actorgraph.relate.FoundInteractions.entity;
import static org.actorgraph.relate.FoundInteractions.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Which actors the tokens of a parsed sentence stand for, on hand-built trees. */
class ParsedActorsTest {

  @Test
  void anObjectPronounParsedAsItsVerbsSubjectEndsTheSearch() {
    ResolvedArticle article =
        new TestArticles()
            .entity("John Doe", EntityType.PERSON, "John Doe")
            .resolve("John Doe let him go.");
    Sentence s = article.annotated().sentences().get(0);
    assertEquals(6, s.tokens().size(), s.tokens().toString());
    // "him" read as the subject of "go", the verb it hangs from
    DependencyTree tree =
        new DependencyTree(
            List.of(1, 2, -1, 4, 2, 2),
            List.of("compound", "nsubj", "root", "nsubj", "ccomp", "punct"),
            List.of("NNP", "NNP", "VBD", "PRP", "VB", "."),
            List.of("john", "doe", "let", "he", "go", "."));
    SentenceActors sa = SentenceActors.of(article, s);
    ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
    ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree);
    assertEquals(
        List.of("John Doe"),
        actors.actor(3).stream().map(p -> p.head().label()).toList(),
        "no endless search for the antecedent of an antecedent");
  }

  @Test
  void aNameTheParserSplitIsFoundFromEachOfItsParts() {
    ResolvedArticle article =
        new TestArticles()
            .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
            .entity(
                "Economic Union of Northern States",
                EntityType.ORGANISATION,
                "Economic Union of Northern States")
            .resolve("Jane Doe met the Economic Union of Northern States bloc.");
    Sentence s = article.annotated().sentences().get(0);
    assertEquals(11, s.tokens().size(), s.tokens().toString());
    // "Union" read as the object of "met", "States" as a modifier of "bloc"
    DependencyTree tree =
        new DependencyTree(
            List.of(1, 2, -1, 5, 5, 2, 5, 8, 9, 6, 2),
            List.of(
                "compound",
                "nsubj",
                "root",
                "det",
                "compound",
                "dobj",
                "prep",
                "compound",
                "nmod",
                "pobj",
                "punct"),
            List.of("NNP", "NNP", "VBD", "DT", "NNP", "NNP", "IN", "NNP", "NNP", "NN", "."),
            List.of(
                "jane",
                "doe",
                "meet",
                "the",
                "economic",
                "union",
                "of",
                "northern",
                "state",
                "bloc",
                "."));
    SentenceActors sa = SentenceActors.of(article, s);
    ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
    ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree);
    assertEquals(
        List.of("Economic Union of Northern States"),
        actors.actors(5).stream().map(p -> p.head().label()).toList());
    assertEquals(
        List.of("Economic Union of Northern States"),
        actors.actors(8).stream().map(p -> p.head().label()).toList());
  }

  @Test
  void aPersonCoordinatedWithTheFirstPersonsCountryIsCoordinatedWithThePerson() {
    ResolvedArticle article =
        new TestArticles()
            .entity("John Doe", EntityType.PERSON, "John Doe")
            .entity("Jane Roe", EntityType.PERSON, "Jane Roe")
            .entity("Ghana", EntityType.COUNTRY, "Ghana")
            .entity("Togo", EntityType.COUNTRY, "Togo")
            .resolve("President John Doe of Ghana and Prime Minister Jane Roe of Togo met.");
    Sentence s = article.annotated().sentences().get(0);
    assertEquals(14, s.tokens().size(), s.tokens().toString());
    // the parse NLP4J gives: "Roe" a conjunct of "Ghana", not of "Doe"
    DependencyTree tree =
        new DependencyTree(
            List.of(2, 2, 12, 2, 3, 4, 7, 9, 9, 4, 9, 10, -1, 12),
            List.of(
                "compound",
                "compound",
                "nsubj",
                "prep",
                "pobj",
                "cc",
                "compound",
                "compound",
                "compound",
                "conj",
                "prep",
                "pobj",
                "root",
                "punct"),
            List.of(
                "NNP", "NNP", "NNP", "IN", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "IN", "NNP",
                "VBD", "."),
            List.of(
                "president",
                "john",
                "doe",
                "of",
                "ghana",
                "and",
                "prime",
                "minister",
                "jane",
                "roe",
                "of",
                "togo",
                "meet",
                "."));
    SentenceActors sa = SentenceActors.of(article, s);
    ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
    ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree);
    assertEquals(
        List.of("John Doe", "Jane Roe"),
        actors.actors(2).stream().map(p -> p.head().label()).toList());
  }

  @Test
  void aDelegationStandsForItsSenderAndItsLeader() {
    ResolvedArticle article =
        new TestArticles()
            .entity("Jane Roe", EntityType.PERSON, "Jane Roe")
            .entity("John Doe", EntityType.PERSON, "John Doe")
            .entity("Northern Union", EntityType.ORGANISATION, "Northern Union")
            .resolve("Jane Roe received a delegation from the Northern Union led by John Doe.");
    Sentence s = article.annotated().sentences().get(0);
    assertEquals(14, s.tokens().size(), s.tokens().toString());
    DependencyTree tree =
        new DependencyTree(
            List.of(1, 2, -1, 4, 2, 4, 8, 8, 5, 4, 9, 12, 10, 2),
            List.of(
                "compound",
                "nsubj",
                "root",
                "det",
                "dobj",
                "prep",
                "det",
                "compound",
                "pobj",
                "acl",
                "agent",
                "compound",
                "pobj",
                "punct"),
            List.of(
                "NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "NNP", "NNP", "VBN", "IN", "NNP",
                "NNP", "."),
            List.of(
                "jane",
                "roe",
                "receive",
                "a",
                "delegation",
                "from",
                "the",
                "northern",
                "union",
                "lead",
                "by",
                "john",
                "doe",
                "."));
    SentenceActors sa = SentenceActors.of(article, s);
    ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
    ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree);
    assertEquals(
        List.of("Northern Union", "John Doe"),
        actors.actors(4).stream().map(p -> p.head().label()).toList());
  }

  @Test
  void aCourtStandsForTheStateNamedBeforeItOrAfterIn() {
    assertEquals(
        Set.of("Freedonia 17 Jane Doe"),
        found("A Freedonian court sentenced Jane Doe to ten years."));
    assertEquals(
        Set.of("Sylvania 17 John Roe"),
        found("Sylvanian prosecutors indicted John Roe on Monday."));
    assertEquals(
        Set.of("Sylvania 17 Jane Doe"),
        found("Jane Doe was convicted in absentia by a court in Sylvania."));
  }

  @Test
  void aCourtInACityStandsForTheCountryItLiesIn() {
    ResolvedArticle article =
        FoundInteractions.world()
            .resolve(
                "Jane Doe was sentenced in absentia by a court in Port Aster. Sylvania said so.");
    Map<Entity, Entity> places = Map.of(entity(article, "Port Aster"), entity(article, "Sylvania"));
    assertEquals(Set.of("Sylvania 17 Jane Doe"), found(article, Map.of(), places));
    assertEquals(Set.of(), found(article, Map.of(), Map.of()), "a place of no known country");
  }

  @Test
  void aPersonsNameAfterTheObjectOfOfIsTheTitlesApposition() {
    Set<String> f = found("Freedonia detained the mayor of Port Aster, John Roe, on Monday.");
    assertTrue(f.contains("Freedonia 17 John Roe"), f.toString());
    f = found("Sylvania criticised the leader of the Northern Union, Jane Doe.");
    assertTrue(f.contains("Sylvania 11 Jane Doe"), f.toString());
  }

  @Test
  void gunmenFromAnOrganisationStandForIt() {
    assertEquals(
        Set.of("Northern Union 18 Sylvania"),
        found("Gunmen from the Northern Union abducted two Sylvanian engineers."));
    assertEquals(
        Set.of(), found("Gunmen from Sylvania abducted two engineers."), "a country has no gunmen");
  }

  @Test
  void aCommonNounRightBeforeAPersonsNameStandsForThatPerson() {
    assertEquals(
        Set.of("Freedonia 17 Jane Doe"),
        found("Freedonia jailed the activist Jane Doe for five years."));
    assertEquals(
        Set.of("Freedonia 17 John Roe"), found("Freedonia arrested the journalist John Roe."));
  }

  @Test
  void aNounStandsForEveryNameCoordinatedInItsApposition() {
    Set<String> f =
        found("Freedonia released two Sylvanian citizens, Jane Doe and John Roe, on Monday.");
    assertTrue(f.contains("Freedonia 08 Jane Doe"), f.toString());
    assertTrue(f.contains("Freedonia 08 John Roe"), f.toString());
  }
}
