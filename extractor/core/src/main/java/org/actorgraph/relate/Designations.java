package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * Designations a later sentence refers back to: after {@code A will name B a priority partner},
 * {@code Partners already given that status include C, D and E} says that A gave C, D and E the
 * same status, CAMEO 05 (codebook 050, as the designation itself; see the phrase rows of {@code
 * cameo-general.tsv}). Words in {@code designation-words.tsv}; word order alone, over the tokens of
 * one sentence.
 */
final class Designations {

  private static final Map<String, Set<String>> WORDS = WordLists.classes("designation-words.tsv");

  /** How far before "status" the word of giving or holding may stand. */
  private static final int GIVE_WINDOW = 4;

  /** How far after "status" the word opening the list may stand. */
  private static final int LIST_WINDOW = 4;

  private static final String COOPERATE = "05";

  private Designations() {}

  /** Whether {@code f} designates its target (its source is then the designator to remember). */
  static boolean designates(Fact.Interaction f) {
    return f.cameo().equals(COOPERATE) && is("verb", f.trigger());
  }

  /**
   * The status the sentence refers back to, given by {@code designator} to each actor it lists:
   * {@code [those] given that status include C, D and E}; none when the sentence has no such
   * phrase.
   */
  static List<Fact.Interaction> holders(
      SentenceActors sa, ActorPhrases phrases, Optional<Entity> designator) {
    List<Token> tokens = sa.tokens();
    if (designator.isEmpty()) {
      return List.of();
    }
    for (int s = 1; s < tokens.size(); s++) {
      if (tokens.get(s).text().equalsIgnoreCase("status")
          && is("back", word(tokens, s - 1))
          && given(tokens, s)) {
        return listed(sa, phrases, s, designator.get());
      }
    }
    return List.of();
  }

  private static boolean given(List<Token> tokens, int s) {
    for (int j = Math.max(0, s - GIVE_WINDOW); j < s - 1; j++) {
      if (is("give", word(tokens, j))) {
        return true;
      }
    }
    return false;
  }

  private static List<Fact.Interaction> listed(
      SentenceActors sa, ActorPhrases phrases, int s, Entity designator) {
    List<Token> tokens = sa.tokens();
    for (int j = s + 1; j < Math.min(tokens.size(), s + 1 + LIST_WINDOW); j++) {
      if (is("list", word(tokens, j))) {
        int k = j + 1;
        if (k < tokens.size() && word(tokens, k).equals("the")) {
          k++;
        }
        Optional<ActorPhrase> first = phrases.startingAt(k);
        if (first.isEmpty()) {
          return List.of();
        }
        List<Fact.Interaction> out = new ArrayList<>();
        for (ActorPhrase p : phrases.conjuncts(first.get())) {
          if (!p.head().equals(designator)) {
            out.add(
                InteractionFinder.interaction(
                    designator, p.head(), COOPERATE, tokens.get(s), INDIRECT, sa.evidence()));
          }
        }
        return out;
      }
    }
    return List.of();
  }

  private static boolean is(String kind, String word) {
    return WORDS.getOrDefault(kind, Set.of()).contains(word);
  }

  private static String word(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
