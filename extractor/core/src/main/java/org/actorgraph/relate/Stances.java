package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;

/**
 * Stances that a noun for one who takes them states in a parsed sentence ({@code
 * stance-nouns.tsv}): {@code A, a critic of B,}, {@code A and B, opponents of C's plan,}, {@code A
 * remains a staunch opponent of C's plan}, {@code A is a strong supporter of B}, {@code A and B are
 * among the backers of C's accord}: the actors the noun is said of (by apposition or a copula) take
 * the noun's stance toward the actor after its "of", or toward the owner of what that names. Also
 * name-calling ({@code name-calling.tsv}): {@code A called B a corrupt dictator} is A's disapproval
 * of B.
 */
final class Stances {

  private static final Map<String, Stance> NOUNS = load();

  private static final Set<String> COPULAS = Set.of("be", "become", "remain");

  /** Verbs of naming or regarding ({@code name-calling.tsv}). */
  private static final Set<String> NAMING = nameCalling("verb");

  /** Nouns and adjectives that disparage what they are said of ({@code name-calling.tsv}). */
  private static final Set<String> DISPARAGING = nameCalling("word");

  /** CAMEO 11, disapprove: name-calling criticises or accuses (codebook 111, 112). */
  private static final String DISAPPROVE = "11";

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

  /** Whether {@code lemma} is a verb of naming, whose object predicate may call names. */
  static boolean naming(String lemma) {
    return NAMING.contains(lemma);
  }

  /**
   * Whether a verb of naming has right after it an act noun that points back ({@code called the
   * sanctions illegal}, {@link Claimants#namesAct}): its doers, named in the sentence before, make
   * a second actor, so the sentence is worth parsing.
   */
  static boolean namesActBefore(List<Token> tokens) {
    for (int t = 2; t < tokens.size(); t++) {
      if (tokens.get(t - 2).pos().equals("VERB")
          && naming(tokens.get(t - 2).lemma())
          && Claimants.namesAct(tokens.get(t), tokens.get(t - 1).text())) {
        return true;
      }
    }
    return false;
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
   * {@code A called B a corrupt dictator}, {@code A labelled B's annexation illegal}, {@code A
   * described B as an aggressor}: the subject of a verb of naming at {@code v} disapproves of its
   * object (or of the owner of what the object names) when the predicate said of the object, its
   * object predicate or the noun after "as", disparages it ({@code name-calling.tsv}); {@code A
   * called the talks constructive} states no stance. An object that names no actor but an act done
   * just before ({@code C imposed sanctions on A. A called the sanctions illegal}) stands for its
   * doers ({@link ParsedActors#doers}), as the object of a verb of reacting does.
   */
  List<Held> named(int v) {
    if (!NAMING.contains(tree.lemma(v)) || !disparaged(v)) {
      return List.of();
    }
    List<ActorPhrase> targets = clauses.object(v).phrases();
    if (targets.isEmpty()) {
      targets = actors.doers(tree.child(v, "dobj"));
    }
    List<Held> out = new ArrayList<>();
    for (ActorPhrase h : clauses.subject(v).phrases()) {
      for (ActorPhrase t : targets) {
        if (!h.head().equals(t.head())) {
          out.add(new Held(h, t, DISAPPROVE));
        }
      }
    }
    return out;
  }

  /**
   * Whether what the verb at {@code v} says its direct object is disparages it: an object predicate
   * beside a direct object, the object of "as" on the verb or its object, or an apposition without
   * a comma that the parser hung on the object, whose head or a modifier before it is a disparaging
   * word.
   */
  private boolean disparaged(int v) {
    int d = tree.child(v, "dobj");
    if (d < 0) {
      return false;
    }
    List<Integer> predicates = new ArrayList<>();
    int p = tree.child(v, "oprd");
    if (p >= 0) {
      predicates.add(p);
    }
    for (int head : List.of(v, d)) {
      for (int c : tree.children(head)) {
        if (tree.label(c).equals("prep") && word(c).equals("as")) {
          predicates.addAll(tree.children(c).stream().filter(o -> o > c).toList());
        }
      }
    }
    for (int c : tree.children(d)) {
      if (c > d && tree.label(c).equals("appos") && !commaBetween(d, c)) {
        // "called B a corrupt dictator": the parser may read the predicate as an apposition
        predicates.add(c);
      }
    }
    for (int q : predicates) {
      if (disparaging(q)) {
        return true;
      }
      for (int m : tree.children(q)) {
        if (m < q && disparaging(m)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean commaBetween(int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (word(t).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private boolean disparaging(int t) {
    return DISPARAGING.contains(tree.lemma(t)) || DISPARAGING.contains(word(t));
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
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

  private static Set<String> nameCalling(String kind) {
    Set<String> out = new HashSet<>();
    for (String line : WordLists.lines("name-calling.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(
            "name-calling.tsv: expected kind<TAB>lemma: '" + line + "'");
      }
      if (!f[0].equals("verb") && !f[0].equals("word")) {
        throw new IllegalStateException("name-calling.tsv: unknown kind '" + f[0] + "'");
      }
      if (f[0].equals(kind)) {
        out.add(f[1]);
      }
    }
    return Set.copyOf(out);
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
