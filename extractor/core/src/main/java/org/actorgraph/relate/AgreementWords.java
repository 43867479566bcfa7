package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.relate.Fact.AgreementForm;
import org.actorgraph.relate.Fact.AgreementKind;
import org.actorgraph.relate.Fact.AgreementStatus;

/**
 * What an agreement's own words and its sentence's verbs say about its form, kind and status; the
 * words are data ({@code agreement_kinds.tsv}, {@code agreement_status.tsv}).
 */
final class AgreementWords {

  private AgreementWords() {}

  static AgreementForm form(String name) {
    if (name.contains("treat")) {
      return AgreementForm.TREATY;
    }
    if (name.contains("memorand") || name.contains("mou")) {
      return AgreementForm.MEMORANDUM;
    }
    if (name.contains("contract") || name.contains("purchase")) {
      return AgreementForm.CONTRACT;
    }
    if (name.contains("ceasefire")
        || name.contains("cease-fire")
        || name.contains("truce")
        || name.contains("cessation")) {
      return AgreementForm.CEASEFIRE;
    }
    return AgreementForm.AGREEMENT;
  }

  private record KindRule(AgreementKind kind, boolean nameOnly, Pattern pattern) {}

  private static final List<KindRule> KINDS =
      WordLists.rawLines("agreement_kinds.tsv").stream()
          .map(l -> l.split("\t"))
          .map(
              f ->
                  new KindRule(
                      AgreementKind.valueOf(f[0]), f[1].equals("name"), Pattern.compile(f[2])))
          .toList();

  private static final Map<String, AgreementStatus> STATUS_WORDS = new HashMap<>();

  static {
    for (String line : WordLists.rawLines("agreement_status.tsv")) {
      String[] f = line.split("\t");
      STATUS_WORDS.put(f[0], AgreementStatus.valueOf(f[1]));
    }
  }

  /** One party's act on an agreement: the word at {@code at} that governs it, and its status. */
  record Act(int at, AgreementStatus status) {}

  private record ActRule(String next, AgreementStatus status) {}

  private static final Map<String, ActRule> ACTS = new HashMap<>();

  static {
    for (String line : WordLists.rawLines("agreement_acts.tsv")) {
      String[] f = line.split("\t");
      ACTS.put(f[0], new ActRule(f[1], AgreementStatus.valueOf(f[2])));
    }
  }

  /**
   * The ending verb that makes an agreement before "a"/"an" (Oxford Learner's: cut a deal, "to make
   * an agreement"); the other ending verbs end what they name with "a" too ("ended a defence
   * agreement with", "suspended a military accord with").
   */
  private static final String CUT = "cut";

  /**
   * Prepositions after an ending verb that name what the ending brought, not what it ended: "the
   * talks ended in an agreement", "the war ended with an armistice" (Oxford Learner's: end in/with
   * something, "to have something as its result").
   */
  private static final Set<String> RESULTS = Set.of("in", "with");

  private static String lower(List<Token> tokens, int j) {
    return j < tokens.size() ? tokens.get(j).text().toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Whether an act keeps an agreement in force: then the agreement stands even when the act is
   * still to come ("agreed to extend the truce", "pledged to respect the ceasefire", "threatened to
   * violate the accord" all speak of a truce, ceasefire or accord there is). Not establishing
   * relations, which a verb to come leaves still to be made ("agreed to establish diplomatic
   * relations").
   */
  private static boolean keeps(Token verb, ActRule rule) {
    return rule.status() == AgreementStatus.IN_FORCE && !verb.lemma().equals(ESTABLISH);
  }

  private static final String ESTABLISH = "establish";

  /** How many words may stand between an act and the agreement ("its participation in the"). */
  private static final int ACT_GAP = 4;

  /**
   * The word classes that may stand between an act and the agreement: also a proper noun, the name
   * of what it is about ("left the Aster nuclear deal"), and a number, its year ("violated the 2020
   * ceasefire", "withdrew from the 2015 nuclear deal").
   */
  private static final Set<String> GAP_TAGS = Set.of("DET", "PRON", "ADP", "PART", "PROPN", "NUM");

  /** The nouns of taking part that may stand between an act and the agreement. */
  private static final Set<String> TAKING_PART = Set.of("participation", "membership", "part");

  /**
   * The act that governs the agreement phrase starting at token {@code first}: a verb or noun of
   * {@code agreement_acts.tsv} before it, with only determiners, pronouns, particles, prepositions
   * or a noun of taking part between ("withdrew from the", "suspended its participation in the", "a
   * signatory to the"); empty when there is none, or the verb is still to come ("threatened to
   * withdraw from", "will join") and does not {@link #keeps keep} the agreement, or the verb makes
   * a new agreement ({@link #CUT}) or ends in one ({@link #RESULTS}).
   */
  static Optional<Act> act(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= ACT_GAP + 1; j--) {
      Token t = tokens.get(j);
      ActRule rule = ACTS.getOrDefault(t.lemma(), ACTS.get(t.text().toLowerCase(Locale.ROOT)));
      boolean verb = t.pos().equals("VERB");
      if (rule != null
          && (verb || t.pos().equals("NOUN"))
          && (rule.next().equals("-")
              || j + 1 < first && tokens.get(j + 1).text().equalsIgnoreCase(rule.next()))) {
        boolean made =
            rule.status() == AgreementStatus.ENDED
                && tokens.get(first - 1).text().matches("(?i)an?")
                && (t.lemma().equals(CUT) || RESULTS.contains(lower(tokens, j + 1)));
        boolean toCome = verb && future(j > 0 ? tokens.get(j - 1) : null) && !keeps(t, rule);
        return toCome || made ? Optional.empty() : Optional.of(new Act(j, rule.status()));
      }
      if (!GAP_TAGS.contains(t.pos()) && !TAKING_PART.contains(t.lemma())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The kind from the first row of {@code agreement_kinds.tsv} that matches the name, or the name
   * and the sentence ({@code sentence} lower case).
   */
  static AgreementKind kind(String name, String sentence) {
    String s = name + " " + sentence;
    for (KindRule r : KINDS) {
      if (r.pattern().matcher(r.nameOnly() ? name : s).find()) {
        return r.kind();
      }
    }
    return AgreementKind.OTHER;
  }

  /**
   * The status the sentence's verbs give; {@code possessed} when "X has pacts with Y". Agreeing
   * "to" do something, or "that" something will be, announces it; agreeing a deal, to a deal
   * (Oxford Learner's: "agree to something", to accept it) or on terms concludes it; approval with
   * a legislature in the sentence ratifies it; a ratification or ending denied ("never ratified")
   * gives no status; one agreed "in principle" is announced. Talks named after "after" or
   * "following" are over and say no negotiation, and so are talks a deal was agreed "at" or
   * "during".
   */
  static AgreementStatus status(Iterable<Token> tokens, String sentence, boolean possessed) {
    Set<String> lemmas = new HashSet<>();
    Map<Token, AgreementStatus> sayers = new IdentityHashMap<>();
    List<Token> seen = new ArrayList<>();
    boolean agreeTo = false;
    boolean agreedTo = false;
    boolean approved = false;
    boolean legislature = false;
    boolean agreeDeal = false;
    Token previous = null;
    Token beforePrevious = null;
    int sinceAfter = AFTER_REACH + 1;
    Optional<Denial> denied = Optional.empty();
    Token deniedVerb = null;
    boolean afterAgree = false;
    for (Token t : tokens) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      Optional<Denial> denial =
          CONCLUDING.contains(t.lemma()) || STATUS_WORDS.get(t.lemma()) == AgreementStatus.SIGNED
              ? denial(seen)
              : Optional.empty();
      if (denial.isPresent()) {
        // "did not sign the deal", "failed to reach an agreement": no deal made, and no word of
        // this one says what became of it but the denial
        denied = denied.filter(d -> d == Denial.REFUSED).or(() -> denial);
        deniedVerb = t;
        afterAgree = false;
        seen.add(t);
        beforePrevious = previous;
        previous = t;
        continue;
      }
      lemmas.add(t.lemma());
      lemmas.add(lower);
      AgreementStatus st = STATUS_WORDS.get(t.lemma());
      if (st == null) {
        st = STATUS_WORDS.get(lower);
      }
      if (st == null) {
        // "revoked", "scrapped": a participle the lemmatiser left as it was
        st =
            Inflections.bases(lower).stream()
                .map(STATUS_WORDS::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
      }
      Token verb = previous;
      List<Token> beforeVerb = seen;
      if (st == null && previous != null) {
        st = STATUS_WORDS.get(previous.lemma() + " " + lower);
        verb = beforePrevious;
        beforeVerb = seen.subList(0, seen.size() - 1);
      }
      if (st == AgreementStatus.ENDED && talksEnded(seen)) {
        // "a year after talks collapsed": the talks ended, with no agreement to end
        st = null;
      }
      if ((st == AgreementStatus.RATIFIED || st == AgreementStatus.ENDED)
          && denial(beforeVerb).isPresent()) {
        // "parliament never ratified it", "has not withdrawn from the pact": a deed denied says
        // nothing of what became of the agreement; the other words of the sentence do
        st = null;
      }
      // "must be ratified", "needs to be signed": the word before a passive's "be"
      Token before = previous != null && previous.lemma().equals("be") ? beforePrevious : previous;
      boolean notYet = future(st == AgreementStatus.ENDED ? verb : before);
      // "agreed to a truce after two days of talks": the talks are over
      boolean past = st == AgreementStatus.NEGOTIATING && sinceAfter <= AFTER_REACH;
      // "concluded negotiations on a trade deal", "ending two decades of talks": the talks are
      // over and the deal agreed, not yet signed
      Optional<Token> ender =
          st == AgreementStatus.NEGOTIATING ? talksEnder(seen) : Optional.empty();
      if (ender.isPresent()) {
        sayers.remove(ender.get());
      } else if (st != null && !(DONE.contains(st) && notYet) && !past) {
        sayers.put(t, st);
      }
      seen.add(t);
      boolean madeAt =
          MADE_AT.contains(lower) && (lemmas.contains("agree") || lemmas.contains("reach"));
      sinceAfter =
          lower.equals("after") || lower.equals("following") || madeAt
              ? 0
              : t.pos().equals("VERB") ? AFTER_REACH + 1 : sinceAfter + 1;
      if (agreedTo) {
        // "agreed to work towards a deal" announces it; "agreed to a truce" accepts the truce
        agreeTo |= !THING.contains(t.pos());
        agreeDeal |= THING.contains(t.pos());
      }
      // "agreed on Monday to sign": a date between "agreed" and what follows it
      boolean agreed = afterAgree;
      afterAgree =
          t != deniedVerb && t.lemma().equals("agree")
              || afterAgree && !t.text().equalsIgnoreCase("to") && timeWord(t);
      agreedTo = agreed && t.text().equals("to");
      if (agreed && t.text().equals("that")) {
        agreeTo = true;
      }
      approved |= t.lemma().equals("approve") && !future(before);
      legislature |= Ratifiers.LEGISLATURES.contains(lower);
      if (agreed && AGREED_OBJECT.test(t)) {
        agreeDeal = true;
      }
      beforePrevious = previous;
      previous = t;
    }
    Set<AgreementStatus> said = EnumSet.noneOf(AgreementStatus.class);
    said.addAll(sayers.values());
    if (said.contains(AgreementStatus.ENDED)) {
      return AgreementStatus.ENDED;
    }
    if (approved && legislature) {
      // "was approved by parliament": a legislature's approval is its state's consent to be
      // bound (Vienna Convention on the Law of Treaties, art. 14: ratification, acceptance or
      // approval)
      return AgreementStatus.RATIFIED;
    }
    if (said.contains(AgreementStatus.RATIFIED)) {
      return AgreementStatus.RATIFIED;
    }
    if (inForce(sentence) || possessed) {
      return AgreementStatus.IN_FORCE;
    }
    if (said.contains(AgreementStatus.SIGNED)) {
      return AgreementStatus.SIGNED;
    }
    if (denied.isPresent()) {
      // "refused to sign the treaty" rejects it; "failed to reach an agreement", "could not agree
      // on a deal": the parties talked and concluded nothing
      return denied.get() == Denial.REFUSED
          ? AgreementStatus.REJECTED
          : AgreementStatus.NEGOTIATING;
    }
    for (AgreementStatus st :
        List.of(AgreementStatus.REJECTED, AgreementStatus.NEGOTIATING, AgreementStatus.PROPOSED)) {
      if (said.contains(st)) {
        return st;
      }
    }
    if (sentence.contains(" in principle")) {
      // "reached an agreement in principle", "agreed in principle on a pact": agreed "in general
      // but not in detail" (Oxford Learner's Dictionary, in principle), made known with its terms
      // still to settle, not a text signed; a signing word of the sentence still signs it
      return AgreementStatus.ANNOUNCED;
    }
    if (agreeDeal) {
      return AgreementStatus.SIGNED;
    }
    if (lemmas.contains("agree") && agreeTo) {
      return AgreementStatus.ANNOUNCED;
    }
    if (lemmas.contains("agree") || lemmas.contains("reach")) {
      return AgreementStatus.SIGNED;
    }
    return AgreementStatus.ANNOUNCED;
  }

  /** How an agreement was not made: the parties refused it, or did not or could not make it. */
  private enum Denial {
    REFUSED,
    NOT_MADE
  }

  /**
   * Verbs of making an agreement besides the signing words of {@code agreement_status.tsv}: "agree"
   * and "reach" (an agreement).
   */
  private static final Set<String> CONCLUDING = Set.of("agree", "reach");

  /**
   * Whether {@code lemma} is a verb of making an agreement: a signing word of {@code
   * agreement_status.tsv} ("sign", "seal", "clinch") or "agree", "reach".
   */
  static boolean makes(String lemma) {
    return CONCLUDING.contains(lemma) || STATUS_WORDS.get(lemma) == AgreementStatus.SIGNED;
  }

  /**
   * Words of a date or time adjunct ("on Thursday", "last week", "on March 3", "earlier this
   * month"): general English calendar words.
   */
  private static final Pattern TIME_WORD =
      Pattern.compile(
          "(?i)on|in|at|last|this|next|early|late|earlier|later|week|month|year|weekend|morning"
              + "|afternoon|evening|night|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
              + "|january|february|march|april|may|june|july|august|september|october|november"
              + "|december|\\d{1,4}(?:st|nd|rd|th)?");

  /** Whether {@code t} may belong to a date or adverb between a verb and its "to". */
  static boolean timeWord(Token t) {
    return t.pos().equals("ADV") || TIME_WORD.matcher(t.text()).matches();
  }

  /** Nouns of talks: what collapses when no agreement is made ("talks collapsed"). */
  private static final Set<String> TALKS =
      Set.of("talks", "negotiations", "negotiation", "dialogue");

  /** Whether {@code t} is a noun of talks ("talks", "negotiations", "dialogue"). */
  static boolean talks(Token t) {
    return TALKS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the words {@code seen} before an ending verb end with a noun of talks, its subject,
   * with only auxiliaries or adverbs between ({@code talks had collapsed}, {@code negotiations
   * finally collapsed}).
   */
  private static boolean talksEnded(List<Token> seen) {
    int k = seen.size() - 1;
    while (k >= 0 && seen.get(k).pos().matches("AUX|ADV")) {
      k--;
    }
    return k >= 0 && TALKS.contains(seen.get(k).text().toLowerCase(Locale.ROOT));
  }

  /** Words that deny the verb they stand before ("did not sign", "never ratified"). */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  /**
   * Verbs whose "to" infinitive is an act not done (Oxford Learner's: fail, "to not do something";
   * refuse and decline, "to say that you will not do something").
   */
  private static final Map<String, Denial> NOT_DOING =
      Map.of("fail", Denial.NOT_MADE, "refuse", Denial.REFUSED, "decline", Denial.REFUSED);

  /** How many words may stand between a negation and the verb it denies ("did not formally"). */
  private static final int DENIAL_REACH = 2;

  /**
   * Whether the words just before a verb of making an agreement deny it: a negation at most {@link
   * #DENIAL_REACH} words before ("did not sign", "could not yet agree"), or a verb of not doing
   * before its "to" ("failed to reach", "refused to sign").
   */
  private static Optional<Denial> denial(List<Token> seen) {
    int n = seen.size();
    if (n >= 2 && seen.get(n - 1).text().equalsIgnoreCase("to")) {
      Denial d = NOT_DOING.get(seen.get(n - 2).lemma());
      if (d != null) {
        return Optional.of(d);
      }
    }
    for (int j = n - 1; j >= Math.max(0, n - DENIAL_REACH); j--) {
      String w = seen.get(j).text().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(w)) {
        return Optional.of(Denial.NOT_MADE);
      }
      if (!seen.get(j).pos().matches("ADV|AUX")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The word classes that start a noun phrase after "agreed to" ({@code agreed to a truce}, {@code
   * agreed to their proposal}, {@code agreed to two ceasefires}), where a verb would start an
   * intent ({@code agreed to work towards}). A bare word is left to be an intent: the tagger reads
   * some verbs as nouns ("agreed to normalise relations").
   */
  private static final Set<String> THING = Set.of("DET", "NUM", "PRON");

  /**
   * A word that starts the object of "agreed": "agreed a deal", "agreed the terms", "agreed $5
   * billion in contracts" (general English: the transitive sense of agree, "to settle on").
   */
  private static final Predicate<Token> AGREED_OBJECT =
      t -> t.text().matches("(?i)an?|the|its|their|\\$|\\d.*");

  /**
   * How many words after "after" or "following" a noun of negotiation ({@code after two days of
   * talks}) names talks that are over, when no verb stands between.
   */
  private static final int AFTER_REACH = 4;

  /**
   * Prepositions that, after a verb of agreeing, name the talks the agreement was made at ({@code
   * agreed on a roadmap at talks in Ohrid}, {@code reached a deal during talks}): talks that gave
   * the deal, no negotiation still going on, as after "after".
   */
  private static final Set<String> MADE_AT = Set.of("at", "during");

  /**
   * Verbs that bring talks to their end with the agreement made but not yet signed ("concluded
   * negotiations on", "completed talks on"; Oxford Learner's: conclude, "to arrange and settle an
   * agreement with somebody formally and finally").
   */
  private static final Set<String> TALKS_ENDED =
      Set.of("conclude", "complete", "finalise", "finalize", "wrap", "end");

  /** How many words may stand between a verb that ends talks and the talks ("two decades of"). */
  private static final int TALKS_REACH = 4;

  /**
   * The verb of {@link #TALKS_ENDED} that ends the talks named next after {@code seen}, with only
   * determiners, numbers, nouns and "of" between ("ending two decades of talks"); empty if none.
   */
  private static Optional<Token> talksEnder(List<Token> seen) {
    for (int j = seen.size() - 1; j >= 0 && seen.size() - j <= TALKS_REACH + 1; j--) {
      Token t = seen.get(j);
      if (TALKS_ENDED.contains(t.lemma()) && t.pos().equals("VERB")) {
        return Optional.of(t);
      }
      if (!t.pos().matches("DET|NUM|NOUN|ADJ") && !t.text().equals("of")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The statuses a deed gives, which a verb still to come does not. */
  private static final Set<AgreementStatus> DONE =
      EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.RATIFIED, AgreementStatus.ENDED);

  /** "to sign", "will sign", "must be ratified": a deed still to come. */
  private static boolean future(Token previous) {
    return previous != null
        && previous
            .text()
            .toLowerCase(Locale.ROOT)
            .matches("to|will|would|could|may|might|shall|must|should");
  }

  private static final Pattern IN_FORCE = Pattern.compile("into force|in force|took effect");

  /** A future or condition just before "in force" ("once entered into force") is not in force. */
  private static final Pattern NOT_YET =
      Pattern.compile("\\b(once|will|would|when|after|upon|until|before|shall|could)\\b");

  /** Whether the sentence says the agreement is in force now. */
  static boolean inForce(String sentence) {
    Matcher m = IN_FORCE.matcher(sentence);
    while (m.find()) {
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      if (!NOT_YET.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }
}
