package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds interactions stated by a verb from {@link CameoLexicon} between two named actors of one
 * sentence: the source is the nearest actor before the verb with no other verb between them, the
 * target the first actor after it (directly, or after "with", "to", "on"). Negated or hypothetical
 * statements ("did not meet", "would like to") are left out.
 */
public final class InteractionFinder implements RelationFinder {

  private static final int MAX_GAP = 8;

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      if (sa.mentions().size() < 2) {
        continue;
      }
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        if (!t.pos().equals("VERB")) {
          continue;
        }
        Optional<String> cameo = CameoLexicon.cameo(t.lemma());
        if (cameo.isEmpty() || sa.negatedOrHypothetical(i)) {
          continue;
        }
        Optional<Located> source = source(sa, i);
        Optional<Located> target = target(sa, i);
        if (source.isPresent()
            && target.isPresent()
            && source.get().entity() != target.get().entity()) {
          facts.add(
              new Fact.Interaction(
                  source.get().entity(),
                  target.get().entity(),
                  cameo.get(),
                  t.lemma(),
                  Optional.empty(),
                  0.7,
                  List.of(sa.evidence())));
        }
      }
    }
    return facts;
  }

  private static Optional<Located> source(SentenceActors sa, int verb) {
    Located best = null;
    for (Located l : sa.mentions()) {
      int last = sa.lastToken(l);
      if (last < verb && verb - last <= MAX_GAP && SentenceActors.isActor(l)) {
        best = l;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    for (int j = sa.lastToken(best) + 1; j < verb; j++) {
      Token t = sa.tokens().get(j);
      if (t.pos().equals("VERB") && !t.lemma().equals("have") || t.text().equals(";")) {
        return Optional.empty();
      }
    }
    return Optional.of(best);
  }

  private static Optional<Located> target(SentenceActors sa, int verb) {
    for (Located l : sa.mentions()) {
      int first = sa.firstToken(l);
      if (first > verb && first - verb <= 4 && SentenceActors.isActor(l)) {
        for (int j = verb + 1; j < first; j++) {
          String w = sa.tokens().get(j).text().toLowerCase(Locale.ROOT);
          if (!(w.equals("with")
              || w.equals("to")
              || w.equals("on")
              || w.equals("the")
              || w.equals("by")
              || w.equals("phone")
              || w.equals("for"))) {
            return Optional.empty();
          }
        }
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
