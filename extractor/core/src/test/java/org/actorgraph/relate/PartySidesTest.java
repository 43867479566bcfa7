package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class PartySidesTest {

  private static final TestArticles WORLD =
      new TestArticles()
          .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
          .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
          .party("Unity Party", "Unity Party", "Unionist")
          .international("Northern Union", "Northern Union")
          .entity("Freedonia", EntityType.COUNTRY, "Freedonia")
          .entity("Sylvania", EntityType.COUNTRY, "Sylvania");

  private static Set<String> interactions(boolean filtered, String body) {
    RelationFinder all =
        new CompositeRelationFinder(
            List.of(
                new StructureFinder(Capitals.none()),
                new InteractionFinder(
                    TestArticles.roles(),
                    new PositionFinder(TestArticles.roles()),
                    Capitals.none(),
                    Optional.of(Nlp4jDependencyParser.standard()))));
    return (filtered ? new PartySides(all) : all)
        .find(WORLD.resolve(body)).stream()
            .filter(f -> f instanceof Fact.Interaction)
            .map(f -> (Fact.Interaction) f)
            .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
            .collect(Collectors.toSet());
  }

  @Test
  void aPersonsPartyNamedBeforeHerIsNoSecondTarget() {
    String body = "Ana Ruiz criticised Unionist Tomas Berg on Monday.";
    assertEquals(
        Set.of("Ana Ruiz 11 Tomas Berg", "Ana Ruiz 11 Unity Party"), interactions(false, body));
    assertEquals(Set.of("Ana Ruiz 11 Tomas Berg"), interactions(true, body));
  }

  @Test
  void aPartyActingOnItsOwnKeepsItsInteraction() {
    String body = "The Unity Party criticised Tomas Berg on Monday.";
    assertEquals(Set.of("Unity Party 11 Tomas Berg"), interactions(true, body));
  }
}
