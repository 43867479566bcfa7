package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/**
 * Force used on a place the gazetteer knows the country of hits that country, when the article
 * names it ({@link KnownPlaces#countriesOf}, {@link ParsedActors#struck}); other acts do not.
 */
class KnownPlacesTest {

  private static final KnownPlaces KNOWN = new KnownPlaces(Gazetteer.standard());

  private static TestArticles world() {
    return new TestArticles()
        .known("Ukraine", EntityType.COUNTRY, "Q212", "UA", "Ukraine", "Ukrainian")
        .known("Russia", EntityType.COUNTRY, "Q159", "RU", "Russia", "Russian")
        .known("Odesa", EntityType.PLACE, "odesa", null, "Odesa")
        .entity("Jon Roe", EntityType.PERSON, "Jon Roe");
  }

  private static Set<String> interactions(ResolvedArticle article) {
    InteractionFinder finder =
        new InteractionFinder(
            TestArticles.roles(),
            new PositionFinder(TestArticles.roles()),
            Capitals.none(),
            KNOWN,
            Optional.of(Nlp4jDependencyParser.standard()));
    return finder.find(article).stream()
        .map(f -> (Fact.Interaction) f)
        .map(i -> i.source().label() + " " + i.cameo() + " " + i.target().label())
        .collect(Collectors.toSet());
  }

  @Test
  void aPlaceStandsForTheCountryTheArticleNamesAndTheGazetteerPutsItIn() {
    ResolvedArticle a = world().resolve("The war in Ukraine goes on. Odesa was quiet.");
    Set<String> found =
        KNOWN.countriesOf(a).entrySet().stream()
            .map(e -> e.getKey().label() + " in " + e.getValue().label())
            .collect(Collectors.toSet());
    assertEquals(Set.of("Odesa in Ukraine"), found);
    assertEquals(Set.of(), KNOWN.countriesOf(world().resolve("Odesa was quiet.")).keySet());
  }

  @Test
  void forceUsedOnAPlaceHitsItsCountry() {
    Set<String> attack =
        interactions(
            world()
                .resolve("The war in Ukraine goes on. Russia launched a drone attack on Odesa."));
    assertTrue(
        attack.stream().anyMatch(f -> f.matches("Russia (18|19) Ukraine")), attack.toString());
    Set<String> shelled =
        interactions(world().resolve("The war in Ukraine goes on. Russia shelled Odesa."));
    assertTrue(
        shelled.stream().anyMatch(f -> f.matches("Russia (18|19) Ukraine")), shelled.toString());
  }

  @Test
  void forceUsedNearAPlaceHitsItsCountryButNotNearACountry() {
    Set<String> near =
        interactions(
            world().resolve("The war in Ukraine goes on. Russia struck an airbase near Odesa."));
    assertTrue(near.stream().anyMatch(f -> f.matches("Russia (18|19) Ukraine")), near.toString());
    assertEquals(
        Set.of(),
        interactions(world().resolve("The war goes on. Russia struck a tanker near Ukraine.")));
  }

  @Test
  void otherActsOnAPlaceAndForceOnOnesOwnPlaceAreNoActWithItsCountry() {
    assertEquals(
        Set.of(),
        interactions(world().resolve("The war in Ukraine goes on. Russia praised Odesa.")));
    assertEquals(
        Set.of(),
        interactions(world().resolve("The war goes on. Ukrainian forces shelled Odesa.")));
  }

  @Test
  void aPersonTheArticleTiesToNoCountryMayBeShellingHisOwnCity() {
    assertEquals(
        Set.of(),
        interactions(
            world().resolve("The war in Ukraine goes on. Jon Roe's forces shelled Odesa.")));
  }
}
