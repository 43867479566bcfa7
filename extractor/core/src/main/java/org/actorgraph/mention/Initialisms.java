package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Finds the initials of a found organisation's name written alone elsewhere in the article: "PTI
 * lawmakers resigned" after "the Pakistan Tehreek-e-Insaf", with no "(PTI)" defining it. News
 * writes a party's or a company's initials once the name is known, and no other finder proposes an
 * unknown capital-letter word; the resolver then joins it to the name whose initials it spells.
 *
 * <p>Design decision: only a word of {@value #MIN_LETTERS} to {@value #MAX_LETTERS} capital letters
 * that spells the initials of a name of at least two capitalised words (hyphened parts counted:
 * "Tehreek-e-Insaf" gives T and I) is taken, so a common abbreviation ("GDP", "CEO") becomes an
 * organisation only in an article that names an organisation with those initials. The initials take
 * a fixed confidence of {@value #CONFIDENCE}, whatever the name's finder gave it: a model's low
 * score for the name would otherwise drop the initials below what a name and its initials written
 * apart, which confirm each other, have earned.
 */
final class Initialisms {

  /** The finder name of an initialism. */
  static final String FINDER = "rule:initials";

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 6;
  private static final double CONFIDENCE = 0.6;

  private Initialisms() {}

  /** The initialisms, written alone in {@code article}, of the organisations among {@code kept}. */
  static List<Mention> find(AnnotatedArticle article, List<Mention> kept) {
    Set<String> initials = new HashSet<>();
    for (Mention m : kept) {
      if (m.type() == EntityType.ORGANISATION) {
        String i = initials(m.text());
        if (i.length() >= MIN_LETTERS && i.length() <= MAX_LETTERS) {
          initials.add(i);
        }
      }
    }
    if (initials.isEmpty()) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        CharSpan span = tokens.get(i).span();
        if (initials.contains(tokens.get(i).text())
            && alone(tokens, i)
            && kept.stream().noneMatch(m -> m.span().overlaps(span))) {
          found.add(
              Mention.unkeyed(
                  span, article.body(), EntityType.ORGANISATION, s.index(), FINDER, CONFIDENCE));
        }
      }
    }
    return found;
  }

  /**
   * The first letters of a name's capitalised words, its hyphened parts counted as words ("PTI" of
   * "Pakistan Tehreek-e-Insaf"); empty when fewer than two words are capitalised.
   */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : WORD_BREAKS.split(name)) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        out.append(word.charAt(0));
      }
    }
    return out.length() < 2 ? "" : out.toString();
  }

  /** Whether token {@code i} stands outside any longer capitalised name ("the PTI said"). */
  private static boolean alone(List<Token> tokens, int i) {
    return (i == 0 || !capitalised(tokens.get(i - 1)) || tokens.get(i - 1).text().equals("The"))
        && (i + 1 == tokens.size() || !capitalised(tokens.get(i + 1)));
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }
}
