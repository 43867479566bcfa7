package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;

/**
 * The small readings of a sentence's parse that the clause readers ({@link ParsedSubjects}, {@link
 * ParsedObjects}, {@link ParsedOwners}, {@link ParsedClauses}) share: a word in lower case, whether
 * a word is nominal, whether a verb is passive, and the actors that the prepositions of a word
 * name.
 */
final class ParsedWords {

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
