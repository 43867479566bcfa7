package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

class LearnedRelationFinderTest {

  private static final String BODY = "Troops gathered in Port Aster, Freedonia, on Monday.";

  private static TestArticles world() {
    return new TestArticles()
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia");
  }

  private static List<Fact> find(RelationFinder rules, double threshold, ResolvedArticle article) {
    RelationModel model = RelationModel.fromClassPath().orElseThrow();
    return new LearnedRelationFinder(
            rules, Nlp4jDependencyParser.standard(), model, Gazetteer.standard(), threshold)
        .find(article);
  }

  private static Set<String> located(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof Fact.LocatedIn)
        .map(f -> (Fact.LocatedIn) f)
        .map(l -> l.located().label() + " locatedIn " + l.location().label())
        .collect(Collectors.toSet());
  }

  @Test
  void thePlaceCommaCountryPatternIsLearned() {
    List<Fact> facts = find(a -> List.of(), LearnedRelationFinder.THRESHOLD, world().resolve(BODY));
    assertTrue(located(facts).contains("Port Aster locatedIn Freedonia"), facts.toString());
    assertTrue(facts.get(0).confidence() >= LearnedRelationFinder.THRESHOLD);
  }

  @Test
  void aPairTheRulesRelateIsLeftToThem() {
    ResolvedArticle article = world().resolve(BODY);
    List<Fact> rules = new StructureFinder(Capitals.none()).find(article);
    List<Fact> facts = find(a -> rules, LearnedRelationFinder.THRESHOLD, article);
    assertEquals(rules, facts);
  }

  @Test
  void nothingIsAddedBelowTheThreshold() {
    assertEquals(List.of(), find(a -> List.of(), 1.01, world().resolve(BODY)));
  }
}
