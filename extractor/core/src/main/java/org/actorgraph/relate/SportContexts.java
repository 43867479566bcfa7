package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.actorgraph.annotate.Token;

/**
 * Whether a sentence reports a game ({@code Freedonia beat Sylvania 2-1 in the final}), where
 * countries are national teams: a score, or a noun of {@code sport_words.txt}. Such a sentence
 * states no use of force between its actors, whatever its verb.
 */
final class SportContexts {

  private static final Set<String> WORDS = WordLists.set("sport_words.txt");

  /** The words of the list written with a capital, which count only so written ("Test"). */
  private static final Set<String> CAPITALISED =
      WordLists.rawLines("sport_words.txt").stream()
          .filter(w -> Character.isUpperCase(w.charAt(0)))
          .collect(Collectors.toUnmodifiableSet());

  /** One side's goals or points in a score: one or two digits. */
  private static final Pattern POINTS = Pattern.compile("\\d{1,2}");

  /** A score the tokenizer kept in one token. */
  private static final Pattern SCORE = Pattern.compile("\\d{1,2}[-–]\\d{1,2}");

  /** CAMEO 17-20: coerce, assault, fight, mass violence. */
  private static final Set<String> FORCE = Set.of("17", "18", "19", "20");

  private SportContexts() {}

  /**
   * Whether the sentence reports a game: it has a score ("2-1", "3 – 0": not a year range, whose
   * numbers have four digits) or a word of the list used as a noun, that is with no noun right
   * after it ("in the final", not "the final assault"; "a friendly", not "a friendly visit").
   */
  static boolean isGame(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (score(tokens, i)) {
        return true;
      }
      // "in the play-off": a hyphenated word of the list is three tokens (play / - / off)
      int next = i + WordLists.startingAt(WORDS, tokens, i);
      if (next > i && asWritten(tokens, i) && !beforeNoun(tokens, next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is written as the list has it: a word listed with a capital only so
   * written and not opening the sentence ("the second Test", not "test" or "Test results show").
   */
  private static boolean asWritten(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    return !CAPITALISED.contains(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        || i > 0 && CAPITALISED.contains(w);
  }

  /** Whether a noun follows at {@code next} ("the final assault"), making the word its modifier. */
  private static boolean beforeNoun(List<Token> tokens, int next) {
    return next < tokens.size() && tokens.get(next).pos().matches("NOUN|PROPN");
  }

  private static boolean score(List<Token> tokens, int i) {
    if (SCORE.matcher(tokens.get(i).text()).matches()) {
      return true;
    }
    if (i + 2 >= tokens.size()) {
      return false;
    }
    return POINTS.matcher(tokens.get(i).text()).matches()
        && tokens.get(i + 1).text().matches("[-–]")
        && POINTS.matcher(tokens.get(i + 2).text()).matches();
  }

  /** Whether the CAMEO root is a use of force, which a game's verbs only seem to state. */
  static boolean isForce(String cameo) {
    return FORCE.contains(cameo);
  }
}
