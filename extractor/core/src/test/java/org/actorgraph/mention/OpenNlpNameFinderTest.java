package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.junit.jupiter.api.Test;

class OpenNlpNameFinderTest {

  private static final OpenNlpNameFinder FINDER = OpenNlpNameFinder.fromClassPath();

  private static AnnotatedArticle annotate(String body) {
    return OpenNlpAnnotator.forThisThread().annotate(Article.of("a", body));
  }

  private static List<String> found(String body) {
    return FINDER.find(annotate(body)).stream()
        .sorted(Comparator.comparing(Mention::span))
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void findsPeopleAndPlacesWithTheirTypes() {
    assertEquals(
        List.of("Person:Daniel Noboa", "Person:Erik Prince", "Place:Quito"),
        found("President Daniel Noboa met Erik Prince in Quito."));
  }

  @Test
  void findsOrganisations() {
    List<String> names =
        found("Angela Merkel led the Christian Democratic Union for eighteen years.");
    assertTrue(names.contains("Organisation:Christian Democratic Union"), names.toString());
    assertTrue(names.contains("Person:Angela Merkel"), names.toString());
  }

  @Test
  void mentionsPointIntoTheBodyAndCarryTheModelsConfidence() {
    String body = "Rain fell on Monday. Later, Emmanuel Macron flew to Berlin to see Olaf Scholz.";
    List<Mention> mentions = FINDER.find(annotate(body));
    assertTrue(mentions.size() >= 3, mentions.toString());
    for (Mention m : mentions) {
      assertEquals(m.text(), m.span().of(body));
      assertEquals(1, m.sentence());
      assertEquals(OpenNlpNameFinder.FINDER, m.finder());
      assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString());
      assertTrue(m.key().isEmpty());
    }
  }

  @Test
  void findsTheSameNamesWhateverTheThreadOrWhatItReadBefore() throws Exception {
    String body = "President Daniel Noboa met Erik Prince in Quito.";
    List<Mention> alone = FINDER.find(annotate(body));
    FINDER.find(annotate("Daniel Noboa of Quito. Erik Prince. Quito is far from Prince Edward."));
    assertEquals(alone, FINDER.find(annotate(body)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Mention>> other = pool.submit(() -> FINDER.find(annotate(body)));
      assertEquals(alone, other.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void mapsModelTypesToEntityTypes() {
    assertEquals(EntityType.PERSON, OpenNlpNameFinder.entityType("person").orElseThrow());
    assertEquals(
        EntityType.ORGANISATION, OpenNlpNameFinder.entityType("organization").orElseThrow());
    assertEquals(EntityType.PLACE, OpenNlpNameFinder.entityType("location").orElseThrow());
    assertTrue(OpenNlpNameFinder.entityType("misc").isEmpty());
  }
}
