package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.text.TokenSpan;

/**
 * Finds a state's institution after its country, in lower case or capitalised: "Freedonia's foreign
 * ministry", "the Freedonian embassy", "Freedonia's Embassy". The span is the institution's words
 * only; the country stays its own mention, and the resolver names the institution with its owner
 * ({@code org.actorgraph.resolve.NameGroupingResolver}). The institution nouns are in {@code
 * owned_bodies.txt}.
 */
final class OwnedBodies {

  /** Owner names are at most this long, with their "'s". */
  private static final int NEAR = 5;

  private final Gazetteer gazetteer;
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  OwnedBodies(Gazetteer gazetteer, List<String> phrases) {
    this.gazetteer = gazetteer;
    for (String p : phrases) {
      List<String> words = List.of(p.toLowerCase(Locale.ROOT).split("\\s+"));
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
  }

  /**
   * With the list shipped in {@code owned_bodies.txt} and the ministry of each ministerial
   * portfolio ({@link Gazetteer#portfolios()}): "external affairs ministry", "ministry of external
   * affairs".
   */
  static OwnedBodies standard(Gazetteer gazetteer) {
    List<String> phrases = new ArrayList<>(WordList.read("owned_bodies.txt"));
    for (String portfolio : Gazetteer.portfolios()) {
      String field = portfolio.toLowerCase(Locale.ROOT);
      phrases.add(field + " ministry");
      phrases.add("ministry of " + field);
    }
    return new OwnedBodies(gazetteer, phrases);
  }

  /**
   * The institution's tokens when a country's name + "'s" or its demonym starts at token {@code i}
   * and a listed institution written in lower case follows.
   */
  Optional<TokenSpan> at(List<String> words, int i) {
    if (!NameSpanRepairer.capitalised(words.get(i)) || !phraseNear(words, i)) {
      return Optional.empty();
    }
    int j = ownerEnd(words, i);
    if (j < 0 || j >= words.size()) {
      return Optional.empty();
    }
    int end = phraseEnd(words, j);
    return end > j ? Optional.of(new TokenSpan(j, end)) : Optional.empty();
  }

  /** Whether a listed phrase may start within the few tokens after {@code i} (a cheap test). */
  private boolean phraseNear(List<String> words, int i) {
    for (int k = i + 1; k < words.size() && k <= i + NEAR; k++) {
      if (byFirstWord.containsKey(words.get(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The token after a country's "Name 's" or demonym at {@code i}, or -1. */
  int ownerEnd(List<String> words, int i) {
    if (!NameSpanRepairer.capitalised(words.get(i))) {
      return -1;
    }
    Optional<Integer> name =
        gazetteer
            .longestMatchAt(words, i)
            .filter(m -> m.unique().filter(GazetteerEntry::isCountry).isPresent())
            .map(m -> m.span().end());
    if (name.isPresent()) {
      int e = name.get();
      return e < words.size() && isPossessive(words.get(e)) ? e + 1 : -1;
    }
    return gazetteer
        .longestDemonymAt(words, i)
        .filter(m -> m.unique().isPresent())
        .map(m -> m.span().end())
        .orElse(-1);
  }

  /** The end of the longest listed phrase from {@code j} in any case, or {@code j}. */
  private int phraseEnd(List<String> words, int j) {
    int best = j;
    for (List<String> phrase :
        byFirstWord.getOrDefault(words.get(j).toLowerCase(Locale.ROOT), List.of())) {
      int end = j + phrase.size();
      if (end > best && end <= words.size() && matches(words.subList(j, end), phrase)) {
        best = end;
      }
    }
    return best;
  }

  private static boolean matches(List<String> words, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.get(k).equalsIgnoreCase(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("‘s");
  }
}
