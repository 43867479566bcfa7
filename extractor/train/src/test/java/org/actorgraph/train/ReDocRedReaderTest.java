package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReDocRedReaderTest {

  @TempDir Path dir;

  /**
   * Two sentences: "Alma Torvik of Velor Bank visited Brelund ." / "The Velorian rose in 1990 ."
   */
  private static final String DOC =
      """
      {"title": "t", "labels": [], "sents": [
        ["Alma", "Torvik", "of", "Velor", "Bank", "visited", "Brelund", "."],
        ["The", "Velorian", "rose", "in", "1990", "."]],
       "vertexSet": [
        [{"name": "Alma Torvik", "pos": [0, 2], "sent_id": 0, "type": "PER"}],
        [{"name": "Velor Bank", "pos": [3, 5], "sent_id": 0, "type": "ORG"},
         {"name": "Velor", "pos": [3, 4], "sent_id": 0, "type": "LOC"}],
        [{"name": "Brelund", "pos": [6, 7], "sent_id": 0, "type": "LOC"},
         {"name": "Velorian", "pos": [1, 2], "sent_id": 1, "type": "LOC"}],
        [{"name": "1990", "pos": [4, 5], "sent_id": 1, "type": "TIME"}]]}
      """;

  private void write(String dev, String test) throws IOException {
    Files.writeString(dir.resolve("dev_revised.json"), dev);
    Files.writeString(dir.resolve("test_revised.json"), test);
  }

  @Test
  void readsPersonOrganisationAndLocationMentionsAndKeepsTheLongerOfOverlaps() throws IOException {
    write("[" + DOC + "]", "[]");
    ReDocRedReader.Corpus corpus = ReDocRedReader.read(dir);
    assertEquals(1, corpus.documents().size());
    assertEquals("redocred-dev:0", corpus.documents().get(0).id());
    NameSample first = corpus.documents().get(0).sentences().get(0);
    assertArrayEquals(
        new Span[] {
          new Span(0, 2, NameTypes.PERSON),
          new Span(3, 5, NameTypes.ORGANIZATION),
          new Span(6, 7, NameTypes.LOCATION)
        },
        first.getNames());
    NameSample second = corpus.documents().get(0).sentences().get(1);
    assertArrayEquals(new Span[] {new Span(1, 2, NameTypes.LOCATION)}, second.getNames());
    assertTrue(first.isClearAdaptiveDataSet());
  }

  @Test
  void learnsWordsTaggedAsLocationsMoreOftenThanNot() throws IOException {
    write("[" + DOC + "," + DOC + "]", "[" + DOC + "]");
    ReDocRedReader.Corpus corpus = ReDocRedReader.read(dir);
    assertEquals(3, corpus.documents().size());
    assertEquals(Set.of("Brelund", "Velorian", "Velor"), corpus.locationWords());
  }

  @Test
  void reportsTheDocumentOfAMentionOutsideItsSentence() throws IOException {
    write("[" + DOC.replace("\"pos\": [6, 7]", "\"pos\": [6, 9]") + "]", "[]");
    CorpusException e = assertThrows(CorpusException.class, () -> ReDocRedReader.read(dir));
    assertTrue(
        e.getMessage().contains("dev_revised.json: document 0: mention pos"), e.getMessage());
  }

  @Test
  void reportsAMissingFile() throws IOException {
    Files.writeString(dir.resolve("dev_revised.json"), "[]");
    CorpusException e = assertThrows(CorpusException.class, () -> ReDocRedReader.read(dir));
    assertTrue(e.getMessage().contains("test_revised.json"), e.getMessage());
  }
}
