package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldReaderTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(GoldReaderTest.class.getResource(name).toURI());
  }

  private static String message(String json) {
    return assertThrows(EvalInputException.class, () -> GoldReader.read("g.gold.json", json))
        .getMessage();
  }

  @Test
  void readsTheSeedGoldFile() throws URISyntaxException {
    EvalDocument doc = GoldReader.read(resource("seed-ecuador-noboa.gold.json"));
    assertEquals("seed-ecuador-noboa", doc.doc());
    assertEquals(Optional.of("2025-04-15"), doc.date());
    assertEquals(20, doc.entities().size());
    assertEquals(17, doc.relations().size());
    assertEquals(2, doc.agreements().size());
    assertEquals(5, doc.quotes().size());
    assertEquals(
        new EvalEntity("trump", "Person", List.of("Donald Trump", "Trump"), Optional.of("Q22686")),
        doc.entities().get(3));
    EvalRelation first = doc.relations().get(0);
    assertEquals(List.of("position"), first.p());
    assertEquals(Optional.of("president"), first.role());
    assertEquals(Set.of(), doc.partial());
  }

  @Test
  void readsPredicateListsPartialAndConfidences() {
    EvalDocument doc =
        GoldReader.readExtracted(
            "dump.json",
            """
            {"doc": "d", "partial": ["cameo", "locatedIn"],
             "relations": [{"s": "a", "p": ["position", "memberOf"], "o": "b", "confidence": 0.7}]}
            """);
    assertEquals(Set.of("cameo", "locatedIn"), doc.partial());
    assertEquals(List.of("position", "memberOf"), doc.relations().get(0).p());
    assertEquals(OptionalDouble.of(0.7), doc.relations().get(0).confidence());
  }

  @Test
  void anUnknownEntityIdIsReportedWithItsPath() {
    assertEquals(
        "g.gold.json: relations[0].o: unknown entity id 'usa'",
        message(
            """
            {"doc": "g", "entities": [{"id": "ec", "type": "Country", "names": ["Ecuador"]}],
             "relations": [{"s": "ec", "p": "interaction", "o": "usa"}]}"""));
  }

  @Test
  void badValuesAndUnknownKeysAreReported() {
    assertEquals(
        "g.gold.json: entities[0]: type 'Company' is not one of Person, Country, Organisation,"
            + " Place",
        message(
            "{\"doc\": \"g\", \"entities\": [{\"id\": \"c\", \"type\": \"Company\","
                + " \"names\": [\"CNN\"]}]}"));
    assertEquals(
        "g.gold.json: entities[0]: unknown key 'wikidta'",
        message(
            "{\"doc\": \"g\", \"entities\": [{\"id\": \"c\", \"type\": \"Organisation\","
                + " \"names\": [\"CNN\"], \"wikidta\": \"Q1\"}]}"));
    assertEquals(
        "g.gold.json: relations[0]: p 'likes' is not one of position, memberOf, partOf,"
            + " locatedIn, interaction, opponentOf",
        message(
            """
            {"doc": "g", "entities": [{"id": "a", "type": "Person", "names": ["A"]},
              {"id": "b", "type": "Person", "names": ["B"]}],
             "relations": [{"s": "a", "p": "likes", "o": "b"}]}"""));
    assertEquals(
        "g.gold.json: partial[0]: 'cameos' is not one of",
        message("{\"doc\": \"g\", \"partial\": [\"cameos\"]}").replaceAll("of .*", "of"));
    assertEquals("g.gold.json: doc: missing", message("{\"entities\": []}"));
  }

  @Test
  void aDocThatDiffersFromTheFileNameIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("news-01.gold.json");
    java.nio.file.Files.writeString(file, "{\"doc\": \"news-02\"}");
    assertEquals(
        file + ": doc 'news-02' does not match the file name news-01.gold.json",
        assertThrows(EvalInputException.class, () -> GoldReader.read(file)).getMessage());
  }
}
