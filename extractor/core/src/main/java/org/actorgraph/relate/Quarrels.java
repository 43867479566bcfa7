package org.actorgraph.relate;

import org.actorgraph.lexicon.EntityType;

/**
 * A verb of fighting between persons states an argument, not force: {@code A has clashed with Prime
 * Minister B}, {@code A fought with B over the wording}. Both the word-order ({@link Clause}) and
 * the parse reading ({@link DependencyInteractionFinder}) of such a verb ({@link
 * DependencyWords#dispute}: clash, fight, quarrel, which PETRARCH2 codes 190) give force (CAMEO
 * 19); when a person is one of the two sides, the act is disapproval (11, codebook 110 "express
 * disapproval, objection"). Soldiers, police and armed groups still fight.
 */
final class Quarrels {

  /** CAMEO 19, fight: what a verb of fighting states alone. */
  private static final String FIGHT = "19";

  /** CAMEO 11, disapprove. */
  private static final String DISAPPROVE = "11";

  private Quarrels() {}

  /**
   * {@code f}, read off a verb, as disapproval when it is a person's fight by a verb of dispute;
   * else itself. Not for a noun: "the fight against B" is the war, whoever supports it.
   */
  static Fact.Interaction retyped(Fact.Interaction f) {
    boolean person =
        f.source().type() == EntityType.PERSON || f.target().type() == EntityType.PERSON;
    if (!f.cameo().equals(FIGHT) || !person || !DependencyWords.dispute(f.trigger())) {
      return f;
    }
    return new Fact.Interaction(
        f.source(), f.target(), DISAPPROVE, f.trigger(), f.date(), f.confidence(), f.evidence());
  }
}
