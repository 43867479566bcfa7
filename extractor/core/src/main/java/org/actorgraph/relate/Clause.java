package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ClauseObjects.Partner;
import org.actorgraph.relate.ClauseSubjects.Subject;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The subject and object finding that {@link InteractionFinder} runs over one sentence: who does
 * what to whom around a trigger word, from word order alone (no parser). Subjects come from {@link
 * ClauseSubjects}, objects from {@link ClauseObjects}; this class pairs them into interactions.
 */
final class Clause {

  private static final double QUALIFIER = 0.6;

  /** Forms of "be" that make a following participle passive. */
  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s");

  /** How many nouns may stand between a reported clause's actor and its verb ("B-ian forces"). */
  private static final int CLAUSE_NOUNS = 2;

  private final SentenceActors sa;
  private final ActorPhrases phrases;
  private final List<Token> tokens;
  private final ClauseSubjects subjects;
  private final ClauseObjects objects;

  Clause(ResolvedArticle article, SentenceActors sa, ActorPhrases phrases) {
    this.sa = sa;
    this.phrases = phrases;
    this.tokens = sa.tokens();
    this.subjects = new ClauseSubjects(article, tokens, phrases);
    this.objects = new ClauseObjects(tokens, phrases);
  }

  /** The interactions the token at {@code i} states, if it is a trigger. */
  List<Fact.Interaction> interactionsAt(int i) {
    Optional<String> cameo = InteractionFinder.trigger(tokens, i);
    if (cameo.isPresent() && exchangesViews(i)) {
      cameo = Optional.of(DependencyWords.CONSULT);
    }
    if (cameo.isEmpty() || inQuote(tokens, i)) {
      return List.of();
    }
    boolean verb = InteractionFinder.isVerbTrigger(tokens.get(i));
    Subject subject = verb ? subjects.ofVerb(i) : subjects.ofNoun(i);
    Partner partner = verb ? objects.ofVerb(i) : objects.ofNoun(i);
    if (verb && reportsClause(i, partner)) {
      return List.of();
    }
    if (verb && subject.phrases().stream().anyMatch(this::describesAgreement)) {
      // "the port deal A struck with B": the verb makes the agreement (AgreementFinder reads it)
      return List.of();
    }
    List<Fact.Interaction> out = new ArrayList<>();
    Token t = tokens.get(i);
    if (respective(subject.phrases(), partner.phrases())) {
      double conf = Math.min(subject.confidence(), partner.confidence());
      for (int k = 0; k < subject.phrases().size(); k++) {
        add(out, subject.phrases().get(k), partner.phrases().get(k), cameo.get(), t, conf);
      }
    } else if (!subject.phrases().isEmpty() && !partner.phrases().isEmpty() && !partner.between()) {
      double conf = Math.min(subject.confidence(), partner.confidence());
      boolean passive = verb && passiveWithAgent(i, partner.phrases().get(0).first());
      if (verb && !passive && passiveAt(i)) {
        // "A was arrested at the B court": A is acted on, and B, after no "by", did not act
        return out;
      }
      if (verb && !passive) {
        // "A charged B with backing the rebels": a state is accused, not taken to court
        cameo = Optional.of(Charges.toward(t.lemma(), cameo.get(), partner.phrases(), i + 1));
      }
      for (ActorPhrase s : subject.phrases()) {
        for (ActorPhrase o : partner.phrases()) {
          if (passive) {
            add(out, o, s, cameo.get(), t, conf);
          } else {
            add(out, s, o, cameo.get(), t, conf);
          }
        }
      }
    } else if (partner.between() && partner.phrases().size() >= 2) {
      pairs(out, partner.phrases(), cameo.get(), t, INDIRECT);
    } else if (partner.phrases().isEmpty()
        && subject.phrases().size() >= 2
        && CameoLexicon.mutual(t.lemma())
        && !withOthers(i)) {
      pairs(out, subject.phrases(), cameo.get(), t, subject.confidence());
    }
    if (verb) {
      out.replaceAll(Quarrels::retyped);
    }
    return out;
  }

  /**
   * {@code A said B attacked C}: a verb of saying that states nothing alone (its category comes
   * from a pattern of the words after it, PETRARCH2's "SAY * ATTACK") reports the clause its
   * partner opens, whose own verb states the act (read there, with its own subject): the partner
   * comes right after it or after "that", and a verb follows it, after at most {@value
   * #CLAUSE_NOUNS} nouns ({@code A said B-ian forces attacked}).
   */
  private boolean reportsClause(int i, Partner partner) {
    String lemma = tokens.get(i).lemma();
    if (!ReportedQuotes.SPEECH.contains(lemma) || CameoLexicon.cameo(lemma).isPresent()) {
      return false;
    }
    for (ActorPhrase p : partner.phrases()) {
      int start = i + 1;
      if (start < p.first() && tokens.get(start).text().equalsIgnoreCase("that")) {
        start++;
      }
      if (start != p.first()) {
        continue;
      }
      int j = p.last() + 1;
      while (j < tokens.size() && j <= p.last() + CLAUSE_NOUNS && isNoun(tokens.get(j))) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).pos().matches("VERB|AUX")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNoun(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN");
  }

  /**
   * Whether the subject phrase opens a relative clause on an agreement's noun, "that" or "which"
   * between or not: "the deal (that) A struck with B", "the pact A signed".
   */
  private boolean describesAgreement(ActorPhrase subject) {
    int j = subject.first() - 1;
    if (j >= 0 && tokens.get(j).text().matches("(?i)that|which")) {
      j--;
    }
    return j >= 0 && AgreementPhrases.isHead(tokens.get(j).text());
  }

  /**
   * {@code A was invaded by B}, {@code A was attacked on Monday by B}: a passive participle ({@link
   * #passiveAt}) with "by" right after it or right before its partner at {@code partner} (an
   * article between) names its doer there, so the subject is the one acted on.
   */
  private boolean passiveWithAgent(int i, int partner) {
    int by = partner - 1;
    if (by > i && tokens.get(by).text().matches("(?i)the|an?")) {
      by--;
    }
    boolean agent =
        by > i && tokens.get(by).text().equalsIgnoreCase("by")
            || i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("by");
    return agent && passiveAt(i);
  }

  /**
   * Whether the verb at {@code i} is a passive participle: a form of "be" before it, an adverb or
   * two between, and no "-ing" ({@code was attacking} is active).
   */
  private boolean passiveAt(int i) {
    if (tokens.get(i).text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String w = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
      if (BE.contains(w)) {
        return true;
      }
      if (!tokens.get(j).pos().equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code A and B exchanged views}: a reciprocal verb whose object, after at most a determiner or
   * adjective, is a noun of opinion states a consultation whatever the verb's own category.
   */
  private boolean exchangesViews(int i) {
    if (!InteractionFinder.isVerbTrigger(tokens.get(i))
        || !CameoLexicon.mutual(tokens.get(i).lemma())) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("NOUN")) {
        return DependencyWords.opinion(t.lemma());
      }
    }
    return false;
  }

  /**
   * {@code A and B met their counterparts C and D}: as many counterparts as subjects pair up in
   * order (A with C, B with D).
   */
  private boolean respective(List<ActorPhrase> subjects, List<ActorPhrase> partners) {
    if (subjects.size() < 2 || subjects.size() != partners.size()) {
      return false;
    }
    ActorPhrase first = partners.get(0);
    for (int j = first.first(); j <= first.last(); j++) {
      if (ActorPhrases.isCounterpart(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** How far after a verb its "with" may stand. */
  private static final int WITH_REACH = 8;

  /** The words that open a noun phrase naming others after "with" ("with their counterparts"). */
  private static final Set<String> OTHERS_OPENERS = Set.of("their", "its", "the", "a", "an");

  /**
   * {@code A and B signed the pact with their counterparts}: a mutual verb whose "with" opens a
   * noun phrase naming others (no actor, else it is the verb's partner) joins its subjects to those
   * others, not to each other; "with each other", "with one another" and "with C mediating" leave
   * them joined.
   */
  private boolean withOthers(int verb) {
    for (int j = verb + 1; j < tokens.size() && j - verb <= WITH_REACH; j++) {
      String w = tokens.get(j).text();
      if (w.matches("[;:.]") || j > verb + 1 && tokens.get(j).pos().equals("VERB")) {
        return false;
      }
      if (w.equalsIgnoreCase("with")) {
        String next =
            j + 1 < tokens.size() ? tokens.get(j + 1).text().toLowerCase(Locale.ROOT) : "";
        return OTHERS_OPENERS.contains(next);
      }
    }
    return false;
  }

  private void pairs(
      List<Fact.Interaction> out, List<ActorPhrase> group, String cameo, Token t, double conf) {
    for (int a = 0; a < group.size(); a++) {
      for (int b = a + 1; b < group.size(); b++) {
        add(out, group.get(a), group.get(b), cameo, t, conf);
      }
    }
  }

  private void add(
      List<Fact.Interaction> out,
      ActorPhrase s,
      ActorPhrase o,
      String cameo,
      Token t,
      double conf) {
    Entity source = s.head();
    Entity target = o.head();
    if (source.equals(target) || s.qualifier().filter(target::equals).isPresent()) {
      return;
    }
    double c = s.indirect() || o.indirect() ? Math.min(conf, INDIRECT) : conf;
    out.add(InteractionFinder.interaction(source, target, cameo, t, c, sa.evidence()));
    if (source.type() == EntityType.PERSON && cameo.equals(DependencyWords.CONSULT)) {
      // "Doe met Sylvanian President Roe": those who meet are Doe and Roe, not Doe and Sylvania
      return;
    }
    o.qualifier()
        .filter(q -> !q.equals(source) && !s.qualifier().filter(q::equals).isPresent())
        .ifPresent(
            q ->
                out.add(
                    InteractionFinder.interaction(
                        source, q, cameo, t, Math.min(c, QUALIFIER), sa.evidence())));
  }

  // ---- the actors AgreementFinder asks for

  /** The actors the subject of the verb at {@code verb} names, coordinated ones included. */
  List<ActorPhrase> subjectOf(int verb) {
    return subjects.ofVerb(verb).phrases();
  }

  /** The actors named first in the sentence, with those coordinated with them. */
  List<ActorPhrase> firstActors() {
    return phrases.all().isEmpty() ? List.of() : phrases.conjuncts(phrases.all().get(0));
  }

  /** The actors named right after token {@code i}, skipping articles and adjectives. */
  List<ActorPhrase> actorsAfter(int i, int window) {
    for (int j = i; j < tokens.size() && j - i <= window; j++) {
      Optional<ActorPhrase> p = phrases.startingAt(j);
      if (p.isPresent()) {
        return phrases.conjuncts(p.get());
      }
      Token t = tokens.get(j);
      if (!(t.text().matches("(?i)the|a|an|both|its|their") || t.pos().equals("ADJ"))) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The actor phrase that ends at token {@code i}, if any. */
  Optional<ActorPhrase> endingAt(int i) {
    return phrases.endingAt(i);
  }

  /** Whether token {@code i} stands inside a quotation opened before it in the sentence. */
  static boolean inQuote(List<Token> tokens, int i) {
    int depth = 0;
    for (int j = 0; j < i; j++) {
      String w = tokens.get(j).text();
      if (w.equals("“")) {
        depth++;
      } else if (w.equals("”")) {
        depth = Math.max(0, depth - 1);
      } else if (w.equals("\"")) {
        depth = depth == 0 ? 1 : 0;
      }
    }
    return depth > 0;
  }
}
