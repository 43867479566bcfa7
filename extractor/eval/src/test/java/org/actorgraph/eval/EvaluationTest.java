package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  @TempDir Path dir;

  private final List<String> extracted = new ArrayList<>();

  /** Stands for the pipeline: the hand-made graphs for two articles, a failure for the third. */
  private final Function<Path, Dataset> extraction =
      file -> {
        String name = file.getFileName().toString();
        extracted.add(name);
        if (name.equals("broken.txt")) {
          throw new IllegalStateException("model file missing");
        }
        return RdfDumpTest.fixture();
      };

  private void article(String name, boolean withGold) throws Exception {
    Files.writeString(dir.resolve(name + ".txt"), "Body of " + name + ".\n");
    if (withGold) {
      Files.copy(RdfDumpTest.resource(name + ".gold.json"), dir.resolve(name + ".gold.json"));
    }
  }

  private void threeArticles() throws Exception {
    article("seed-ecuador-noboa", true);
    article("another-article", false);
    Files.writeString(dir.resolve("broken.txt"), "Body.\n");
    Files.writeString(
        dir.resolve("broken.gold.json"),
        "{\"doc\": \"broken\", \"entities\": [{\"id\": \"m\", \"type\": \"Place\","
            + " \"names\": [\"Manta\"]}]}");
  }

  @Test
  void scoresTheSeedExtractionAgainstItsGold() throws Exception {
    article("seed-ecuador-noboa", true);
    EvaluationReport report = Evaluation.run(dir, extraction, Optional.empty());
    ArticleScore seed = report.articles().get(0);
    Map<String, Counts> c = seed.counts();
    assertEquals(new Counts(7, 1, 13), c.get("entities"));
    assertEquals(new Counts(5, 3, 12), c.get("relations/strict"));
    assertEquals(new Counts(5, 3, 8), c.get("relations/loose"));
    assertEquals(new Counts(1, 0, 1), c.get("agreements"));
    assertEquals(new Counts(2, 0, 0), c.get("agreements/parties"));
    assertEquals(new Counts(1, 0, 4), c.get("quotes"));
    Map<String, Ratio> r = seed.ratios();
    assertEquals(new Ratio(1, 1), r.get("agreements/kind"));
    assertEquals(new Ratio(0, 1), r.get("agreements/status"));
    assertEquals(new Ratio(1, 1), r.get("agreements/date"));
    assertEquals(new Ratio(1, 1), r.get("quotes/speaker"));
    assertEquals(new Ratio(2, 2), r.get("wikidata"));
    assertEquals(
        Map.of(
            "[0,0.5)", new Ratio(1, 1), "[0.5,0.8)", new Ratio(2, 2), "[0.8,1]", new Ratio(4, 4)),
        seed.bands().get("entities"));
    assertEquals(
        Map.of("[0,0.5)", Ratio.ZERO, "[0.5,0.8)", new Ratio(2, 5), "[0.8,1]", new Ratio(3, 3)),
        seed.bands().get("relations/strict"));
  }

  @Test
  void extractsEveryArticleDumpsThemAndScoresThoseWithGold() throws Exception {
    threeArticles();
    Path dumps = dir.resolve("dumps");
    EvaluationReport report = Evaluation.run(dir, extraction, Optional.of(dumps));
    assertEquals(List.of("another-article.txt", "broken.txt", "seed-ecuador-noboa.txt"), extracted);
    assertEquals(3, report.articles().size());
    assertEquals(2, report.scoredArticles());
    assertFalse(report.articles().get(0).scored());
    assertEquals(List.of("broken: model file missing"), report.failures());
    assertTrue(Files.exists(dumps.resolve("another-article.json")));
    assertFalse(Files.exists(dumps.resolve("broken.json")));
    EvalDocument dumped = GoldReader.readExtracted(dumps.resolve("seed-ecuador-noboa.json"));
    assertEquals(8, dumped.entities().size());
    // the failed article counts as an empty extraction: its gold entity is missed
    assertEquals(new Counts(7, 1, 14), report.counts().get("entities"));
  }

  @Test
  void aRunawayRecursionFailsItsArticleNotTheRun() throws Exception {
    article("seed-ecuador-noboa", true);
    Files.writeString(dir.resolve("deep.txt"), "Body.\n");
    Function<Path, Dataset> deep =
        file -> {
          if (file.getFileName().toString().equals("deep.txt")) {
            throw new StackOverflowError();
          }
          return RdfDumpTest.fixture();
        };
    EvaluationReport report = Evaluation.run(dir, deep, Optional.empty());
    assertEquals(2, report.articles().size());
    assertEquals(List.of("deep: java.lang.StackOverflowError"), report.failures());
  }

  @Test
  void writesATableAndJson() throws Exception {
    threeArticles();
    EvaluationReport report = Evaluation.run(dir, extraction, Optional.empty());
    String table = report.table();
    assertTrue(table.contains("Evaluation of 3 articles (2 with gold, 1 failed)"), table);
    assertTrue(
        table
            .lines()
            .anyMatch(l -> l.matches("entities\\s+7\\s+1\\s+14\\s+0\\.875\\s+0\\.333\\s+0\\.483")),
        table);
    Path json = dir.resolve("out/report.json");
    report.writeJson(json);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(7, root.at("/total/counts/entities/tp").asInt());
    assertEquals(0.875, root.at("/total/counts/entities/precision").asDouble(), 1e-12);
    assertEquals("broken", root.at("/perArticle/1/doc").asText());
    assertEquals("model file missing", root.at("/perArticle/1/failure").asText());
    assertTrue(root.at("/total/bands/relations~1strict/[0,0.5)/value").isNull());
  }

  @Test
  void aGoldFileWithoutItsArticleStopsTheRunBeforeExtracting() throws Exception {
    article("seed-ecuador-noboa", true);
    Files.writeString(dir.resolve("news-99.gold.json"), "{\"doc\": \"news-99\"}");
    EvalInputException e =
        assertThrows(
            EvalInputException.class, () -> Evaluation.run(dir, extraction, Optional.empty()));
    assertEquals(
        dir + ": gold files without their article (NAME.txt): news-99.gold.json", e.getMessage());
    assertEquals(List.of(), extracted);
  }
}
