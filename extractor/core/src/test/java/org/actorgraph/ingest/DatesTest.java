package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void anAddressGivesTheDateItWrites() {
    assertEquals(Optional.of("2024-03-15"), Dates.fromUrl("https://news.example/2024/03/15/pact"));
    assertEquals(Optional.of("2024-06-19"), Dates.fromUrl("https://x.example/pact-20240619.htm"));
    assertEquals(Optional.of("2013-11"), Dates.fromUrl("https://x.example/2013/11/pact.html"));
    assertEquals(Optional.empty(), Dates.fromUrl("https://x.example/story/123456"));
  }

  @Test
  void aDatelineGivesTheDateWithTheAddressYear() {
    assertEquals(
        Optional.of("2013-11-01"),
        Dates.published(
            Optional.empty(),
            Optional.of("https://x.example/2013/11/pact.html"),
            "PORT ASTER, Nov. 1 (Northwind Press) -- Freedonia and Sylvania signed."));
    assertEquals(
        Optional.of("2010-09-01"),
        Dates.published(Optional.empty(), Optional.empty(), "01 Sep 2010\nFreedonia sent aid."));
    assertEquals(
        Optional.of("2024-03-03"),
        Dates.published(
            Optional.empty(), Optional.empty(), "Port Aster, March 3, 2024 (NWP) - Talks began."));
  }

  @Test
  void theDatelineAfterAHeadlineGivesTheDate() {
    assertEquals(
        Optional.of("2024-03-03"),
        Dates.published(
            Optional.empty(),
            Optional.empty(),
            "Freedonia and Sylvania resume talks over their long border dispute in the north\n\n"
                + "PORT ASTER, March 3, 2024 (NWP) - Talks began."));
  }

  @Test
  void metadataWinsAndNoYearMeansNoDate() {
    assertEquals(
        Optional.of("2020-01-02"),
        Dates.published(Optional.of("2020-01-02"), Optional.empty(), "March 3 (NWP) - Talks."));
    assertEquals(
        Optional.empty(),
        Dates.published(Optional.empty(), Optional.empty(), "March 3 (NWP) - Talks."));
    assertEquals(
        Optional.empty(),
        Dates.published(Optional.empty(), Optional.empty(), "The Marines 2 unit left Port Aster."));
  }

  @Test
  void aTextFileWithoutADateLineTakesItsAddressDate() {
    Article a =
        TextArticleReader.parse(
                "t",
                "t.txt",
                "SOURCE: https://news.example/2024/03/15/pact\n\nFreedonia signed.",
                p -> {})
            .orElseThrow();
    assertEquals(Optional.of("2024-03-15"), a.published());
  }
}
