package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.mention.EntityType;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quotes(String body) {
    TestArticles world =
        new TestArticles()
            .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
            .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
            .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg");
    RoleLexicon roles = TestArticles.roles();
    return new QuoteFinder(roles, new PositionFinder(roles), Capitals.none())
        .find(world.resolve(body)).stream()
            .map(f -> (Fact.Quote) f)
            .map(q -> q.speaker().label() + ": " + q.text())
            .collect(Collectors.toList());
  }

  @Test
  void aShortQuoteWithASpeechVerbIsAQuote() {
    assertEquals(List.of("Ana Ruiz: We won"), quotes("“We won,” Ruiz told supporters."));
  }

  @Test
  void aQuoteOpeningAfterThatBelongsToTheReportingSubject() {
    assertEquals(
        List.of("Ana Ruiz: trade will grow for years to come."),
        quotes(
            "Ana Ruiz praised the deal on Monday, asserting that “trade will grow for years to"
                + " come.”"));
  }

  @Test
  void aTitleBeforeTheSpeechVerbNamesItsHolder() {
    assertEquals(
        List.of("Ana Ruiz: new treaty will shape our ties for decades."),
        quotes(
            "Valdorian President Ana Ruiz met Tomas Berg. Later the Valdorian president said in a"
                + " speech that the “new treaty will shape our ties for decades.”"));
  }

  @Test
  void aPronounAfterAnotherSpeakersQuoteKeepsThatSpeakerWhenOthersAreOnlyObjects() {
    List<String> found =
        quotes(
            "“We are ready to talk,” Ruiz said, adding that she had invited Berg.\n\n"
                + "Asked about a meeting, she replied, “Yes, very soon.”");
    assertEquals(List.of("Ana Ruiz: We are ready to talk", "Ana Ruiz: Yes, very soon."), found);
  }

  @Test
  void aScareQuoteIsNoQuote() {
    assertEquals(List.of(), quotes("Ruiz said the two had a “strategic alliance” in mind."));
  }
}
