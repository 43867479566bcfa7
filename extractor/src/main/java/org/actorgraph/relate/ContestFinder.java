package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds rivals in elections and contests: "X won the vote against Y", "X defeated Y", "X beat Y" (X
 * won), and "Y conceded to X", "Y lost to X" (X won), between two people or parties of one
 * sentence.
 */
public final class ContestFinder implements RelationFinder {

  private static final Set<String> WIN = Set.of("defeat", "beat", "win", "oust", "unseat");
  private static final Set<String> LOSE = Set.of("concede", "lose");

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        boolean win = WIN.contains(t.lemma());
        if (!(win || LOSE.contains(t.lemma())) || sa.negatedOrHypothetical(i)) {
          continue;
        }
        Optional<Located> before = nearest(sa, i, true);
        Optional<Located> after = nearest(sa, i, false);
        if (before.isPresent()
            && after.isPresent()
            && before.get().entity() != after.get().entity()) {
          Located winner = win ? before.get() : after.get();
          facts.add(
              new Fact.Contest(
                  List.of(before.get().entity(), after.get().entity()),
                  Optional.of(winner.entity()),
                  0.8,
                  List.of(sa.evidence())));
        }
      }
    }
    return facts;
  }

  private static Optional<Located> nearest(SentenceActors sa, int verb, boolean before) {
    Located best = null;
    for (Located l : sa.mentions()) {
      EntityType type = l.entity().type();
      if (type != EntityType.PERSON && type != EntityType.ORGANISATION) {
        continue;
      }
      if (before && sa.lastToken(l) < verb && verb - sa.lastToken(l) <= 4) {
        best = l;
      } else if (!before
          && sa.firstToken(l) > verb
          && sa.firstToken(l) - verb <= 8
          && best == null) {
        best = l;
      }
    }
    return Optional.ofNullable(best);
  }
}
