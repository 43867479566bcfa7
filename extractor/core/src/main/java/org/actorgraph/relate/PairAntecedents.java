package org.actorgraph.relate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;
import org.actorgraph.text.CharSpan;

/**
 * What "the two countries", "both leaders" or "the two sides" stand for: the last two actors of
 * that kind the article named together ({@code Freedonia and Sylvania}, {@code the
 * Freedonia-Sylvania talks}) before the phrase, within {@value #REACH} characters. The nouns and
 * their kinds are data ({@code pair_nouns.tsv}); "the two sides" and "both parties" may be a
 * country and an organisation ({@code Freedonia and the Northern Front}).
 */
final class PairAntecedents {

  /** How far back (in characters) the pair may have been named: a few sentences. */
  static final int REACH = 1200;

  private static final Map<String, String> NOUNS = WordLists.pairs("pair_nouns.tsv");

  /** The kind of a pair phrase that may name two actors of any type ("both sides"). */
  private static final String ANY = "any";

  /** {@code A and B}, {@code A, and B}, {@code A and the B}, {@code A-B}, {@code A–B}. */
  private static final Pattern TOGETHER =
      Pattern.compile("\\s*(,?\\s*and\\s+(the\\s+)?|[-–]\\s*)", Pattern.CASE_INSENSITIVE);

  private PairAntecedents() {}

  /** The plural nouns that, after "the two" or "both", stand for a pair ("countries", "sides"). */
  static Set<String> nouns() {
    return NOUNS.keySet();
  }

  /** The kind of actor a pair noun ("countries", "sides") stands for: country, person or any. */
  static Optional<String> kindOfNoun(String noun) {
    return Optional.ofNullable(NOUNS.get(noun));
  }

  /**
   * The kind a pair phrase ending at token {@code t} stands for, if it is one; "the two" with no
   * noun, as the subject of the verb after it ({@code A met B and the two signed a pact}), stands
   * for a pair of any kind.
   */
  static Optional<String> kindAt(List<Token> tokens, int t) {
    if (bareTwo(tokens, t)) {
      return Optional.of(ANY);
    }
    String kind = NOUNS.get(tokens.get(t).text().toLowerCase(Locale.ROOT));
    if (kind == null || t == 0) {
      return Optional.empty();
    }
    // "the two nuclear-armed neighbours", "both Gulf states": adjectives may stand between
    int n = t - 1;
    while (n > 0 && t - n <= DESCRIBING && describing(tokens.get(n))) {
      n--;
    }
    String before = tokens.get(n).text().toLowerCase(Locale.ROOT);
    boolean two = before.equals("two") && n > 0 && lower(tokens, n - 1).matches("the|these|those");
    return two || before.equals("both") ? Optional.of(kind) : Optional.empty();
  }

  /** Whether {@code t} is the "two" of "the two" right before a verb ("the two agreed"). */
  private static boolean bareTwo(List<Token> tokens, int t) {
    return t > 0
        && t + 1 < tokens.size()
        && lower(tokens, t).equals("two")
        && lower(tokens, t - 1).matches("the|these|those")
        && (tokens.get(t + 1).pos().equals("VERB") || tokens.get(t + 1).pos().equals("AUX"));
  }

  /**
   * How many describing tokens may stand between "two" or "both" and the pair's noun: "nuclear -
   * armed" is three.
   */
  private static final int DESCRIBING = 4;

  /** An adjective ("Gulf", "East African" as the tagger reads them) or a hyphen between two. */
  private static boolean describing(Token t) {
    return t.pos().equals("ADJ") || t.pos().equals("PROPN") || t.text().equals("-");
  }

  /** {@code the two sides}, {@code both governments}: a whole phrase that is a pair phrase. */
  private static final Pattern PHRASE =
      Pattern.compile("(?:(?:the|these|those)\\s+two|both)\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE);

  /** The kind a whole phrase ("the two countries", "Both sides") stands for, if it is a pair. */
  static Optional<String> kindOf(String phrase) {
    java.util.regex.Matcher m = PHRASE.matcher(phrase.strip());
    return m.matches()
        ? Optional.ofNullable(NOUNS.get(m.group(1).toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  /** Whether a sentence holds a pair phrase. */
  static boolean anyIn(List<Token> tokens) {
    for (int t = 1; t < tokens.size(); t++) {
      if (kindAt(tokens, t).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The two actors of {@code kind} the article named together last before {@code offset}, passing
   * over pairs with an actor of {@code excluded} (the subject of the clause that says "both sides":
   * {@code A and B urged both sides} means two others).
   */
  static List<Entity> before(
      ResolvedArticle article, int offset, String kind, Set<Entity> excluded) {
    List<Located> all = article.located();
    String body = article.annotated().article().body();
    int between = sidesNamedAt(article, offset);
    int k = all.size() - 1;
    while (k >= 0 && all.get(k).mention().span().end() > offset) {
      k--;
    }
    for (; k >= 1; k--) {
      Located b = all.get(k);
      Located a = all.get(k - 1);
      if (a.mention().span().start() < between) {
        // "C, which mediated a deal between the government and the rebels, urged both sides":
        // the sides are those the sentence named, actors or not
        return List.of();
      }
      if (offset - b.mention().span().end() > REACH) {
        break;
      }
      int gapStart = a.mention().span().end();
      int gapEnd = b.mention().span().start();
      if (gapStart <= gapEnd
          && fits(a.entity(), kind)
          && fits(b.entity(), kind)
          && (a.entity().type() == b.entity().type() || kind.equals("any") && noPerson(a, b))
          && !a.entity().equals(b.entity())
          && !excluded.contains(a.entity())
          && !excluded.contains(b.entity())
          && TOGETHER.matcher(body.substring(gapStart, gapEnd)).matches()) {
        return List.of(a.entity(), b.entity());
      }
    }
    return previousSentence(article, offset, kind, excluded);
  }

  /**
   * Where the "between" that names the sides of something ("between A and B") stands in the
   * sentence of {@code offset}, before it: its character offset, or -1 when the sentence has none
   * with an "and" after it before {@code offset}.
   */
  private static int sidesNamedAt(ResolvedArticle article, int offset) {
    Optional<Sentence> sentence = article.annotated().sentenceOf(new CharSpan(offset, offset));
    int at = -1;
    boolean joined = false;
    for (Token t : sentence.map(Sentence::tokens).orElse(List.of())) {
      if (t.span().end() > offset) {
        break;
      }
      if (t.text().equalsIgnoreCase("between")) {
        at = t.span().start();
        joined = false;
      } else if (t.text().equalsIgnoreCase("and")) {
        joined = true;
      }
    }
    // "between the two countries": the pair phrase itself, which names no other sides
    return joined ? at : -1;
  }

  /**
   * {@code A signed a pact with B. The two countries ...}, {@code A's prime minister met B's prime
   * minister. The two leaders ...}: with no pair named together, the two actors of {@code kind}
   * that the sentence before the phrase (and the phrase's own sentence before it) names, when it
   * names exactly two; for leaders named only by their states' titles ("A's prime minister"), the
   * two states; for "both sides" and other pairs of any kind, the two persons or else the two
   * countries among more ({@code A's President Doe met B's Prime Minister Roe. Both sides ...});
   * but when the sentence before names two sides after its "between", those two ({@link
   * #namedBetween}).
   */
  private static List<Entity> previousSentence(
      ResolvedArticle article, int offset, String kind, Set<Entity> excluded) {
    List<Sentence> sentences = article.annotated().sentences();
    int i = 0;
    while (i < sentences.size() && sentences.get(i).span().end() <= offset) {
      i++;
    }
    if (i >= sentences.size()) {
      return List.of();
    }
    // in the article's first sentence, only what it names before the phrase
    int from = sentences.get(Math.max(0, i - 1)).span().start();
    List<Entity> between =
        i > 0 ? namedBetween(article, sentences.get(i - 1), kind, excluded) : List.of();
    if (!between.isEmpty()) {
      return between;
    }
    Set<Entity> fitting = new LinkedHashSet<>();
    Set<Entity> states = new LinkedHashSet<>();
    for (Located l : article.located()) {
      CharSpan span = l.mention().span();
      Entity e = l.entity();
      if (span.start() < from || span.end() > offset || excluded.contains(e)) {
        continue;
      }
      if (fits(e, kind)) {
        fitting.add(e);
      }
      if (e.type() == EntityType.COUNTRY && possessive(article, span)) {
        states.add(e);
      }
    }
    if (fitting.size() == 2) {
      return List.copyOf(fitting);
    }
    if (kind.equals("any")) {
      // "A's president met B's prime minister. Both sides agreed ...": the two leaders who met, or
      // else the two states, when the sentences name two of one type (and their states or leaders)
      for (EntityType type : List.of(EntityType.PERSON, EntityType.COUNTRY)) {
        List<Entity> ofType = fitting.stream().filter(e -> e.type() == type).toList();
        if (ofType.size() == 2) {
          return ofType;
        }
      }
    }
    return kind.equals("person") && fitting.isEmpty() && states.size() == 2
        ? List.copyOf(states)
        : List.of();
  }

  /**
   * {@code C hosted talks between the Freedonian government and the Northern Front. The two sides
   * agreed ...}: the two actors of {@code kind} named after the sentence's "between" within {@value
   * #BETWEEN_REACH} tokens, when there are exactly two; the host is no side.
   */
  private static List<Entity> namedBetween(
      ResolvedArticle article, Sentence sentence, String kind, Set<Entity> excluded) {
    List<Token> tokens = sentence.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      if (!tokens.get(t).text().equalsIgnoreCase("between")) {
        continue;
      }
      int end = tokens.get(Math.min(tokens.size() - 1, t + BETWEEN_REACH)).span().end();
      int start = tokens.get(t).span().end();
      Set<Entity> named = new LinkedHashSet<>();
      for (Located l : article.located()) {
        CharSpan span = l.mention().span();
        if (span.start() >= start
            && span.end() <= end
            && fits(l.entity(), kind)
            && !excluded.contains(l.entity())) {
          named.add(l.entity());
        }
      }
      return named.size() == 2 ? List.copyOf(named) : List.of();
    }
    return List.of();
  }

  /** How many tokens after "between" its two sides may take ("the Freedonian government and"). */
  private static final int BETWEEN_REACH = 8;

  /** Whether the mention is a possessive ("Freedonia's" prime minister). */
  private static boolean possessive(ResolvedArticle article, CharSpan span) {
    String body = article.annotated().article().body();
    return body.startsWith("'s", span.end()) || body.startsWith("’s", span.end());
  }

  /** A state and an armed group may be "the two sides"; a person and a state named together not. */
  private static boolean noPerson(Located a, Located b) {
    return a.entity().type() != EntityType.PERSON && b.entity().type() != EntityType.PERSON;
  }

  private static boolean fits(Entity e, String kind) {
    return switch (kind) {
      case "country" -> e.type() == EntityType.COUNTRY;
      case "person" -> e.type() == EntityType.PERSON;
      default ->
          e.type() == EntityType.COUNTRY
              || e.type() == EntityType.PERSON
              || e.type() == EntityType.ORGANISATION;
    };
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
