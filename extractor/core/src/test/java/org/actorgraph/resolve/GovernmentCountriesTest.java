package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class GovernmentCountriesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
  private static final GovernmentCountries RESOLVER =
      new GovernmentCountries(new NameGroupingResolver(IRIS, GAZETTEER::byKey), GAZETTEER, IRIS);

  /**
   * Resolves {@code body}, each of whose {@code names} is a gazetteer mention wherever it stands,
   * and returns each entity's label with its type, its aliases and the texts of its mentions.
   */
  private static Map<String, String> entities(String body, String... names) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      GazetteerEntry entry = GAZETTEER.byName(name).orElseThrow();
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        mentions.add(
            new Mention(
                span,
                name,
                entry.type(),
                a.sentenceOf(span).orElseThrow().index(),
                "gazetteer",
                0.9,
                Optional.of(entry.key())));
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (Entity e : RESOLVER.resolve(a, mentions).entities()) {
      out.put(
          e.label(),
          e.type() + " " + e.aliases() + " " + e.mentions().stream().map(Mention::text).toList());
    }
    return out;
  }

  @Test
  void aLeadersAdministrationIsTheCountryTheGazetteerGivesTheLeader() {
    assertEquals(
        Map.of(
            "United States", "COUNTRY [] [Biden administration]",
            "Iran", "COUNTRY [] [Iran]"),
        entities("The Biden administration imposed sanctions on Iran.", "Biden", "Iran"));
  }

  @Test
  void theAdministrationJoinsTheCountryTheArticleNamesWithoutBecomingItsName() {
    assertEquals(
        Map.of(
            "United States", "COUNTRY [] [Trump administration, United States]",
            "China", "COUNTRY [] [China]"),
        entities(
            "The Trump administration raised tariffs on China, and the United States said more"
                + " would follow.",
            "Trump",
            "China",
            "United States"));
  }

  @Test
  void aLeaderTheArticleAlsoNamesAloneStaysAPerson() {
    assertEquals(
        Map.of("Narendra Modi", "PERSON [Modi] [Modi, Modi]"),
        entities("The Modi government met on Friday. Modi said it would act.", "Modi"));
  }
}
