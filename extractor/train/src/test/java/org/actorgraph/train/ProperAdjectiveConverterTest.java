package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProperAdjectiveConverterTest {

  @TempDir Path dir;

  /**
   * Invented WordNet lines: adjectives with and without a capital, and a person tree with a
   * hyponym, a grand-hyponym, an instance (with a hyponym of its own) and a multi-word lemma,
   * beside a capitalised noun outside the tree.
   */
  private void wordnet() throws IOException {
    Files.writeString(
        dir.resolve("data.adj"),
        "  1 invented licence line\n"
            + "00000101 01 a 02 Catholic 0 catholic 1 000 | of the church\n"
            + "00000102 01 a 02 Roman_Catholic 0 Anglo-Saxon(a) 0 000 | of Rome\n"
            + "00000103 01 s 02 USA 0 Coptic(p) 0 000 | shouting; of the Copts\n");
    Files.writeString(
        dir.resolve("data.noun"),
        "  1 invented licence line\n"
            + "00000010 03 n 01 person 0 003 ~ 00000020 n 0000 ~ 00000030 n 0000"
            + " ~i 00000040 n 0000 | a human being\n"
            + "00000020 18 n 02 believer 0 Roman_Catholic 0 001 ~ 00000025 n 0000 | one who"
            + " believes\n"
            + "00000025 18 n 02 Sunni 0 Sunnite 0 000 | a Muslim of the Sunni branch\n"
            + "00000030 18 n 02 Kurd 0 Druze 0 000 | a people\n"
            + "00000040 18 n 01 Einstein 0 001 ~ 00000041 n 0000 | a named physicist\n"
            + "00000041 18 n 01 Einsteinian 0 000 | under an instance\n"
            + "00000050 15 n 01 Paris 0 000 | a city, no person\n");
    Files.writeString(
        dir.resolve("index.noun"),
        "  1 invented licence line\n" + "person n 1 1 ~ 1 0 00000010  \n");
  }

  private List<String> words() throws IOException {
    Path out = dir.resolve(ProperAdjectiveConverter.FILE);
    int written = ProperAdjectiveConverter.convert(dir, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> words = lines.stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(written, words.size());
    assertTrue(lines.get(0).startsWith("# Capitalised words"), lines.get(0));
    return words;
  }

  @Test
  void capitalisedAdjectivesAndPersonHyponymsAreKeptOneWordEachSorted() throws IOException {
    wordnet();
    assertEquals(
        List.of("Anglo-Saxon", "Catholic", "Coptic", "Druze", "Kurd", "Sunni", "Sunnite"),
        words(),
        "catholic is lower case, Roman Catholic two words, USA no small letter after its"
            + " capital, Einstein an instance (Einsteinian under it), Paris no person");
  }
}
