package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Finds organisations that define an acronym in parentheses right after their name: {@code the
 * Movement for Democratic Change (MDC)}, {@code Pakistan Tehreek-e-Insaf (PTI)}. The name is the
 * run of capitalised words before the parenthesis (with "of", "for", "and", "the" and hyphened
 * pieces between them) whose initials spell the acronym, and it must hold a word of {@code
 * acronym_heads.txt}, so that "Gross Domestic Product (GDP)" names nothing.
 */
public final class AcronymNameFinder implements MentionFinder {

  private static final Set<String> HEADS = Set.copyOf(WordList.read("acronym_heads.txt"));
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "e");
  private static final int MAX_NAME_TOKENS = 12;
  private static final double CONFIDENCE = 0.75;

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k + 2 < tokens.size(); k++) {
        if (tokens.get(k).text().equals("(") && tokens.get(k + 2).text().equals(")")) {
          acronymName(tokens, k, tokens.get(k + 1).text())
              .map(span -> mention(article, s, span))
              .ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static Mention mention(AnnotatedArticle article, Sentence s, CharSpan span) {
    return Mention.unkeyed(
        span, article.body(), EntityType.ORGANISATION, s.index(), "rule:acronym", CONFIDENCE);
  }

  /**
   * The span of the name before the parenthesis at {@code open} whose initials spell {@code
   * acronym}, if it names an organisation.
   */
  private static Optional<CharSpan> acronymName(List<Token> tokens, int open, String acronym) {
    if (!acronym.matches("\\p{Lu}[\\p{L}]{1,7}") || upper(acronym) < 2) {
      return Optional.empty();
    }
    String wanted = acronym.toUpperCase(Locale.ROOT);
    StringBuilder initials = new StringBuilder();
    boolean head = false;
    for (int i = open - 1; i >= 0 && open - i <= MAX_NAME_TOKENS; i--) {
      String w = tokens.get(i).text();
      String lower = w.toLowerCase(Locale.ROOT);
      head |= HEADS.contains(lower);
      if (Character.isUpperCase(w.charAt(0))) {
        initials.insert(0, w.charAt(0));
        if (initials.length() == wanted.length()) {
          return initials.toString().equals(wanted) && head
              ? Optional.of(
                  new CharSpan(tokens.get(i).span().start(), tokens.get(open - 1).span().end()))
              : Optional.empty();
        }
      } else if (!CONNECTORS.contains(lower) && !w.equals("-")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static long upper(String s) {
    return s.chars().filter(Character::isUpperCase).count();
  }
}
