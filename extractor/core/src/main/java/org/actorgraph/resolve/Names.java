package org.actorgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation as the scoring rules define it: lower case, accents removed, punctuation
 * dropped, a leading "the" dropped, white space collapsed. Used for matching and IRI minting.
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final Pattern OUR = Pattern.compile("(?<=\\p{L}{2})our\\b");
  private static final Pattern ISE =
      Pattern.compile("(?<=\\p{L}{3})is(e|es|ed|ing|ation|ations)\\b");
  private static final Pattern ENCE = Pattern.compile("\\b(defen|offen|licen)ce\\b");

  private Names() {}

  /**
   * A normalised name with British and American spellings folded together ("defence" and "defense",
   * "organisation" and "organization", "labour" and "labor"), for deciding whether two names are
   * one; never shown.
   */
  public static String spellingKey(String normalised) {
    if (!normalised.contains("our") && !normalised.contains("is") && !normalised.contains("nce")) {
      return normalised;
    }
    String s = ENCE.matcher(normalised).replaceAll("$1se");
    s = ISE.matcher(s).replaceAll("iz$1");
    return OUR.matcher(s).replaceAll("or");
  }

  public static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = PUNCT.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
