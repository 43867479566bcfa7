package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;

/**
 * Finds the company that opens a sentence and speaks of itself as "it": {@code Asterwerk said on
 * Thursday it would cut 3,000 jobs}, {@code Freedonia's Asterwerk said its profit fell}. Wire news
 * writes a company's own announcement so, and a person's as "he" or "she"; the statistical finder
 * misses such a name or reads it as a person.
 *
 * <p>Design decision: the name is one to {@value #MAX_NAME_WORDS} proper nouns that open the
 * sentence, or follow a country's possessive that opens it; "said" or "says" follows, then at most
 * {@value #MAX_GAP} words of time or manner ("on Thursday", "in a statement that"), then "its", or
 * "it" and a verb other than a copula ("it was time" is no company's). A name that begins with a
 * given name, that the gazetteer knows as something else ("China said it would"), or that the
 * article writes after a given name or a title (a person's surname: "Jane Roe ... Roe said it
 * would") is left alone.
 *
 * <p>A name that opens a sentence and acts on "its" own things with a verb of a company's business
 * ({@code own_business_verbs.txt}: {@code Asterwerk raised its forecast}, {@code Asterwerk will
 * sell its mines}, {@code Asterwerk cut 10 percent of its workforce}) is a company as well: a
 * person acts so on "his" or "her", and verbs of one actor acting on another, whose "its" is often
 * the other's, are not in the list. A given name may open such a name ("Morgan Stanley raised its
 * forecast"): the grammar, not the word, tells the company, and a surname the article writes after
 * a given name is still left alone. A name's later words may be capitalised adjectives or nouns
 * ("Anglo American").
 *
 * <p>After a country's possessive, a name that reports or does its business in a sentence about a
 * company's shares or results ({@code company_words.txt}) is a company too: {@code Freedonia's
 * Asterwerk posted a rise in profit}. A leader after the possessive ("Freedonia's Roe cut
 * spending") is written with no such word.
 *
 * <p>Wherever the name stands, its shares moving ({@code price_moves.txt}: {@code Asterwerk shares
 * rose 5 percent}) or its report of a result as the object of "reported" or "posted" ({@code
 * Asterwerk reported higher quarterly profit}) makes it a company: a person "shares" a view, and
 * reports "that" a firm's profit fell. After a country's possessive, buying, selling, opening or
 * closing a firm or a site of one ({@code company_assets.txt}: {@code Freedonia's Asterwerk will
 * buy a software maker}) does so too.
 */
public final class SelfReferenceNameFinder implements MentionFinder {

  /** The finder name of its mentions: a company by its own words, whatever its name ends in. */
  public static final String FINDER = "rule:it";

  private static final Set<String> SAY = Set.of("said", "says");
  private static final Set<String> COPULAS = Set.of("is", "was", "'s", "’s", "seems", "seemed");
  private static final Set<String> GAP_TAGS =
      Set.of("ADP", "DET", "NOUN", "ADJ", "ADV", "NUM", "SCONJ");
  private static final Set<String> OWN_BUSINESS_VERBS =
      Set.copyOf(WordList.read("own_business_verbs.txt"));
  private static final Set<String> COMPANY_WORDS = Set.copyOf(WordList.read("company_words.txt"));
  private static final Set<String> REPORTING = Set.of("post", "report");
  private static final Set<String> MODALS =
      Set.of("will", "would", "could", "may", "might", "can", "should", "has", "have", "had");
  private static final Set<String> PARTICLES = Set.of("up", "down", "back", "off", "out");
  private static final Set<String> STOCK = Set.of("shares", "stock");
  private static final Set<String> PRICE_MOVES = Set.copyOf(WordList.read("price_moves.txt"));
  private static final Set<String> OBJECT_ENDS =
      Set.of("PUNCT", "PRON", "AUX", "SCONJ", "CCONJ", "PART");
  private static final int MAX_OBJECT = 8;
  private static final Set<String> REPORTED_RESULTS =
      Set.copyOf(WordList.read("reported_results.txt"));
  private static final Set<String> OBJECT_WORDS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");
  private static final Set<String> COMPANY_ASSETS = Set.copyOf(WordList.read("company_assets.txt"));
  private static final Set<String> SHARE_WORDS = Set.of("percent", "%", "pct");
  private static final int MAX_NAME_WORDS = 3;
  private static final int MAX_GAP = 5;
  private static final double CONFIDENCE = 0.7;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public SelfReferenceNameFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      int start = afterOwner(tokens);
      int end = start;
      while (end < tokens.size()
          && end - start < MAX_NAME_WORDS
          && (nameWord(tokens.get(end)) || end > start && innerWord(tokens.get(end)))) {
        end++;
      }
      if (end == start || end >= tokens.size()) {
        continue;
      }
      boolean given = givenNames.contains(tokens.get(start).text());
      boolean itself =
          SAY.contains(tokens.get(end).text())
              ? speaksOfItself(tokens, end + 1) && !given
              : actsOnItsOwn(tokens, end)
                  || sharesMoved(tokens, end)
                  || !given
                      && (start > 0
                              && (reportsItsResults(tokens, end) || tradesInFirms(tokens, end))
                          || reportsResultsOf(tokens, end));
      if (!itself) {
        continue;
      }
      CharSpan span =
          new CharSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
      String text = span.of(article.body());
      if (!gazetteer.knowsAsOther(text, EntityType.ORGANISATION)
          && !writtenAsPerson(article, s, end - 1)) {
        found.add(
            Mention.unkeyed(
                span, article.body(), EntityType.ORGANISATION, s.index(), FINDER, CONFIDENCE));
      }
    }
    return found;
  }

  /**
   * Where the name begins: after a country's name and its possessive that open the sentence
   * ("Freedonia's Asterwerk"), else at the sentence's first token.
   */
  private int afterOwner(List<Token> tokens) {
    List<String> words = tokens.stream().map(Token::text).toList();
    for (int p = 1; p <= MAX_NAME_WORDS && p < words.size(); p++) {
      if (TypeCues.isPossessive(words.get(p))) {
        return gazetteer.countryEndsAt(words, p) ? p + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * Whether the reported clause from token {@code from} opens, after at most {@value #MAX_GAP}
   * words of time or manner, with "its", or "it" and a verb that is no copula.
   */
  private boolean speaksOfItself(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i <= from + MAX_GAP; i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("its")) {
        return true;
      }
      if (w.equals("it")) {
        return i + 1 < tokens.size()
            && tokens.get(i + 1).pos().matches("VERB|AUX")
            && !COPULAS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
      }
      boolean weekday = t.pos().equals("PROPN") && gazetteer.isStopName(t.text());
      if (!GAP_TAGS.contains(t.pos()) && !weekday) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the article writes the name's last word, token {@code last} of {@code own}, after a
   * given name or a title elsewhere than in the name itself ("Morgan Stanley" does not make
   * "Stanley" a surname): a person's surname.
   */
  private boolean writtenAsPerson(AnnotatedArticle article, Sentence own, int last) {
    String word = own.tokens().get(last).text();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k < tokens.size(); k++) {
        String before = tokens.get(k - 1).text();
        if (tokens.get(k).text().equals(word)
            && !(s.index() == own.index() && k == last)
            && (givenNames.contains(before) || gazetteer.title(before).isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the clause from token {@code from} acts on the name's own things: an optional modal or
   * auxiliary of tense, a verb of {@code own_business_verbs.txt}, an optional particle, then "its",
   * or a share of it ("10 percent of its").
   */
  private static boolean actsOnItsOwn(List<Token> tokens, int from) {
    int i = afterVerb(tokens, from, OWN_BUSINESS_VERBS::contains);
    if (i < 0) {
      return false;
    }
    if (i < tokens.size() && PARTICLES.contains(tokens.get(i).text())) {
      i++;
    }
    if (i + 3 < tokens.size()
        && tokens.get(i).pos().equals("NUM")
        && SHARE_WORDS.contains(tokens.get(i + 1).text())
        && tokens.get(i + 2).text().equals("of")) {
      i += 3;
    }
    return i < tokens.size() && tokens.get(i).text().equals("its");
  }

  /**
   * Whether the clause from token {@code from} opens with a verb of a company's business or of
   * reporting ("posted", "reported") in a sentence that speaks of a company's shares or results
   * ({@code company_words.txt}: "Freedonia's Asterwerk posted a rise in profit").
   */
  private static boolean reportsItsResults(List<Token> tokens, int from) {
    if (afterVerb(tokens, from, v -> OWN_BUSINESS_VERBS.contains(v) || REPORTING.contains(v)) < 0) {
      return false;
    }
    for (Token t : tokens) {
      if (COMPANY_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause from token {@code from} opens with the name's "shares" or "stock" and a verb
   * of a price moving ({@code price_moves.txt}: "Asterwerk shares rose 5 percent"); a person
   * "shares" a thing ("Roe shares the concern").
   */
  private static boolean sharesMoved(List<Token> tokens, int from) {
    return from + 1 < tokens.size()
        && STOCK.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
        && PRICE_MOVES.contains(tokens.get(from + 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the clause from token {@code from} reports ("posted", "reported") a company's result as
   * its object ({@code company_words.txt}, {@code reported_results.txt}: "Asterwerk reported higher
   * quarterly profit", "Asterwerk posted a net loss", "Asterwerk posted a 20 percent rise in
   * revenue"): the object runs at most {@value #MAX_OBJECT} words, up to a clause's punctuation,
   * pronoun, auxiliary or conjunction ("Roe reported that the firm's profit fell" is a person's
   * report).
   */
  private static boolean reportsResultsOf(List<Token> tokens, int from) {
    int i = afterVerb(tokens, from, REPORTING::contains) - 1;
    if (i < 0) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + MAX_OBJECT; k++) {
      Token t = tokens.get(k);
      if (OBJECT_ENDS.contains(t.pos())) {
        return false;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (COMPANY_WORDS.contains(w) || REPORTED_RESULTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause from token {@code from} does a company's business ({@code
   * own_business_verbs.txt}) to a firm or a site of one ({@code company_assets.txt}: "will buy a
   * software maker", "will open a new cement plant"), the object's head being its last noun within
   * {@value #MAX_OBJECT} words. A state's firm ("will sell the state airline") is a government's.
   */
  private static boolean tradesInFirms(List<Token> tokens, int from) {
    int i = afterVerb(tokens, from, OWN_BUSINESS_VERBS::contains) - 1;
    if (i < 0) {
      return false;
    }
    String head = "";
    for (int k = i + 1; k < tokens.size() && k <= i + MAX_OBJECT; k++) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.startsWith("state") || w.equals("public")) {
        return false;
      }
      if (!OBJECT_WORDS.contains(t.pos())) {
        break;
      }
      if (t.pos().equals("NOUN")) {
        head = w;
      } else if (!head.isEmpty()) {
        break;
      }
    }
    return COMPANY_ASSETS.contains(head);
  }

  /**
   * The token after a verb whose lemma {@code lemmas} accepts at {@code from}, after an optional
   * modal or auxiliary of tense; -1 when none stands there.
   */
  private static int afterVerb(List<Token> tokens, int from, Predicate<String> lemmas) {
    int i = from;
    if (i < tokens.size() && MODALS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      i++;
    }
    if (i >= tokens.size()
        || !tokens.get(i).pos().equals("VERB")
        || !lemmas.test(lemma(tokens.get(i)))) {
      return -1;
    }
    return i + 1;
  }

  private static String lemma(Token t) {
    return (t.lemma().equals("O") ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /**
   * A capitalised adjective or noun after a name's first word ("Anglo American"): the tagger reads
   * a name's later words so as often as a proper noun.
   */
  private boolean innerWord(Token t) {
    return t.isCapitalised()
        && t.pos().matches("ADJ|NOUN")
        && !gazetteer.isStopName(t.text())
        && gazetteer.title(t.text()).isEmpty();
  }

  /** A proper noun or an acronym, not a stop name or a title. */
  private boolean nameWord(Token t) {
    String w = t.text();
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && t.pos().equals("PROPN")
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }
}
