package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Reads a participle joined by a hyphen to the actor who is its agent ({@code Freedonia-backed
 * rebels}, the rebels "backed by Freedonia"): the agent acts on the actor the participle's noun
 * stands for, by the participle's verb.
 */
final class HyphenAgents {

  private final ParsedActors actors;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final GoodOffices offices;
  private final ActorPairs pairing;

  HyphenAgents(ParsedActors actors, GoodOffices offices, ActorPairs pairing) {
    this.actors = actors;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
    this.offices = offices;
    this.pairing = pairing;
  }

  /**
   * {@code Freedonia-backed rebels}: the actor a participle is joined to by a hyphen, which is its
   * agent ("backed by Freedonia"); empty for other words.
   */
  Optional<ActorPhrase> hyphenAgent(int v) {
    if (v < 2 || !tree.tag(v).equals("VBN") || !DependencyWords.hyphen(tokens.get(v - 1).text())) {
      return Optional.empty();
    }
    int h = tree.head(v);
    return h > v ? actors.actor(v - 2).filter(p -> p.last() == v - 2) : Optional.empty();
  }

  /**
   * {@code Freedonia-backed rebels attacked}, {@code the Freedonia-brokered truce}: the agent acts
   * on the actor the participle's noun stands for, by the participle's verb; "led" makes the noun
   * stand for its leader instead ({@link ParsedActors}), and a brokered act is read by {@link
   * GoodOffices}.
   */
  void compoundAct(List<Fact.Interaction> out, int v, ActorPhrase agent) {
    String lemma = tree.lemma(v);
    if (lemma.equals("lead")) {
      return;
    }
    if (DependencyWords.broker(lemma) && actors.actors(tree.head(v)).isEmpty()) {
      pairing.offer(out, offices.compound(v, agent));
      return;
    }
    Optional<String> cameo = CameoLexicon.cameo(lemma);
    if (cameo.isEmpty()) {
      return;
    }
    for (ActorPhrase target : targets(tree.head(v))) {
      if (!target.head().equals(agent.head())) {
        pairing.add(out, agent, target, cameo.get(), v, INDIRECT);
      }
    }
  }

  /**
   * The actors the participle's noun at {@code n} stands for: its own, or, for a common noun set
   * beside a name ({@code the Front, a Freedonia-backed group,}), the actors of that name.
   */
  private List<ActorPhrase> targets(int n) {
    List<ActorPhrase> own = actors.actors(n);
    if (!own.isEmpty() || !tree.label(n).equals("appos") || tree.head(n) == DependencyTree.ROOT) {
      return own;
    }
    return actors.actors(tree.head(n));
  }
}
