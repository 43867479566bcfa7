package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.mention.EntityType;
import org.actorgraph.relate.ActorPhrases.Holders;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Speakers of quotations that open inside a reporting clause, away from the speech verb: {@code the
 * Russian leader said in remarks carried by state media that the “…”}, {@code X hailed it,
 * asserting that “…”}, {@code Putin noted their “…”}. The speaker is the actor phrase just before
 * the verb (a title such as "the Russian leader" stands for the person the article gave that
 * office), else the last person named before the verb in the sentence, else a pronoun's antecedent.
 */
final class ReportedQuotes {

  /** How many tokens may stand between the speech verb and the opening mark. */
  static final int REACH = 16;

  private static final Pattern SPEECH =
      Pattern.compile(
          "say|tell|add|reply|state|declare|insist|explain|note|write|warn|argue|stress"
              + "|emphasise|emphasize|announce|assert|tweet|post|claim|vow|pledge|remark|promise");

  private final RoleLexicon roles;

  ReportedQuotes(RoleLexicon roles) {
    this.roles = roles;
  }

  /** The speaker of a quotation opening at character {@code open} of the body. */
  Optional<Entity> speaker(ResolvedArticle article, Holders holders, int open) {
    Optional<Sentence> within =
        article.annotated().sentences().stream()
            .filter(s -> s.span().start() <= open && open < s.span().end())
            .findFirst();
    if (within.isEmpty()) {
      return Optional.empty();
    }
    Sentence s = within.get();
    List<Token> tokens = s.tokens();
    int q = 0;
    while (q < tokens.size() && tokens.get(q).span().start() < open) {
      q++;
    }
    for (int v = q - 1; v >= Math.max(0, q - REACH); v--) {
      Token t = tokens.get(v);
      if (t.text().matches("[“”\"]") || t.text().matches("[.;]")) {
        return Optional.empty();
      }
      if (t.pos().matches("VERB|AUX") && SPEECH.matcher(t.lemma()).matches()) {
        return subject(article, SentenceActors.of(article, s), holders, v);
      }
    }
    return Optional.empty();
  }

  private Optional<Entity> subject(
      ResolvedArticle article, SentenceActors sa, Holders holders, int verb) {
    ActorPhrases phrases = ActorPhrases.of(sa, roles, holders);
    int before = verb - 1;
    if (before >= 0 && sa.tokens().get(before).pos().equals("ADV")) {
      before--;
    }
    Optional<ActorPhrase> adjacent = phrases.endingAt(before);
    if (adjacent.isPresent() && adjacent.get().head().type() != EntityType.PLACE) {
      return Optional.of(adjacent.get().head());
    }
    if (before >= 0 && sa.tokens().get(before).text().matches("(?i)he|she")) {
      return article
          .mentionsWithin(
              new org.actorgraph.text.CharSpan(0, sa.tokens().get(before).span().start()))
          .stream()
          .filter(l -> l.entity().type() == EntityType.PERSON)
          .reduce((x, y) -> y)
          .map(ResolvedArticle.Located::entity);
    }
    return phrases.all().stream()
        .filter(p -> p.last() < verb && p.head().type() == EntityType.PERSON)
        .reduce((x, y) -> y)
        .map(ActorPhrase::head);
  }
}
