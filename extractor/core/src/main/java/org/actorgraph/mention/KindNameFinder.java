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
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;

/**
 * Finds organisations introduced by their kind: a lower-case noun of {@code organisation_kinds.txt}
 * right before one to three capitalised words ({@code German carmaker Volkswagen}, {@code Swiss
 * bank UBS}, {@code the militant group Hamas}).
 *
 * <p>Design decision: a name that begins with a known given name is left alone ({@code the firm
 * Jane Doe founded} names a person after the kind), as is a name the gazetteer knows as a person,
 * country or place.
 */
public final class KindNameFinder implements MentionFinder {

  private static final Set<String> KINDS = Set.copyOf(WordList.read("organisation_kinds.txt"));
  private static final int MAX_NAME_WORDS = 3;
  private static final double CONFIDENCE = 0.75;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public KindNameFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  /** Whether {@code word} (lower case) is a kind of organisation ("carmaker", "bank", "party"). */
  public static boolean isOrganisationKind(String word) {
    return KINDS.contains(word);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        Token kind = tokens.get(k);
        if (!KINDS.contains(kind.text()) || !nameWord(tokens.get(k + 1))) {
          continue;
        }
        int end = k + 1;
        while (end < tokens.size()
            && end - k <= MAX_NAME_WORDS
            && (nameWord(tokens.get(end)) || attached(tokens, end))) {
          end++;
        }
        if (end < tokens.size() && nameWord(tokens.get(end))) {
          continue;
        }
        CharSpan span =
            new CharSpan(tokens.get(k + 1).span().start(), tokens.get(end - 1).span().end());
        String text = span.of(article.body());
        if (givenNames.contains(tokens.get(k + 1).text()) || otherKind(text)) {
          continue;
        }
        found.add(
            new Mention(
                span,
                text,
                EntityType.ORGANISATION,
                s.index(),
                "rule:kind",
                CONFIDENCE,
                Optional.empty()));
        k = end - 1;
      }
    }
    return found;
  }

  /** Whether the gazetteer knows the name as something other than an organisation. */
  private boolean otherKind(String name) {
    return gazetteer.candidates(name).stream()
        .anyMatch(c -> c.entry().type() != EntityType.ORGANISATION);
  }

  /** A piece of the name the tokenizer split off with no space ("NDF-" "R"). */
  private static boolean attached(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.span().start() == tokens.get(i - 1).span().end()
        && t.text().chars().anyMatch(Character::isLetterOrDigit)
        && !t.text().equals("'s")
        && !t.text().equals("’s");
  }

  /** A capitalised word or an acronym ("Volkswagen", "UBS", "M23"), not a stop name or title. */
  private boolean nameWord(Token t) {
    String w = t.text();
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && !w.toLowerCase(Locale.ROOT).equals(w)
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }
}
