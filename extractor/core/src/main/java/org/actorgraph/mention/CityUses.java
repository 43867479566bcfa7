package org.actorgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capital's name is used for the city itself, where news otherwise lets a capital stand
 * for its state ("Moscow said", "talks between Beijing and Washington"): the city's people or
 * fabric follow its name ({@code city_nouns.txt}: "Mexico City residents", "Nairobi's streets"), or
 * a natural hazard strikes it ({@code natural_events.txt}: "a strong earthquake shook Mexico City",
 * "heavy rain flooded Nairobi", "Manila was lashed by a typhoon"). A state is no patient of an
 * earthquake; it is of an army, so attacks ("missiles struck Kyiv") are not read here.
 */
final class CityUses {

  private static final Set<String> CITY_NOUNS = Set.copyOf(WordList.read("city_nouns.txt"));
  private static final Set<String> NATURAL_EVENTS = Set.copyOf(WordList.read("natural_events.txt"));

  /** How far before the name a hazard may open its clause: "heavy monsoon rain flooded X". */
  private static final int BEFORE = 6;

  /** How far after the name "by" may come ("X was badly hit by"), and the hazard after "by". */
  private static final int AFTER = 4;

  private CityUses() {}

  /** Whether the name over tokens {@code [start, end)} is used for the city. */
  static boolean asCity(List<String> words, int start, int end) {
    return beforeCityNoun(words, end) || struckByHazard(words, start) || hazardBy(words, end);
  }

  private static boolean beforeCityNoun(List<String> words, int end) {
    int j = end;
    if (j < words.size() && words.get(j).matches("['’]s")) {
      j++;
    }
    return j < words.size() && CITY_NOUNS.contains(words.get(j));
  }

  /** {@code a strong earthquake shook X}: a hazard, then a verb right before the name. */
  private static boolean struckByHazard(List<String> words, int start) {
    if (start < 2 || !isLowerWord(words.get(start - 1))) {
      return false;
    }
    for (int j = start - 2; j >= Math.max(0, start - BEFORE); j--) {
      String w = words.get(j);
      if (NATURAL_EVENTS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!isLowerWord(w) && !isCapitalisedWord(w)) {
        return false; // a comma, a number or a quote ends the clause
      }
    }
    return false;
  }

  /** {@code X was hit by a strong earthquake}: "by" soon after the name, then a hazard. */
  private static boolean hazardBy(List<String> words, int end) {
    for (int j = end; j < Math.min(words.size(), end + AFTER); j++) {
      if (!isLowerWord(words.get(j))) {
        return false;
      }
      if (words.get(j).equals("by")) {
        for (int k = j + 1; k < Math.min(words.size(), j + 1 + AFTER); k++) {
          if (NATURAL_EVENTS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
            return true;
          }
          if (!isLowerWord(words.get(k)) && !isCapitalisedWord(words.get(k))) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean isLowerWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
  }

  private static boolean isCapitalisedWord(String w) {
    return !w.isEmpty()
        && Character.isUpperCase(w.codePointAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }
}
