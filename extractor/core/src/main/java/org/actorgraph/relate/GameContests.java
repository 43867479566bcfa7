package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Rivals in a report of a game ({@link SportContexts}: a score, "the final"), where countries are
 * national teams and organisations clubs: "Freedonia beat Sylvania 2-1 in the final", "Sylvania
 * lost 2-0 to Freedonia", "Freedonia thrashed Sylvania by seven wickets", "Freedonia drew 1-1 with
 * Sylvania", "Freedonia will face Sylvania in the semi-finals", "Freedonia and Sylvania meet in the
 * final". The verbs are the win and lose words of {@code contest_words.tsv} and its game-only
 * classes (rout, meet); the team before the verb (across a possessive's head: "Freedonia's women's
 * team lost") is the subject, the first team after it, across a score and a preposition, the
 * object. People in games are read by {@link ContestFinder} as in elections.
 */
final class GameContests {

  /** How many words a team's name may stand before its verb ("Freedonia's women's team lost"). */
  private static final int SUBJECT_REACH = 6;

  /** How many words may stand between the verb and the team after it ("lost 2 - 0 to"). */
  private static final int OBJECT_REACH = 6;

  /** Words between the verb and the team after it: prepositions and particles of the verbs. */
  private static final Set<String> BEFORE_OBJECT =
      Set.of("to", "with", "by", "out", "off", "against", "the", "-", "–");

  /** Parts of speech of the words between a team and its verb: its head noun, an auxiliary. */
  private static final Set<String> SUBJECT_WORDS = Set.of("NOUN", "PROPN", "ADJ", "AUX", "PART");

  private GameContests() {}

  /** The game contests of the sentence {@code v}; empty when it reports no game. */
  static List<Fact> find(TokenView v) {
    List<Fact> out = new ArrayList<>();
    Boolean game = null;
    for (int i = 1; i < v.size(); i++) {
      String lemma = ContestWords.winOrLose(v.tokens.get(i).lemma());
      boolean win = ContestWords.WIN.contains(lemma) || ContestWords.ROUT.contains(lemma);
      boolean lose = ContestWords.LOSE.contains(lemma);
      boolean meet = ContestWords.MEET.contains(lemma);
      if (!(win || lose || meet) || !verb(v, i)) {
        continue;
      }
      if (game == null) {
        game = SportContexts.isGame(v.tokens);
      }
      if (!game || v.sa.negatedOrHypothetical(i)) {
        continue;
      }
      int verb = i;
      Optional<Entity> subject = subject(v, i);
      Optional<Entity> object = object(v, i);
      List<Entity> all = new ArrayList<>();
      subject.ifPresent(all::add);
      object.filter(e -> !all.contains(e)).ifPresent(all::add);
      if (all.size() < 2 && meet && object.isEmpty()) {
        all.clear();
        jointSubjects(v, verb).forEach(all::add);
      }
      if (all.size() < 2) {
        continue;
      }
      boolean passive = v.low[i - 1].matches("was|were|is|are|been") && object.isPresent();
      Optional<Entity> winner =
          meet ? Optional.empty() : Optional.of(win != passive ? all.get(0) : all.get(1));
      out.add(new Fact.Contest(all, winner, 0.75, List.of(v.sa.evidence())));
    }
    return out;
  }

  /**
   * Whether token {@code i} is a verb: so tagged, or tagged a noun right after a name, where the
   * tagger reads a present tense as a plural noun ("Freedonia and Sylvania meet in the final").
   */
  private static boolean verb(TokenView v, int i) {
    String pos = v.tokens.get(i).pos();
    return pos.equals("VERB") || pos.equals("NOUN") && v.endsAt[i - 1] != null;
  }

  /** The team whose name ends before the verb, across its head and auxiliaries. */
  private static Optional<Entity> subject(TokenView v, int verb) {
    for (int j = verb - 1; j >= 0 && verb - j <= SUBJECT_REACH; j--) {
      if (v.endsAt[j] != null) {
        return team(v.endsAt[j]);
      }
      if (!SUBJECT_WORDS.contains(v.tokens.get(j).pos()) && !v.low[j].equals("'s")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The team whose name starts after the verb, across a score and a preposition. */
  private static Optional<Entity> object(TokenView v, int verb) {
    for (int k = verb + 1; k < v.size() && k - verb <= OBJECT_REACH; k++) {
      if (v.startsAt[k] != null) {
        return team(v.startsAt[k]);
      }
      if (!BEFORE_OBJECT.contains(v.low[k])
          && !v.tokens.get(k).pos().equals("NUM")
          && !v.low[k].matches("\\d{1,2}[-–]\\d{1,2}")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "Freedonia and Sylvania meet in the final": the teams coordinated right before the verb. */
  private static List<Entity> jointSubjects(TokenView v, int verb) {
    int end = verb;
    while (end > 0 && v.tokens.get(end - 1).pos().equals("AUX")) {
      end--;
    }
    List<Entity> all = new ArrayList<>();
    for (Located l : RivalLists.before(v, end)) {
      Optional<Entity> t = team(l);
      if (t.isEmpty()) {
        return List.of();
      }
      if (!all.contains(t.get())) {
        all.add(t.get());
      }
    }
    return all;
  }

  /** A national team or a club: a country or an organisation. */
  private static Optional<Entity> team(Located l) {
    EntityType t = l.entity().type();
    return t == EntityType.COUNTRY || t == EntityType.ORGANISATION
        ? Optional.of(l.entity())
        : Optional.empty();
  }
}
