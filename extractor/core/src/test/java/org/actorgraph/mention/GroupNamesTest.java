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

class GroupNamesTest {

  /**
   * The texts of the mentions {@link GroupNames} keeps of {@code body}: each name (at its first
   * occurrence after the previous one) proposed as an organisation by {@code finder}.
   */
  private static List<String> kept(String body, String finder, String... names) {
    AnnotatedArticle article = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = body.indexOf(name, from);
      from = at + name.length();
      CharSpan span = new CharSpan(at, from);
      int sentence = article.sentenceOf(span).orElseThrow().index();
      mentions.add(
          new Mention(
              span, name, EntityType.ORGANISATION, sentence, finder, 0.6, Optional.empty()));
    }
    return GroupNames.without(article, mentions).stream().map(Mention::text).toList();
  }

  @Test
  void aPeopleIsNoActor() {
    assertEquals(
        List.of("Freedonia"),
        kept("The Kurds accused Freedonia of shelling.", "model", "Kurds", "Freedonia"));
    assertEquals(List.of(), kept("Tamils fled the fighting.", "rule:kind", "Tamils"));
  }

  @Test
  void aNameBeforeMinorityNamesAPeopleThroughoutTheArticle() {
    assertEquals(
        List.of(),
        kept(
            "Freedonia expelled the Asteri minority. The Asteri fled in 2017.",
            "model",
            "Asteri",
            "Asteri"));
    assertEquals(List.of(), kept("Asteri Muslims were detained.", "model", "Asteri"));
  }

  @Test
  void aChambersMinorityAndARulesNameStay() {
    assertEquals(List.of("Asteri"), kept("The Asteri minority leader spoke.", "model", "Asteri"));
    assertEquals(List.of("Unity"), kept("The Unity minority walked out.", "rule:party", "Unity"));
  }
}
