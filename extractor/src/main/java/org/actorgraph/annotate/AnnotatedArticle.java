package org.actorgraph.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.ingest.Article;
import org.actorgraph.text.CharSpan;

/**
 * An article split into sentences and tokens, with part-of-speech tags and lemmas.
 *
 * @param article the article as read
 * @param language the ISO 639-3 code the language detector gave the body
 * @param sentences its sentences, in order
 */
public record AnnotatedArticle(Article article, String language, List<Sentence> sentences) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
  }

  public String body() {
    return article.body();
  }

  /** The sentence that contains {@code span}, if any. */
  public Optional<Sentence> sentenceOf(CharSpan span) {
    for (Sentence s : sentences) {
      if (s.span().start() <= span.start() && span.start() < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
