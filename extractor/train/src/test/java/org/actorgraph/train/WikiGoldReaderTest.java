package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiGoldReaderTest {

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return Files.write(dir.resolve("gold.conll"), List.of(lines));
  }

  @Test
  void splitsDocumentsAtDocstartAndSentencesAtBlankLines() throws IOException {
    Path file =
        write(
            "Alma I-PER",
            "Torvik I-PER",
            "sings O",
            ". O",
            "",
            "She O",
            "tours O",
            ". O",
            "",
            "-DOCSTART- O",
            "",
            "Brelund I-LOC",
            "is O",
            "cold O",
            ". O");
    List<TrainingDocument> docs = WikiGoldReader.read(file, Set.of());
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
    NameSample first = docs.get(0).sentences().get(0);
    assertArrayEquals(new String[] {"Alma", "Torvik", "sings", "."}, first.getSentence());
    assertArrayEquals(new Span[] {new Span(0, 2, NameTypes.PERSON)}, first.getNames());
    assertTrue(first.isClearAdaptiveDataSet());
    assertEquals(false, docs.get(0).sentences().get(1).isClearAdaptiveDataSet());
    assertArrayEquals(
        new Span[] {new Span(0, 1, NameTypes.LOCATION)}, docs.get(1).sentences().get(0).getNames());
  }

  @Test
  void turnsMiscDemonymsIntoLocationsAndDropsOtherMisc() throws IOException {
    Path file = write("Velorian I-MISC", "fans O", "love O", "Star I-MISC", "Quest I-MISC", ". O");
    NameSample s = WikiGoldReader.read(file, Set.of("Velorian")).get(0).sentences().get(0);
    assertArrayEquals(new Span[] {new Span(0, 1, NameTypes.LOCATION)}, s.getNames());
  }

  @Test
  void startsANewNameAtABeginTagAndAtATypeChange() throws IOException {
    Path file = write("Oskar I-PER", "Lund I-PER", "Nils B-PER", "Voss I-ORG", "Ltd I-ORG");
    NameSample s = WikiGoldReader.read(file, Set.of()).get(0).sentences().get(0);
    assertArrayEquals(
        new Span[] {
          new Span(0, 2, NameTypes.PERSON),
          new Span(2, 3, NameTypes.PERSON),
          new Span(3, 5, NameTypes.ORGANIZATION)
        },
        s.getNames());
  }

  @Test
  void reportsFileAndLineOfAMalformedLine() throws IOException {
    Path file = write("Alma I-PER", "Torvik I-PER extra");
    CorpusException e =
        assertThrows(CorpusException.class, () -> WikiGoldReader.read(file, Set.of()));
    assertTrue(e.getMessage().startsWith(file + ":2: expected 'token TAG'"), e.getMessage());
  }

  @Test
  void reportsAnUnknownTag() throws IOException {
    Path file = write("Alma I-PERSON");
    CorpusException e =
        assertThrows(CorpusException.class, () -> WikiGoldReader.read(file, Set.of()));
    assertTrue(e.getMessage().contains(":1: unknown tag 'I-PERSON'"), e.getMessage());
  }
}
