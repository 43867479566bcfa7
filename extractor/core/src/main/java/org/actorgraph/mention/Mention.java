package org.actorgraph.mention;

import java.util.Objects;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * A span of an article that names an actor or place.
 *
 * @param span where it stands in the article body
 * @param text the span's text as written
 * @param type what kind of thing it names
 * @param sentence the index of the sentence it is in
 * @param finder which finder proposed it ({@code model}, {@code gazetteer}, {@code rule:title},
 *     ...), for debugging and confidence
 * @param confidence how sure the finder is, 0..1
 * @param key the gazetteer key (e.g. a Wikidata id) when the finder recognised a known entry
 */
public record Mention(
    CharSpan span,
    String text,
    EntityType type,
    int sentence,
    String finder,
    double confidence,
    Optional<String> key) {

  /**
   * A mention of no known entry whose text is the article body's at its span: what every finder but
   * the gazetteer's proposes.
   */
  public static Mention unkeyed(
      CharSpan span, String body, EntityType type, int sentence, String finder, double confidence) {
    return new Mention(span, span.of(body), type, sentence, finder, confidence, Optional.empty());
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(finder, "finder");
    Objects.requireNonNull(key, "key");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text '" + text + "' (" + text.length() + " chars) does not fit span " + span);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence (" + confidence + ") outside 0..1");
    }
  }
}
