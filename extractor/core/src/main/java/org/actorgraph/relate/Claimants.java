package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;
import org.actorgraph.text.CharSpan;

/**
 * Who put forward or carried out what a definite noun of a claim, an offer, a proposal, a demand, a
 * call or request, remarks or a weapon's launch or test refers back to: {@code A accused B of the
 * attack; B rejected the allegation}, {@code A claimed that B had shelled its border posts. B
 * denied the claim}, {@code A offered B help. B declined the offer}, {@code A fired a missile. B
 * condemned the launch}. It is the last such act that a verb of the noun's kind states in the
 * phrase's sentence before it or in the sentence before that, and its maker is the actor named
 * right before that verb, its subject.
 *
 * <p>So, too, an act that a verb of reacting points back at ({@code A struck B. C condemned the
 * strikes}) is aimed at its doers ({@link #doers}), told in the sentence before at most.
 *
 * <p>Design decision: the antecedent is read off the words, not a parse, since the sentence before
 * is parsed only when it holds two actors and a trigger of its own; a passive verb ({@code B was
 * accused of ...}) has the one it is done to before it and gives no maker.
 */
final class Claimants {

  /**
   * The verbs whose subject puts forward what each noun names: a claim or accusation (accuse,
   * allege, claim, charge: WordNet 3.0 the verbs of these nouns; blame: codebook 112 Accuse), an
   * offer, a proposal, a demand (WordNet 3.0 the verb of each noun), and the launch or test of a
   * weapon ({@code A fired a missile. B condemned the launch}; WordNet 3.0 the verbs of launch and
   * test, and fire, Oxford Learner's "to shoot bullets, etc. from a gun or other weapon"). A call
   * or an appeal (Oxford Learner's "a request, an order or a demand for somebody to do something";
   * "an urgent and deeply felt request") is made by calling, appealing or urging ({@code A urged B
   * to cut output. B rejected the call}), a request by requesting or asking, remarks and comments
   * (Oxford Learner's "something that you say or write which gives an opinion") by saying or
   * telling ({@code A told delegates that B … . B rejected the remarks}).
   */
  private static final Map<String, Set<String>> VERBS = verbs();

  private static Map<String, Set<String>> verbs() {
    Set<String> claiming = Set.of("accuse", "allege", "claim", "charge", "blame");
    Set<String> firing = Set.of("fire", "launch", "test");
    Set<String> calling = Set.of("call", "appeal", "urge");
    Set<String> saying = Set.of("say", "tell", "remark", "comment");
    Map<String, Set<String>> byNoun =
        Map.ofEntries(
            Map.entry("accusation", claiming),
            Map.entry("allegation", claiming),
            Map.entry("claim", claiming),
            Map.entry("charge", claiming),
            Map.entry("offer", Set.of("offer")),
            Map.entry("proposal", Set.of("propose")),
            Map.entry("demand", Set.of("demand")),
            Map.entry("call", calling),
            Map.entry("appeal", calling),
            Map.entry("request", Set.of("request", "ask")),
            Map.entry("remark", saying),
            Map.entry("comment", saying),
            Map.entry("test", firing));
    Map<String, Set<String>> out = new HashMap<>(byNoun);
    byNoun.forEach((noun, verbs) -> out.put(noun + "s", verbs));
    out.put("launch", firing);
    out.put("launches", firing);
    return Map.copyOf(out);
  }

  /** Determiners by which such a noun points back at what was already told. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** The forms of "be" before a passive participle. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

  /**
   * The CAMEO roots of a verb that reacts to what someone did: 05 (welcome, praise), 11 (condemn,
   * criticise), 12 (reject), 14 (protest); codebook categories 051, 111, 12, 14.
   */
  private static final Set<String> REACTIONS = Set.of("05", "11", "12", "14");

  /**
   * Nouns that name no act of their own kind but whatever step someone took ({@code A imposed
   * sanctions on B. B condemned the decision}): decision (Oxford Learner's "a choice or judgement
   * that you make"), move ("an action that you do or need to do to achieve something"), step ("one
   * of a series of things that you do in order to achieve something"), measure ("an official action
   * that is done in order to achieve a particular aim").
   */
  private static final Set<String> STEPS = Set.of("decision", "move", "step", "measure");

  /**
   * The CAMEO roots of verbs that answer what someone else did rather than take a step of their own
   * (11 disapprove, 12 reject, 14 protest): no act that {@link #STEPS} points back at.
   */
  private static final Set<String> ANSWERS = Set.of("11", "12", "14");

  /**
   * The verbs by which a court decides on a person ({@code A sentenced B. C condemned the
   * verdict}): sentence and convict (PETRARCH2 CAMEO.verbpatterns SENTENCE [172], CONVICT [173],
   * and "VERDICT IN TRIAL [173]"; codebook 172, 173) and jail (Oxford Learner's "to put somebody in
   * prison": "He was jailed for life"), what a verdict (Oxford Learner's "a decision that is made
   * by a jury in court, stating if somebody is guilty"), a ruling ("an official decision made by
   * somebody in a position of authority, especially a judge"), a judgment ("the decision of a court
   * or a judge"), a conviction (WordNet 3.0 "a final judgment of guilty") and a sentence (Oxford
   * Learner's "the punishment given by a court") point back at.
   */
  private static final Set<String> JUDGING = Set.of("sentence", "convict", "jail");

  /**
   * Nouns of an act whose verb {@link CameoLexicon#actVerb} does not give (cameo-nouns.tsv takes a
   * verb's noun only where its commonest sense is an act, and execute states no root alone), with
   * the verbs that state it: detention (WordNet 3.0 "a state of being confined", of detain),
   * execution ("putting a condemned person to death", of execute), seizure (its sense of taking by
   * force, of seize); a crackdown ("severely repressive actions", of crack down, "repress or
   * suppress") is told by what it is made of, the verbs of codebook 173 Arrest, detain (arrest,
   * detain; PETRARCH2 CONFINE: jail, imprison) and of its gloss (repress, suppress); a visit and a
   * trip (Oxford Learner's "a journey to a place and back again, especially a short one for
   * pleasure or a particular purpose") are made by visiting or by travelling to the place; a
   * deportation and an expulsion are made by either verb of forcing people out of a country, which
   * news uses of the same act (Oxford Learner's deport "to force somebody to leave a country",
   * expel "to officially make somebody leave a country"; PETRARCH2 CAMEO.verbpatterns DEPORT,
   * codebook 174 Expel or deport individuals); a deployment (WordNet 3.0 "the distribution of
   * forces in preparation for battle or work", of deploy, which PETRARCH2 puts in its block SEND)
   * by deploying, sending, dispatching (Oxford Learner's "to send somebody/something somewhere for
   * a particular purpose") or stationing ("to send somebody, especially from one of the armed
   * forces, to work in a place") forces; a closure and a shutdown of a newspaper, a school or a
   * border (Oxford Learner's closure "the situation when a factory, school, hospital, etc. shuts
   * permanently"; shutdown "the act of closing a factory or business") by closing or shutting it
   * down, and a dissolution (WordNet 3.0 "the termination of a meeting" or body, of dissolve:
   * Oxford Learner's "to officially end a marriage, business agreement or parliament") by
   * dissolving it ({@code A dissolved the party. B condemned the dissolution}).
   */
  private static final Map<String, Set<String>> ACTS =
      Map.ofEntries(
          Map.entry("visit", Set.of("visit", "travel")),
          Map.entry("trip", Set.of("visit", "travel")),
          Map.entry("detention", Set.of("detain")),
          Map.entry("execution", Set.of("execute")),
          Map.entry("seizure", Set.of("seize")),
          Map.entry("deportation", Set.of("deport", "expel")),
          Map.entry("expulsion", Set.of("expel", "deport")),
          Map.entry(
              "crackdown", Set.of("arrest", "detain", "jail", "imprison", "repress", "suppress")),
          Map.entry("deployment", Set.of("deploy", "send", "dispatch", "station")),
          Map.entry("closure", Set.of("close", "shut")),
          Map.entry("shutdown", Set.of("shut", "close")),
          Map.entry("dissolution", Set.of("dissolve")));

  /**
   * Nouns that name one act, military exercises, so that one points back at another told before it
   * ({@code A and B held joint exercises. C protested the drills}): drill (Oxford Learner's "a way
   * of training soldiers"), exercise ("a set of activities for training soldiers"), manoeuvre and
   * its American spelling ("military exercises involving a large number of soldiers, ships, etc.")
   * and war game ("a training exercise in which soldiers fight a pretend battle"), all joint nouns
   * of one root in cameo-general.tsv.
   */
  private static final Set<String> EXERCISES =
      Set.of("drill", "exercise", "manoeuvre", "maneuver", "manoeuver", "war-game", "wargame");

  /** How many tokens may stand between the maker's name and its verb ("Sylvania's minister"). */
  private static final int GAP = 3;

  private Claimants() {}

  /** Whether {@code word} with the determiner {@code det} points back at a claim or an offer. */
  static boolean pointsBack(String word, String det) {
    return VERBS.containsKey(word.toLowerCase(Locale.ROOT))
        && DEFINITE.contains(det.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a sentence holds a noun that points back ({@code the allegation}), or an act after a
   * verb of reacting ({@code condemned the strikes}, {@link #namesAct}), which stands for an actor
   * the sentence may not name; modifiers may stand between the determiner and the noun ({@code
   * condemned the arbitrary detention}, where the tagger may take "arbitrary" for a noun), for the
   * parse that then reads the sentence finds the noun's determiner, and a verb of reacting is also
   * known by the base of a regular past the lemmatiser left as it was ({@code condemned}).
   */
  static boolean anyIn(List<Token> tokens) {
    boolean reacting = false;
    for (int t = 1; t < tokens.size(); t++) {
      int d = t - 1;
      while (d > 0 && tokens.get(d).pos().matches("ADJ|NOUN")) {
        d--;
      }
      String det = tokens.get(d).text();
      if (pointsBack(tokens.get(t).text(), det) || reacting && namesAct(tokens.get(t), det)) {
        return true;
      }
      Token verb = tokens.get(t - 1);
      reacting |=
          verb.pos().equals("VERB")
              && (reaction(verb.lemma())
                  || Inflections.bases(verb.text().toLowerCase(Locale.ROOT)).stream()
                      .anyMatch(Claimants::reaction));
    }
    return false;
  }

  /** Whether {@code lemma} is a verb that reacts to an act ({@link #REACTIONS}). */
  static boolean reaction(String lemma) {
    return CameoLexicon.cameo(lemma).filter(REACTIONS::contains).isPresent();
  }

  /**
   * Whether the noun with the determiner {@code det} points back at an act ({@code the strikes},
   * {@code this invasion}, {@code the drills}): a noun of an act that a verb states ({@link #acts})
   * or a noun that names an interaction itself ({@link CameoLexicon#nounCameo}, {@link
   * CameoLexicon#jointNounCameo}); not an agreement ({@code the accord}), whose parties {@link
   * PairAntecedents} finds, and which a party signs rather than reacts to.
   */
  static boolean namesAct(Token noun, String det) {
    String word = noun.text().toLowerCase(Locale.ROOT);
    return noun.pos().equals("NOUN")
        && DEFINITE.contains(det.toLowerCase(Locale.ROOT))
        && !AgreementPhrases.isHead(noun.text())
        && (!acts(noun).isEmpty()
            || STEPS.contains(noun.lemma())
            || CameoLexicon.nounCameo(word, noun.lemma()).isPresent()
            || CameoLexicon.jointNounCameo(word, noun.lemma()).isPresent());
  }

  /**
   * The verbs whose subject did what the noun names: the one {@link CameoLexicon#actVerb} gives, or
   * for an appointment or a nomination the verbs of naming to an office (WordNet 3.0 the verbs of
   * these nouns; name, Oxford Learner's "to choose somebody for a job or position"), or for a
   * court's decision on a person ({@link #JUDGING}) the verbs of judging him, or for a noun of
   * {@link #ACTS} the verbs given there.
   */
  private static Set<String> acts(Token noun) {
    return switch (noun.lemma()) {
      case "appointment" -> Set.of("appoint", "name");
      case "nomination" -> Set.of("nominate", "name");
      case "verdict", "ruling", "judgment", "judgement", "conviction", "sentence" -> JUDGING;
      default ->
          ACTS.getOrDefault(
              noun.lemma(), CameoLexicon.actVerb(noun.lemma()).map(Set::of).orElse(Set.of()));
    };
  }

  /**
   * {@code A struck B. C condemned the strikes}, {@code A and D held drills near B. B condemned the
   * drills}: the doers of the act that {@code noun} (a noun that {@link #namesAct}) names, stated
   * before it in its sentence or else in the sentence just before, by a verb of the noun ({@link
   * #acts}) in the sense that verb has alone ({@code A struck a deal} is no strike) or by the noun
   * itself as the object of a verb ({@code held drills}); they are the actors named right before
   * that verb, with those joined to them by "and"; a noun of {@link #STEPS} ({@code the decision},
   * {@code the move}) by any verb stating an interaction that answers no one ({@link #ANSWERS}).
   * Empty when there are none, when that sentence states such acts with different doers or in the
   * passive, or when a doer is among {@code excluded} ({@code A defended the strikes}). A place is
   * no doer ({@link #actor}), {@code placeCountries} giving the country a court there judges for.
   */
  static List<Entity> doers(
      ResolvedArticle article,
      Token noun,
      Set<Entity> excluded,
      Map<Entity, Entity> placeCountries) {
    Set<String> verbs = acts(noun);
    int offset = noun.span().start();
    for (Sentence sentence : thisAndBefore(article, offset)) {
      List<Token> tokens = sentence.tokens();
      Set<List<Entity>> found = new HashSet<>();
      for (int t = 1; t < tokens.size() && tokens.get(t).span().end() <= offset; t++) {
        int v =
            STEPS.contains(noun.lemma())
                ? step(article, sentence, t)
                : actVerb(tokens, t, verbs, noun.lemma());
        if (v > 0) {
          found.add(
              BE.contains(tokens.get(v - 1).text().toLowerCase(Locale.ROOT))
                  ? List.of()
                  : subjects(article, tokens, clauseVerb(tokens, v), placeCountries));
        }
      }
      if (!found.isEmpty()) {
        List<Entity> only = found.size() == 1 ? found.iterator().next() : List.of();
        return only.stream().anyMatch(excluded::contains) ? List.of() : only;
      }
    }
    return List.of();
  }

  /**
   * The verb that states the act at {@code t}: {@code t} itself when it is one of {@code verbs} and
   * the words after it keep it in the class of CAMEO roots ({@link #quad}) it has alone, if any; or
   * the verb no more than {@value #GAP} tokens before {@code t} when {@code t} is the act's noun
   * again or another noun of it ({@link #sameAct}), unless "between" names its parties ({@code A
   * hosted talks between B and D}: A is no party); -1 otherwise.
   */
  private static int actVerb(List<Token> tokens, int t, Set<String> verbs, String noun) {
    Token token = tokens.get(t);
    if (stating(token, verbs)) {
      Optional<String> alone = CameoLexicon.cameo(token.lemma());
      return alone.isEmpty() || quad(CameoLexicon.cameoAt(tokens, t)) == quad(alone) ? t : -1;
    }
    boolean between = t + 1 < tokens.size() && tokens.get(t + 1).text().equalsIgnoreCase("between");
    if (token.pos().equals("NOUN") && sameAct(token.lemma(), noun) && !between) {
      for (int v = t - 1; v > 0 && v >= t - GAP - 1; v--) {
        if (tokens.get(v).pos().equals("VERB")) {
          return v;
        }
      }
    }
    return -1;
  }

  /** Whether nouns of these lemmas name the same act: one noun, or two of {@link #EXERCISES}. */
  private static boolean sameAct(String lemma, String noun) {
    return lemma.equals(noun) || EXERCISES.contains(lemma) && EXERCISES.contains(noun);
  }

  /**
   * {@code t} when it is a verb that, with the words after it, states an interaction other than an
   * answer to another's act ({@link #ANSWERS}), with an actor after it, before the next verb or
   * comma, that the step is taken towards ({@code imposed sanctions on B}; not {@code A and C
   * abstained}); -1 otherwise.
   */
  private static int step(ResolvedArticle article, Sentence sentence, int t) {
    List<Token> tokens = sentence.tokens();
    int end = t + 1;
    while (end < tokens.size()
        && !tokens.get(end).pos().equals("VERB")
        && !tokens.get(end).text().matches("[,;:]")) {
      end++;
    }
    int stop = end < tokens.size() ? tokens.get(end).span().start() : sentence.span().end();
    CharSpan after = new CharSpan(tokens.get(t).span().end(), stop);
    return tokens.get(t).pos().equals("VERB")
            && CameoLexicon.cameoAt(tokens, t).filter(r -> !ANSWERS.contains(r)).isPresent()
            && !article.mentionsWithin(after).isEmpty()
        ? t
        : -1;
  }

  /**
   * The CAMEO class of a root: verbal (01-05) or material (06-08) cooperation, verbal (09-13) or
   * material (14-20) conflict (Schrodt, CAMEO codebook, its "quad" grouping); 0 for none.
   */
  private static int quad(Optional<String> root) {
    if (root.isEmpty()) {
      return 0;
    }
    int r = Integer.parseInt(root.get());
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  /**
   * The actor named last before the verb at {@code v} ({@link #subject}) and those joined to it by
   * "and" or a comma ({@code A and D held drills}).
   */
  private static List<Entity> subjects(
      ResolvedArticle article, List<Token> tokens, int v, Map<Entity, Entity> placeCountries) {
    int from = tokens.get(Math.max(0, v - GAP - 1)).span().start();
    List<Located> near = article.mentionsWithin(new CharSpan(from, tokens.get(v).span().start()));
    Optional<Entity> last =
        near.isEmpty()
            ? Optional.empty()
            : actor(near.get(near.size() - 1), tokens, placeCountries);
    if (last.isEmpty()) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>();
    out.add(last.get());
    int start = near.get(near.size() - 1).mention().span().start();
    List<Located> before =
        article.mentionsWithin(new CharSpan(tokens.get(0).span().start(), start));
    for (int m = before.size() - 1; m >= 0; m--) {
      CharSpan gap = new CharSpan(before.get(m).mention().span().end(), start);
      List<String> between =
          tokens.stream().filter(x -> gap.contains(x.span())).map(Token::text).toList();
      Optional<Entity> joined = actor(before.get(m), tokens, placeCountries);
      if (!between.equals(List.of("and")) && !between.equals(List.of(",")) || joined.isEmpty()) {
        break;
      }
      out.add(0, joined.get());
      start = before.get(m).mention().span().start();
    }
    return List.copyOf(out);
  }

  /**
   * The sentence that holds {@code offset} (or the last one, past the end) and the one before it,
   * in that order: how far a noun that points back may reach.
   */
  private static List<Sentence> thisAndBefore(ResolvedArticle article, int offset) {
    List<Sentence> sentences = article.annotated().sentences();
    int i = 0;
    while (i < sentences.size() && sentences.get(i).span().end() <= offset) {
      i++;
    }
    List<Sentence> out = new ArrayList<>();
    for (int k = Math.min(i, sentences.size() - 1); k >= Math.max(0, i - 1); k--) {
      out.add(sentences.get(k));
    }
    return out;
  }

  /**
   * The maker of the last act that {@code noun} (a noun that {@link #pointsBack}) names, stated
   * before {@code offset} in its sentence or the one before; empty when there is none, or it is
   * among {@code excluded} (the subject of the clause that names it: {@code A repeated the claim}
   * is A's own). A place is no maker ({@link #actor}), {@code placeCountries} giving the country a
   * court or a prosecutor there stands for.
   */
  static Optional<Entity> before(
      ResolvedArticle article,
      int offset,
      String noun,
      Set<Entity> excluded,
      Map<Entity, Entity> placeCountries) {
    Set<String> verbs = VERBS.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of());
    for (Sentence sentence : thisAndBefore(article, offset)) {
      List<Token> tokens = sentence.tokens();
      for (int t = tokens.size() - 1; t > 0; t--) {
        Token verb = tokens.get(t);
        if (verb.span().end() <= offset && stating(verb, verbs)) {
          return BE.contains(tokens.get(t - 1).text().toLowerCase(Locale.ROOT))
              ? Optional.empty()
              : subject(article, tokens, clauseVerb(tokens, t), placeCountries)
                  .filter(e -> !excluded.contains(e));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the token is one of {@code verbs}, by its lemma or, where the lemmatiser left a regular
   * past as it was or clipped it ("blamed"), by that form's base ({@link Inflections#bases}).
   */
  private static boolean stating(Token t, Set<String> verbs) {
    return t.pos().equals("VERB")
        && (verbs.contains(t.lemma())
            || Inflections.bases(t.text().toLowerCase(Locale.ROOT)).stream()
                .anyMatch(verbs::contains));
  }

  /**
   * The verb whose subject did what the verb at {@code v} states: a participle after a comma has
   * the subject of the clause it hangs on ({@code A filed a case against B on Friday, accusing it
   * of genocide}: A accuses, not the Friday or B named just before), the first verb of its
   * sentence; any other verb has its own.
   */
  private static int clauseVerb(List<Token> tokens, int v) {
    if (!tokens.get(v).text().endsWith("ing") || !tokens.get(v - 1).text().equals(",")) {
      return v;
    }
    for (int t = 1; t < v; t++) {
      if (tokens.get(t).pos().equals("VERB")) {
        return t;
      }
    }
    return v;
  }

  /** The actor named last before the verb at {@code v}, no more than {@value #GAP} tokens off. */
  private static Optional<Entity> subject(
      ResolvedArticle article, List<Token> tokens, int v, Map<Entity, Entity> placeCountries) {
    int from = tokens.get(Math.max(0, v - GAP - 1)).span().start();
    List<Located> near = article.mentionsWithin(new CharSpan(from, tokens.get(v).span().start()));
    return near.isEmpty()
        ? Optional.empty()
        : actor(near.get(near.size() - 1), tokens, placeCountries);
  }

  /**
   * The actor that a mention before an act's verb stands for: its entity, unless that is a place,
   * which does nothing itself ({@code Prosecutors in Port Aster indicted B}: the place says where
   * the doer sits); then the country {@code placeCountries} puts the place in when a court or a
   * prosecutor sits there ({@code a court in Port Aster sentenced B}, as {@link ParsedActors} reads
   * a court's seat), and none otherwise.
   */
  private static Optional<Entity> actor(
      Located mention, List<Token> tokens, Map<Entity, Entity> placeCountries) {
    if (mention.entity().type() != EntityType.PLACE) {
      return Optional.of(mention.entity());
    }
    int start = mention.mention().span().start();
    int t = 0;
    while (t < tokens.size() && tokens.get(t).span().start() < start) {
      t++;
    }
    boolean seat =
        t >= 2
            && tokens.get(t - 1).text().equalsIgnoreCase("in")
            && DependencyWords.judicial(tokens.get(t - 2).text().toLowerCase(Locale.ROOT));
    return seat ? Optional.ofNullable(placeCountries.get(mention.entity())) : Optional.empty();
  }
}
