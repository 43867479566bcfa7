package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Lists whose items are the actors that take a measure the lead sentence names: {@code The
 * following countries imposed sanctions on B:} then {@code 1. Japan;}, {@code - Canada}; or {@code
 * Sanctions on B were imposed by the following countries:}. Each item that names actors and nothing
 * else is their act against every actor the lead names, of the lead's category when that is CAMEO
 * 16 reduce relations or 17 coerce (codebook 163, 172, 1663 expel). Leads whose act is of another
 * root list participants, signatories or donors ({@code The following countries attended the
 * summit:}, codebook 04, 05, 07) and yield nothing; leads that ask for something are no leads at
 * all ({@link ListItems#lead}).
 *
 * <p>Design decision: the items are the lead's actors only when the list stands where its subject
 * would: {@code the following} or {@code these} before the lead's first verb and a plural noun
 * naming actors there ({@code countries}, {@code states}), or {@code by the following} in a passive
 * lead. {@code Sanctions were imposed on the following officials:} lists the targets instead, whose
 * imposer is not named, and is left alone.
 */
final class ListedActors {

  /** Plural nouns that name actors as the subject of a lead: {@code the following countries}. */
  private static final Set<String> ACTOR_NOUNS =
      Set.of("countries", "states", "nations", "governments", "members", "allies", "partners");

  /** The categories the lead's act may have: 16 reduce relations and 17 coerce. */
  private static final Set<String> MEASURE_ROOTS = Set.of("16", "17");

  /** The confidence of an item's act: its act is not named on its line. */
  private static final double CONFIDENCE = 0.6;

  private ListedActors() {}

  /**
   * The act a lead names whose list gives the actors that take it.
   *
   * @param root its CAMEO root, 16 or 17
   * @param lemma the lemma of the word that names it
   * @param targets the actors the lead names, at whom the act is aimed: not places, nor the owner
   *     of another ({@link #owner})
   */
  record Act(String root, String lemma, List<Entity> targets) {
    Act {
      targets = List.copyOf(targets);
    }
  }

  /**
   * The act of the lead {@code sa} (the sentence introduces a list and asks for nothing), when its
   * list stands for its subject ({@code the following countries imposed}) or its agent ({@code by
   * the following countries}) and its act is of root 16 or 17: the first noun that names an act,
   * else the first verb that does (a light verb such as {@code impose} yields to its noun).
   */
  static Optional<Act> act(SentenceActors sa, ActorPhrases phrases) {
    List<Token> tokens = sa.tokens();
    int verb = 0;
    while (verb < tokens.size() && !verb(tokens, verb)) {
      verb++;
    }
    if (!listsSubjects(tokens, verb) && !listsAgents(tokens, verb)) {
      return Optional.empty();
    }
    int m = -1;
    Optional<String> root = Optional.empty();
    for (String pos : List.of("NOUN", "VERB")) {
      for (int i = 0; i < tokens.size() && root.isEmpty(); i++) {
        if (tokens.get(i).pos().equals(pos)) {
          root = category(tokens, i);
          m = i;
        }
      }
    }
    if (root.filter(MEASURE_ROOTS::contains).isEmpty() || sa.negatedOrHypothetical(m)) {
      return Optional.empty();
    }
    List<Entity> targets = new ArrayList<>();
    for (ActorPhrase p : phrases.all()) {
      if (p.head().type() != EntityType.PLACE
          && !targets.contains(p.head())
          && !owner(p, phrases.all(), tokens)) {
        targets.add(p.head());
      }
    }
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Act(root.get(), tokens.get(m).lemma(), targets));
  }

  /**
   * Whether {@code p} owns the actor named right after it ({@code the assets of Russia's central
   * bank}): the bank is the target, not also the country it belongs to.
   */
  private static boolean owner(ActorPhrase p, List<ActorPhrase> named, List<Token> tokens) {
    if (named.stream().anyMatch(q -> q.qualifier().equals(Optional.of(p.head())))) {
      return true;
    }
    int s = p.last() + 1;
    return s + 1 < tokens.size()
        && tokens.get(s).text().startsWith("'")
        && named.stream().anyMatch(q -> q.first() == s + 1);
  }

  /**
   * The acts of the actors the item {@code sa} names against the targets of the lead's act, when
   * the item names actors and nothing else: list markers, articles and punctuation around them.
   */
  static List<Fact.Interaction> acts(Act act, SentenceActors sa, ActorPhrases phrases, int start) {
    List<Token> tokens = sa.tokens();
    List<ActorPhrase> named = phrases.all();
    int covered = start;
    for (ActorPhrase p : named) {
      if (!onlyFiller(tokens, covered, p.first())) {
        return List.of();
      }
      covered = p.last() + 1;
    }
    if (named.isEmpty() || !onlyFiller(tokens, covered, tokens.size())) {
      return List.of();
    }
    List<Fact.Interaction> out = new ArrayList<>();
    for (ActorPhrase p : named) {
      Entity source = p.head();
      if (source.type() == EntityType.PLACE) {
        continue;
      }
      for (Entity target : act.targets()) {
        if (!target.equals(source)) {
          out.add(
              new Fact.Interaction(
                  source,
                  target,
                  act.root(),
                  act.lemma(),
                  Optional.empty(),
                  CONFIDENCE,
                  List.of(sa.evidence())));
        }
      }
    }
    return out;
  }

  /**
   * Whether the tokens from {@code from} to {@code to} (exclusive) are only articles, punctuation
   * and the words that join actors ({@code and}).
   */
  private static boolean onlyFiller(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("DET")
          && !t.pos().equals("PUNCT")
          && !t.text().equalsIgnoreCase("and")
          && !t.text().matches("\\p{Punct}+")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code The following countries imposed}, {@code These states have frozen}: "the following" or
   * "these" and a plural noun naming actors before the first verb, and no actor there.
   */
  private static boolean listsSubjects(List<Token> tokens, int verb) {
    boolean following = false;
    boolean noun = false;
    for (int i = 0; i < verb; i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      following |= w.equals("following") || w.equals("these");
      noun |= ACTOR_NOUNS.contains(w);
    }
    return following && noun;
  }

  /** Whether the token at {@code i} is a verb, not the "following" of {@code the following}. */
  private static boolean verb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return (t.pos().equals("VERB") || t.pos().equals("AUX"))
        && !(t.text().equalsIgnoreCase("following")
            && i > 0
            && tokens.get(i - 1).text().equalsIgnoreCase("the"));
  }

  /** {@code were imposed by the following countries:}, {@code were imposed by:} after the verb. */
  private static boolean listsAgents(List<Token> tokens, int verb) {
    for (int i = verb; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (w.equals("by")
          && (next.equals(":")
              || next.equals("the")
                  && i + 2 < tokens.size()
                  && tokens.get(i + 2).text().equalsIgnoreCase("following"))) {
        return true;
      }
    }
    return false;
  }

  /** The category of the word at {@code i} as an act: a verb's or a noun's, else none. */
  private static Optional<String> category(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos().equals("VERB")) {
      return CameoLexicon.nominalCameo(tokens, i)
          .or(() -> CameoLexicon.phraseOnly(t.lemma(), tokens, i))
          .or(() -> CameoLexicon.cameo(t.lemma()));
    }
    if (t.pos().equals("NOUN")) {
      String word = t.text().toLowerCase(Locale.ROOT);
      return CameoLexicon.nounCameo(word, t.lemma());
    }
    return Optional.empty();
  }
}
