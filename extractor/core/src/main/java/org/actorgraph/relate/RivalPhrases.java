package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Contests written with a noun or a verb of facing: {@code Doe's rival Roe}, {@code Doe and her
 * rival Roe}, {@code rivals Doe and Roe}, {@code Doe's victory over Roe}, {@code Doe will face Roe
 * in the runoff}, {@code Doe is running against Roe}, {@code Doe won 41 percent, ahead of Roe}.
 * Words come from {@link ContestWords}.
 */
final class RivalPhrases {

  private static final int REACH = 6;

  /** How far before "ahead of" the leader may stand ({@link #standing}). */
  private static final int CLAUSE = 15;

  /** Forms of "be" that may stand between joint subjects and their verb. */
  private static final Set<String> BE = Set.of("are", "were", "is", "was", "be", "been");

  /** The plural copula of "Doe and Roe are the leading candidates". */
  private static final Set<String> ARE = Set.of("are", "were");

  /** Lemmas that may stand between a subject and its verb ("Doe, the leader, will face"). */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "will", "would");

  private RivalPhrases() {}

  /** The contests of one sentence of {@code article}. */
  static List<Fact> find(TokenView v, ResolvedArticle article) {
    List<Fact> out = new ArrayList<>();
    boolean election = ContestWords.hasElectionWord(v);
    for (int i = 0; i < v.size(); i++) {
      String w = v.low[i];
      if (ContestWords.RIVAL.contains(w)) {
        rival(v, i, election, article).ifPresent(out::add);
      } else if (ContestWords.VICTORY.contains(w)
          && i + 1 < v.size()
          && v.low[i + 1].equals("over")) {
        victory(v, i, election, article).ifPresent(out::add);
      } else if (election
          && ContestWords.FACE.contains(v.tokens.get(i).lemma())
          && !ContestWords.VIE.contains(w)) {
        face(v, i).ifPresent(out::add);
      } else if (election && ContestWords.LEAD_OR_TRAIL.contains(v.tokens.get(i).lemma())) {
        leadOrTrail(v, i).ifPresent(out::add);
      } else if (election && ContestWords.PIT.contains(w)) {
        pit(v, i).ifPresent(out::add);
      } else if (election && ContestWords.VIE.contains(w)) {
        int verb = i;
        face(v, verb).or(() -> jointSubjects(v, verb, 0.7)).ifPresent(out::add);
      } else if ((ContestWords.ELECTION.contains(w)
              || election && ContestWords.CHOOSE.contains(v.tokens.get(i).lemma()))
          && i + 1 < v.size()
          && v.low[i + 1].equals("between")) {
        contest(v, contestants(RivalLists.after(v, i + 2)), Optional.empty(), true, 0.7)
            .ifPresent(out::add);
      } else if (election && ContestWords.CANDIDATES.contains(w)) {
        candidates(v, i).ifPresent(out::add);
      } else if (ContestWords.STANDING.contains(w) && (election || ContestWords.hasShare(v))) {
        standing(v, i).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * {@code Doe won 41 percent, ahead of Roe on 30 percent and Poe}, {@code Doe's Unity Party came
   * first, ahead of the Aster Front}: the first actor of the clause before "ahead of" leads those
   * after it, in a sentence about a vote or its shares.
   */
  private static Optional<Fact> standing(TokenView v, int i) {
    if (i + 1 >= v.size() || !v.low[i + 1].equals("of") || v.sa.negatedOrHypothetical(i)) {
      return Optional.empty();
    }
    Optional<Entity> leader = firstOfClause(v, i);
    return ahead(v, leader, contestants(RivalLists.after(v, skip(v, i + 2))), true, 0.7);
  }

  /**
   * The contest of {@code first}, who leads or won, with {@code others}; empty when either side is
   * missing.
   */
  private static Optional<Fact> ahead(
      TokenView v, Optional<Entity> first, List<Entity> others, boolean election, double conf) {
    if (first.isEmpty() || others.isEmpty()) {
      return Optional.empty();
    }
    List<Entity> all = new ArrayList<>(List.of(first.get()));
    others.stream().filter(e -> !all.contains(e)).forEach(all::add);
    return contest(v, all, first, election, conf);
  }

  /**
   * The first person or organisation within {@value #CLAUSE} tokens before {@code i} that is no
   * preposition's object (for a person, the party her possessive names: {@code Doe's Unity Party}).
   */
  private static Optional<Entity> firstOfClause(TokenView v, int i) {
    for (Located l : v.sa.mentions()) {
      int first = v.sa.firstToken(l);
      if (first < i - CLAUSE || v.sa.lastToken(l) >= i || !canContest(l.entity())) {
        continue;
      }
      if (first > 0 && v.tokens.get(first - 1).pos().equals("ADP")) {
        continue;
      }
      Located owner = TitleContexts.possessed(v.sa, l);
      return Optional.of(owner.entity()).filter(RivalPhrases::canContest);
    }
    return Optional.empty();
  }

  /**
   * {@code Doe and Roe are vying for the presidency}: the actors coordinated before the verb (two
   * or more), with at most an auxiliary between.
   */
  private static Optional<Fact> jointSubjects(TokenView v, int verb, double confidence) {
    int end = verb;
    while (end > 0 && BE.contains(v.low[end - 1])) {
      end--;
    }
    List<Entity> all = contestants(RivalLists.before(v, end));
    if (all.size() < 2 || v.sa.negatedOrHypothetical(verb)) {
      return Optional.empty();
    }
    return contest(v, all, Optional.empty(), true, confidence);
  }

  /** {@code Doe and Roe are the two leading candidates}. */
  private static Optional<Fact> candidates(TokenView v, int noun) {
    int j = noun - 1;
    while (j > 0 && noun - j <= 4 && !ARE.contains(v.low[j])) {
      if (v.startsAt[j] != null || v.low[j].equals(",")) {
        return Optional.empty();
      }
      j--;
    }
    if (j <= 0 || !ARE.contains(v.low[j])) {
      return Optional.empty();
    }
    return jointSubjects(v, j + 1, 0.65);
  }

  /** {@code Doe's rival Roe}; {@code Doe and his rival Roe}; {@code rivals Doe and Roe}. */
  private static Optional<Fact> rival(
      TokenView v, int r, boolean election, ResolvedArticle article) {
    if (r + 1 < v.size() && v.low[r + 1].equals("of")) {
      return rivalOf(v, r, election);
    }
    List<Entity> rivals = contestants(RivalLists.after(v, skip(v, r + 1)));
    if (rivals.isEmpty()) {
      rivals = describedRival(v, r);
    }
    Optional<Entity> owner = owner(v, r, article);
    List<Entity> all = new ArrayList<>();
    owner.ifPresent(all::add);
    rivals.stream().filter(e -> !all.contains(e)).forEach(all::add);
    boolean plural = v.low[r].endsWith("s");
    if (all.size() < 2 || owner.isEmpty() && !plural || v.sa.negatedOrHypothetical(r)) {
      return Optional.empty();
    }
    return contest(v, all, Optional.empty(), election, 0.7);
  }

  /**
   * {@code Roe, the main rival of Doe,}, {@code Roe is seen as the main rival of Doe}: the actor
   * after "of" has for rival the nearest actor before the noun, when only a comma, articles,
   * adjectives, adverbs and a copula ({@link #DESCRIBING}) stand between; an actor inside a
   * parenthetical before the copula gives way to the one it describes ({@link #headOfApposition}).
   */
  private static Optional<Fact> rivalOf(TokenView v, int r, boolean election) {
    List<Entity> owners = contestants(RivalLists.after(v, skip(v, r + 2)));
    int j = r - 1;
    while (j >= 0 && r - j <= REACH && v.endsAt[j] == null && describing(v.tokens.get(j))) {
      j--;
    }
    if (owners.isEmpty() || j < 0 || v.endsAt[j] == null || v.sa.negatedOrHypothetical(r)) {
      return Optional.empty();
    }
    Located described = v.endsAt[j];
    if (j + 2 < r && v.low[j + 1].equals(",") && v.tokens.get(j + 2).lemma().equals("be")) {
      // "Doe, a member of the Unity Party, is the main rival of Roe": Doe, not the party
      described = headOfApposition(v.sa, described, j + 2);
    }
    List<Entity> all = new ArrayList<>(contestants(List.of(described)));
    owners.stream().limit(1).filter(e -> !all.contains(e)).forEach(all::add);
    return all.size() < 2 ? Optional.empty() : contest(v, all, Optional.empty(), election, 0.7);
  }

  /**
   * Lemmas of the copula and of the verbs of being taken for ({@code is seen as}, Oxford Learner's
   * see/regard/consider "as") that may stand between an actor and a noun describing it.
   */
  private static final Set<String> DESCRIBING =
      Set.of("be", "see", "regard", "consider", "view", "as", ",");

  private static boolean describing(Token t) {
    return DESCRIBING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
        || DESCRIBING.contains(t.text())
        || t.pos().matches("DET|ADJ|ADV")
        || ContestWords.SKIP.contains(t.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code Roe, Doe's main challenger,}: the actor the apposition describes. */
  private static List<Entity> describedRival(TokenView v, int r) {
    int j = r - 1;
    while (j >= 0 && r - j <= 3 && ContestWords.SKIP.contains(v.low[j])) {
      j--;
    }
    if (j < 2 || !(v.low[j].equals("'s") || v.low[j].equals("’s")) || v.endsAt[j - 1] == null) {
      return List.of();
    }
    int comma = v.sa.firstToken(v.endsAt[j - 1]) - 1;
    if (comma < 1 || !v.low[comma].equals(",") || v.endsAt[comma - 1] == null) {
      return List.of();
    }
    return contestants(List.of(v.endsAt[comma - 1]));
  }

  /** {@code Doe's victory over Roe}; {@code Doe won a landslide victory over Roe}. */
  private static Optional<Fact> victory(
      TokenView v, int i, boolean election, ResolvedArticle article) {
    Optional<Entity> winner = owner(v, i, article).or(() -> before(v, i, REACH + 2));
    return ahead(v, winner, contestants(RivalLists.after(v, skip(v, i + 2))), election, 0.75);
  }

  /** {@code Doe will face Roe in the runoff}; {@code Doe is running against Roe}. */
  private static Optional<Fact> face(TokenView v, int i) {
    String lemma = v.tokens.get(i).lemma();
    int after = i + 1;
    if (!lemma.equals("face") && !lemma.equals("challenge")) {
      if (after >= v.size() || !v.low[after].equals("against")) {
        return Optional.empty();
      }
      after++;
    }
    Optional<Entity> first = before(v, i, 4);
    List<Entity> others = contestants(RivalLists.after(v, skip(v, after)));
    if (first.isEmpty() || others.isEmpty() || v.sa.negatedOrHypothetical(i)) {
      return Optional.empty();
    }
    List<Entity> all = new ArrayList<>(List.of(first.get()));
    others.stream().filter(e -> !all.contains(e)).forEach(all::add);
    return contest(v, all, Optional.empty(), true, 0.7);
  }

  /**
   * {@code Doe leads Roe in the polls}, {@code Roe and Poe trailed Doe in the race}: the actors
   * coordinated before the verb are ahead of (or, after a trail verb, behind) those after it. Both
   * sides must be people, or both parties, so that "Doe led the Unity Party in the election" (a
   * person heading a party) and "Doe led the talks" name no rivals.
   */
  private static Optional<Fact> leadOrTrail(TokenView v, int i) {
    int end = i;
    while (end > 0 && AUXILIARIES.contains(v.tokens.get(end - 1).lemma())) {
      end--;
    }
    List<Entity> subjects = contestants(RivalLists.before(v, end));
    List<Entity> objects = contestants(RivalLists.after(v, skip(v, i + 1)));
    if (subjects.isEmpty() || objects.isEmpty() || v.sa.negatedOrHypothetical(i)) {
      return Optional.empty();
    }
    boolean trails = ContestWords.TRAIL.contains(v.tokens.get(i).lemma());
    List<Entity> all = new ArrayList<>(trails ? objects : subjects);
    (trails ? subjects : objects).stream().filter(e -> !all.contains(e)).forEach(all::add);
    boolean people = all.stream().allMatch(e -> e.type() == EntityType.PERSON);
    boolean parties = all.stream().allMatch(PartyMembers::isParty);
    if (!people && !parties) {
      return Optional.empty();
    }
    return contest(v, all, Optional.of(all.get(0)), true, 0.7);
  }

  /**
   * {@code the runoff pits Doe against Roe}; {@code Doe was pitted against Roe and Poe}: the actor
   * after the verb, or before it in the passive, against those after "against".
   */
  private static Optional<Fact> pit(TokenView v, int i) {
    int against = -1;
    for (int j = i + 1; j < Math.min(v.size(), i + REACH + 2); j++) {
      if (v.low[j].equals("against")) {
        against = j;
        break;
      }
    }
    if (against < 0 || v.sa.negatedOrHypothetical(i)) {
      return Optional.empty();
    }
    List<Entity> first =
        against == i + 1
            ? before(v, i, 4).map(List::of).orElse(List.of())
            : contestants(RivalLists.after(v, skip(v, i + 1)));
    List<Entity> others = contestants(RivalLists.after(v, skip(v, against + 1)));
    if (first.isEmpty() || others.isEmpty()) {
      return Optional.empty();
    }
    List<Entity> all = new ArrayList<>(first);
    others.stream().filter(e -> !all.contains(e)).forEach(all::add);
    return contest(v, all, Optional.empty(), true, 0.7);
  }

  /**
   * Whose rival or victory: the actor before {@code 's} (adjectives may follow it), or before "and
   * his/her/their" (passing over a person whose known gender the pronoun does not fit, {@link
   * PersonGender}).
   */
  private static Optional<Entity> owner(TokenView v, int noun, ResolvedArticle article) {
    int j = noun - 1;
    while (j >= 0
        && noun - j <= 3
        && (ContestWords.SKIP.contains(v.low[j]) && !isPossessivePronoun(v.low[j])
            || partyWord(v, j))) {
      j--;
    }
    if (j >= 1 && (v.low[j].equals("'s") || v.low[j].equals("’s")) && v.endsAt[j - 1] != null) {
      return Optional.of(v.endsAt[j - 1].entity()).filter(RivalPhrases::canContest);
    }
    if (j >= 0 && isPossessivePronoun(v.low[j])) {
      String pronoun = v.low[j];
      return before(v, j, 4, e -> PersonGender.mayStandFor(pronoun, e, article));
    }
    return Optional.empty();
  }

  /**
   * {@code Doe's Republican rival Roe}: a party named in one word before the rival noun says the
   * rival's side, not the owner.
   */
  private static boolean partyWord(TokenView v, int j) {
    return v.startsAt[j] != null
        && v.startsAt[j] == v.endsAt[j]
        && PartyMembers.isParty(v.startsAt[j].entity());
  }

  private static boolean isPossessivePronoun(String w) {
    return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its");
  }

  /** The nearest person or organisation ending within {@code reach} tokens before {@code i}. */
  private static Optional<Entity> before(TokenView v, int i, int reach) {
    return before(v, i, reach, e -> true);
  }

  /**
   * The nearest person or organisation ending within {@code reach} tokens before {@code i}, among
   * the actors {@code allowed} accepts (the others are passed over).
   */
  private static Optional<Entity> before(TokenView v, int i, int reach, Predicate<Entity> allowed) {
    for (int j = i - 1; j >= Math.max(0, i - reach); j--) {
      if (v.low[j].equals(",") && auxiliariesBetween(v, j, i)) {
        // "Doe, the frontrunner, faces Roe": no actor in the parenthetical, the one before it
        Located l = j > 0 ? v.endsAt[j - 1] : null;
        Optional<Located> subject =
            l == null
                ? ContestFinder.apposedSubject(v.sa, j + 1)
                : Optional.of(headOfApposition(v.sa, l, i));
        return subject.map(Located::entity).filter(RivalPhrases::canContest).filter(allowed);
      }
      if (v.low[j].equals(",") || v.low[j].equals(";")) {
        return Optional.empty();
      }
      Located l = v.endsAt[j];
      if (l != null && allowed.test(l.entity())) {
        return Optional.of(l.entity()).filter(RivalPhrases::canContest);
      }
    }
    return Optional.empty();
  }

  /** Whether only auxiliaries stand between {@code from} and {@code to} ("Doe, will face"). */
  private static boolean auxiliariesBetween(TokenView v, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!AUXILIARIES.contains(v.tokens.get(k).lemma())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The actor a parenthetical describes when {@code l} is inside one that ends just before the
   * verb: in "Doe, the leader of the Labour Party, lost to Roe" the loser is Doe, not the party; in
   * "Freedonia's junta leader, Ana Ruiz, faces Berg" (no actor before the parenthetical) Ruiz; in
   * "Doe of the Labour Party lost to Roe" Doe ({@link #memberBefore}).
   */
  static Located headOfApposition(SentenceActors sa, Located l, int verb) {
    List<Token> tokens = sa.sentence().tokens();
    Optional<Located> member = memberBefore(sa, l);
    if (member.isPresent()) {
      return member.get();
    }
    int close = verb - 1;
    while (close > sa.lastToken(l) && AUXILIARIES.contains(tokens.get(close).lemma())) {
      close--;
    }
    if (close <= sa.lastToken(l) || !tokens.get(close).text().equals(",")) {
      return l;
    }
    int open = sa.firstToken(l) - 1;
    while (open >= 0 && !tokens.get(open).text().equals(",")) {
      open--;
    }
    if (open < 1 || sa.firstToken(l) - open > 8) {
      return l;
    }
    for (Located m : sa.mentions()) {
      if (sa.lastToken(m) == open - 1 && canContest(m.entity())) {
        return m;
      }
    }
    return l;
  }

  /**
   * {@code Doe of the Unity Party defeated Roe}, {@code Doe of the Unity Party (UP) defeated Roe},
   * {@code Doe of the ruling Aster party won}, {@code Doe, of the Unity Party, beat Roe}: the
   * person whose party {@code l} is, named right before "of" or "from" (and "the"); the person is
   * the contestant, the party says which side she is on.
   */
  private static Optional<Located> memberBefore(SentenceActors sa, Located l) {
    List<Token> tokens = sa.sentence().tokens();
    int p = sa.firstToken(l) - 1;
    if (p >= 1 && tokens.get(p).text().equals("(")) {
      // "Doe of the Unity Party (UP) beat Roe": the name before the acronym
      int name = p - 1;
      Optional<Located> full =
          sa.mentions().stream()
              .filter(m -> m.entity().equals(l.entity()) && sa.lastToken(m) == name)
              .findFirst();
      if (full.isEmpty()) {
        return Optional.empty();
      }
      p = sa.firstToken(full.get()) - 1;
    }
    // "of the ruling centre-left Unity party": lower-case words before the party's name
    for (int k = 0; k < 3 && p >= 0 && tokens.get(p).text().matches("\\p{Ll}+(-\\p{Ll}+)*"); k++) {
      if (tokens.get(p).text().matches("of|from|the")) {
        break;
      }
      p--;
    }
    if (p >= 0 && tokens.get(p).text().equalsIgnoreCase("the")) {
      p--;
    }
    if (l.entity().type() != EntityType.ORGANISATION
        || p < 1
        || !tokens.get(p).text().matches("of|from")) {
      return Optional.empty();
    }
    // "Doe, of the Unity Party, beat Roe"
    int person = p >= 2 && tokens.get(p - 1).text().equals(",") ? p - 2 : p - 1;
    return sa.mentions().stream()
        .filter(m -> m.entity().type() == EntityType.PERSON && sa.lastToken(m) == person)
        .findFirst();
  }

  /** The first token after {@code i} that is not a skip word or comma (at most four skipped). */
  static int skip(TokenView v, int i) {
    int j = i;
    while (j < v.size()
        && j - i < 4
        && v.startsAt[j] == null
        && (ContestWords.SKIP.contains(v.low[j]) || v.low[j].equals(","))) {
      j++;
    }
    return j;
  }

  /** The people and organisations of a list, up to the first of another type. */
  static List<Entity> contestants(List<Located> items) {
    List<Entity> out = new ArrayList<>();
    for (Located l : items) {
      if (!canContest(l.entity())) {
        break;
      }
      if (!out.contains(l.entity())) {
        out.add(l.entity());
      }
    }
    return out;
  }

  static boolean canContest(Entity e) {
    return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION;
  }

  /**
   * A contest of {@code all}; organisations other than parties contest only where the sentence
   * speaks of an election, so that armies that "defeat" each other are not rivals.
   */
  static Optional<Fact> contest(
      TokenView v, List<Entity> all, Optional<Entity> winner, boolean election, double conf) {
    boolean political =
        election
            || all.stream().allMatch(e -> e.type() == EntityType.PERSON || PartyMembers.isParty(e));
    if (all.size() < 2 || !political) {
      return Optional.empty();
    }
    return Optional.of(new Fact.Contest(all, winner, conf, List.of(v.sa.evidence())));
  }
}
