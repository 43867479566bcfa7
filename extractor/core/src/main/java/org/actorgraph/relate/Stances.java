package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;

/**
 * Stances that a noun for one who takes them states in a parsed sentence ({@code
 * stance-nouns.tsv}): {@code A, a critic of B,}, {@code A and B, opponents of C's plan,}, {@code A
 * remains a staunch opponent of C's plan}, {@code A is a strong supporter of B}, {@code A and B are
 * among the backers of C's accord}: the actors the noun is said of (by apposition or a copula) take
 * the noun's stance toward the actor after its "of", or toward the owner of what that names.
 */
final class Stances {

  private static final Map<String, Stance> NOUNS = load();

  private static final Set<String> COPULAS = Set.of("be", "become", "remain");

  /** A stance noun's CAMEO root, and whether it names a rival when said of a person on a person. */
  private record Stance(String cameo, boolean notPersons) {}

  /** One stance read: who holds it, toward whom, by which category. */
  record Held(ActorPhrase holder, ActorPhrase target, String cameo) {}

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;

  Stances(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
  }

  /** Whether {@code lemma} is a noun of stance: a sentence with one is worth parsing. */
  static boolean noun(String lemma) {
    return NOUNS.containsKey(lemma);
  }

  /** The stances the noun at {@code n} states; none for other words. */
  List<Held> at(int n) {
    Stance stance = NOUNS.get(tree.lemma(n));
    if (stance == null || !tree.tag(n).startsWith("NN")) {
      return List.of();
    }
    List<ActorPhrase> targets = new ArrayList<>(clauses.prepObjects(n, Set.of("of")));
    if (targets.isEmpty()) {
      targets.addAll(clauses.prepOwners(n, Set.of("of")));
    }
    if (targets.isEmpty()) {
      return List.of();
    }
    List<Held> out = new ArrayList<>();
    for (ActorPhrase h : holders(n)) {
      for (ActorPhrase t : targets) {
        boolean persons =
            h.head().type() == EntityType.PERSON && t.head().type() == EntityType.PERSON;
        if (!h.head().equals(t.head()) && !(stance.notPersons() && persons)) {
          out.add(new Held(h, t, stance.cameo()));
        }
      }
    }
    return out;
  }

  /**
   * The actors the noun at {@code n} is said of: the phrase it is in apposition to, the subject of
   * the copula it is the predicate of ({@code A is a critic}, {@code A is among the critics}), or
   * the subject before it that the parser read as a second subject ({@code A and B, opponents of C,
   * met}).
   */
  private List<ActorPhrase> holders(int n) {
    String l = tree.label(n);
    int h = tree.head(n);
    if (h == DependencyTree.ROOT) {
      return List.of();
    }
    if (l.equals("appos")) {
      return actors.actors(h);
    }
    if (l.equals("attr") && COPULAS.contains(tree.lemma(h))) {
      return clauses.subject(h).phrases();
    }
    if (l.equals("pobj") && actors.tokens().get(h).text().equalsIgnoreCase("among")) {
      int v = tree.head(h);
      return v != DependencyTree.ROOT && COPULAS.contains(tree.lemma(v))
          ? clauses.subject(v).phrases()
          : List.of();
    }
    if (l.equals("nsubj")) {
      for (int c : tree.children(h)) {
        if (c < n && tree.label(c).equals("nsubj")) {
          return actors.actors(c);
        }
      }
    }
    return List.of();
  }

  private static Map<String, Stance> load() {
    Map<String, Stance> out = new HashMap<>();
    for (String line : WordLists.lines("stance-nouns.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("stance-nouns.tsv: expected noun<TAB>root: '" + line + "'");
      }
      out.put(f[0], new Stance(f[1], f.length > 2 && f[2].equals("notperson")));
    }
    return Map.copyOf(out);
  }
}
