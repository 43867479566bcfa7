package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;

/**
 * The small readings of a sentence's parse that the clause readers ({@link ParsedSubjects}, {@link
 * ParsedObjects}, {@link ParsedOwners}, {@link ParsedClauses}) share: a word in lower case, whether
 * a word is nominal, whether a verb is passive (or a verb of dying read as one), and the actors
 * that the prepositions of a word name.
 */
final class ParsedWords {

  /**
   * Verbs of dying, whose subject suffers the act of force their "in" names ("two B-ian soldiers
   * died in an A attack", as "were killed in"; Oxford Learner's die, perish: to stop living).
   */
  private static final Set<String> DYING = Set.of("die", "perish");

  /** Labels of the words before a noun that qualify it: "military equipment", "militant group". */
  static final Set<String> NOUN_MODIFIERS = Set.of("amod", "nmod", "compound");

  private final ParsedActors actors;
  private final DependencyTree tree;

  ParsedWords(ParsedActors actors) {
    this.actors = actors;
    this.tree = actors.tree();
  }

  /**
   * Whether the verb at {@code v} is passive: a passive subject, auxiliary or agent, or a past
   * participle modifying a noun.
   */
  boolean passive(int v) {
    return tree.child(v, "nsubjpass") >= 0
        || tree.child(v, "auxpass") >= 0
        || tree.child(v, "agent") >= 0
        || tree.tag(v).equals("VBN") && tree.label(v).equals("acl");
  }

  /**
   * Whether the verb at {@code v} is one of dying whose "in" or "during" names an act of force
   * ({@code two B-ian soldiers died in an A attack}): a passive of that act, its subject the one
   * acted on and the act's owner the doer.
   */
  boolean diedIn(int v) {
    return DYING.contains(tree.lemma(v)) && forceIn(v).isPresent();
  }

  /** The category of the first act of force that the "in" or "during" of {@code v} names. */
  Optional<String> forceIn(int v) {
    for (int c : tree.children(v)) {
      String p = word(c);
      if (tree.label(c).equals("prep") && (p.equals("in") || p.equals("during"))) {
        for (int o : objectsOf(c)) {
          Optional<String> cameo = force(o);
          if (cameo.isPresent()) {
            return cameo;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The category of the noun at {@code o} if it names an act of force: CAMEO 18-20, or a strike by
   * a state or armed group.
   */
  Optional<String> force(int o) {
    String w = word(o);
    return CameoLexicon.stateNounCameo(w, tree.lemma(o))
        .or(() -> CameoLexicon.nounCameo(w, tree.lemma(o)))
        .filter(cameo -> cameo.compareTo("18") >= 0);
  }

  /** The actors of the prepositions {@code preps} attached to {@code t}. */
  List<ActorPhrase> prepObjects(int t, Set<String> preps) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if ((tree.label(c).equals("prep") || tree.label(c).equals("agent"))
          && preps.contains(word(c))) {
        for (int o : objectsOf(c)) {
          out.addAll(actors.actors(o));
        }
      }
    }
    return out;
  }

  /** The objects of the preposition at {@code prep}: its {@code pobj} and {@code pcomp}. */
  List<Integer> objectsOf(int prep) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(prep)) {
      if (tree.label(c).equals("pobj") || tree.label(c).equals("pcomp")) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether the word at {@code t} is a noun or a pronoun. */
  boolean isNominal(int t) {
    return tree.tag(t).startsWith("NN") || tree.tag(t).startsWith("PRP");
  }

  /** The word at {@code t} in lower case. */
  String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }

  /** The phrases of {@code in}, each once. */
  static List<ActorPhrase> distinct(List<ActorPhrase> in) {
    return in.stream().distinct().toList();
  }
}
