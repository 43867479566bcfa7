package org.actorgraph.relate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The contest vocabulary of {@code contest_words.tsv}, by class (win, lose, face, ...). */
final class ContestWords {

  private static final Map<String, Set<String>> BY_CLASS = load();

  static final Set<String> WIN = of("win");

  /** Verbs of removal from office: a win only in an election or between parties. */
  static final Set<String> REMOVAL = of("removal");

  static final Set<String> LOSE = of("lose");

  /** Verbs of a heavy or narrow win, a win only in a report of a game ({@link GameContests}). */
  static final Set<String> ROUT = of("rout");

  /** Verbs by which two teams play a game, read only in a report of a game. */
  static final Set<String> MEET = of("meet");

  static final Set<String> FACE = of("face");
  static final Set<String> PIT = of("pit");
  static final Set<String> VIE = of("vie");
  static final Set<String> CANDIDATES = of("candidates");
  static final Set<String> VICTORY = of("victory");
  static final Set<String> RIVAL = of("rival");
  static final Set<String> ELECTION = of("election");
  static final Set<String> SKIP = of("skip");

  /** Verbs whose subject is ahead of its object in a contest ("Doe leads Roe in the polls"). */
  static final Set<String> LEAD = of("lead");

  /** Verbs whose subject is behind its object in a contest ("Roe trails Doe in the race"). */
  static final Set<String> TRAIL = of("trail");

  /**
   * Verbs of a vote whose "between" names the rivals ("voters will choose between Doe and Roe").
   */
  static final Set<String> CHOOSE = of("choose");

  static final Set<String> LEAD_OR_TRAIL =
      Stream.concat(LEAD.stream(), TRAIL.stream()).collect(Collectors.toUnmodifiableSet());

  /** Words of a standing in a vote: "ahead" (of), whose actor before leads those after. */
  static final Set<String> STANDING = of("standing");

  /** Words of a share of a vote ("percent", "votes", "seats"), in place of an election word. */
  static final Set<String> SHARE = of("share");

  private ContestWords() {}

  /**
   * The win, removal or lose verb a lemma is, also when the lemmatiser left a participle as it was
   * ("defeating"): its base form if that is such a word, else the lemma itself.
   */
  static String winOrLose(String lemma) {
    if (isWinOrLose(lemma)) {
      return lemma;
    }
    for (String base : Inflections.bases(lemma)) {
      if (isWinOrLose(base)) {
        return base;
      }
    }
    return lemma;
  }

  private static boolean isWinOrLose(String w) {
    return WIN.contains(w) || REMOVAL.contains(w) || LOSE.contains(w) || ROUT.contains(w);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> m = new HashMap<>();
    List<String> lines = WordLists.lines("contest_words.tsv");
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(
            "contest_words.tsv: expected word, class (found '" + line + "')");
      }
      m.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[0]);
    }
    return m;
  }

  private static Set<String> of(String cls) {
    return Set.copyOf(BY_CLASS.getOrDefault(cls, Set.of()));
  }

  /** Whether the sentence states a share of a vote ("41 percent", "120 seats"). */
  static boolean hasShare(TokenView v) {
    for (int i = 1; i < v.size(); i++) {
      if (SHARE.contains(v.low[i]) && v.tokens.get(i - 1).pos().equals("NUM")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence has a word of an election or other contest. */
  static boolean hasElectionWord(TokenView v) {
    for (int i = 0; i < v.size(); i++) {
      if (ELECTION.contains(v.low[i]) || ELECTION.contains(v.tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }
}
