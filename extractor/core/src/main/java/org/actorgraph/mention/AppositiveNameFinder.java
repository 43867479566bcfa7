package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds a person named and then described by a title set off by a comma: "Wanjiru Roe, Kenya's top
 * diplomat, said", "John Doe, the Sylvanian foreign minister, said", "Jane Roe, a former prime
 * minister, said", and inside a sentence "talks led by Jane Roe, Norway's chief mediator, ended".
 * The statistical finder misses names it has not seen when nothing before them says they are names,
 * and the title finders look for the title before the name.
 *
 * <p>Design decision: the name is two to {@value #MAX_NAME_WORDS} capitalised words that open the
 * sentence (or follow an opening quotation mark) or, with a country's title that closes the
 * apposition, follow a lower-case word or a comma inside it; none a title or a stop name, and not a
 * name the gazetteer knows as something else; after the comma come an optional article, an optional
 * owner (a country, a demonym, or a country's possessive), up to two lower-case words ("top",
 * "former") and an unambiguous title. A title in lower case is read only in this frame, where a
 * person's description is expected.
 */
public final class AppositiveNameFinder implements MentionFinder {

  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_MODIFIERS = 2;
  private static final double CONFIDENCE = 0.75;
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** What may follow the title of an apposition inside a sentence ({@link #closesApposition}). */
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", "of", "to", "in", "at", "for");

  private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "'", "‘");

  private final Gazetteer gazetteer;

  public AppositiveNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      int first = !words.isEmpty() && OPENING_QUOTES.contains(words.get(0)) ? 1 : 0;
      for (int start = first; start < words.size(); start++) {
        boolean inside = start > first;
        if (inside && !opensNameInside(words.get(start - 1))) {
          continue;
        }
        int end = start;
        while (end < words.size() && end - start <= MAX_NAME_WORDS && nameWord(words.get(end))) {
          end++;
        }
        if (end - start >= 2
            && end - start <= MAX_NAME_WORDS
            && end < words.size()
            && words.get(end).equals(",")
            && !knownAsOther(words, start, end)
            && titledAfter(tokens, words, end + 1, inside)) {
          CharSpan span = s.charSpan(new TokenSpan(start, end));
          found.add(
              Mention.unkeyed(
                  span,
                  article.body(),
                  EntityType.PERSON,
                  s.index(),
                  "rule:appositive",
                  CONFIDENCE));
        }
      }
    }
    return found;
  }

  /**
   * Whether a name inside a sentence may start after {@code before}: a comma or a lower-case word
   * other than an article ("met Jane Roe,", "and Jane Roe,"), not a capitalised word (the name
   * would start earlier) nor "the" (a name after an article is a body's or a place's).
   */
  private static boolean opensNameInside(String before) {
    return before.equals(",")
        || !before.isEmpty()
            && Character.isLowerCase(before.codePointAt(0))
            && !ARTICLES.contains(before);
  }

  /**
   * Whether an apposition that describes a person by a title starts at token {@code i}: a gazetteer
   * title, or a role of the relate stage's ({@link SupplementTitles}) that ends its noun phrase
   * ("Freedonia's top diplomat," but not "a chair maker"). For a name {@code inside} a sentence,
   * where a comma after an opening phrase may instead start a clause whose subject is the title
   * ("In a letter to Aster Watch, Kenya's top diplomat said"), the title needs a country owner and
   * must close the apposition: a comma, the sentence's end, or a preposition ("ambassador to
   * Spain") follows it, and no name follows its comma.
   */
  private boolean titledAfter(List<Token> tokens, List<String> words, int i, boolean inside) {
    if (i < words.size() && ARTICLES.contains(words.get(i))) {
      i++;
    }
    int owned = ownerEnd(words, i);
    if (inside && owned == i) {
      return false;
    }
    i = owned;
    for (int k = 0; k <= MAX_MODIFIERS && i + k < words.size(); k++) {
      int titleEnd =
          gazetteer
              .titleAt(words, i + k)
              .filter(t -> !t.value().ambiguous())
              .map(t -> t.span().end())
              .orElse(-1);
      int role = SupplementTitles.endAt(words, i + k);
      if (role > 0 && endsNounPhrase(tokens, role)) {
        titleEnd = Math.max(titleEnd, role);
      }
      if (titleEnd > 0) {
        return !inside || closesApposition(words, titleEnd);
      }
      String w = words.get(i + k);
      if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the apposition may end at token {@code end}: a comma, a stop, the sentence's end or a
   * preposition; but not a comma before another name, which the title describes instead ("Writing
   * in Aster Review, Mali's spy chief, Jane Roe, said").
   */
  private boolean closesApposition(List<String> words, int end) {
    if (end >= words.size()) {
      return true;
    }
    boolean nameFollows =
        words.get(end).equals(",") && end + 1 < words.size() && nameWord(words.get(end + 1));
    return CLOSERS.contains(words.get(end)) && !nameFollows;
  }

  /** The end of a country, demonym or country's possessive at token {@code i}; else {@code i}. */
  private int ownerEnd(List<String> words, int i) {
    Optional<GazetteerMatch> owner =
        gazetteer.longestDemonymAt(words, i).or(() -> gazetteer.longestMatchAt(words, i));
    if (owner.isEmpty()
        || owner.get().unique().filter(e -> e.type() == EntityType.COUNTRY).isEmpty()) {
      return i;
    }
    int end = owner.get().span().end();
    return end < words.size() && TypeCues.isPossessive(words.get(end)) ? end + 1 : end;
  }

  /** Whether the noun phrase ends before token {@code end}: no noun follows. */
  private static boolean endsNounPhrase(List<Token> tokens, int end) {
    return end >= tokens.size()
        || !(tokens.get(end).pos().equals("NOUN") || tokens.get(end).pos().equals("PROPN"));
  }

  /** Whether the gazetteer knows a name at {@code start} as something other than a person. */
  private boolean knownAsOther(List<String> words, int start, int end) {
    for (int k = start; k < end; k++) {
      Optional<GazetteerMatch> m = gazetteer.longestMatchAt(words, k);
      if (m.isPresent() && m.get().unique().filter(e -> e.type() == EntityType.PERSON).isEmpty()) {
        return true;
      }
    }
    return gazetteer.longestDemonymAt(words, start).isPresent();
  }

  /** A capitalised word, not a title or a stop name ("President", "Monday"). */
  private boolean nameWord(String w) {
    return w.length() > 1
        && Character.isUpperCase(w.codePointAt(0))
        && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }
}
