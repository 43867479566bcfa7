package org.actorgraph.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.actorgraph.annotate.TokenSplitter;

/**
 * How the gazetteer splits names into tokens and normalises tokens, so that a stored name and the
 * annotator's tokens meet: curly apostrophes become straight, hyphen variants become {@code -},
 * dotted initials lose their dots ({@code U.S.} is {@code US}), possessives and hyphens between
 * letters split off as {@link TokenSplitter} does, and a leading "the" is dropped.
 */
public final class NameTokens {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String LEADING = "(\"“[";
  private static final String TRAILING = ",;:)\"”]";

  private NameTokens() {}

  /** Splits a name or surface string into normalised tokens, without a leading "the". */
  static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    for (String piece : SPACES.split(normalizeChars(text).trim())) {
      if (!piece.isEmpty()) {
        splitPiece(piece, tokens);
      }
    }
    if (!tokens.isEmpty() && tokens.get(0).equalsIgnoreCase("the")) {
      tokens.remove(0);
    }
    return tokens;
  }

  /** Normalises one token as the annotator produced it. */
  static String normalize(String token) {
    return undot(normalizeChars(token));
  }

  /** The case- and accent-insensitive key of a normalised token. */
  public static String fold(String token) {
    if (isAscii(token)) {
      return token.toLowerCase(Locale.ROOT);
    }
    String stripped =
        MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
    return stripped.toLowerCase(Locale.ROOT);
  }

  /** Whether a normalised token is an acronym ({@code US}, {@code NATO}, {@code G7}). */
  static boolean isAcronym(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter && token.length() >= 2;
  }

  /** Whether a token starts with an upper-case letter. */
  static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private static void splitPiece(String piece, List<String> out) {
    int start = 0;
    int end = piece.length();
    while (start < end && LEADING.indexOf(piece.charAt(start)) >= 0) {
      out.add(String.valueOf(piece.charAt(start++)));
    }
    List<String> tail = new ArrayList<>();
    while (end > start && TRAILING.indexOf(piece.charAt(end - 1)) >= 0) {
      tail.add(0, String.valueOf(piece.charAt(--end)));
    }
    if (start < end) {
      String core = piece.substring(start, end);
      TokenSplitter.split(core, 0, core.length(), 0, s -> out.add(undot(s.of(core))));
    }
    out.addAll(tail);
  }

  /** Whether every char is ASCII: such text needs no Unicode normalisation (a fast path). */
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String normalizeChars(String text) {
    if (isAscii(text) && text.indexOf('`') < 0) {
      return text;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '’', '‘', 'ʼ', '`' -> b.append('\'');
        case '‐', '‑', '‒' -> b.append('-');
        case '\u00a0' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code U.S.} and {@code U.S} become {@code US}; {@code St.} and {@code Gen.} stay. */
  private static String undot(String token) {
    if (token.indexOf('.') < 0 || token.length() < 2) {
      return token;
    }
    String[] parts = token.split("\\.", -1);
    int letters = 0;
    for (String part : parts) {
      if (part.length() > 1 || (part.length() == 1 && !Character.isLetter(part.charAt(0)))) {
        return token;
      }
      letters += part.length();
    }
    return letters >= 2 ? token.replace(".", "") : token;
  }
}
