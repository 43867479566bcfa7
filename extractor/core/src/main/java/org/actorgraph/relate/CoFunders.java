package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * Those who pay for the aid another actor delivers: {@code A delivered aid to B with funding from
 * C}, {@code A built the clinics in B with money from C}. C provides aid to B too (CAMEO 07,
 * codebook 071 "provide economic aid"), though the verb names only A as the giver.
 *
 * <p>Design decision: read off the words, not the parse, since the parser hangs "with" on the verb,
 * its object or the recipient alike; the phrase must follow the verb with no other verb between
 * ({@code A sent food to B, which it bought with money from C} is no funding of A's gift).
 */
final class CoFunders {

  /** CAMEO 07, provide aid. */
  private static final String AID = "07";

  /**
   * Nouns of money or help given for a purpose (Oxford Learner's funding "money for a particular
   * purpose", financing, fund, money, grant, donation, contribution; and support, assistance, help
   * in their sense of aid).
   */
  private static final Set<String> FUNDS =
      Set.of(
          "funding",
          "financing",
          "fund",
          "money",
          "grant",
          "donation",
          "contribution",
          "support",
          "assistance",
          "help");

  /** How many words (adjectives: "financial", "additional") may stand between "with" and it. */
  private static final int GAP = 2;

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  CoFunders(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /**
   * Adds, for each aid that {@code out} gained from index {@code from} on by the verb at {@code v},
   * the same aid from each funder that "with N from C" after the verb names.
   */
  void read(List<Fact.Interaction> out, int from, int v) {
    List<ActorPhrase> funders = funding(v).map(this::funders).orElse(List.of());
    if (funders.isEmpty()) {
      return;
    }
    List<Fact.Interaction> aid =
        out.subList(from, out.size()).stream().filter(f -> f.cameo().equals(AID)).toList();
    for (Fact.Interaction f : aid) {
      for (ActorPhrase p : funders) {
        Entity funder = p.head();
        if (!funder.equals(f.source()) && !funder.equals(f.target())) {
          out.add(
              new Fact.Interaction(
                  funder,
                  f.target(),
                  AID,
                  f.trigger(),
                  f.date(),
                  Math.min(f.confidence(), ClauseWords.INDIRECT),
                  f.evidence()));
        }
      }
    }
  }

  /** The noun of funding in "with N" after the verb at {@code v}, before any other verb. */
  private Optional<Integer> funding(int v) {
    for (int w = v + 1; w < tokens.size(); w++) {
      if (tree.tag(w).startsWith("VB")) {
        return Optional.empty();
      }
      if (tokens.get(w).text().equalsIgnoreCase("with")) {
        for (int n = w + 1; n < tokens.size() && n <= w + GAP + 1; n++) {
          if (tree.tag(n).startsWith("NN") && FUNDS.contains(tree.lemma(n))) {
            return Optional.of(n);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The actors "from" names after the noun at {@code n}. */
  private List<ActorPhrase> funders(int n) {
    List<ActorPhrase> named = clauses.prepObjects(n, Set.of("from"));
    if (!named.isEmpty() || n + 2 >= tokens.size() || !tokens.get(n + 1).text().equals("from")) {
      return named;
    }
    return actors.actor(n + 2).map(List::of).orElse(List.of());
  }
}
