package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * An annotated invented article and mentions proposed in it, as a finder would propose them: the
 * fixture of the tests of the filters that drop proposed mentions ({@link PrizeNames}, {@link
 * GroupNames}).
 */
record ProposedMentions(AnnotatedArticle article, List<Mention> mentions) {

  /**
   * {@code body} annotated, and each of {@code names} (at its first occurrence after the previous
   * one) proposed as a mention of {@code type} by {@code finder}.
   */
  static ProposedMentions of(String body, EntityType type, String finder, String... names) {
    AnnotatedArticle article = OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body));
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = body.indexOf(name, from);
      from = at + name.length();
      CharSpan span = new CharSpan(at, from);
      int sentence = article.sentenceOf(span).orElseThrow().index();
      mentions.add(new Mention(span, name, type, sentence, finder, 0.6, Optional.empty()));
    }
    return new ProposedMentions(article, mentions);
  }
}
