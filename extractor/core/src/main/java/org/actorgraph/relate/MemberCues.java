package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.actorgraph.resolve.Entity;

/**
 * Members that a cue right after an organisation's name opens a list of: a verb or phrase of
 * composition of {@code member_list_cues.txt} ({@code the Trio, comprising Freedonia, Sylvania and
 * Ruritania}; {@code the Union – Freedonia, Sylvania, Ruritania}; {@code the Union, which now
 * comprises ten countries including Freedonia and Sylvania}), or an apposition that calls the
 * organisation a partnership of them ({@code the Trio, a partnership between Freedonia and
 * Sylvania}). A plural noun for the states the group gathers may stand between the name and the cue
 * ({@code the Group of Seven industrialised nations – A, B and C}). {@link MemberLists} asks for
 * these where no member noun follows the name.
 */
final class MemberCues {

  private record Cue(List<String> words, boolean countriesOnly) {}

  private static final List<Cue> LIST_CUES =
      WordLists.lines("member_list_cues.txt").stream()
          .map(l -> l.split("\t"))
          .map(f -> new Cue(List.of(f[0].split(" ")), f[1].equals("countries")))
          .sorted(Comparator.comparingInt((Cue c) -> -c.words().size()))
          .toList();

  /** Adverbs that may stand inside a list cue: "which now comprises", "that also includes". */
  private static final Set<String> CUE_ADVERBS = Set.of("now", "also", "currently", "still");

  /**
   * Plural nouns for the states a group gathers, which may describe it before its list of members
   * ("industrialised nations", "emerging economies", "Western democracies"): {@link
   * MemberWords#COUNTED} and Oxford Learner's Dictionary economy ("a country, when you are thinking
   * about its economic system"), democracy ("a country which has this system"), power ("a country
   * with a lot of influence").
   */
  private static final Set<String> GROUPED_STATES =
      Set.of("countries", "nations", "states", "economies", "democracies", "powers");

  private static final int MAX_DESCRIPTOR_WORDS = 3;

  private static final Set<String> PARTNERSHIP_KIND =
      Set.of("partnership", "alliance", "coalition", "grouping", "bloc", "union", "consortium");

  private MemberCues() {}

  /**
   * The memberships of {@code org}, whose name runs from token {@code first} and ends before token
   * {@code j} (past a bloc noun: "the Union bloc, which includes").
   */
  static List<Fact> find(TokenView v, Entity org, int first, int j) {
    List<Fact> out = new ArrayList<>();
    cueAfter(v, org, first, described(v, j), out);
    partnership(v, org, j, out);
    return out;
  }

  /**
   * {@code ORG, comprising A, B and C}; {@code ORG – A, B, C}; {@code ORG, which now comprises ten
   * countries including A and B}: an adverb may stand among the cue's words, and a counted member
   * noun with "including" or "such as" between the cue and the list.
   */
  private static void cueAfter(TokenView v, Entity org, int first, int j, List<Fact> out) {
    int before = first > 0 && v.low[first - 1].equals("the") ? first - 2 : first - 1;
    if (before >= 0 && MemberWords.EXCLUSIONS.contains(v.low[before])) {
      return; // "countries outside the Union, such as Freedonia"
    }
    int k = j < v.size() && v.low[j].equals(",") ? j + 1 : j;
    for (Cue c : LIST_CUES) {
      int end = cueEnd(v, k, c.words());
      if (end > 0) {
        int min = c.countriesOnly() ? 2 : 1;
        MemberFacts.add(
            v, org, v.listAfter(countedMembers(v, end)), min, c.countriesOnly(), 0.7, out);
        return;
      }
    }
  }

  /**
   * Past a plural noun for the kind of states a group gathers, with up to two lower-case adjectives
   * or participles before it, that describes the organisation before its list: {@code the Group of
   * Seven industrialised nations – A, B and C}; {@code j} itself when none stands there.
   */
  private static int described(TokenView v, int j) {
    for (int e = j; e < Math.min(v.size(), j + MAX_DESCRIPTOR_WORDS); e++) {
      String w = v.tokens.get(e).text();
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return j;
      }
      if (GROUPED_STATES.contains(v.low[e])) {
        return e + 1;
      }
      String pos = v.tokens.get(e).pos();
      if (!pos.equals("ADJ") && !pos.equals("VERB")) {
        return j; // "and partner countries such as A": not a description of the bloc
      }
    }
    return j;
  }

  /** Where the cue {@code words} at {@code k} ends, over adverbs among them, or -1. */
  private static int cueEnd(TokenView v, int k, List<String> words) {
    int i = k;
    for (int w = 0; w < words.size(); w++) {
      while (w > 0 && i < v.size() && CUE_ADVERBS.contains(v.low[i])) {
        i++;
      }
      if (i >= v.size() || !v.low[i].equals(words.get(w))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * {@code 27 member states, including}, {@code ten countries such as}: past a number, a member
   * noun (or "countries", "nations", "states") and the word that opens the examples, to the list;
   * {@code k} itself when none stands there.
   */
  private static int countedMembers(TokenView v, int k) {
    int i = k;
    if (i < v.size()
        && (v.tokens.get(i).pos().equals("NUM") || MemberWords.NUMBERS.contains(v.low[i]))) {
      i++;
    }
    int noun = v.match(i, MemberWords.MEMBER_NOUNS);
    if (noun == 0 && i < v.size() && MemberWords.COUNTED.contains(v.low[i])) {
      noun = 1;
    }
    if (noun == 0 || v.low[i].equals("partner")) {
      return k;
    }
    int e = i + noun;
    if (e < v.size() && v.low[e].equals(",")) {
      e++;
    }
    if (e < v.size() && v.low[e].equals("including")) {
      return e + 1;
    }
    return e + 1 < v.size() && v.low[e].equals("such") && v.low[e + 1].equals("as") ? e + 2 : k;
  }

  /** {@code ORG, a partnership between A and B}; {@code ORG – an alliance of A, B and C}. */
  private static void partnership(TokenView v, Entity org, int j, List<Fact> out) {
    if (j + 1 >= v.size() || !Set.of(",", "–", "—", "-", "(").contains(v.low[j])) {
      return;
    }
    int k = j + 1;
    if (!Set.of("a", "an", "the").contains(v.low[k])) {
      return;
    }
    for (int n = k + 1; n < Math.min(v.size(), k + 5); n++) {
      if (PARTNERSHIP_KIND.contains(v.low[n])) {
        for (int p = n + 1; p < Math.min(v.size(), n + 6); p++) {
          if (Set.of(",", ";", ".", ")").contains(v.low[p])) {
            return;
          }
          if (Set.of("of", "between", "among").contains(v.low[p])) {
            MemberFacts.add(v, org, v.listAfter(p + 1), 2, false, 0.65, out);
            return;
          }
        }
        return;
      }
    }
  }
}
