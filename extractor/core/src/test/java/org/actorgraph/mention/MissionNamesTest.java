package org.actorgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;
import org.junit.jupiter.api.Test;

class MissionNamesTest {

  /** Extends the given mentions (name and type, each at its first occurrence) of {@code body}. */
  private static List<String> extended(String body, Object... nameThenType) {
    AnnotatedArticle article = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < nameThenType.length; k += 2) {
      String name = (String) nameThenType[k];
      int at = body.indexOf(name);
      CharSpan span = new CharSpan(at, at + name.length());
      int sentence = article.sentenceOf(span).orElseThrow().index();
      mentions.add(
          new Mention(
              span,
              name,
              (EntityType) nameThenType[k + 1],
              sentence,
              "test",
              0.8,
              Optional.empty()));
    }
    return MissionNames.extend(article, mentions).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }

  @Test
  void aMissionsNameEndsWithTheCountryItIsSentTo() {
    assertEquals(
        List.of(
            "Organisation:United Nations Assistance Mission in Freedonia", "Organisation:Aster"),
        extended(
            "The United Nations Assistance Mission in Freedonia urged Aster to free the prisoners.",
            "United Nations Assistance Mission",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY,
            "Aster",
            EntityType.ORGANISATION));
    assertEquals(
        List.of("Organisation:Special Monitoring Mission to Freedonia"),
        extended(
            "The Special Monitoring Mission to Freedonia reported shelling.",
            "Special Monitoring Mission",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY));
    assertEquals(
        List.of("Organisation:UN Interim Force in Freedonia", "Country:Sylvania"),
        extended(
            "The UN Interim Force in Freedonia accused Sylvania of firing at its posts.",
            "UN Interim Force",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY,
            "Sylvania",
            EntityType.COUNTRY));
  }

  @Test
  void anotherForceInACountryIsOnlyThere() {
    assertEquals(
        List.of("Organisation:Sylvanian Air Force", "Country:Freedonia"),
        extended(
            "The Sylvanian Air Force in Freedonia struck a depot.",
            "Sylvanian Air Force",
            EntityType.ORGANISATION,
            "Freedonia",
            EntityType.COUNTRY));
  }
}
