package org.actorgraph.annotate;

import java.util.ArrayList;
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

  /** The sentence in which {@code span} starts, if any. */
  public Optional<Sentence> sentenceOf(CharSpan span) {
    int i = firstEndingAfter(span.start());
    if (i < sentences.size() && sentences.get(i).span().start() <= span.start()) {
      return Optional.of(sentences.get(i));
    }
    return Optional.empty();
  }

  /** The sentences that {@code span} overlaps, in order. */
  public List<Sentence> sentencesOverlapping(CharSpan span) {
    List<Sentence> found = new ArrayList<>();
    for (int i = firstEndingAfter(span.start()); i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.span().start() >= span.end()) {
        break;
      }
      if (s.span().overlaps(span)) {
        found.add(s);
      }
    }
    return found;
  }

  /** The index of the first sentence that ends after {@code offset} (binary search). */
  private int firstEndingAfter(int offset) {
    int low = 0;
    int high = sentences.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).span().end() > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
