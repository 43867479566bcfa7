package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds rivals in elections and contests: "X won the vote against Y", "X defeated Y", "X beat
 * challengers Y and Z" (X won; Y and Z are rivals too), "Y conceded to X", "Y lost to X" (X won),
 * the phrases of {@link RivalPhrases} ("X's rival Y", "victory over", "face Y in the runoff"), and
 * people the article says received votes. Contestants are people or organisations; organisations
 * other than parties only in a sentence about an election. Words are data ({@code
 * contest_words.tsv}).
 */
public final class ContestFinder implements RelationFinder {

  /** Auxiliaries that may stand between a parenthetical's closing comma and the verb. */
  private static final List<String> VOTE_VERBS =
      List.of("received", "won", "got", "garnered", "secured", "obtained");

  private static final Pattern VOTES =
      Pattern.compile(
          "(?i)("
              + String.join("|", VOTE_VERBS)
              + ") (over |about |nearly |almost |more than )?"
              + "[\\d.,]+( (million|thousand|percent|%))?( of the)? (votes|ballots).*");

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      if (sa.mentions().size() < 2) {
        continue;
      }
      TokenView v = new TokenView(sa);
      boolean election = ContestWords.hasElectionWord(v);
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        String lemma = ContestWords.winOrLose(t.lemma());
        // "Doe edged out Roe in the runoff": a rout verb, like a removal verb, needs an election
        boolean removal = ContestWords.REMOVAL.contains(lemma) || ContestWords.ROUT.contains(lemma);
        boolean win = ContestWords.WIN.contains(lemma) || removal;
        if (!(win || ContestWords.LOSE.contains(lemma)) || sa.negatedOrHypothetical(i)) {
          continue;
        }
        int verb = i;
        Optional<Located> before =
            nearest(sa, i, true).map(l -> RivalPhrases.headOfApposition(sa, l, verb));
        // "beating Jane Doe's Unity Front": the party her possessive names is the contestant
        Optional<Located> after =
            nearest(sa, i, false)
                .map(
                    l ->
                        l.entity().type() == EntityType.PERSON
                            ? TitleContexts.possessed(sa, l)
                            : RivalLists.memberAfter(sa, l));
        if (before.isEmpty() || after.isEmpty()) {
          continue;
        }
        List<Entity> others =
            RivalPhrases.contestants(RivalLists.after(v, sa.firstToken(after.get())));
        if (others.isEmpty()) {
          continue;
        }
        List<Entity> all = new ArrayList<>(List.of(before.get().entity()));
        others.stream().filter(e -> !all.contains(e)).forEach(all::add);
        if (removal && !election && !all.stream().allMatch(PartyMembers::isParty)) {
          continue; // "the junta ousted President Roe": a coup, no rival's win
        }
        boolean beaten = win && passive(s.tokens(), i);
        Optional<Entity> winner =
            Optional.of(win && !beaten ? before.get().entity() : others.get(0));
        RivalPhrases.contest(v, all, winner, election, 0.8).ifPresent(facts::add);
      }
      facts.addAll(RivalPhrases.find(v, article));
      facts.addAll(GameContests.find(v));
    }
    facts.addAll(voteGetters(article));
    return facts;
  }

  /**
   * Whether a token's text begins with one of {@link #VOTE_VERBS}, ignoring case: a cheap test that
   * every match of {@link #VOTES} at that token passes, so that the window of words is built and
   * matched only there (it was built and matched with a newly compiled pattern at every token).
   */
  static boolean startsWithVoteVerb(String token) {
    for (String verb : VOTE_VERBS) {
      if (token.regionMatches(true, 0, verb, 0, verb.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * People the article says received votes ("Hou received 4.66 million votes") ran against each
   * other.
   */
  private static List<Fact> voteGetters(ResolvedArticle article) {
    List<Located> got = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = null;
      List<Token> tokens = s.tokens();
      for (int v = 0; v < tokens.size(); v++) {
        if (!startsWithVoteVerb(tokens.get(v).text())
            || !VOTES
                .matcher(StructureFinder.text(tokens, v, Math.min(tokens.size(), v + 8)))
                .matches()) {
          continue;
        }
        if (sa == null) {
          sa = SentenceActors.of(article, s);
        }
        voter(sa, v)
            .filter(l -> got.stream().noneMatch(g -> g.entity().equals(l.entity())))
            .ifPresent(got::add);
      }
    }
    List<Fact> out = new ArrayList<>();
    for (int a = 0; a < got.size(); a++) {
      for (int b = a + 1; b < got.size(); b++) {
        out.add(
            new Fact.Contest(
                List.of(got.get(a).entity(), got.get(b).entity()),
                Optional.empty(),
                0.7,
                List.of(evidence(article, got.get(a)), evidence(article, got.get(b)))));
      }
    }
    return out;
  }

  /** The person nearest before token {@code v}, with no verb between. */
  private static Optional<Located> voter(SentenceActors sa, int v) {
    Located best = null;
    for (Located l : sa.mentions()) {
      int last = sa.lastToken(l);
      if (l.entity().type() == EntityType.PERSON && last < v && v - last <= 14) {
        best = l;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    for (int j = sa.lastToken(best) + 1; j < v; j++) {
      if (sa.tokens().get(j).pos().equals("VERB")) {
        return Optional.empty();
      }
    }
    return Optional.of(best);
  }

  private static Evidence evidence(ResolvedArticle article, Located l) {
    return new Evidence(
        l.mention().sentence(), article.annotated().sentences().get(l.mention().sentence()).span());
  }

  /** "was defeated by", "has been beaten by": the actor after the verb won. */
  private static boolean passive(List<Token> tokens, int verb) {
    return verb >= 1
        && verb + 1 < tokens.size()
        && tokens.get(verb + 1).text().equalsIgnoreCase("by")
        && tokens.get(verb - 1).lemma().equals("be");
  }

  /** Prepositions of time before a participle whose subject is the clause's. */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "while");

  /** How far back the subject of a trailing participle may stand ({@link #trailingParticiple}). */
  private static final int PARTICIPLE_REACH = 12;

  /** The longest apposition between a contestant and the verb, commas included. */
  private static final int APPOSITION = 10;

  /**
   * The longest non-restrictive relative clause ({@code Doe, who was freed from prison ten days
   * before the vote, beat Roe}) between a contestant and the verb, commas included: such a clause
   * is a whole clause, with its own verb and adverbials, so longer than an apposition.
   */
  private static final int RELATIVE_CLAUSE = 20;

  private static Optional<Located> nearest(SentenceActors sa, int verb, boolean before) {
    if (before && prepositionalParticiple(sa.tokens(), verb)) {
      return firstWithin(sa, verb);
    }
    int reach = before && trailingParticiple(sa.tokens(), verb) ? PARTICIPLE_REACH : 4;
    Located best = null;
    for (Located l : sa.mentions()) {
      if (!contestant(l)) {
        continue;
      }
      if (before && sa.lastToken(l) < verb && verb - sa.lastToken(l) <= reach) {
        best = l;
      } else if (!before
          && sa.firstToken(l) > verb
          && sa.firstToken(l) - verb <= 8
          && best == null
          && !partyOfPersonAfter(sa, l)) {
        best = l;
        if (clauseBetween(sa.tokens(), verb, sa.firstToken(l))) {
          return Optional.empty();
        }
      }
    }
    if (best == null && before) {
      return apposedSubject(sa, verb);
    }
    if (best != null && before && reach == PARTICIPLE_REACH) {
      return Optional.of(subjectOfPartyObject(sa, best));
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code Doe was elected leader of the Unity Party on Saturday, defeating Roe}: where the actor
   * nearest a trailing participle is a party after "of" or "from", the person before it in the same
   * clause, who is no possessive ("Doe's Unity Party won, defeating" keeps the party), is the
   * participle's subject.
   */
  private static Located subjectOfPartyObject(SentenceActors sa, Located party) {
    List<Token> tokens = sa.tokens();
    int p = sa.firstToken(party) - 1;
    while (p > 0
        && tokens.get(p).text().matches("the|\\p{Ll}+")
        && !tokens.get(p).text().matches("of|from")) {
      p--;
    }
    if (!PartyMembers.isParty(sa, party) || p < 1 || !tokens.get(p).text().matches("of|from")) {
      return party;
    }
    Located person = null;
    for (Located l : sa.mentions()) {
      if (l.entity().type() == EntityType.PERSON && sa.lastToken(l) < p) {
        person = l;
      }
    }
    if (person == null || tokens.get(sa.lastToken(person) + 1).text().matches("['’]s")) {
      return party;
    }
    for (int j = sa.lastToken(person) + 1; j < p; j++) {
      if (tokens.get(j).text().matches("[,;:]")) {
        return party;
      }
    }
    return person;
  }

  /** Words that end a clause and begin another ("Doe won 32 seats, while Roe won 24"). */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "while", "whereas", "but");

  /**
   * Whether a clause ends between the verb and the actor after it: {@code Doe's party won 32 seats,
   * while Roe's won 24} names no one Doe beat.
   */
  private static boolean clauseBetween(List<Token> tokens, int verb, int actor) {
    for (int j = verb + 1; j < actor; j++) {
      if (CLAUSE_BREAKS.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Doe, the Unity nominee, defeated Roe}: the contestant before an apposition of up to
   * {@value #APPOSITION} tokens, or a relative clause on "who" or "whose" of up to {@value
   * #RELATIVE_CLAUSE}, set off by commas, that ends right before the verb (or the token {@code
   * verb}, which a comma precedes).
   */
  static Optional<Located> apposedSubject(SentenceActors sa, int verb) {
    List<Token> tokens = sa.tokens();
    if (verb < 2 || !tokens.get(verb - 1).text().equals(",")) {
      return Optional.empty();
    }
    int open = verb - 2;
    while (open > 0 && verb - open <= RELATIVE_CLAUSE && !tokens.get(open).text().equals(",")) {
      open--;
    }
    int end = open - 1;
    if (end < 0
        || !tokens.get(open).text().equals(",")
        || verb - open > APPOSITION && !relativeAt(tokens, open + 1)) {
      return Optional.empty();
    }
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end)
        .filter(ContestFinder::contestant)
        .findFirst();
  }

  /** Whether a relative pronoun of a person opens the parenthetical at {@code i}. */
  private static boolean relativeAt(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).text().matches("(?i)who|whose");
  }

  /** Whether the mention may stand in a contest: a person or an organisation. */
  private static boolean contestant(Located l) {
    EntityType type = l.entity().type();
    return type == EntityType.PERSON || type == EntityType.ORGANISATION;
  }

  /**
   * {@code Doe defeated Aster candidate Roe}: an organisation followed, over at most two words of
   * the rivals' roles ({@link ContestWords#SKIP}: "candidate", "challenger"), by a person names
   * that person's side, not a rival of its own.
   */
  private static boolean partyOfPersonAfter(SentenceActors sa, Located org) {
    if (org.entity().type() != EntityType.ORGANISATION) {
      return false;
    }
    List<Token> tokens = sa.tokens();
    int k = sa.lastToken(org) + 1;
    int words = 0;
    while (k < tokens.size() && words < 2 && ContestWords.SKIP.contains(tokens.get(k).text())) {
      k++;
      words++;
    }
    int person = k;
    return words > 0
        && sa.mentions().stream()
            .anyMatch(l -> sa.firstToken(l) == person && l.entity().type() == EntityType.PERSON);
  }

  /**
   * {@code Doe took office in May after defeating Roe}: a participle after a preposition of time,
   * whose subject is the clause's (Oxford Learner's grammar: an -ing clause after "after",
   * "before", "since", "while" takes the subject of the main clause), however far back it stands.
   */
  private static boolean prepositionalParticiple(List<Token> tokens, int verb) {
    return verb > 0
        && TIME_PREPOSITIONS.contains(
            tokens.get(verb - 1).text().toLowerCase(java.util.Locale.ROOT))
        && tokens.get(verb).text().toLowerCase(java.util.Locale.ROOT).endsWith("ing");
  }

  /**
   * The first person or organisation of the sentence that ends before {@code verb}, no further back
   * than {@value #PARTICIPLE_REACH} tokens: the subject of the clause a participle hangs on.
   */
  private static Optional<Located> firstWithin(SentenceActors sa, int verb) {
    return sa.mentions().stream()
        .filter(ContestFinder::contestant)
        .filter(l -> sa.lastToken(l) < verb && verb - sa.lastToken(l) <= PARTICIPLE_REACH)
        .findFirst();
  }

  /**
   * {@code Doe won Sunday's election in Freedonia, defeating Roe}: a participle after a comma whose
   * subject is the clause's, further back than a verb's own subject usually stands.
   */
  private static boolean trailingParticiple(List<Token> tokens, int verb) {
    return verb > 0
        && tokens.get(verb - 1).text().equals(",")
        && tokens.get(verb).text().toLowerCase(java.util.Locale.ROOT).endsWith("ing");
  }
}
