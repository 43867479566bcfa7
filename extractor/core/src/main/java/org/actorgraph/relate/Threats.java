package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Reads announced acts of force or coercion as threats (CAMEO 13, codebook 130-138) in a parsed
 * sentence: an act of roots 14-20 or a verb of answering a harm ({@code retaliate}, {@code
 * respond}) under a modal of the future, when a condition says what would provoke it ({@code A said
 * it would respond if B went ahead}), a verb of warning governs it ({@code A warned that it would
 * strike B}) or it is a retaliation ({@code A said it would retaliate against B}). The target is
 * the verb's object, or else whoever the condition names. Words in {@code threat-words.tsv}.
 *
 * <p>Design decision: a future act reported by a plain verb of speech ({@code A said it would
 * impose sanctions on B}) keeps its own category: the codebook's threats are coercive warnings, and
 * a plain announcement is not marked as one.
 */
final class Threats {

  private static final Map<String, Set<String>> WORDS = WordLists.classes("threat-words.tsv");

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  Threats(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /** Whether {@code word} is of class {@code kind} in {@code threat-words.tsv}. */
  static boolean is(String kind, String word) {
    return WORDS.getOrDefault(kind, Set.of()).contains(word);
  }

  /**
   * Whether the verb at {@code v}, stating {@code cameo}, announces a threat: a hostile act under a
   * modal of the future with a condition or under a verb of warning, or a retaliation under a modal
   * of the future.
   */
  boolean threatens(int v, String cameo) {
    if (!tree.tag(v).startsWith("VB") || !announced(v)) {
      return false;
    }
    if (retaliation(v)) {
      return true;
    }
    return is("hostile", cameo) && (condition(v) >= 0 || warned(v));
  }

  /**
   * Whether the verb at {@code v} answers a harm ("retaliate", "respond") and is announced: under a
   * modal of the future, or the complement of a verb of warning or intent ("vowed to retaliate",
   * "promised to retaliate"); not when "to" names what it answers.
   */
  boolean retaliates(int v) {
    return tree.tag(v).startsWith("VB")
        && retaliation(v)
        && (announced(v) || intended(v))
        && !answers(v);
  }

  /**
   * {@code A promised to retaliate}: the complement of a verb of intent ({@link DependencyWords}).
   */
  private boolean intended(int v) {
    int h = tree.head(v);
    return h != DependencyTree.ROOT
        && tree.label(v).equals("xcomp")
        && DependencyWords.intent(tree.lemma(h));
  }

  /**
   * {@code A would respond to B's proposal}: a verb of answering with "to" names what it answers.
   */
  private boolean answers(int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("prep") && word(c).equals("to")) {
        return true;
      }
    }
    return false;
  }

  private boolean announced(int v) {
    return future(v) || tree.label(v).equals("xcomp") && warned(v);
  }

  /**
   * {@code A warned that B would face consequences}: whether the verb at {@code v} says its subject
   * is to suffer a harm, under a modal of the future, in what a verb of warning says; the one
   * warned is threatened by the warner.
   */
  boolean warnsOfHarm(int v) {
    return tree.tag(v).startsWith("VB")
        && is("undergo", tree.lemma(v))
        && future(v)
        && tree.label(v).equals("ccomp")
        && warned(v);
  }

  private boolean retaliation(int v) {
    return is("respond", tree.lemma(v));
  }

  /**
   * Whether what makes the word at {@code i} hypothetical is only the future and the condition of a
   * threat: no negation or modal of possibility stands before it, and it (or the verb whose object
   * it is) {@link #threatens}.
   */
  boolean onlyConditional(int i, String cameo) {
    if (SentenceActors.doubted(tokens, i)) {
      return false;
    }
    int v = tree.tag(i).startsWith("NN") && tree.label(i).equals("dobj") ? tree.head(i) : i;
    return v != DependencyTree.ROOT
        && (threatens(v, cameo) || v == i && (retaliates(v) || warnsOfHarm(v)));
  }

  /**
   * {@code A said it would respond if B went ahead}: the actors the condition of the verb at {@code
   * v} names as its subject; the condition may hang on the verb that reports it.
   */
  List<ActorPhrase> provokers(int v) {
    int c = condition(v);
    if (c < 0) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>();
    int s = tree.child(c, "nsubj");
    if (s >= 0) {
      out.addAll(actors.actors(s));
    }
    return out.isEmpty() ? clauses.subject(c).phrases() : out;
  }

  /**
   * The verb of the clause of condition on {@code v} or on the verb that reports it; -1 if none.
   */
  private int condition(int v) {
    int c = conditionOn(v);
    int h = tree.head(v);
    if (c < 0 && h != DependencyTree.ROOT && tree.label(v).equals("ccomp")) {
      c = conditionOn(h);
    }
    return c;
  }

  private int conditionOn(int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("advcl")) {
        int m = tree.child(c, "mark");
        if (m >= 0 && is("condition", word(m))) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Whether the verb at {@code v} (or the first of its conjuncts) has a modal of the future. */
  private boolean future(int v) {
    int x = v;
    while (tree.label(x).equals("conj") && tree.head(x) != DependencyTree.ROOT) {
      x = tree.head(x);
    }
    for (int c : tree.children(x)) {
      if (tree.label(c).equals("aux") && is("future", word(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of warning governs the clause of {@code v} ("warned that it would strike"). */
  private boolean warned(int v) {
    int h = tree.head(v);
    return h != DependencyTree.ROOT
        && (tree.label(v).equals("ccomp") || tree.label(v).equals("xcomp"))
        && is("warn", tree.lemma(h));
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(Locale.ROOT);
  }
}
