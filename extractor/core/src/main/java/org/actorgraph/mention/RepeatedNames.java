package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.SpellingVariants;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds the other occurrences of names the finders found once: a name a context rule recognised
 * ("German carmaker Volkswagen", "Police arrested Maria Vandermolen") is written again without that
 * context ("Volkswagen said", "Vandermolen was released"), and the statistical finder often misses
 * it there. Every occurrence of a found name's exact words, of a found person's last name alone,
 * and of a found person's full name spelled another way ("Kassym-Jomart" for "Kassym-Zhomart"),
 * that no mention covers becomes a mention of the same type.
 *
 * <p>Design decision: gazetteer names are left out (the gazetteer finds every occurrence of its own
 * names), and so are one-word names the finders were unsure of (confidence under {@value
 * #MIN_SOURCE_CONFIDENCE}), since a single capitalised word is the likeliest to be a common word at
 * the start of a sentence.
 */
final class RepeatedNames {

  /** The finder name of a further occurrence. */
  static final String FINDER = "rule:repeat";

  static final double MIN_SOURCE_CONFIDENCE = 0.5;
  private static final double MAX_CONFIDENCE = 0.7;

  private record Name(List<String> words, EntityType type, double confidence) {}

  private RepeatedNames() {}

  /** The further mentions of the names of {@code kept} in {@code article}. */
  static List<Mention> find(AnnotatedArticle article, List<Mention> kept) {
    Map<String, List<Name>> byFirstWord = new HashMap<>();
    Map<String, List<Name>> peopleByLastWord = new HashMap<>();
    for (Mention m : kept) {
      if (m.finder().startsWith("gazetteer") || m.type() == EntityType.COUNTRY) {
        continue;
      }
      List<String> words = words(article, m);
      if (words.isEmpty() || words.size() == 1 && m.confidence() < MIN_SOURCE_CONFIDENCE) {
        continue;
      }
      double confidence = Math.min(m.confidence(), MAX_CONFIDENCE);
      add(byFirstWord, new Name(words, m.type(), confidence));
      if (m.type() == EntityType.PERSON && words.size() >= 2) {
        String last = words.get(words.size() - 1);
        if (Character.isUpperCase(last.charAt(0)) && last.length() > 2) {
          add(byFirstWord, new Name(List.of(last), m.type(), confidence));
          peopleByLastWord
              .computeIfAbsent(last, k -> new ArrayList<>())
              .add(new Name(words, m.type(), confidence));
        }
      }
    }
    if (byFirstWord.isEmpty()) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        List<Name> names = byFirstWord.get(tokens.get(i).text());
        if (names == null) {
          continue;
        }
        for (Name n : names) {
          if (matchesAt(tokens, i, n.words()) && !joined(tokens, i, n.words().size())) {
            CharSpan span = s.charSpan(new TokenSpan(i, i + n.words().size()));
            if (kept.stream().noneMatch(m -> m.span().overlaps(span))) {
              found.add(mention(article, s, span, n));
              i += n.words().size() - 1;
              break;
            }
          }
        }
      }
      if (!peopleByLastWord.isEmpty()) {
        found.addAll(variants(article, s, peopleByLastWord, kept, found));
      }
    }
    return found;
  }

  /**
   * The full names in {@code s} that spell a found person's full name another way ("Kassym-Jomart
   * Tokayev" after "Kassym-Zhomart Tokayev"), which the statistical finder tends to miss as an
   * unfamiliar name and the surname alone cannot take (it is joined to the given name).
   */
  private static List<Mention> variants(
      AnnotatedArticle article,
      Sentence s,
      Map<String, List<Name>> peopleByLastWord,
      List<Mention> kept,
      List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      List<Name> names = peopleByLastWord.get(tokens.get(i).text());
      if (names == null) {
        continue;
      }
      for (Name n : names) {
        int start = i - n.words().size() + 1;
        if (start < 0) {
          continue;
        }
        List<String> written = new ArrayList<>(n.words().size());
        for (int k = start; k <= i; k++) {
          written.add(tokens.get(k).text());
        }
        if (!Character.isUpperCase(written.get(0).charAt(0))
            || !SpellingVariants.names(written, n.words())) {
          continue;
        }
        CharSpan span = s.charSpan(new TokenSpan(start, i + 1));
        if (kept.stream().noneMatch(m -> m.span().overlaps(span))
            && found.stream().noneMatch(m -> m.span().overlaps(span))) {
          out.add(mention(article, s, span, n));
          break;
        }
      }
    }
    return out;
  }

  private static Mention mention(AnnotatedArticle article, Sentence s, CharSpan span, Name n) {
    return Mention.unkeyed(span, article.body(), n.type(), s.index(), FINDER, n.confidence());
  }

  private static void add(Map<String, List<Name>> byFirstWord, Name n) {
    List<Name> names = byFirstWord.computeIfAbsent(n.words().get(0), k -> new ArrayList<>());
    if (names.stream().noneMatch(o -> o.words().equals(n.words()))) {
      names.add(n);
      names.sort((a, b) -> b.words().size() - a.words().size());
    }
  }

  private static List<String> words(AnnotatedArticle article, Mention m) {
    Sentence s = article.sentences().get(m.sentence());
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.span().start() >= m.span().start() && t.span().end() <= m.span().end()) {
        out.add(t.text());
      }
    }
    return out;
  }

  private static boolean matchesAt(List<Token> tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(i + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words at {@code i} continue a longer capitalised name on either side. */
  private static boolean joined(List<Token> tokens, int i, int n) {
    boolean before =
        i > 0
            && capitalised(tokens.get(i - 1))
            && (i > 1 || tokens.get(i - 1).pos().equals("PROPN"));
    return before || i + n < tokens.size() && capitalised(tokens.get(i + n));
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }
}
