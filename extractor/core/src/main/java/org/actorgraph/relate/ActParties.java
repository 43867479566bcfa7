package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Finds the parties of an act that the parser hangs away from the act's noun: the sides of an act
 * after "in" ({@code A backed B in the fight against C}), the owners of an act that draws a
 * reaction ({@code A's strikes on C drew condemnation from B}) and the target hung on the agent of
 * a hostile act ({@code strikes by A on B's positions}).
 */
final class ActParties {

  /** Prepositions after an act noun that name the one it is given to: "support for B". */
  private static final Set<String> ACT_PARTNER_PREPS = Set.of("for", "of", "to");

  /** The prepositions after which a hostile act names whom it is aimed at ("strikes on B"). */
  private static final Set<String> AIMED_PREPS = Set.of("on", "against");

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final ParsedTriggers triggers;
  private final DependencyTree tree;
  private final List<Token> tokens;

  ActParties(ParsedActors actors, ParsedClauses clauses, ParsedTriggers triggers) {
    this.actors = actors;
    this.clauses = clauses;
    this.triggers = triggers;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /**
   * {@code A backed B in the fight against C}, {@code A joined B in its campaign against C}: the
   * subject and object of the verb that an unowned act after "in" belongs to are the ones acting,
   * unless that verb reports speech ({@code A said in an interview with C}). The object may be an
   * act with its partner ({@code A reiterated support for B in the fight against C}); after a noun
   * that names an act ({@code A's support for B in their fight against C}) its owner and partner
   * act.
   */
  List<ActorPhrase> sides(int n) {
    int prep = tree.head(n);
    if (!tree.label(n).equals("pobj")
        || prep == DependencyTree.ROOT
        || !tokens.get(prep).text().equalsIgnoreCase("in")) {
      return List.of();
    }
    int h = tree.head(prep);
    if (h == DependencyTree.ROOT) {
      return List.of();
    }
    if (tree.tag(h).startsWith("NN") && triggers.actNoun(h)) {
      List<ActorPhrase> out = new ArrayList<>(clauses.owner(h).phrases());
      out.addAll(clauses.prepObjects(h, ACT_PARTNER_PREPS));
      return out;
    }
    if (!tree.tag(h).startsWith("VB") || ReportedQuotes.SPEECH.contains(tree.lemma(h))) {
      return List.of();
    }
    List<ActorPhrase> out = new ArrayList<>(clauses.subject(h).phrases());
    int o = tree.child(h, "dobj");
    if (o >= 0) {
      List<ActorPhrase> named = actors.actors(o);
      out.addAll(
          named.isEmpty() && triggers.actNoun(o)
              ? clauses.prepObjects(o, ACT_PARTNER_PREPS)
              : named);
    }
    return out;
  }

  /**
   * {@code A's strikes on C drew condemnation from B}, {@code A struck C, drawing condemnation from
   * B}: the owners of an act noun, or of a noun for a deed ({@code A's plan drew condemnation from
   * B}), that is the subject of the verb at {@code v} (or of the verb a participle or conjunct at
   * {@code v} hangs on); or the parties of an agreement noun there ({@code A's accord with C drew
   * criticism from B}, {@code the accord} after A and C signed it). A relative pronoun subject
   * stands for the noun its clause hangs on ({@code A's decision, which drew criticism from B}); a
   * deed noun that sums up the clause before it stands for that clause, whose subject is the doer
   * ({@code A expelled C's envoy, a move that drew criticism from B}).
   */
  List<ActorPhrase> actOwners(int v) {
    int s = tree.child(v, "nsubj");
    String l = tree.label(v);
    if (s < 0 && (l.equals("advcl") || l.equals("conj")) && tree.head(v) != DependencyTree.ROOT) {
      s = tree.child(tree.head(v), "nsubj");
    }
    if (s < 0) {
      return List.of();
    }
    if (l.equals("relcl") && tree.tag(s).startsWith("W") && tree.head(v) != DependencyTree.ROOT) {
      // "A's decision, which drew criticism from B": the relative pronoun stands for its noun
      s = tree.head(v);
      if (DependencyWords.deed(tree.lemma(s)) && summarises(s)) {
        return summarisedDoers(s);
      }
    }
    if (AgreementPhrases.isHead(word(s))) {
      // "Chile's accord with Peru drew criticism from B"; "The accord drew criticism from B"
      List<ActorPhrase> parties = new ArrayList<>(clauses.modifierOwners(s));
      parties.addAll(clauses.prepObjects(s, Set.of("with", "between")));
      return parties.isEmpty() ? actors.agreementParties(s) : parties;
    }
    boolean act = triggers.actNoun(s) || DependencyWords.deed(tree.lemma(s));
    if (!act) {
      return List.of();
    }
    // "the attack by A on C drew condemnation from B": the act's agent after "by" owns it too
    List<ActorPhrase> out = new ArrayList<>(clauses.modifierOwners(s));
    out.addAll(clauses.prepObjects(s, Set.of("by")));
    return ParsedWords.distinct(out);
  }

  /**
   * Whether the deed noun at {@code n} sums up the clause before it as an apposition opened by a
   * comma and "a" ({@code A expelled B's envoy, a move that drew criticism from C}): the noun's
   * first word follows a comma, and its determiner is indefinite.
   */
  private boolean summarises(int n) {
    int first = n;
    for (int c : tree.children(n)) {
      first = Math.min(first, c);
    }
    return first > 0
        && tokens.get(first - 1).text().equals(",")
        && tree.label(first).equals("det")
        && word(first).equals("a");
  }

  /**
   * The doers of the clause a summing-up noun at {@code n} hangs in: the subject of the nearest
   * verb above it that has one ({@code A pledged to supply B with arms, a move that ...} is A's).
   */
  private List<ActorPhrase> summarisedDoers(int n) {
    for (int h = tree.head(n); h != DependencyTree.ROOT; h = tree.head(h)) {
      if (tree.tag(h).startsWith("VB") && tree.child(h, "nsubj") >= 0) {
        return clauses.subject(h).phrases();
      }
    }
    return List.of();
  }

  /**
   * {@code strikes by A on B's positions}, {@code an attack by A against B}: whom a hostile act is
   * aimed at, named after "on" or "against" where the parser hangs that preposition on the noun of
   * its agent after "by" (an actor, or the one owner of what it names).
   */
  List<ActorPhrase> agentTargets(int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(n)) {
      if (!tree.label(c).equals("prep") || !word(c).equals("by")) {
        continue;
      }
      for (int o : tree.children(c)) {
        if (tree.label(o).equals("pobj")) {
          out.addAll(clauses.prepObjects(o, AIMED_PREPS));
          out.addAll(clauses.prepOwners(o, AIMED_PREPS));
        }
      }
    }
    return out;
  }

  private String word(int t) {
    return tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
  }
}
