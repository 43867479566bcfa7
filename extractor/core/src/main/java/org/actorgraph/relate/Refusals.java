package org.actorgraph.relate;

import java.util.List;
import org.actorgraph.annotate.Token;

/**
 * What refusing a cooperative act states: {@code A refused to meet B}, {@code A declined to
 * recognise B} and {@code A refused to extradite B} reject B (CAMEO 12: the codebook's 125 reject
 * proposal to meet, 1243 refuse to release persons, and PETRARCH2's REFUSE block, "* TO ALLOW"
 * [120]). The act itself is not done ({@link SentenceActors#rejectionBefore}); refusing a hostile
 * act ({@code A refused to condemn B}) rejects nobody.
 */
final class Refusals {

  /** CAMEO 12 Reject. */
  private static final String REJECT = "12";

  /** The first root of the hostile acts (10 demand to 20 mass violence). */
  private static final String HOSTILE = "10";

  private Refusals() {}

  /**
   * The rejections that refusing the acts {@code refused} states, triggered by the verb of refusal
   * at {@code verb}: those of an actor named before that verb, its subject ({@code Norway refused
   * to mediate between A and B} rejects A and B; A rejects nobody).
   */
  static List<Fact.Interaction> rejections(
      SentenceActors sa, List<Fact.Interaction> refused, int verb) {
    Token refusal = sa.tokens().get(verb);
    return refused.stream()
        .filter(f -> f.cameo().compareTo(HOSTILE) < 0)
        .filter(
            f ->
                sa.mentions().stream()
                    .anyMatch(l -> l.entity().equals(f.source()) && sa.lastToken(l) < verb))
        .map(
            f ->
                new Fact.Interaction(
                    f.source(),
                    f.target(),
                    REJECT,
                    refusal.lemma(),
                    f.date(),
                    f.confidence(),
                    f.evidence()))
        .toList();
  }
}
