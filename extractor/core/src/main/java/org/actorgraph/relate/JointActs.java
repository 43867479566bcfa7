package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;

/**
 * Acts that name an exchange only when marked joint, read off a parse: {@code A and B held joint
 * military exercises}, {@code joint drills by A and B}, {@code A set up a joint venture with B}.
 * Everyone who holds the act (its owners, the subject of the light verb or verb of taking part that
 * governs it) and those it is held with ({@code with B}) act together, each pair in the category
 * {@link CameoLexicon#jointNounCameo} gives. "Against" and "on" name no partner here: {@code A and
 * B launched a joint operation against C} is aimed at C, not shared with it.
 */
final class JointActs {

  /** A pair of actors who hold a joint act together. */
  record Pair(ActorPhrase a, ActorPhrase b, String cameo, int trigger, double confidence) {}

  private static final Set<String> WITH = Set.of("with", "alongside");

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;

  JointActs(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
  }

  /** The category of the noun at {@code n} if "joint" marks it and it names an act only so. */
  Optional<String> category(int n) {
    if (!marked(n)) {
      return Optional.empty();
    }
    String word = actors.tokens().get(n).text().toLowerCase(Locale.ROOT);
    if (CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent()) {
      return Optional.empty();
    }
    return CameoLexicon.jointNounCameo(word, tree.lemma(n));
  }

  /** The pairs who hold the joint act at {@code n} of category {@code cameo}. */
  List<Pair> pairs(int n, String cameo) {
    List<ActorPhrase> holders = new ArrayList<>();
    int v = holdingVerb(n);
    if (v >= 0) {
      holders.addAll(clauses.subject(v).phrases());
    }
    holders.addAll(clauses.owner(n).phrases());
    holders.addAll(clauses.prepObjects(n, WITH));
    if (v >= 0) {
      holders.addAll(clauses.prepObjects(v, WITH));
    }
    List<ActorPhrase> all = holders.stream().distinct().toList();
    List<Pair> out = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      for (int b = a + 1; b < all.size(); b++) {
        out.add(new Pair(all.get(a), all.get(b), cameo, n, INDIRECT + 0.1));
      }
    }
    return out;
  }

  /**
   * The verb whose subject holds the act at {@code n}: a light verb or verb of taking part whose
   * object it is ({@code held joint exercises}), or a verb it follows after "in" ({@code took part
   * in joint drills}); -1 if none.
   */
  private int holdingVerb(int n) {
    int h = tree.head(n);
    String l = tree.label(n);
    if (h == DependencyTree.ROOT) {
      return -1;
    }
    if (l.equals("pobj") && actors.tokens().get(h).text().equalsIgnoreCase("in")) {
      int v = tree.head(h);
      return v != DependencyTree.ROOT && tree.tag(v).startsWith("VB") ? v : -1;
    }
    boolean object = l.equals("dobj") || l.equals("nsubjpass");
    String lemma = tree.lemma(h);
    return object
            && tree.tag(h).startsWith("VB")
            && (DependencyWords.light(lemma) || DependencyWords.join(lemma))
        ? h
        : -1;
  }

  private boolean marked(int n) {
    for (int c : tree.children(n)) {
      if (actors.tokens().get(c).text().equalsIgnoreCase("joint")) {
        return true;
      }
    }
    return false;
  }
}
