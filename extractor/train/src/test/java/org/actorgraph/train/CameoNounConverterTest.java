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
  void aNounWhoseCommonestSenseIsAnOrganisationIsNoAct() throws IOException {
    Files.writeString(
        dir.resolve("data.verb"),
        "00000002 41 v 01 unionize 0 001 + 00000050 n 0101 01 + 08 00 | organize\n"
            + "00000003 41 v 01 meet 0 001 + 00000060 n 0101 01 + 08 00 | gather\n");
    Files.writeString(
        dir.resolve("data.noun"),
        "08008335 14 n 01 organization 0 000 | a group of people who work together\n"
            + "00000050 14 n 01 union 0 001 @ 08008335 n 0000 | a labor union\n"
            + "00000060 14 n 01 meeting 0 000 | a gathering\n");
    Files.writeString(
        dir.resolve("index.noun"), "union n 1 1 @ 1 0 00000050  \nmeeting n 1 0 1 0 00000060  \n");
    Path verbs = dir.resolve("cameo-verbs.tsv");
    Files.writeString(verbs, "verb\tunionize\t05\t050\tCOORDINATE\nverb\tmeet\t04\t040\tMEET\n");
    Path codebook = dir.resolve("cameo-codebook.tsv");
    Files.writeString(codebook, "163\tImpose embargo, boycott, or sanctions\tembargo\t\n");
    Path out = dir.resolve("cameo-nouns.tsv");
    CameoNounConverter.convert(verbs, dir, codebook, out);
    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(rows.contains("noun\tmeeting\t04\twordnet noun.group of meet"), rows.toString());
    assertFalse(rows.stream().anyMatch(r -> r.contains("\tunion\t")), "a union names who acts");
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
