package org.actorgraph.mention;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Where an organisation mention stands in its sentence, for the rules that carry its name on past
 * its head ({@link MissionNames}: "Mission in Freedonia"; {@link OrganisationComplements}:
 * "Commission on Human Rights"), and the mention they put in its place.
 *
 * @param sentence the mention's sentence
 * @param first its first token
 * @param last its last token
 */
record NamePlace(Sentence sentence, int first, int last) {

  /** The place of {@code m}; empty for a mention of another type or one no sentence holds. */
  static Optional<NamePlace> of(AnnotatedArticle article, Mention m) {
    if (m.type() != EntityType.ORGANISATION) {
      return Optional.empty();
    }
    return article
        .sentenceOf(m.span())
        .map(s -> new NamePlace(s, s.tokenAt(m.span().start()), s.tokenAt(m.span().end()) - 1))
        .filter(p -> p.first() < p.tokens().size() && p.last() >= p.first());
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  /** The organisation {@code m} names, over {@code span} now, as read by {@code finder}. */
  static Mention extended(AnnotatedArticle article, Mention m, CharSpan span, String finder) {
    return Mention.unkeyed(
        span, article.body(), EntityType.ORGANISATION, m.sentence(), finder, m.confidence());
  }
}
