package org.actorgraph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns PETRARCH's upper-case, underscore-joined phrases into properly cased names, and answers the
 * precision questions the converter asks of a word: is it an English dictionary word, a person's
 * first name, an acronym?
 *
 * <p>Casing: every token is title-cased ({@code MCLELLAN} becomes {@code McLellan}, {@code O'BRIEN}
 * {@code O'Brien}, each hyphen part capitalised); connectors inside a name ({@code of}, {@code
 * and}, {@code the}, {@code de}, {@code al}, ...) are lower case, and {@code al}/{@code el} before
 * a name part joins it with a hyphen ({@code al-Hasan}); a token that is an acronym stays upper
 * case. An acronym is a letters-only token of 2 to 4 letters, or one without a vowel, that is
 * neither an English dictionary word nor a first name, or any token in {@code knownAcronyms}
 * (acronyms the converter saw in parentheses or as the initials of a synonym).
 */
final class PetrarchNames {

  static final Set<String> CONNECTORS =
      Set.of(
          "OF", "AND", "THE", "FOR", "IN", "ON", "AT", "TO", "DE", "DEL", "DES", "DU", "LA", "LE",
          "LES", "DI", "DA", "DOS", "DAS", "VAN", "VON", "DER", "Y", "ET", "AL", "BIN", "IBN",
          "BINT");
  private static final Set<String> JOINED = Set.of("AL", "EL");

  /**
   * A regnal or generational number after a name ({@code ABDULLAH II}, {@code CARL XVI GUSTAF},
   * {@code EDWIN MEESE III}): a Roman numeral of two or more letters, kept upper case. One letter
   * ("I", "V", "X") is read as an initial.
   */
  private static final Pattern REGNAL = Pattern.compile("X{0,2}(IX|IV|V?I{0,3})");

  private final Set<String> englishWords;
  private final Set<String> firstNames;
  private final Set<String> knownAcronyms;

  /**
   * @param englishWords lower-case English dictionary words, upper-cased
   * @param firstNames first tokens of the people the dictionaries name, upper case
   * @param knownAcronyms tokens known to be acronyms whatever their length, upper case
   */
  PetrarchNames(Set<String> englishWords, Set<String> firstNames, Set<String> knownAcronyms) {
    this.englishWords = Set.copyOf(englishWords);
    this.firstNames = Set.copyOf(firstNames);
    this.knownAcronyms = Set.copyOf(knownAcronyms);
  }

  /** The tokens of a phrase: underscores and blanks separate, a trailing underscore is dropped. */
  static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (String t : phrase.trim().split("[_\\s]+")) {
      if (!t.isEmpty()) {
        out.add(t.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  boolean isEnglishWord(String token) {
    return englishWords.contains(token.toUpperCase(Locale.ROOT));
  }

  boolean isFirstName(String token) {
    return firstNames.contains(token.toUpperCase(Locale.ROOT));
  }

  /** Whether a single upper-case token, standing alone as a name, is written as an acronym. */
  boolean isAcronym(String token) {
    if (knownAcronyms.contains(token)) {
      return true;
    }
    if (!token.matches("[A-Z]{2,6}") || isEnglishWord(token) || isFirstName(token)) {
      return false;
    }
    return token.length() <= 4 || !token.matches(".*[AEIOUY].*");
  }

  /**
   * Whether a token inside a longer name is an acronym: a known one, or 2-3 letters, or no vowel.
   */
  boolean isAcronymInName(String token) {
    if (knownAcronyms.contains(token) || token.contains("&")) {
      return true;
    }
    if (!token.matches("[A-Z]{2,6}") || isEnglishWord(token) || isFirstName(token)) {
      return false;
    }
    return token.length() <= 3 || !token.matches(".*[AEIOUY].*");
  }

  /** A properly cased name for the tokens of a person's name (no acronyms in people's names). */
  String personName(List<String> tokens) {
    return cased(tokens, false);
  }

  /** A properly cased name for an organisation's tokens, acronyms kept upper case. */
  String organisationName(List<String> tokens) {
    return cased(tokens, true);
  }

  private String cased(List<String> tokens, boolean acronyms) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      if (i > 0 && !last && JOINED.contains(t)) {
        b.append(' ').append(t.toLowerCase(Locale.ROOT)).append('-');
        continue;
      }
      if (i > 0 && b.charAt(b.length() - 1) != '-') {
        b.append(' ');
      }
      if (i > 0 && !last && CONNECTORS.contains(t)) {
        b.append(t.toLowerCase(Locale.ROOT));
      } else if (acronyms && isAcronymInName(t) || i > 0 && regnal(t)) {
        b.append(t);
      } else {
        b.append(titleCase(t));
      }
    }
    return b.toString();
  }

  private static boolean regnal(String token) {
    return token.length() >= 2 && REGNAL.matcher(token).matches();
  }

  /** {@code MCLELLAN} to {@code McLellan}, {@code O'BRIEN} to {@code O'Brien}, per hyphen part. */
  static String titleCase(String token) {
    StringBuilder b = new StringBuilder(token.length());
    boolean start = true;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '.' || (c == '\'' && i == 1);
    }
    String out = b.toString();
    if (out.length() > 3 && out.startsWith("Mc")) {
      out = "Mc" + Character.toUpperCase(out.charAt(2)) + out.substring(3);
    }
    return out;
  }
}
