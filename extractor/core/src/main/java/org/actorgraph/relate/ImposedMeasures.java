package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Measures a light verb's subject takes against the actors the measure's own phrase names: {@code A
 * ordered the closure of borders between its member states and B}, {@code A announced the
 * suspension of flights to and from B}, {@code A ordered a freeze of B's assets} (CAMEO 16,
 * codebook 160-163), for the measure nouns that the general noun reading leaves without a category
 * or without a partner ({@link ListItems#measureNoun}). A "between A and B" in a measure A takes is
 * A acting on B, not the two acting together; the subject's own side and the body a target is
 * suspended from are no targets ({@link ListItems#targets}).
 */
final class ImposedMeasures {

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final ActorPairs pairing;

  ImposedMeasures(ParsedActors actors, ParsedClauses clauses, ActorPairs pairing) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
    this.pairing = pairing;
  }

  /**
   * Adds to {@code out} the acts the noun at {@code n} names as the direct object of an active
   * light verb ({@link DependencyWords#light}), by the verb's subject against the actors inside the
   * noun's phrase.
   */
  void read(List<Fact.Interaction> out, int n) {
    Optional<String> root = ListItems.measureNoun(tokens, n);
    int v = tree.head(n);
    if (root.isEmpty()
        || v == DependencyTree.ROOT
        || !tree.label(n).equals("dobj")
        || !tree.tag(v).startsWith("VB")
        || !DependencyWords.light(tree.lemma(v))
        || clauses.passive(v)) {
      return;
    }
    List<ActorPhrase> subjects = clauses.subject(v).phrases();
    if (subjects.isEmpty()) {
      return;
    }
    List<ActorPhrase> named = new ArrayList<>();
    for (int j = n + 1; j < tokens.size(); j++) {
      Optional<ActorPhrase> p = actors.startingAt(j);
      if (p.isPresent() && tree.dominates(n, j)) {
        named.add(p.get());
      }
    }
    Set<String> words = new HashSet<>();
    for (ActorPhrase s : subjects) {
      for (int i = s.first(); i <= s.last(); i++) {
        words.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
      }
    }
    ListItems.Lead side =
        new ListItems.Lead(subjects.stream().map(ActorPhrase::head).toList(), words, List.of());
    for (ActorPhrase target : ListItems.targets(side, named, tokens)) {
      for (ActorPhrase s : subjects) {
        pairing.add(out, s, target, root.get(), n, ClauseWords.INDIRECT + 0.1);
      }
    }
  }
}
