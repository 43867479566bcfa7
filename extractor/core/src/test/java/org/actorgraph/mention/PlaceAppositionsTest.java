package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class PlaceAppositionsTest {

  /**
   * The type {@link PlaceAppositions} gives {@code name}, proposed as {@code type} by {@code by}.
   */
  private static String retyped(String body, String name, EntityType type, String by) {
    AnnotatedArticle article = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    int at = body.indexOf(name);
    CharSpan span = new CharSpan(at, at + name.length());
    int sentence = article.sentenceOf(span).orElseThrow().index();
    Mention m = new Mention(span, name, type, sentence, by, 0.6, Optional.empty());
    return PlaceAppositions.retype(article, List.of(m)).get(0).type().label();
  }

  private static String person(String body, String name) {
    return retyped(body, name, EntityType.PERSON, "model:given-name");
  }

  @Test
  void aNameSetOffByCommasAfterAPlaceNounIsAPlace() {
    assertEquals(
        "Place",
        person(
            "Aid trucks entered Freedonia through the border crossing, Bab Aster, on Tuesday.",
            "Bab Aster"));
    assertEquals(
        "Place",
        person("Fighting resumed near the port city, Tal Marea, a spokesman said.", "Tal Marea"));
    assertEquals("Place", person("Rebels shelled Freedonia's capital, Velmora.", "Velmora"));
    assertEquals(
        "Place",
        retyped(
            "The strike hit the refugee camp, Korvo Shelter, on Monday.",
            "Korvo Shelter",
            EntityType.ORGANISATION,
            "model"));
  }

  @Test
  void theNamesListedAfterAPluralPlaceNounArePlaces() {
    String body = "Troops liberated key towns including Rabia Dor and Zumaro, the army said.";
    assertEquals("Place", person(body, "Rabia Dor"));
    assertEquals("Place", person(body, "Zumaro"));
    assertEquals("Place", person("Cities such as Velmora were shelled.", "Velmora"));
  }

  @Test
  void aPersonWhoIsTheClausesSubjectOrDescribesAnotherHeadStaysAPerson() {
    assertEquals("Person", person("In the village, Jane Roe, 45, said she had fled.", "Jane Roe"));
    assertEquals("Person", person("She moved to the capital, Jane Roe said.", "Jane Roe"));
    assertEquals(
        "Person", person("A spokesman for the city, Jane Roe, denied the report.", "Jane Roe"));
    assertEquals("Person", person("Villagers including Jane Roe fled the town.", "Jane Roe"));
  }

  @Test
  void anOrganisationFoundByARuleKeepsItsType() {
    assertEquals(
        "Organisation",
        retyped(
            "Aid reached the camp, Aster Relief, on Monday.",
            "Aster Relief",
            EntityType.ORGANISATION,
            "rule:kind"));
  }
}
