package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoNounConverterTest {

  @TempDir Path dir;

  /** Invented WordNet lines: one verb synset deriving an act noun and a person noun. */
  private void wordnet() throws IOException {
    Files.writeString(
        dir.resolve("data.verb"),
        "  1 invented licence line\n"
            + "00000001 32 v 01 rebuke 0 003 + 00000010 n 0101 + 00000020 n 0101"
            + " + 00000030 n 0101 01 + 08 00 | scold\n");
    Files.writeString(
        dir.resolve("data.noun"),
        "00000010 10 n 01 rebuke 0 000 | a scolding\n"
            + "00000020 18 n 01 rebuker 0 000 | one who rebukes\n"
            + "00000030 04 n 01 rebukement 0 000 | an act of rebuking\n"
            + "00000040 24 n 01 rebukement 0 000 | a relation\n");
    Files.writeString(
        dir.resolve("index.noun"),
        "rebuke n 1 0 1 0 00000010  \n"
            + "rebuker n 1 0 1 0 00000020  \n"
            + "rebukement n 2 0 2 0 00000040 00000030  \n");
  }

  @Test
  void nominalisationsOfActsTakeTheVerbsRootAndTheCodebookAddsItsNouns() throws IOException {
    wordnet();
    Path verbs = dir.resolve("cameo-verbs.tsv");
    Files.writeString(verbs, "# verbs\nverb\trebuke\t11\t111\tDENOUNCE\nverb\tmuse\t-\t010\tX\n");
    Path codebook = dir.resolve("cameo-codebook.tsv");
    Files.writeString(codebook, "163\tImpose embargo, boycott, or sanctions\tembargo\t\n");
    Path out = dir.resolve("cameo-nouns.tsv");
    CameoNounConverter.convert(verbs, dir, codebook, out);
    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(
        rows.contains("noun\trebuke\t11\twordnet noun.communication of rebuke"), rows.toString());
    assertFalse(rows.stream().anyMatch(r -> r.contains("rebuker")), "a person is no interaction");
    assertFalse(
        rows.stream().anyMatch(r -> r.contains("rebukement")), "its commonest sense is a relation");
    assertTrue(
        rows.contains("noun\tembargo\t16\tcodebook 163 Impose embargo, boycott, or sanctions"),
        rows.toString());
  }
}
