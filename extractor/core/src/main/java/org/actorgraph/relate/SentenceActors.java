package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * One sentence with the entity mentions in it, and helpers that relation rules share: which token a
 * mention starts or ends at, and whether a stretch of tokens is negated or hypothetical.
 */
record SentenceActors(Sentence sentence, List<Located> mentions) {

  /** Words that make what follows them negated or only possible. */
  private static final Set<String> DOUBT =
      Set.of("not", "n't", "never", "no", "could", "might", "may", "should");

  /** How many tokens before a word {@link #doubted} and {@link #negatedOrHypothetical} look at. */
  private static final int DOUBT_REACH = 4;

  static SentenceActors of(ResolvedArticle article, Sentence sentence) {
    return new SentenceActors(sentence, article.mentionsWithin(sentence.span()));
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  int firstToken(Located l) {
    return sentence.tokenAt(l.mention().span().start());
  }

  int lastToken(Located l) {
    int end = l.mention().span().end();
    int i = firstToken(l);
    while (i + 1 < tokens().size() && tokens().get(i + 1).span().start() < end) {
      i++;
    }
    return i;
  }

  /** The mention of a {@code type} entity whose first token is {@code token}. */
  Optional<Located> startingAt(int token, EntityType type) {
    return mentions.stream()
        .filter(l -> l.entity().type() == type && firstToken(l) == token)
        .findFirst();
  }

  /** The mention of a {@code type} entity whose last token is {@code token}. */
  Optional<Located> endingAt(int token, EntityType type) {
    return mentions.stream()
        .filter(l -> l.entity().type() == type && lastToken(l) == token)
        .findFirst();
  }

  static boolean isActor(Located l) {
    return l.entity().type() != EntityType.PLACE;
  }

  /**
   * Verbs that refuse: Oxford Learner's refuse "to say that you will not do something that somebody
   * has asked you to do", decline "to refuse politely to accept or to do something".
   */
  private static final Set<String> REJECTION =
      Set.of(
          "refuse",
          "refuses",
          "refused",
          "refusing",
          "decline",
          "declines",
          "declined",
          "declining");

  /**
   * Verbs of refusal or failure whose "to" infinitive is an act not done: "refused to attend",
   * "declined to meet", "failed to arrest" (the verbs of {@link #REJECTION}, and Oxford Learner's
   * fail: to not do something).
   */
  private static final Set<String> REFUSAL =
      Stream.concat(REJECTION.stream(), Stream.of("fail", "fails", "failed", "failing"))
          .collect(Collectors.toUnmodifiableSet());

  /** A word of letters and hyphens: what may stand between a verb of refusal and its act. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

  /** Words that open another clause, whose act a refusal before them does not reach. */
  private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "or", "yet", "then");

  /**
   * Whether a verb of refusal or failure and its "to" stand among the few tokens before {@code i}
   * with only words between ("refused to attend", "declined to hold talks"; not "declined to
   * comment, met" nor "declined to comment but met").
   */
  private static boolean refused(List<Token> tokens, int i) {
    return refusalBefore(tokens, i, REFUSAL) >= 0;
  }

  /**
   * The verb of {@code verbs} whose "to" stands among the few tokens before {@code i} with only
   * words between, as {@link #refused} reads it; -1 when there is none.
   */
  private static int refusalBefore(List<Token> tokens, int i, Set<String> verbs) {
    for (int j = i - 2; j >= Math.max(0, i - DOUBT_REACH); j--) {
      String between = tokens.get(j + 1).text();
      if (!WORD.matcher(between).matches()
          || CLAUSE_LINKS.contains(between.toLowerCase(java.util.Locale.ROOT))) {
        return -1;
      }
      if (tokens.get(j + 1).text().equalsIgnoreCase("to")
          && verbs.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The verb of refusal, stated as done, whose act at {@code i} the subject refuses: "refused to
   * meet B", "declined to receive B" (not "failed to", an act not done but not refused; not "did
   * not refuse to"); -1 when there is none.
   */
  int rejectionBefore(int i) {
    int v = refusalBefore(tokens(), i, REJECTION);
    return v >= 0 && !negatedOrHypothetical(v) ? v : -1;
  }

  /**
   * Whether a negation or a modal of possibility stands among the few tokens before {@code i}, or a
   * verb of refusal or failure right before its "to" ("refused to attend", "failed to arrest").
   */
  static boolean doubted(List<Token> tokens, int i) {
    if (refused(tokens, i)) {
      return true;
    }
    for (int j = Math.max(0, i - DOUBT_REACH); j < i; j++) {
      if (DOUBT.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation or a hypothetical ({@link #doubted}, "if", or a "would" that is not the
   * future of a report) stands among the few tokens before {@code i}.
   */
  boolean negatedOrHypothetical(int i) {
    if (doubted(tokens(), i)) {
      return true;
    }
    for (int j = Math.max(0, i - DOUBT_REACH); j < i; j++) {
      String w = tokens().get(j).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("if") || w.equals("would") && !reportedFuture(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code A said it would send aid to B}: "would" after a verb of speech earlier in the sentence
   * is the future of what was said, no hypothesis; a condition anywhere in the sentence ("if",
   * "unless": {@code A said it would attack B if provoked}) still makes one.
   */
  private boolean reportedFuture(int would) {
    for (Token t : tokens()) {
      if (t.text().equalsIgnoreCase("if") || t.text().equalsIgnoreCase("unless")) {
        return false;
      }
    }
    for (int k = 0; k < would; k++) {
      if (ReportedQuotes.SPEECH.contains(tokens().get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  Evidence evidence() {
    return new Evidence(sentence.index(), sentence.span());
  }
}
