package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class DismissalsTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
          .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
          .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
          .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg");

  private static Set<String> interactions(boolean filtered, String body) {
    RelationFinder positions = new PositionFinder(TestArticles.roles());
    RelationFinder all =
        new CompositeRelationFinder(
            List.of(
                positions,
                new InteractionFinder(
                    TestArticles.roles(),
                    positions,
                    Capitals.none(),
                    Optional.of(Nlp4jDependencyParser.standard()))));
    return (filtered ? new Dismissals(all) : all)
        .find(WORLD.resolve(body)).stream()
            .filter(f -> f instanceof Fact.Interaction)
            .map(f -> (Fact.Interaction) f)
            .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
            .collect(Collectors.toSet());
  }

  @Test
  void firingAMinisterEndsHisOfficeAndIsNoFight() {
    String body = "Freedonian President Ana Ruiz fired Defence Minister Tomas Berg on Tuesday.";
    assertEquals(Set.of("Ana Ruiz 19 Tomas Berg"), interactions(false, body));
    assertEquals(Set.of(), interactions(true, body));
  }

  @Test
  void firingOnAnActorStaysAFight() {
    String body = "Freedonian troops fired on Sylvanian soldiers near the border.";
    assertEquals(Set.of("Freedonia 19 Sylvania"), interactions(true, body));
  }
}
