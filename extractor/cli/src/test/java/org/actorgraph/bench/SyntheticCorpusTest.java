package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Article;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

  @TempDir Path dir;

  private static String jsonl(long seed, int n) throws IOException {
    StringWriter out = new StringWriter();
    CorpusWriter.writeJsonLines(
        new SyntheticCorpus(seed).articles(n).map(SyntheticArticle::article), out);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    assertEquals(jsonl(7, 20), jsonl(7, 20));
    assertNotEquals(jsonl(7, 20), jsonl(8, 20));
  }

  @Test
  void anArticleDependsOnlyOnSeedAndIndex() {
    SyntheticCorpus corpus = new SyntheticCorpus(3);
    assertEquals(
        corpus.articles(10).toList().get(9).article(), new SyntheticCorpus(3).article(9).article());
  }

  @Test
  void everyPlantedActorIsNamedInTheBodyAndArticlesAreNewsSized() {
    new SyntheticCorpus(11)
        .articles(50)
        .forEach(
            s -> {
              for (String actor : s.actors()) {
                assertTrue(s.article().body().contains(actor), actor + " not in " + s);
              }
              int words = s.article().body().split("\\s+").length;
              assertTrue(words > 300 && words < 800, words + " words");
            });
  }

  @Test
  void writtenArticlesReadBackWithTheirHeaders() throws IOException {
    List<Article> made = new SyntheticCorpus(5).articles(3).map(SyntheticArticle::article).toList();
    CorpusWriter.writeJsonLines(made.stream(), dir.resolve("c.jsonl"));
    CorpusWriter.writeTextFiles(made.stream(), dir.resolve("txt"));
    Inputs in = new Inputs(Inputs.DEFAULT_MAX_BYTES);
    List<InputProblem> problems = new ArrayList<>();
    List<Article> fromJson = new ArrayList<>();
    in.read(dir.resolve("c.jsonl"), fromJson::add, problems::add);
    List<Article> fromText = new ArrayList<>();
    try (var files = Files.list(dir.resolve("txt"))) {
      files.sorted().forEach(f -> in.read(f, fromText::add, problems::add));
    }
    assertEquals(List.of(), problems);
    for (int i = 0; i < made.size(); i++) {
      for (Article read : List.of(fromJson.get(i), fromText.get(i))) {
        assertEquals(made.get(i).body(), read.body());
        assertEquals(made.get(i).url(), read.url());
        assertEquals(made.get(i).published(), read.published());
        assertEquals(made.get(i).source(), read.source());
        assertEquals(made.get(i).title(), read.title());
      }
    }
  }

  @Test
  void thirdPersonOfRegularVerbs() {
    assertEquals("criticises", SyntheticCorpus.thirdPerson("criticise"));
    assertEquals("accuses", SyntheticCorpus.thirdPerson("accuse"));
    assertEquals("denies", SyntheticCorpus.thirdPerson("deny"));
    assertEquals("pushes", SyntheticCorpus.thirdPerson("push"));
    assertEquals("obeys", SyntheticCorpus.thirdPerson("obey"));
  }
}
