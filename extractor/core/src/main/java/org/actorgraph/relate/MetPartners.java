package org.actorgraph.relate;

import java.util.List;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * {@code A met B in C on Tuesday and signed an agreement}, {@code A hosted B and signed a water
 * deal}, {@code A held talks with B and clinched a pact}: a verb of making an agreement coordinated
 * after a verb of meeting (CAMEO 04) or hosting with the same subject makes it with whom the
 * subject met, as the interaction reading does ({@link VerbInteractions}, "A signs with whom A
 * met"). Read on the sentence's words, as {@link AgreementFinder} reads its parties.
 */
final class MetPartners {

  /** How many words may stand between a meeting verb and the actor it names ("talks with"). */
  private static final int REACH = 3;

  private MetPartners() {}

  /**
   * The actors met before the verb at {@code verb} when it makes an agreement and follows "and"
   * after a verb of meeting in the same clause; empty otherwise.
   */
  static List<Entity> before(Clause clause, List<Token> tokens, int verb) {
    if (!AgreementWords.makes(tokens.get(verb).lemma())) {
      return List.of();
    }
    int and = verb - 1;
    while (and >= 0 && tokens.get(and).pos().matches("AUX|ADV")) {
      and--;
    }
    if (and < 1 || !tokens.get(and).text().equalsIgnoreCase("and")) {
      return List.of();
    }
    int m = tokens.get(and - 1).text().equals(",") ? and - 2 : and - 1;
    for (; m >= 0 && !tokens.get(m).text().matches("[,;:]"); m--) {
      if (tokens.get(m).pos().equals("VERB") && meets(tokens, m)) {
        return met(clause, tokens, m, and);
      }
    }
    return List.of();
  }

  /**
   * Whether the verb at {@code m} is one of meeting (CAMEO 04: met, visited, held talks) or
   * hosting.
   */
  private static boolean meets(List<Token> tokens, int m) {
    return DependencyWords.host(tokens.get(m).lemma())
        || InteractionFinder.trigger(tokens, m).filter(DependencyWords.CONSULT::equals).isPresent();
  }

  /**
   * The actors right after the meeting verb at {@code m}, or after its "with", before {@code end}.
   */
  private static List<Entity> met(Clause clause, List<Token> tokens, int m, int end) {
    int from = m + 1;
    for (int k = m + 1; k < end && k - m <= REACH; k++) {
      if (tokens.get(k).text().equalsIgnoreCase("with")) {
        from = k + 1;
        break;
      }
    }
    return clause.actorsAfter(from, 2).stream()
        .filter(p -> p.last() < end)
        .map(ActorPhrase::head)
        .toList();
  }
}
