package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;
import static org.actorgraph.relate.ClauseWords.INDIRECT;
import static org.actorgraph.relate.ClauseWords.TIME_WORDS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;

/**
 * Finds to whom something is done in one sentence, from word order alone (no parser): given the
 * index of a verb or noun trigger, returns the actor phrases of its object or partner with a
 * confidence, and whether they were named together after "between", or {@link Partner#NONE}.
 */
final class ClauseObjects {

  private static final Set<String> OBJECT_SKIP =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "with",
          "to",
          "on",
          "by",
          "for",
          "from",
          "about",
          "against",
          "into",
          "over",
          "at",
          "phone",
          "telephone",
          "both",
          "upon");

  /** CAMEO 17, coerce. */
  private static final String COERCE = "17";

  private static final Set<String> NOUN_PARTNER = Set.of("with", "to", "of", "from", "against");

  private final ActorPhrases phrases;
  private final List<Token> tokens;

  /**
   * @param tokens the sentence's tokens
   * @param phrases the actor phrases of that sentence
   */
  ClauseObjects(List<Token> tokens, ActorPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /** Whom the verb at {@code verb} acts on: its direct object, or the actor after "from". */
  Partner ofVerb(int verb) {
    return verbObject(verb);
  }

  /** The partner the noun trigger at {@code noun} names after a preposition. */
  Partner ofNoun(int noun) {
    return nounObject(noun);
  }

  private Partner verbObject(int verb) {
    String lemma = tokens.get(verb).lemma();
    if (DependencyWords.topic(lemma)) {
      // "X discussed Y with Z": Y is what is talked about, Z the partner
      return prepObject(verb, "with");
    }
    Partner direct = directObject(verb);
    if (direct.phrases().isEmpty() && DependencyWords.fromPartner(lemma)) {
      return prepObject(verb, "from");
    }
    return direct;
  }

  /**
   * {@code demanded "respect" from Y}, {@code bought tanks from Y}, {@code discussed trade with Y}:
   * the actor after the preposition {@code prep}, within the verb's clause.
   */
  private Partner prepObject(int verb, String prep) {
    for (int j = verb + 1; j < tokens.size() && j - verb <= 8; j++) {
      String w = tokens.get(j).text();
      if (w.matches("[,;:.()]") || tokens.get(j).pos().equals("VERB")) {
        return Partner.NONE;
      }
      if (w.equalsIgnoreCase(prep)) {
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).text().equalsIgnoreCase("the")) {
          k++;
        }
        Optional<ActorPhrase> p = phrases.startingAt(k);
        return p.map(x -> new Partner(phrases.conjuncts(x), DIRECT, false)).orElse(Partner.NONE);
      }
    }
    return Partner.NONE;
  }

  /** Modals and auxiliaries that open a verb phrase after its subject. */
  private static final Set<String> CLAUSE_AUXILIARIES =
      Set.of(
          "would", "will", "could", "should", "may", "might", "must", "can", "had", "has", "have",
          "was", "were", "is", "are");

  private Partner directObject(int verb) {
    int j = verb + 1;
    while (j < tokens.size() && j - verb <= 6) {
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        List<ActorPhrase> conjuncts = phrases.conjuncts(p.get());
        if (subjectOfClause(conjuncts.get(conjuncts.size() - 1).last() + 1)) {
          return Partner.NONE; // "The Kremlin said Putin would visit China": Putin's act
        }
        if (conjuncts.size() > 1 && verbOfClause(conjuncts.get(conjuncts.size() - 1).last() + 1)) {
          conjuncts = conjuncts.subList(0, conjuncts.size() - 1);
        }
        return new Partner(conjuncts, DIRECT, false);
      }
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("and") && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("VERB")) {
        j += 2;
        continue;
      }
      if (!(OBJECT_SKIP.contains(w) || t.pos().equals("ADJ") || TIME_WORDS.contains(w))
          || w.equals("to") && sendsOff(verb)) {
        break;
      }
      j++;
    }
    return Partner.NONE;
  }

  /**
   * {@code John Roe was extradited to B}, {@code was deported to B}, {@code was sentenced to}:
   * after a verb of coercion (CAMEO 17: sentence, arrest, expel, deport) "to" names where or what
   * the one coerced is sent to, not the one acted on.
   */
  private boolean sendsOff(int verb) {
    return CameoLexicon.cameo(tokens.get(verb).lemma()).filter(COERCE::equals).isPresent();
  }

  /**
   * {@code talks with Y}, {@code visit to Y}, {@code invasion of Y}, {@code talks between X and Y},
   * {@code a joint press conference by X and Y}; none for a joint act when a border stands before
   * the actor ({@code joint drills near the border with Y}): Y is across the border, and the act is
   * held by those on this side ({@link DependencyWords#border}).
   */
  private Partner nounObject(int noun) {
    String prep = null;
    for (int j = noun + 1; j < tokens.size() && j - noun <= 7; j++) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (DependencyWords.border(t.lemma()) && joint(noun)) {
        return Partner.NONE;
      }
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        if (prep == null) {
          return Partner.NONE;
        }
        boolean between = prep.equals("between");
        return new Partner(phrases.conjuncts(p.get()), between ? INDIRECT : DIRECT, between);
      }
      if (NOUN_PARTNER.contains(w) || w.equals("between")) {
        prep = w;
      } else if (w.equals("by") && prep == null && joint(noun)) {
        prep = "between";
      } else if (t.text().matches("[,;:.“”\"()]")
          || t.pos().equals("AUX")
          || t.pos().equals("VERB") && !w.endsWith("ing")) {
        return Partner.NONE;
      }
    }
    return Partner.NONE;
  }

  /**
   * Whether "joint" stands just before the noun ("a joint press conference", "the joint
   * statement"): its agents after "by" did it together, as if named after "between".
   */
  private boolean joint(int noun) {
    for (int j = noun - 1; j >= 0 && noun - j <= 2; j--) {
      if (tokens.get(j).text().equalsIgnoreCase("joint")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors an object or partner names, and how sure the reading is.
   *
   * @param phrases the partner's actor phrases, empty if none was found
   * @param confidence how sure the reading is, 0 for none
   * @param between whether the phrases follow "between", so they interact with each other
   */
  record Partner(List<ActorPhrase> phrases, double confidence, boolean between) {
    static final Partner NONE = new Partner(List.of(), 0, false);
  }

  /**
   * Whether the token at {@code next}, right after the last of several conjoined objects, is an
   * inflected verb ("said", "agrees"; not "-ing", not a bare infinitive): {@code Freedonia
   * condemned Sylvania and Estrella said it would act} joins a second clause, whose subject the
   * last conjunct is.
   */
  private boolean verbOfClause(int next) {
    if (next >= tokens.size() || !tokens.get(next).pos().equals("VERB")) {
      return false;
    }
    String w = tokens.get(next).text().toLowerCase(Locale.ROOT);
    return !w.endsWith("ing") && !w.equals(tokens.get(next).lemma());
  }

  /**
   * Whether the token at {@code next}, right after an actor, is a modal or an auxiliary, which
   * makes the actor the subject of a clause of its own ({@code said Putin would visit}, {@code
   * hopes Freedonia will sign}), not the verb's object.
   */
  private boolean subjectOfClause(int next) {
    return next < tokens.size()
        && CLAUSE_AUXILIARIES.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
  }
}
