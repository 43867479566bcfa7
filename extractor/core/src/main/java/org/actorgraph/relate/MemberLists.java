package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Memberships written as a list next to the organisation:
 *
 * <ul>
 *   <li>after it: {@code Union members Freedonia and Sylvania}; {@code the bloc's member states
 *       such as Freedonia}; and, read at each organisation this class finds, {@code the Trio,
 *       comprising Freedonia, Sylvania and Ruritania} and {@code the Trio, a partnership between
 *       Freedonia and Sylvania} ({@link MemberCues}), {@code the Union nations (Freedonia, Sylvania
 *       and Ruritania)} ({@link EnclosedMembers}), {@code the Union, of which Freedonia is a
 *       member} ({@link MemberClauses});
 *   <li>before it: {@code Freedonia and fellow Union members ...}; {@code Freedonia worked with
 *       other member states}; and, read by {@link MembersBefore} at each organisation this class
 *       finds, {@code Freedonia and Sylvania, both members of the Union}; {@code Freedonia and
 *       Sylvania joined the Union}; {@code Sylvania, as part of the Coalition}; {@code Freedonia,
 *       the current chair of the bloc}.
 * </ul>
 *
 * A bloc noun ("the bloc's members", "fellow alliance members") stands for the bloc the article
 * named last. The word lists are data ({@code member_*.txt}, {@code bloc_nouns.txt}). This class
 * also says which organisations may have members ({@link #isBloc}) and which bloc a later "the
 * bloc" means ({@link #lastBloc}).
 */
final class MemberLists {

  /**
   * Kinds of organisation that consist of their partners: "partner nations" of a coalition are its
   * members, those of a bloc or an alliance are outsiders it works with.
   */
  private static final Pattern COALITION =
      Pattern.compile("(?i).*\\b(coalition|partnership|consortium)\\b.*");

  private static final Set<String> BLOC_NOUNS = WordLists.set("bloc_nouns.txt");

  /** "other member states", "fellow members": the members besides the one the clause is about. */
  private static final Set<String> OTHER = Set.of("other", "fellow");

  /**
   * How many lower-case words may stand between a member and "other members": "has worked with".
   */
  private static final int MAX_VERB_WORDS = 6;

  private static final Set<String> SUCH_AS = Set.of("such", "as", "including", "like", ",", ":");
  private static final Set<String> INCLUDE =
      Set.of("include", "includes", "included", "including", "are", "were", "comprise", "such");

  private MemberLists() {}

  /**
   * The memberships one sentence lists.
   *
   * @param recentBloc the bloc the article named last before this sentence, for "the bloc's"
   */
  static List<Fact> find(SentenceActors sa, Optional<Entity> recentBloc) {
    TokenView v = new TokenView(sa);
    List<Fact> out = new ArrayList<>();
    Optional<Entity> bloc = recentBloc;
    for (int i = 0; i < v.size(); i++) {
      Located m = v.startsAt[i];
      if (m != null && isBloc(m.entity())) {
        int last = sa.lastToken(m);
        members(v, m.entity(), sa.firstToken(m), last, false, out);
        if (isInternational(m.entity()) || bloc.filter(MemberLists::isInternational).isEmpty()) {
          bloc = Optional.of(m.entity());
        }
        i = last;
      } else if (m == null && OTHER.contains(v.low[i]) && otherMembers(v, i, bloc, out)) {
        continue;
      } else if (m == null && bloc.isPresent() && isBlocNoun(v, i)) {
        members(v, bloc.get(), i, i, true, out);
      } else if (m == null && bloc.isPresent() && subjectList(v, bloc.get(), i, out)) {
        continue;
      } else if (m == null && bloc.isPresent() && BLOC_NOUNS.contains(v.low[i])) {
        int first = i > 0 && v.tokens.get(i - 1).pos().equals("ADJ") ? i - 1 : i;
        MembersBefore.linkBefore(v, bloc.get(), first, i, 0.6, out);
      }
    }
    return out;
  }

  /**
   * The bloc a later "the bloc" means: the last international organisation named so far, or, while
   * the article has named none, the last other organisation that may have members.
   */
  static Optional<Entity> lastBloc(SentenceActors sa, Optional<Entity> previous) {
    Optional<Entity> bloc = previous;
    for (Located l : sa.mentions()) {
      Entity e = l.entity();
      boolean international = isInternational(e);
      if (international || isBloc(e) && bloc.filter(MemberLists::isInternational).isEmpty()) {
        bloc = Optional.of(e);
      }
    }
    return bloc;
  }

  static boolean isInternational(Entity e) {
    return e.subtype().filter("InternationalOrganisation"::equals).isPresent();
  }

  /** Whether a lower-case word is a common noun for a bloc ("the bloc", "the alliance"). */
  static boolean isBlocWord(String lower) {
    return BLOC_NOUNS.contains(lower);
  }

  /**
   * Whether a phrase around "member" has a word of {@code member_exclusions.txt}: "a former member
   * of", "'s future membership in".
   */
  static boolean excluded(String phrase) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) {
      if (MemberWords.EXCLUSIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isBloc(Entity e) {
    String sub = e.subtype().orElse("");
    return e.type() == EntityType.ORGANISATION
        && !sub.equals("GovernmentBody")
        && !sub.equals("Company")
        && !sub.equals("MediaOutlet");
  }

  /** "the bloc's", "fellow alliance members", "its bloc partners": a bloc noun standing alone. */
  private static boolean isBlocNoun(TokenView v, int i) {
    if (!BLOC_NOUNS.contains(v.low[i]) || i == 0) {
      return false;
    }
    String before = v.low[i - 1];
    boolean determined = before.equals("the") || before.equals("fellow") || before.equals("its");
    String after = i + 1 < v.size() ? v.low[i + 1] : "";
    return determined && (MemberWords.isPossessive(after) || after.startsWith("member"));
  }

  private static void members(
      TokenView v, Entity org, int first, int last, boolean anaphor, List<Fact> out) {
    double base = anaphor ? 0.6 : 0.75;
    int j = last + 1;
    if (!anaphor && j < v.size() && isBlocWord(v.low[j]) && !isNoun(v, j + 1)) {
      j++; // "the ASEAN bloc, which includes"
    }
    if (j < v.size() && MemberWords.isPossessive(v.low[j])) {
      j++;
      MembersBefore.possessiveBefore(v, org, first, j, anaphor ? base : 0.7, out);
    }
    int noun = v.match(j, MemberWords.MEMBER_NOUNS);
    if (!anaphor && j < v.size() && !outsiders(v, org, j)) {
      out.addAll(EnclosedMembers.find(v, org, j, noun));
      out.addAll(MemberClauses.find(v, org, j));
    }
    if (noun > 0 && !outsiders(v, org, j)) {
      int k = j + noun;
      while (k < v.size() && SUCH_AS.contains(v.low[k])) {
        k++;
      }
      List<Located> items = v.listAfter(k);
      if (!(k == j + noun + 1 && v.low[j + noun].equals(",") && subjectOfOther(v, items, first))) {
        MemberFacts.add(v, org, items, 1, false, base, out);
      }
      if (!anaphor) {
        MembersBefore.appositive(v, org, first, base, out);
        MembersBefore.copulaBefore(v, org, first, base, out);
      }
    } else if (!anaphor) {
      out.addAll(MemberCues.find(v, org, first, j));
      MembersBefore.officeBefore(v, org, first, j, out);
    }
    if (!anaphor) {
      MembersBefore.linkBefore(v, org, first, last, 0.75, out);
      MembersBefore.ledBy(v, org, first, out);
    }
    if (first > 0 && v.low[first - 1].equals("fellow")) {
      int k = first - 2;
      while (k >= 0 && Set.of("its", "his", "her", "their", "and", ",").contains(v.low[k])) {
        k--;
      }
      MemberFacts.add(v, org, v.listBefore(k + 1), 1, false, base - 0.05, out);
    }
  }

  /**
   * {@code Freedonia worked with other member states to pass the Union's sanctions}, {@code
   * Freedonia, like its fellow members, ...}: "other" or "fellow" and a plural member noun with no
   * organisation before it say that the country the clause is about is a member too: the nearest
   * list of countries before it, with a verb, "with", "like" or "and" between and no other actor or
   * stop. The organisation is the first bloc named after the noun in the sentence, or else the bloc
   * the article named last (for "allies" or "partners", only an international organisation).
   * Returns whether it read one.
   */
  private static boolean otherMembers(
      TokenView v, int i, Optional<Entity> recentBloc, List<Fact> out) {
    int noun = v.match(i + 1, MemberWords.MEMBER_NOUNS);
    if (noun == 0 || !v.low[i + noun].endsWith("s") || v.low[i + 1].equals("partner")) {
      return false;
    }
    // "other allies" or "other partners" mean a bloc named before only if it is an international
    // organisation: "Japan, South Korea and other allies" after a company's name are not its
    // members
    boolean members = v.low[i + 1].startsWith("member");
    Optional<Entity> org = recentBloc.filter(b -> members || isInternational(b));
    for (int k = i + 1 + noun; k < v.size(); k++) {
      if (v.startsAt[k] != null && isBloc(v.startsAt[k].entity())) {
        org = Optional.of(v.startsAt[k].entity());
        break;
      }
    }
    int k = i - 1;
    while (k >= 0 && v.low[k].matches("its|their|the|with|like|and|,")) {
      k--;
    }
    int words = 0;
    while (k >= 0
        && v.endsAt[k] == null
        && v.tokens.get(k).text().matches("[a-z]+")
        && words++ < MAX_VERB_WORDS) {
      k--;
    }
    if (org.isEmpty() || k < 0 || v.endsAt[k] == null) {
      return false;
    }
    MemberFacts.add(v, org.get(), v.listBefore(k + 1), 1, true, 0.6, out);
    return true;
  }

  /**
   * {@code Partner nations taking part include A, B and C}; {@code Member states such as A}: a
   * member noun standing alone (no organisation or bloc noun before it) that a verb of inclusion
   * ties to a list, meaning the bloc the article named last. Partner nations are members of a bloc
   * formed for the occasion, not of a standing international organisation ({@code NATO and partner
   * countries such as Freedonia}). Nor are would-be members ({@code member_exclusions.txt}: {@code
   * prospective members such as Freedonia}, {@code would-be members such as Freedonia}). Returns
   * whether it read one.
   */
  private static boolean subjectList(TokenView v, Entity bloc, int i, List<Fact> out) {
    if (i > 0
        && (v.endsAt[i - 1] != null
            || BLOC_NOUNS.contains(v.low[i - 1])
            || WordLists.endingAt(MemberWords.EXCLUSIONS, v.tokens, i - 1) > 0)) {
      return false;
    }
    int noun = v.match(i, MemberWords.MEMBER_NOUNS);
    if (noun == 0
        || !v.low[i + noun - 1].endsWith("s")
        || isInternational(bloc) && outsiders(v, bloc, i)) {
      return false;
    }
    for (int j = i + noun; j < v.size() && j - (i + noun) <= 3; j++) {
      if (INCLUDE.contains(v.low[j])) {
        int k = j + 1;
        while (k < v.size() && SUCH_AS.contains(v.low[k])) {
          k++;
        }
        MemberFacts.add(v, bloc, v.listAfter(k), 1, false, 0.6, out);
        return true;
      }
      if (v.startsAt[j] != null || v.low[j].matches("[,;:.]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the member noun at {@code i} names partners ("partner nations") of an organisation that
   * is no coalition: {@code Union partner countries Freedonia and Sylvania} are not its members.
   */
  static boolean outsiders(TokenView v, Entity org, int i) {
    return v.low[i].equals("partner")
        && !COALITION.matcher(org.label()).matches()
        && org.aliases().stream().noneMatch(a -> COALITION.matcher(a).matches());
  }

  /**
   * {@code Freedonia will never be a Union member, Sylvania said}: a list after the member noun and
   * a bare comma that a verb follows is the subject of another clause, unless "as" opens the phrase
   * of the member noun ({@code As a Union member, Freedonia is bound by ...}); a list the comma
   * closes is an apposition ({@code Union members, Freedonia and Sylvania, said}).
   */
  private static boolean subjectOfOther(TokenView v, List<Located> items, int first) {
    if (items.isEmpty()) {
      return false;
    }
    int after = v.end(items);
    boolean clause = after < v.size() && v.tokens.get(after).pos().matches("VERB|AUX");
    return clause && MembersBefore.asBefore(v, first, List.of("member")) < 0;
  }

  /** Whether token {@code k} is a noun ("the Union bloc summit"). */
  private static boolean isNoun(TokenView v, int k) {
    return k < v.size() && v.tokens.get(k).pos().equals("NOUN");
  }
}
