package org.actorgraph.relate;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that the readers of memberships ({@link MemberLists}, {@link MembersBefore}, {@link
 * MemberClauses}, {@link Admissions}, {@link EnclosedMembers}) share, loaded once: the member nouns
 * and exclusions of {@code member_nouns.txt} and {@code member_exclusions.txt}, and the small
 * closed sets of numbers, ordinals, nouns for states and articles that stand around a member noun.
 */
final class MemberWords {

  /** "member", "member states", "allies": longest first, so a match covers the whole noun. */
  static final List<List<String>> MEMBER_NOUNS = longestFirst("member_nouns.txt");

  /** Words that make a member noun no membership: "former", "candidate", "outside". */
  static final Set<String> EXCLUSIONS = WordLists.set("member_exclusions.txt");

  /** An ordinal number before "member": "the 32nd member of", "the fifth member state of". */
  static final Pattern ORDINAL =
      Pattern.compile(
          "\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|latest");

  /** Numbers written as words, which the tagger may not call numerals. */
  static final Set<String> NUMBERS =
      Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "several", "many", "some");

  /**
   * Plain nouns a counted list of members may take ("ten countries including A and B"): nouns for
   * the states of a group, besides the member nouns of {@code member_nouns.txt}.
   */
  static final Set<String> COUNTED = Set.of("countries", "nations", "states");

  /**
   * Verbs of being and the adverbs among them between a member and "a member" or the organisation:
   * "is", "has long been", "remains", "became" (Oxford Learner's: be, become, remain).
   */
  static final Set<String> BEING =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "been",
          "remains",
          "remain",
          "remained",
          "became",
          "also",
          "now",
          "already",
          "long",
          "still");

  /** The articles and quantifiers that open an apposition: "a Union member", "both members". */
  static final Set<String> APPOSITIVE = Set.of("a", "an", "another", "both", "all");

  private MemberWords() {}

  /** {@link #BEING} and {@code more}. */
  static Set<String> being(String... more) {
    Set<String> all = new java.util.HashSet<>(BEING);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** The phrases of the word lists {@code files}, longest first. */
  static List<List<String>> longestFirst(String... files) {
    return Stream.of(files)
        .flatMap(f -> WordLists.phrases(f).stream())
        .sorted(Comparator.comparingInt((List<String> p) -> -p.size()))
        .toList();
  }

  /** Whether a lower-case token is the possessive "'s" (straight or curly apostrophe). */
  static boolean isPossessive(String lower) {
    return lower.equals("'s") || lower.equals("’s");
  }
}
