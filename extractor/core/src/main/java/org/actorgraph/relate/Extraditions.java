package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;

/**
 * The state that extradites someone and the state or court it hands them to: {@code A extradited
 * John Roe to B}, {@code John Roe was extradited to B by A}, {@code John Roe was extradited from A
 * to B}. Handing over a wanted person is judicial cooperation between the two (CAMEO 06, codebook
 * 063 "engage in judicial cooperation"; PETRARCH2's pattern {@code EXTRADITION OF TO + [063]}). The
 * coercion of the one extradited (17) is the verb's own reading, in which the state it is sent to
 * is no partner ({@link ParsedObjects}).
 *
 * <p>Design decision: only extradition, whose receiver asked for the person; a deportation sends
 * someone away without any request from where they are sent ("deported two B-ian nationals to B" is
 * no cooperation with B).
 */
final class Extraditions {

  /** CAMEO 06, material cooperation: codebook 063, engage in judicial cooperation. */
  static final String JUDICIAL = "06";

  /** The verbs of extradition (Oxford Learner's extradite: to officially send back somebody). */
  private static final Set<String> VERBS = Set.of("extradite");

  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final ActorPairs pairing;

  Extraditions(ParsedActors actors, ParsedClauses clauses, ActorPairs pairing) {
    this.clauses = clauses;
    this.tree = actors.tree();
    this.pairing = pairing;
  }

  /**
   * Adds to {@code out} the interaction of category {@code cameo} ({@link #JUDICIAL}, or what a
   * governing verb of intent or agreement makes of it) of the one who extradites with the state or
   * body that receives, when the verb at {@code v} is one of extradition and names both.
   */
  void read(List<Fact.Interaction> out, int v, String cameo) {
    if (!VERBS.contains(tree.lemma(v))) {
      return;
    }
    List<ActorPhrase> senders = new ArrayList<>(clauses.subject(v).phrases());
    if (clauses.passive(v)) {
      senders.addAll(clauses.prepObjects(v, Set.of("from")));
    }
    for (ActorPhrase r : clauses.prepObjects(v, Set.of("to"))) {
      if (r.head().type() == EntityType.PERSON) {
        continue;
      }
      for (ActorPhrase s : senders) {
        pairing.add(out, s, r, cameo, v, ClauseWords.INDIRECT);
      }
    }
  }
}
