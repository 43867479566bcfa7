package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * The fixture of the tests of the rules that carry an organisation's name on past its head ({@link
 * MissionNames}, {@link OrganisationComplements}): an invented article with the mentions a test
 * gives, each as "Type:text" after the rule ran.
 */
final class GivenMentions {

  private GivenMentions() {}

  /**
   * Runs {@code rule} over the given mentions (name and type, each at its first occurrence) of
   * {@code body}.
   */
  static List<String> extended(
      BiFunction<AnnotatedArticle, List<Mention>, List<Mention>> rule,
      String body,
      Object... nameThenType) {
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
    return rule.apply(article, mentions).stream()
        .map(m -> m.type().label() + ":" + m.text())
        .toList();
  }
}
