package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Finds news outlets named by a capitalised name next to a lower-case outlet noun ({@code
 * outlet_nouns.txt}): the name, then the noun ("Freedonia's Aster news agency reported", "the
 * official FNA news agency", "the Aster newspaper"), or the noun, then the name ("the daily Aster
 * said", "state broadcaster AST"). The mention is the name alone; the noun describes it. The
 * statistical finder misses such names or takes them for people.
 *
 * <p>Design decision: a country or demonym that opens the name is its owner, not part of it ("the
 * Freedonian Aster daily" names "Aster"); a name the gazetteer knows as a whole is left to the
 * gazetteer ("a Freedonia newspaper" is one in Freedonia); a name made of words that describe alone
 * ({@code proper_adjectives.txt}: "the Catholic weekly", "the Hebrew daily") or ending in a word
 * tagged adjective is no name, nor is a name before its noun that opens the sentence ("State
 * broadcaster AST said"); a name is one to {@value #MAX_NAME_WORDS} capitalised words, titles and
 * stop names ("Sunday") excluded.
 */
public final class OutletNounFinder implements MentionFinder {

  /** The finder name its mentions carry. */
  public static final String FINDER = "rule:outlet";

  private static final Nouns AFTER = Nouns.read("after:");
  private static final Nouns BEFORE = Nouns.read("before:");
  private static final Set<String> DESCRIPTIVE = Set.copyOf(WordList.read("proper_adjectives.txt"));
  private static final Set<String> FUNCTION_TAGS =
      Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM");
  private static final int MAX_NAME_WORDS = 3;
  private static final double CONFIDENCE = 0.75;

  private final Gazetteer gazetteer;

  public OutletNounFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      List<String> words = Token.texts(tokens);
      for (int i = 0; i < words.size(); i++) {
        if (AFTER.endAt(words, i) > i) {
          nameBefore(tokens, words, i).ifPresent(span -> found.add(outlet(article, s, span)));
        }
        int nounEnd = BEFORE.endAt(words, i);
        if (nounEnd > i) {
          nameAfter(tokens, words, nounEnd).ifPresent(span -> found.add(outlet(article, s, span)));
        }
      }
    }
    return found;
  }

  /**
   * The name that ends before the noun at token {@code end}, its owner left out; none when it opens
   * the sentence, where a capital may be the sentence's ("State broadcaster AST said").
   */
  private Optional<TokenSpan> nameBefore(List<Token> tokens, List<String> words, int end) {
    int start = end;
    while (start > 0 && nameAt(tokens, start - 1)) {
      start--;
      if (start > 1 && joined(tokens, start - 1) && nameAt(tokens, start - 2)) {
        start -= 2; // "Al-Ahram" as three tokens
      }
    }
    int owned = ownerEnd(words, start, end);
    return owned == 0 ? Optional.empty() : named(tokens, words, owned, end);
  }

  /** The name that starts right after the noun, at token {@code start}, and ends its phrase. */
  private Optional<TokenSpan> nameAfter(List<Token> tokens, List<String> words, int start) {
    int end = start;
    while (end < words.size() && nameAt(tokens, end)) {
      end++;
    }
    return named(tokens, words, start, end);
  }

  /** The span from {@code start} to {@code end} when it is a name by the class comment's checks. */
  private Optional<TokenSpan> named(List<Token> tokens, List<String> words, int start, int end) {
    if (end <= start || end - start > MAX_NAME_WORDS) {
      return Optional.empty();
    }
    List<String> name = words.subList(start, end);
    boolean known =
        gazetteer.longestMatchAt(name, 0).filter(m -> m.span().end() == name.size()).isPresent()
            || gazetteer.longestDemonymAt(name, 0).isPresent();
    if (known
        || name.stream().allMatch(DESCRIPTIVE::contains)
        || tokens.get(end - 1).pos().equals("ADJ")) {
      return Optional.empty();
    }
    return Optional.of(new TokenSpan(start, end));
  }

  /** Where the countries and demonyms that open the name from {@code start} to {@code end} end. */
  private int ownerEnd(List<String> words, int start, int end) {
    int at = start;
    while (at < end) {
      int from = at;
      Optional<GazetteerMatch> owner =
          gazetteer
              .longestDemonymAt(words, from)
              .or(() -> gazetteer.longestMatchAt(words, from).filter(this::isCountry));
      if (owner.isEmpty() || owner.get().span().end() >= end) {
        return at;
      }
      at = owner.get().span().end();
    }
    return at;
  }

  private boolean isCountry(GazetteerMatch m) {
    return m.unique().filter(e -> e.type() == EntityType.COUNTRY).isPresent();
  }

  /** Whether token {@code k} is a hyphen with no space either side. */
  private static boolean joined(List<Token> tokens, int k) {
    return tokens.get(k).text().equals("-")
        && k + 1 < tokens.size()
        && tokens.get(k - 1).span().end() == tokens.get(k).span().start()
        && tokens.get(k).span().end() == tokens.get(k + 1).span().start();
  }

  /** A capitalised word or acronym, not tagged a function word, not a stop name or a title. */
  private boolean nameAt(List<Token> tokens, int k) {
    String w = tokens.get(k).text();
    return Character.isUpperCase(w.codePointAt(0))
        && !FUNCTION_TAGS.contains(tokens.get(k).pos())
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }

  private static Mention outlet(AnnotatedArticle article, Sentence s, TokenSpan span) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(
        chars, article.body(), EntityType.ORGANISATION, s.index(), FINDER, CONFIDENCE);
  }

  /**
   * Outlet nouns, each as its words, indexed by their first word: a token is compared with the few
   * nouns that start with it rather than with every noun (a sub-list compared with every noun at
   * every token was nearly all of the finder's time in the profile of {@code benchmark}, and 3.6%
   * of the bytes it allocated).
   */
  static final class Nouns {

    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    Nouns(List<List<String>> nouns) {
      for (List<String> noun : nouns) {
        byFirstWord.computeIfAbsent(noun.get(0), k -> new ArrayList<>()).add(List.copyOf(noun));
      }
    }

    /** The nouns of {@code outlet_nouns.txt} with this prefix. */
    static Nouns read(String prefix) {
      return new Nouns(
          WordList.read("outlet_nouns.txt").stream()
              .filter(line -> line.startsWith(prefix))
              .map(line -> List.of(line.substring(prefix.length()).strip().split("\\s+")))
              .toList());
    }

    /** The end of the longest noun that starts at token {@code i} of {@code words}, or -1. */
    int endAt(List<String> words, int i) {
      int end = -1;
      for (List<String> noun : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (i + noun.size() <= words.size()
            && words.subList(i, i + noun.size()).equals(noun)
            && i + noun.size() > end) {
          end = i + noun.size();
        }
      }
      return end;
    }
  }
}
