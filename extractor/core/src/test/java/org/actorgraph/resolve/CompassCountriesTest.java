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
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class CompassCountriesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final CompassCountries RESOLVER =
      new CompassCountries(new NameGroupingResolver(new Iris(Iris.DEFAULT_BASE), GAZETTEER::byKey));

  /**
   * Resolves {@code body} with each of {@code countries} a gazetteer mention and each "North" or
   * "South" an organisation mention, as the finders read the bare word; returns each entity's label
   * with its type and the texts of its mentions.
   */
  private static Map<String, String> entities(String body, String... countries) {
    AnnotatedArticle a = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    List<CharSpan> taken = new ArrayList<>();
    for (String name : countries) {
      GazetteerEntry entry = GAZETTEER.byName(name).orElseThrow();
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        taken.add(span);
        mentions.add(mention(a, span, name, entry.type(), Optional.of(entry.key())));
      }
    }
    for (String word : List.of("North", "South")) {
      for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
        CharSpan span = new CharSpan(at, at + word.length());
        if (taken.stream().noneMatch(span::overlaps)) {
          mentions.add(mention(a, span, word, EntityType.ORGANISATION, Optional.empty()));
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (Entity e : RESOLVER.resolve(a, mentions).entities()) {
      out.put(e.label(), e.type() + " " + e.mentions().stream().map(Mention::text).toList());
    }
    return out;
  }

  private static Mention mention(
      AnnotatedArticle a, CharSpan span, String text, EntityType type, Optional<String> key) {
    return new Mention(
        span, text, type, a.sentenceOf(span).orElseThrow().index(), "test", 0.9, key);
  }

  @Test
  void theNorthIsTheOneCountryTheArticleNamesByThatWord() {
    assertEquals(
        Map.of(
            "North Korea", "COUNTRY [North Korea, North]",
            "Mongolia", "COUNTRY [Mongolia]"),
        entities(
            "North Korea and Mongolia signed a trade deal, the North's media said.",
            "North Korea",
            "Mongolia"));
  }

  @Test
  void withTwoCountriesOfThatWordOrNoneTheBareWordStaysAsItWas() {
    assertEquals(
        Map.of(
            "North Korea", "COUNTRY [North Korea]",
            "North Macedonia", "COUNTRY [North Macedonia]",
            "North", "ORGANISATION [North]"),
        entities(
            "North Korea and North Macedonia opened embassies, the North said.",
            "North Korea",
            "North Macedonia"));
    assertEquals(
        Map.of("Mongolia", "COUNTRY [Mongolia]", "North", "ORGANISATION [North]"),
        entities("Mongolia said the North had agreed.", "Mongolia"));
  }
}
