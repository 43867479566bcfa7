package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;

/**
 * Finds organisations introduced by their kind: a lower-case noun of {@code organisation_kinds.txt}
 * right before one to three capitalised words ({@code German carmaker Volkswagen}, {@code Swiss
 * bank UBS}, {@code the militant group Hamas}), or in apposition after them ({@code Volkswagen, the
 * German carmaker,}, {@code the CGT, Argentina's largest labour federation,}); a part of an
 * organisation ({@code organisation_part_kinds.txt}) in apposition ({@code Aster Defense, the
 * defence unit of Aster Industries}) or before "of" ({@code a subsidiary of Aster Holdings}); and
 * the name that opens a sentence whose closing attribution is a kind of company speaking for itself
 * ({@code Asterwerk will cut 3,000 jobs, the Freedonian carmaker said}).
 *
 * <p>Design decision: a name that begins with a known given name is left alone ({@code the firm
 * Jane Doe founded} names a person after the kind), as is a name the gazetteer knows as a person,
 * country or place.
 */
public final class KindNameFinder implements MentionFinder {

  /** Digits, then capitals and digits: "11J", "3M". */
  private static final Pattern DIGITS_AND_CAPITALS =
      Pattern.compile("\\p{N}+\\p{Lu}[\\p{Lu}\\p{N}]*");

  private static final Set<String> KINDS = Set.copyOf(WordList.read("organisation_kinds.txt"));
  private static final Set<String> PARTS = Set.copyOf(WordList.read("organisation_part_kinds.txt"));

  /** What may follow the kind of an apposition: its end, or the words that continue it. */
  private static final Set<String> AFTER_APPOSITION =
      Set.of(",", ".", ";", ")", "of", "in", "that", "which", "based", "owned", "controlled");

  /** The verbs of a closing attribution: {@code ..., the carmaker said.} */
  private static final Set<String> ATTRIBUTION_VERBS =
      Set.of("said", "says", "added", "announced", "confirmed", "told", "stated");

  /**
   * Kinds that report on others rather than speak for the sentence's subject ({@code Doe resigned,
   * the newspaper reported}; {@code Asterwerk must pay a fine, the regulator said}).
   */
  private static final Set<String> REPORTING_KINDS =
      Set.of("newspaper", "outlet", "agency", "broadcaster", "publisher", "regulator", "watchdog");

  private static final int MAX_MODIFIERS = 3;
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

  /**
   * Whether a kind of organisation ends at token {@code k}: one word, or a hyphenated one the
   * tokenizer split into three ("start", "-", "up").
   */
  private static boolean kindEndsAt(List<Token> tokens, int k) {
    String word = tokens.get(k).text();
    return KINDS.contains(word)
        || k >= 2
            && tokens.get(k - 1).text().equals("-")
            && KINDS.contains(tokens.get(k - 2).text() + "-" + word);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        if (!kindEndsAt(tokens, k) || !nameWord(tokens.get(k + 1))) {
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
        if (add(article, s, found, k + 1, end)) {
          k = end - 1;
        }
      }
      appositions(article, s, found);
      attributedSubject(article, s, found);
    }
    return found;
  }

  /**
   * {@code Asterwerk will cut 3,000 jobs, the Freedonian carmaker said.}: one to {@value
   * #MAX_NAME_WORDS} capitalised words open the sentence and a verb follows them, and the
   * sentence's last comma opens an attribution to a kind of organisation (after "the" or an owner's
   * possessive and at most {@value #MAX_MODIFIERS} modifiers). A company announcing its own news is
   * named as the subject and described in the attribution, as wire news writes it. A name the
   * article also writes after a given name or a title ({@code John Roe ... Roe will step down, the
   * company said}) is a person and is left alone, as are kinds that report on others ({@link
   * #REPORTING_KINDS}).
   */
  private void attributedSubject(AnnotatedArticle article, Sentence s, List<Mention> found) {
    List<Token> tokens = s.tokens();
    int end = 0;
    while (end < tokens.size()
        && end < MAX_NAME_WORDS
        && (nameWord(tokens.get(end)) || end > 0 && attached(tokens, end))) {
      end++;
    }
    if (end == 0
        || end >= tokens.size()
        || !tokens.get(end).pos().matches("VERB|AUX")
        || tokens.get(0).pos().equals("DET")) {
      return;
    }
    int comma = -1;
    for (int i = tokens.size() - 1; i > end; i--) {
      if (tokens.get(i).text().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0
        || comma + 3 >= tokens.size()
        || tokens.get(comma + 1).text().matches("(?i)a|an")) {
      return;
    }
    int opened = openerEnd(tokens, comma + 1);
    int kind = opened < 0 ? -1 : kindBefore(tokens, opened, ATTRIBUTION_VERBS);
    if (kind < 0
        || REPORTING_KINDS.contains(tokens.get(kind).text())
        || PARTS.contains(tokens.get(kind).text())
        || writtenAsPerson(article, tokens.get(0).text())) {
      return;
    }
    addDescribed(article, s, found, 0, end);
  }

  /**
   * Whether the article writes {@code word} after a given name or a title ("John Roe", "Mr Roe"),
   * as a person's surname.
   */
  private boolean writtenAsPerson(AnnotatedArticle article, String word) {
    return writtenAsPerson(article, word, givenNames, gazetteer);
  }

  /**
   * Whether {@code article} writes {@code word} after one of {@code givenNames} or a title of the
   * gazetteer ("John Roe", "Mr Roe"), as a person's surname.
   */
  static boolean writtenAsPerson(
      AnnotatedArticle article, String word, Set<String> givenNames, Gazetteer gazetteer) {
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k < tokens.size(); k++) {
        String before = tokens.get(k - 1).text();
        if (tokens.get(k).text().equals(word)
            && (givenNames.contains(before) || gazetteer.title(before).isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code Aster Motors, the Freedonian carmaker,} and {@code Aster Defense, the defence unit of
   * Aster Industries}: a name set off by a comma and a kind of organisation (or of a part of one)
   * after an article and at most {@value #MAX_MODIFIERS} modifiers; and {@code a subsidiary of
   * Aster Holdings}: a name after a part's kind and "of".
   */
  private void appositions(AnnotatedArticle article, Sentence s, List<Mention> found) {
    List<Token> tokens = s.tokens();
    for (int c = 1; c + 2 < tokens.size(); c++) {
      String w = tokens.get(c).text();
      int opened = w.equals(",") ? openerEnd(tokens, c + 1) : -1;
      if (opened >= 0) {
        int kind = kindAfter(tokens, opened);
        if (kind >= 0) {
          int start = c;
          while (start > 0 && c - start < MAX_NAME_WORDS && nameWord(tokens.get(start - 1))) {
            start--;
          }
          boolean bounded = start < c && (start == 0 || !nameWord(tokens.get(start - 1)));
          if (bounded && start < c - 1 && tokens.get(start).pos().equals("DET")) {
            start++; // "The CGT, Argentina's largest labour federation,": the article is no name
          }
          if (bounded) {
            addDescribed(article, s, found, start, c);
          }
        }
      } else if (PARTS.contains(w.toLowerCase(Locale.ROOT))
          && tokens.get(c + 1).text().equals("of")) {
        int first = tokens.get(c + 2).text().equalsIgnoreCase("the") ? c + 3 : c + 2;
        int end = first;
        while (end < tokens.size()
            && end - first < MAX_NAME_WORDS + 1
            && (nameWord(tokens.get(end)) || end > first && attached(tokens, end))) {
          end++;
        }
        if (end > first && (end == tokens.size() || !nameWord(tokens.get(end)))) {
          add(article, s, found, first, end);
        }
      }
    }
  }

  /**
   * Where the words of an apposition's kind begin after its opener at {@code i}: an article ({@code
   * , the Freedonian carmaker,}) or an owner's possessive ({@code , Freedonia's largest union,});
   * -1 when neither opens it.
   */
  private static int openerEnd(List<Token> tokens, int i) {
    if (tokens.get(i).text().matches("(?i)the|a|an")) {
      return i + 1;
    }
    boolean owner = Character.isUpperCase(tokens.get(i).text().charAt(0));
    return owner && i + 2 < tokens.size() && possessive(tokens.get(i + 1)) ? i + 2 : -1;
  }

  private static boolean possessive(Token t) {
    return t.text().equals("'s") || t.text().equals("’s");
  }

  /** The kind's token of an apposition ({@link #kindBefore} the apposition's end), else -1. */
  private static int kindAfter(List<Token> tokens, int from) {
    return kindBefore(tokens, from, AFTER_APPOSITION);
  }

  /**
   * The kind's token when one follows the opener at {@code from}, after at most {@value
   * #MAX_MODIFIERS} modifiers (hyphens between their parts and a possessive's "'s" not counted:
   * "state-owned", "the country's largest union"), and one of {@code next} (in lower case) follows
   * the kind; else -1.
   */
  private static int kindBefore(List<Token> tokens, int from, Set<String> next) {
    int words = 0;
    for (int i = from; i < tokens.size() - 1 && words <= MAX_MODIFIERS; i++) {
      String w = tokens.get(i).text();
      if (w.equals("-") || possessive(tokens.get(i))) {
        continue;
      }
      words++;
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.equals(lower) && (KINDS.contains(lower) || PARTS.contains(lower))) {
        return next.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)) ? i : -1;
      }
      String pos = tokens.get(i).pos();
      boolean participle = pos.equals("VERB") && (lower.endsWith("ing") || lower.endsWith("ed"));
      boolean compound = tokens.get(i - 1).text().equals("-"); // "state-run"
      if (!Character.isLetter(w.charAt(0))
          || pos.matches("VERB|AUX|DET|ADP|PRON|PART|CCONJ|SCONJ|NUM")
              && !participle
              && !compound) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Adds the name of tokens {@code start} (inclusive) to {@code end}, which an apposition or an
   * attribution describes as a kind of organisation, as an organisation: as {@link #add}, but a
   * given name alone ({@code Vale, the Brazilian miner,}; {@code Dell cut jobs, the computer maker
   * said}) is a company named after its founder or a word, since news introduces a person by the
   * full name, unless the article writes the word after a given name or a title.
   */
  private boolean addDescribed(
      AnnotatedArticle article, Sentence s, List<Mention> found, int start, int end) {
    String first = s.tokens().get(start).text();
    if (end - start == 1 && givenNames.contains(first) && !writtenAsPerson(article, first)) {
      return addName(article, s, found, start, end);
    }
    return add(article, s, found, start, end);
  }

  /**
   * Adds the name of tokens {@code start} (inclusive) to {@code end} as an organisation, unless it
   * begins with a given name, the gazetteer knows it as something else, or it overlaps a mention
   * found already; whether it was added.
   */
  private boolean add(
      AnnotatedArticle article, Sentence s, List<Mention> found, int start, int end) {
    return !givenNames.contains(s.tokens().get(start).text())
        && addName(article, s, found, start, end);
  }

  /**
   * Adds the name of tokens {@code start} (inclusive) to {@code end} as an organisation, unless the
   * gazetteer knows it as something else or it overlaps a mention found already.
   */
  private boolean addName(
      AnnotatedArticle article, Sentence s, List<Mention> found, int start, int end) {
    List<Token> tokens = s.tokens();
    CharSpan span =
        new CharSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    String text = span.of(article.body());
    if (gazetteer.knowsAsOther(text, EntityType.ORGANISATION)
        || found.stream().anyMatch(m -> m.span().overlaps(span))) {
      return false;
    }
    found.add(organisation(article, s, span));
    return true;
  }

  private static Mention organisation(AnnotatedArticle article, Sentence s, CharSpan span) {
    return Mention.unkeyed(
        span, article.body(), EntityType.ORGANISATION, s.index(), "rule:kind", CONFIDENCE);
  }

  /** A piece of the name the tokenizer split off with no space ("NDF-" "R"). */
  private static boolean attached(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.span().start() != tokens.get(i - 1).span().end()) {
      return false;
    }
    if (t.text().equals("-")) {
      // "NDF-R", split in three: a hyphen glued to the words on both sides
      return i + 1 < tokens.size() && tokens.get(i + 1).span().start() == t.span().end();
    }
    return t.text().chars().anyMatch(Character::isLetterOrDigit)
        && !t.text().equals("'s")
        && !t.text().equals("’s");
  }

  /**
   * A capitalised word or an acronym ("Volkswagen", "UBS", "M23"), or digits and capitals ("11J" of
   * "the rights group Justa 11J", "3M"), not a stop name or title.
   */
  private boolean nameWord(Token t) {
    String w = t.text();
    return w.length() >= 2
        && (Character.isUpperCase(w.charAt(0)) || DIGITS_AND_CAPITALS.matcher(w).matches())
        && !w.toLowerCase(Locale.ROOT).equals(w)
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty();
  }
}
