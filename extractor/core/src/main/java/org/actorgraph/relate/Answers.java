package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Whom an act answers: {@code In response to B's sanctions, A banned imports}, {@code A responded
 * to B's criticism by recalling its envoy}, {@code In retaliation for B's strikes, A fired
 * rockets}. A hostile act that names no target of its own is aimed at whom it answers.
 */
final class Answers {

  /**
   * Nouns of answering whose "to" or "for" names what is answered ("in response to", "in
   * retaliation for", "in reply to"): Oxford Learner's Dictionary.
   */
  private static final Set<String> NOUNS = Set.of("response", "retaliation", "reply", "answer");

  /**
   * Verbs of answering whose "by" clause states the answer ("responded to B's criticism by
   * recalling its envoy"): PETRARCH2 REACT block (respond, react, reply), answer and retaliate.
   */
  private static final Set<String> VERBS =
      Set.of("respond", "react", "reply", "answer", "retaliate");

  /** The prepositions after a noun or verb of answering that name what is answered. */
  private static final Set<String> ANSWERED_PREPS = Set.of("to", "for", "against");

  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  Answers(ParsedClauses clauses, DependencyTree tree, List<Token> tokens) {
    this.clauses = clauses;
    this.tree = tree;
    this.tokens = tokens;
  }

  /**
   * Whom the act of the verb at {@code v} answers: the actors named, or the owners of what is
   * named, after the noun of answering "in" hangs on the verb, or after the verb of answering whose
   * "by" clause the verb heads; empty if the act answers nothing.
   */
  List<ActorPhrase> answered(int v) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("prep") && word(c).equals("in")) {
        for (int n : tree.children(c)) {
          if (tree.label(n).equals("pobj") && NOUNS.contains(word(n))) {
            out.addAll(answeredAt(n));
          }
        }
      }
    }
    int by = tree.head(v);
    if (tree.label(v).equals("pcomp") && by != DependencyTree.ROOT && word(by).equals("by")) {
      int h = tree.head(by);
      if (h != DependencyTree.ROOT && VERBS.contains(tree.lemma(h))) {
        out.addAll(answeredAt(h));
      }
    }
    return out;
  }

  /**
   * The actors, or else the owners of what they name, after "to", "for" or "against" of {@code n}.
   */
  private List<ActorPhrase> answeredAt(int n) {
    List<ActorPhrase> named = clauses.prepObjects(n, ANSWERED_PREPS);
    return named.isEmpty() ? clauses.prepOwners(n, ANSWERED_PREPS) : named;
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
