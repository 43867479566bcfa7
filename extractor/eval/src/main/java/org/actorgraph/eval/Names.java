package org.actorgraph.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Name normalisation and content words, as the scoring rules use them.
 *
 * <p>{@link #normalise}: lower case (root locale), accents removed (NFD, combining marks dropped),
 * punctuation (Unicode category P) dropped without leaving a space, so {@code "U.S."} becomes
 * {@code "us"} and {@code "Ching-te"} becomes {@code "chingte"}, white space (including no-break
 * spaces) collapsed to one space and trimmed, then a leading word {@code "the"} dropped (a name
 * that is only {@code "the"} stays). Symbols such as {@code $} or {@code +} are not punctuation and
 * are kept.
 *
 * <p>{@link #contentWords}: the words of the normalised name that are not English function words
 * (articles, prepositions, conjunctions, pronouns, auxiliaries). Nouns like "agreement" or "deal"
 * are content words, since the gold files use them as names; words are compared whole, without
 * stemming ("agreement" does not share a word with "agreements").
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "and", "or", "nor", "but", "for", "to", "in", "on", "at", "by",
          "with", "without", "between", "among", "from", "into", "onto", "over", "under", "about",
          "against", "as", "its", "it", "their", "they", "his", "her", "our", "my", "your", "this",
          "that", "these", "those", "which", "who", "whose", "is", "are", "was", "were", "be",
          "been", "has", "have", "had", "will", "would", "s");

  private Names() {}

  /** The name as the matching rules compare it. */
  public static String normalise(String name) {
    String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = PUNCTUATION.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The normalised name's words that are not function words. */
  public static Set<String> contentWords(String name) {
    String normal = normalise(name);
    if (normal.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(normal.split(" "))
        .filter(w -> !FUNCTION_WORDS.contains(w))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether {@code text} starts with the words {@code prefix}, both normalised: equal, or the
   * prefix followed by a word boundary. An empty normalised prefix matches nothing.
   */
  public static boolean startsWithWords(String text, String prefix) {
    String t = normalise(text);
    String p = normalise(prefix);
    return !p.isEmpty() && (t.equals(p) || t.startsWith(p + " "));
  }
}
