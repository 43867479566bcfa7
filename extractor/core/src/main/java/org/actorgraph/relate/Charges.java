package org.actorgraph.relate;

import java.util.List;
import org.actorgraph.lexicon.EntityType;

/**
 * Whom a legal charge can be brought against. A verb of accusing that a phrase makes a formal
 * charge ({@code A charged B with treason}, CAMEO 173 in {@code cameo-general.tsv}) takes legal
 * action against a person, or a state's national ({@code a B-ian lawmaker}); a state named as its
 * object ({@code A charged B with backing the rebels}) is not tried in court, so the charge stays
 * the accusation the verb states alone (codebook 112), as PETRARCH2 CAMEO.verbpatterns codes CHARGE
 * "* WITH &FIGHT &CRIME AGAINST [1125]".
 */
final class Charges {

  /** CAMEO 17 Coerce, which holds 173 arrest, detain or charge with legal action. */
  private static final String COERCE = "17";

  /** CAMEO 11 Disapprove, which holds 112 accuse. */
  private static final String DISAPPROVE = "11";

  private Charges() {}

  /**
   * The category of the verb {@code lemma}, read as {@code cameo} with the words after it, toward
   * {@code objects}, the actors of its object phrase whose head word is at {@code head} (-1: none
   * known): {@code cameo}, or the verb's accusation when a legal charge names states as themselves.
   */
  static String toward(String lemma, String cameo, List<ActorPhrase> objects, int head) {
    boolean states =
        !objects.isEmpty()
            && objects.stream()
                .allMatch(
                    o ->
                        o.head().type() == EntityType.COUNTRY
                            && o.qualifier().isEmpty()
                            && o.first() <= head
                            && head <= o.last());
    return cameo.equals(COERCE)
            && states
            && CameoLexicon.cameo(lemma).filter(DISAPPROVE::equals).isPresent()
        ? DISAPPROVE
        : cameo;
  }
}
