package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

class ArticleCountryTest {

  private static TestArticles world() {
    return new TestArticles()
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania");
  }

  private static Optional<String> home(String body) {
    ResolvedArticle a = world().resolve(body);
    return ArticleCountry.of(a).map(Entity::label);
  }

  @Test
  void theCountryNamedMostOftenAndClearlySo() {
    assertEquals(
        Optional.of("Freedonia"),
        home("Freedonia voted. Freedonian voters queued. Freedonia counted. Sylvania watched."));
    assertEquals(Optional.empty(), home("Freedonia voted. Freedonian voters queued."));
    assertEquals(
        Optional.empty(),
        home("Freedonia voted. Freedonia counted. Freedonia won. Sylvania and Sylvania lost."));
  }

  @Test
  void theDatelinesCountryCountsOneMore() {
    assertEquals(
        Optional.of("Freedonia"),
        home("PORT ASTER, Freedonia (Agency) - Freedonian voters queued on Tuesday."));
    assertEquals(
        Optional.empty(), home("Port Aster, Freedonia - Freedonian voters queued on Tuesday."));
    assertEquals(
        Optional.of("Freedonia"),
        ArticleCountry.datelineCountry(
                world().resolve("PORT ASTER, Freedonia (Agency) - Voters queued."))
            .map(Entity::label));
  }

  @Test
  void aDatelineAfterAHeadlineCountsToo() {
    assertEquals(
        Optional.of("Freedonia"),
        ArticleCountry.datelineCountry(
                world().resolve("Voters queue\n\nPORT ASTER, Freedonia (Agency) - Voters queued."))
            .map(Entity::label));
  }

  @Test
  void aDatelinesCapitalCountsForItsCountry() {
    TestArticles world =
        new TestArticles().known("Niger", EntityType.COUNTRY, "country-ne", "NE", "Niger");
    assertEquals(
        Optional.of("Niger"),
        ArticleCountry.datelineCountry(
                world.resolve("NIAMEY, July 30 (Agency) - Niger closed its border."))
            .map(Entity::label));
    assertEquals(
        Optional.of("Niger"),
        ArticleCountry.datelineCountry(world.resolve("NIAMEY (Agency) - Niger closed its border."))
            .map(Entity::label));
  }
}
