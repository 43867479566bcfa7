package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.AgreementNames;
import org.actorgraph.text.CharSpan;

/**
 * The phrases of a sentence that name or describe an agreement: a proper name ({@link
 * AgreementNames}: "the Port Aster Accord", "the Treaty of Port Aster", "the Port Aster accords"
 * when Port Aster is no actor) or a described one ("a comprehensive strategic partnership", "two
 * memoranda of understanding", "an agreement to resume relations"). The words are data ({@code
 * agreement_heads.txt}, {@code agreement_modifiers.txt}); the verb "deal (with)" is left out.
 */
final class AgreementPhrases {

  private static final String HEADS = alternation("agreement_heads.txt");
  private static final String MODIFIERS = alternation("agreement_modifiers.txt");
  private static final Pattern DESCRIBED =
      Pattern.compile("(?i)\\b((?:(?:" + MODIFIERS + ")[\\s-]+){0,3}(?:" + HEADS + "))\\b");

  /**
   * "signed a declaration", "inked a protocol on fisheries", "the protocol signed by": a
   * declaration or protocol that is signed is an agreement (PETRARCH2 CAMEO.verbpatterns, SIGN: "%
   * * DECLARATION" and "* PROTOCOL", 057 Sign formal agreement), though either word alone is as
   * often a statement or etiquette ({@code agreement_heads.txt} leaves them out); so is a framework
   * that is signed ("signed a framework for a gas pipeline": the framework agreement of Oxford
   * Learner's Dictionary, framework, "a set of rules ... used as the basis for making judgements",
   * as "a legal framework" is none). A complement with "of" is part of the name ("a declaration of
   * principles").
   */
  private static final Pattern SIGNED =
      Pattern.compile(
          "(?i)\\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?)\\s+(?:(?:a|an|the|two|three|this|their|its)\\s+)?"
              + "((?:(?:"
              + MODIFIERS
              + ")[\\s-]+){0,3}(?:declarations?|protocols?|frameworks?)(?:\\s+of\\s+[a-z]+)?)\\b"
              + "|\\b((?:(?:"
              + MODIFIERS
              + ")[\\s-]+){0,3}(?:declarations?|protocols?|frameworks?)),?\\s+(?:(?:was|were|had been|has been)\\s+)?signed\\b");

  /** Words that mark a second agreement ("a separate fisheries deal"); kept in its name. */
  private static final Set<String> ANOTHER =
      Set.of("separate", "another", "second", "additional", "further");

  private static final Pattern HEAD = Pattern.compile("(?i)" + HEADS);

  /** PETRARCH2's &TREATY synset, whose words name agreements only. */
  private static final Pattern TREATY =
      Pattern.compile("treat(?:y|ies)|pacts?|accords?|agreements?");

  private AgreementPhrases() {}

  /** Whether a word is an agreement's head noun ("deal", "pact", "accords"). */
  static boolean isHead(String word) {
    return HEAD.matcher(word).matches();
  }

  private static String alternation(String file) {
    return String.join("|", WordLists.rawLines(file));
  }

  /** An agreement phrase; {@code proper} when it starts with an agreement's proper name. */
  record Phrase(CharSpan span, boolean proper) {}

  /**
   * The agreement phrases of a sentence, leaving out parts of organisation names and what a
   * sentence says does not exist ("no diplomatic relations", "without a treaty").
   */
  static List<Phrase> of(SentenceActors sa) {
    Sentence s = sa.sentence();
    List<CharSpan> spans = new ArrayList<>();
    int offset = s.span().start();
    Set<Integer> properStarts = new HashSet<>();
    for (AgreementNames.Name name : AgreementNames.in(s)) {
      if (name.titled()
          || sa.mentions().stream().noneMatch(l -> l.mention().span().overlaps(name.span()))) {
        spans.add(name.span());
        properStarts.add(name.span().start());
      }
    }
    Matcher described = DESCRIBED.matcher(s.text());
    while (described.find()) {
      CharSpan span =
          withNounModifiers(
              s, new CharSpan(offset + described.start(1), offset + described.end(1)));
      // "a ceasefire agreement": a head before a head is its noun modifier, and the phrase named
      // by the second takes in the first
      List<CharSpan> within = spans.stream().filter(x -> x.overlaps(span)).toList();
      boolean widens =
          within.stream().allMatch(x -> span.contains(x) && !properStarts.contains(x.start()));
      if (widens && !isVerb(s, span)) {
        spans.removeAll(within);
        spans.add(span);
      }
    }
    Matcher signed = SIGNED.matcher(s.text());
    while (signed.find()) {
      int group = signed.start(1) >= 0 ? 1 : 2;
      CharSpan span = new CharSpan(offset + signed.start(group), offset + signed.end(group));
      if (spans.stream().noneMatch(x -> x.overlaps(span))) {
        spans.add(span);
      }
    }
    // an organisation's name ("the Aster Treaty Organization", "the Aster Alliance") is no
    // agreement; an organisation inside an agreement's proper name ("the Union-Aster Partnership
    // Agreement") is its party
    spans.removeIf(
        span ->
            sa.mentions().stream()
                .anyMatch(
                    l ->
                        l.entity().type() == EntityType.ORGANISATION
                            && l.mention().span().overlaps(span)
                            && !(properStarts.contains(span.start())
                                && span.contains(l.mention().span())
                                && !span.equals(l.mention().span()))));
    spans.removeIf(span -> denied(s, span) || blocNoun(s, span));
    return joined(s, spans).stream()
        .map(span -> new Phrase(span, properStarts.contains(span.start())))
        .toList();
  }

  /**
   * {@code signed a defence pact and a trade deal}, {@code the Treaty of Alliance and an agreement
   * on the border}: the phrases that "and" adds to the phrase before them in the sentence, each
   * with an article of its own, as further members of one list. Each is an agreement of its own
   * (Oxford Learner's Dictionary: and, "used to connect words or parts of sentences"), unlike the
   * topics of one ("an agreement on trade and investment"). Only a phrase that opens with "a", "an"
   * or "another", or a proper name, and no verb or clause break between the two: "signed the deal
   * and the accord was praised" states one agreement twice, and so may "a deal, an agreement" (an
   * apposition); nor a phrase that is the subject of a clause of its own ("and a deal was signed").
   */
  static Set<CharSpan> listed(Sentence s, List<Phrase> phrases) {
    List<Phrase> sorted =
        phrases.stream().sorted(Comparator.comparingInt(p -> p.span().start())).toList();
    List<Token> tokens = s.tokens();
    Set<CharSpan> out = new HashSet<>();
    for (int i = 1; i < sorted.size(); i++) {
      int end = s.tokenAt(sorted.get(i - 1).span().end());
      Phrase phrase = sorted.get(i);
      int first = s.tokenAt(phrase.span().start());
      int last = s.tokenAt(phrase.span().end()) - 1;
      String opening = tokens.get(first).text().toLowerCase(Locale.ROOT);
      int det = opening.equals("the") ? first : first - 1;
      // "and a cultural accord": adjectives between the article and the phrase
      while (det >= end && tokens.get(det).pos().equals("ADJ")) {
        det--;
      }
      if (det <= end) {
        continue;
      }
      String article = tokens.get(det).text().toLowerCase(Locale.ROOT);
      boolean own = article.matches("an?|another") || phrase.proper() && article.equals("the");
      boolean joined = tokens.get(det - 1).text().equalsIgnoreCase("and");
      boolean subject = last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("AUX");
      boolean between = false;
      for (int k = end; k < det - 1; k++) {
        between |=
            tokens.get(k).pos().matches("VERB|AUX|PRON") || tokens.get(k).text().matches("[;:.]");
      }
      if (own && joined && !subject && !between) {
        out.add(phrase.span());
      }
    }
    return out;
  }

  /**
   * "no diplomatic relations", "without an agreement", "did not sign any agreement": a phrase the
   * sentence denies.
   */
  private static boolean denied(Sentence s, CharSpan span) {
    int first = s.tokenAt(span.start());
    for (int j = first - 1; j >= 0 && first - j <= 2; j--) {
      String w = s.tokens().get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals("no") || w.equals("without") || w.equals("any") && negated(s, j)) {
        return true;
      }
      if (!s.tokens().get(j).pos().equals("DET")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the alliance's newest member", "Sweden's bid to join the alliance": a bloc noun with only the
   * definite article, which owns something or is joined, refers back to a bloc, not to an
   * agreement. The words of PETRARCH2's &TREATY synset (treaty, pact, accord, agreement) always
   * name agreements ("join the pact"), and "a defence alliance" or "formed an alliance" is one.
   */
  private static boolean blocNoun(Sentence s, CharSpan span) {
    int first = s.tokenAt(span.start());
    List<Token> tokens = s.tokens();
    if (first == 0
        || s.tokenAt(span.end()) != first + 1
        || !tokens.get(first - 1).text().equalsIgnoreCase("the")) {
      return false;
    }
    String word = tokens.get(first).text().toLowerCase(Locale.ROOT);
    if (!MemberLists.isBlocWord(word) || TREATY.matcher(word).matches()) {
      return false;
    }
    boolean owns = first + 1 < tokens.size() && tokens.get(first + 1).text().matches("['’]s");
    boolean joined = first >= 2 && tokens.get(first - 2).lemma().equalsIgnoreCase("join");
    return owns || joined;
  }

  /** Whether "not", "n't" or "never" stands a few words before token {@code j} ("not sign any"). */
  private static boolean negated(Sentence s, int j) {
    for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
      if (s.tokens().get(k).text().toLowerCase(Locale.ROOT).matches("not|n't|never")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins two phrases linked by a preposition into one: "an agreement to resume relations", "the
   * protocol of accession".
   */
  private static List<CharSpan> joined(Sentence s, List<CharSpan> spans) {
    List<CharSpan> sorted = new ArrayList<>(spans);
    sorted.sort(CharSpan::compareTo);
    List<CharSpan> out = new ArrayList<>();
    for (CharSpan span : sorted) {
      if (!out.isEmpty()) {
        CharSpan prev = out.get(out.size() - 1);
        int from = prev.end() - s.span().start();
        int to = span.start() - s.span().start();
        if (from <= to
            && s.text().substring(from, to).matches("\\s+(to|of|on|for)(\\s+the)?\\s+")) {
          out.set(out.size() - 1, new CharSpan(prev.start(), span.end()));
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }

  /** "to deal with", "deals with": a head word used as a verb. */
  private static boolean isVerb(Sentence s, CharSpan span) {
    int last = s.tokenAt(span.end()) - 1;
    Token t = s.tokens().get(last);
    boolean withAfter =
        last + 1 < s.tokens().size() && s.tokens().get(last + 1).text().equalsIgnoreCase("with");
    boolean toBefore = last > 0 && s.tokens().get(last - 1).text().equalsIgnoreCase("to");
    return t.pos().equals("VERB") || withAfter && (toBefore || t.text().equalsIgnoreCase("deals"));
  }

  /** Whether tokens {@code from} to {@code to} are written with no space between. */
  private static boolean glued(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.tokens().get(k).span().end() != s.tokens().get(k + 1).span().start()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Extends a described agreement over up to two lower-case nouns before it, so that "a loan
   * guarantee agreement" is named by its whole phrase, not "agreement", over a word glued on by a
   * hyphen ("a four-day truce"), and over a word that marks it as another agreement ("a separate
   * fisheries agreement").
   */
  private static CharSpan withNounModifiers(Sentence s, CharSpan span) {
    int first = s.tokenAt(span.start());
    int start = first;
    while (start > 0 && first - start < 2) {
      var previous = s.tokens().get(start - 1);
      if (!previous.pos().equals("NOUN") || !previous.text().equals(previous.lemma())) {
        break;
      }
      start--;
    }
    // "a four-day truce", "a six-month ceasefire": the word glued on by a hyphen belongs to it
    if (start >= 2 && glued(s, start - 2, start) && s.tokens().get(start - 1).text().equals("-")) {
      start -= 2;
    }
    for (int j = start - 1; j >= 0 && start - j <= 3; j--) {
      var t = s.tokens().get(j);
      if (ANOTHER.contains(t.text().toLowerCase(Locale.ROOT))) {
        start = j;
        break;
      }
      if (!t.pos().equals("NOUN") && !t.pos().equals("ADJ")) {
        break;
      }
    }
    return start == first ? span : new CharSpan(s.tokens().get(start).span().start(), span.end());
  }
}
