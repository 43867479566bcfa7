package org.actorgraph.lexicon;

import java.util.Set;
import org.actorgraph.text.WordFiles;

/**
 * The Arabic definite article as names write it, glued by a hyphen before a family name, a nisba or
 * a group's name: "Abdel Fattah al-Burhan", "Abdul-Malik al-Houthi", "al-Shabaab" ({@code
 * arabic_articles.txt}, which says where its forms come from). One list for the finders that read
 * names with it and for the resolver that joins "Burhan" to "al-Burhan".
 */
public final class ArabicArticles {

  private static final Set<String> FORMS =
      Set.copyOf(WordFiles.read("/org/actorgraph/lexicon/arabic_articles.txt"));

  private ArabicArticles() {}

  /** Whether the word is a form of the article ("al", "el", "ash", ...), as written. */
  public static boolean isArticle(String word) {
    return FORMS.contains(word);
  }

  /**
   * Whether the word is the article in a form that wire copy also writes apart from the name ("al
   * Shabaab", "el Sisi"): the unassimilated "al" and "el"; the assimilated forms (ad-, ash-, ...)
   * are glued to the sun letter they take and written with a hyphen.
   */
  public static boolean isWrittenApart(String word) {
    return FORMS.contains(word) && word.endsWith("l");
  }

  /**
   * Whether {@code word} is {@code family} with the article glued before it ("al-burhan" or, with
   * punctuation normalised away, "alburhan" for "burhan"), in lower case.
   */
  public static boolean articled(String word, String family) {
    if (family.length() < 3 || !word.endsWith(family) || word.equals(family)) {
      return false;
    }
    String article = word.substring(0, word.length() - family.length());
    return FORMS.contains(
        article.endsWith("-") ? article.substring(0, article.length() - 1) : article);
  }
}
