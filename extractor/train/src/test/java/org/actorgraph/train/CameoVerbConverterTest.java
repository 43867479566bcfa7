package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoVerbConverterTest {

  /** An invented excerpt in the format of PETRARCH2's CAMEO verb dictionary. */
  private static final String DICTIONARY =
      """
      # invented verb dictionary for a test
      ####### SYNONYM SETS #######

      &TROOPS
      +SOLDIER
      +TROOP
      +ARMORED_UNIT

      ####### VERB PATTERNS #######

      --- GREET_PEOPLE [040] ---
      GREET
      +SIT_DOWN_WITH {+SAT_DOWN_WITH +SITS_DOWN_WITH}
      HAVE {HAS HAD HAVING}
      WIRE_+GREET
      - * + CONDEMNATION [111]  # GREET <xx 01 Jan 2001>
      - $ * &TROOPS [062]  # GREET
      - WILL * AID [070]  # a word before the verb
      - * BY + [141]  # closed-class words only
      - * &UNKNOWN [050]
      - * PLAN [040]  # the block's root, for HAVE, which states nothing alone
      - * ONE TWO THREE FOUR [190]  # too long
      ~ a (a b Q) GREET = a b 138

      --- DEFEND  ###
      SHIELD
      - * FROM ATTACK [052]

      --- SHOUT [010] ---
      SHOUT
      HOLLER [112]

      --- PRAISE_ [051] ---
      EXTOL
      - * ^ SOLIDARITY [0110]

      --- DISAPPROVE [110] ---
      CRITICIZE

      --- SHUN [170] ---
      SHUN
      SNUB

      --- SNUB [160] ---
      SNUB
      """;

  private static final String CODEBOOK =
      """
      # invented codebook excerpt
      051\tPraise or endorse\t\textol
      13\tThreaten\tthreat\tthreaten
      141\tDemonstrate or rally\t\tgreet
      150\tDemonstrate military or police power\t\tgreet
      """;

  @TempDir Path dir;

  private List<String> convert() throws IOException {
    Files.writeString(dir.resolve(CameoVerbConverter.DICTIONARY), DICTIONARY);
    Files.writeString(dir.resolve("LICENSE"), "The MIT License (MIT)\nInvented notice");
    Files.writeString(dir.resolve(CameoNounConverter.CODEBOOK), CODEBOOK);
    Path out = dir.resolve(CameoVerbConverter.VERBS);
    CameoVerbConverter.convert(dir, out);
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void verbsTakeTheirBlocksRootOrTheirOwn() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("verb\tgreet\t04\t040\tGREET_PEOPLE"), rows.toString());
    assertTrue(rows.contains("verb\tholler\t11\t112\tSHOUT"), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.startsWith("verb\tshout\t")), "root 01 is left out");
  }

  @Test
  void aVerbWithABlockOfItsOwnTakesThatBlocksRootOnly() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("verb\tsnub\t16\t160\tSNUB"), rows.toString());
    assertTrue(rows.contains("verb\tshun\t17\t170\tSHUN"), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.startsWith("verb\tsnub\t17")), rows.toString());
  }

  @Test
  void multiWordVerbsBecomePhrasesAndPreVerbWordsAreRefused() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("phrase\tsit\t_down_with\t04\t040\tGREET_PEOPLE"), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.contains("wire")), rows.toString());
  }

  @Test
  void patternsKeepTheirWordsAndRootWithSynonymSetsSpelledOut() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("pattern\tGREET_PEOPLE\tcondemnation\t11\t111"), rows.toString());
    assertTrue(rows.contains("pattern\tGREET_PEOPLE\tsoldier|troop\t06\t062"), rows.toString());
    assertTrue(rows.contains("pattern\tDEFEND\tfrom attack\t05\t052"), rows.toString());
    assertTrue(
        rows.stream().noneMatch(r -> r.contains("solidarity")), "no verb of PRAISE_ is silent");
    long greetPatterns = rows.stream().filter(r -> r.startsWith("pattern\tGREET_PEOPLE")).count();
    assertEquals(3, greetPatterns, rows.toString());
  }

  @Test
  void generalVerbsStateNothingAloneButKeepTheirBlock() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("verb\thave\t-\t040\tGREET_PEOPLE"), rows.toString());
    assertTrue(rows.contains("verb\tshield\t-\t---\tDEFEND"), rows.toString());
  }

  @Test
  void aVerbTheCodebookNamesUnderOneRootTakesItWithoutPatterns() throws IOException {
    List<String> rows = convert();
    assertTrue(
        rows.contains(
            "verb\textol\t05\t051\t-\tcodebook 051 Praise or endorse; PETRARCH block PRAISE_"),
        rows.toString());
    assertTrue(
        rows.contains("verb\tthreaten\t13\t-\t-\tcodebook 13 Threaten"), "absent from PETRARCH");
    assertTrue(rows.contains("verb\tgreet\t04\t040\tGREET_PEOPLE"), "named under two roots");
  }

  @Test
  void britishSpellingsAndTheLicenceComeAlong() throws IOException {
    List<String> rows = convert();
    assertTrue(rows.contains("spelling\tcriticise\tcriticize"), rows.toString());
    assertTrue(rows.contains("# The MIT License (MIT)"), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.contains("java -cp extractor/target/actorgraph.jar")));
  }

  @Test
  void rootsAreTheFirstTwoDigitsOfInteractionCodes() {
    assertEquals("08", CameoVerbConverter.root("0874"));
    assertEquals("04", CameoVerbConverter.root("040:040"));
    assertEquals("19", CameoVerbConverter.root("190!"));
    assertEquals("-", CameoVerbConverter.root("010"));
    assertEquals("-", CameoVerbConverter.root("---"));
    assertEquals("-", CameoVerbConverter.root(null));
    assertFalse(PetrarchPatterns.hasContentWord("_with by"));
  }
}
