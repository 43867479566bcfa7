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
import org.actorgraph.text.TokenSpan;

/**
 * Finds names by a role or part that only one kind of actor has, next to them (the strong cues of
 * {@link TypeCues}): {@code the chief executive of Asterpetro}, {@code shareholders in Talvex} and
 * {@code Belcourt's board} name organisations; {@code the residents of Pellingford} and {@code
 * Mirovka's population} name places. The statistical finder often misses such a name or takes a
 * company for a place.
 *
 * <p>Design decision: a name the gazetteer knows is left to the gazetteer, and so is a place whose
 * words hold a known name ("the residents of Kabul Province": the gazetteer's "Kabul" links to the
 * city, while an organisation keeps its whole name, "the chairman of Freedonia Petroleum"); a name
 * that begins with a known given name is left alone ({@code the board of Jane Roe Holdings} may be
 * a person's name inside a company's, which the other finders settle); a name is one to {@value
 * #MAX_NAME_WORDS} capitalised words.
 */
public final class CuedNameFinder implements MentionFinder {

  private static final Set<EntityType> TYPES = Set.of(EntityType.ORGANISATION, EntityType.PLACE);
  private static final int MAX_NAME_WORDS = 3;
  private static final double CONFIDENCE = 0.7;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public CuedNameFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int start = 0; start < tokens.size(); start++) {
        if (!nameWord(tokens.get(start))) {
          continue;
        }
        int end = start + 1;
        while (end < tokens.size() && nameWord(tokens.get(end))) {
          end++;
        }
        if (end - start <= MAX_NAME_WORDS && !givenNames.contains(tokens.get(start).text())) {
          Optional<EntityType> type = TypeCues.strongType(tokens, start, end);
          if (type.isPresent() && TYPES.contains(type.get())) {
            CharSpan span = s.charSpan(new TokenSpan(start, end));
            String text = span.of(article.body());
            if (gazetteer.candidates(text).isEmpty()
                && !(type.get() == EntityType.PLACE && hasKnownWord(tokens, start, end))) {
              found.add(
                  new Mention(
                      span,
                      text,
                      type.get(),
                      s.index(),
                      "rule:role",
                      CONFIDENCE,
                      Optional.empty()));
            }
          }
        }
        start = end - 1;
      }
    }
    return found;
  }

  /** Whether a word of a name of several words is a name the gazetteer knows ("Kabul Province"). */
  private boolean hasKnownWord(List<Token> tokens, int start, int end) {
    for (int i = start; end - start > 1 && i < end; i++) {
      if (!gazetteer.candidates(tokens.get(i).text()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word or an acronym ("Asterpetro", "UBS"), not a stop name or title. */
  private boolean nameWord(Token t) {
    String w = t.text();
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && !w.toLowerCase(Locale.ROOT).equals(w)
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }
}
