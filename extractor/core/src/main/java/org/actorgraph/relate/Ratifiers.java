package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Members by a say on membership: {@code Freedonia ratified Sylvania's accession to the Union} (or
 * {@code Sylvania's Union membership}) makes Freedonia a member of the Union (only members ratify,
 * approve or veto an entry). The ratifier is a country named right before the verb (a few adverbs
 * or an auxiliary between), or written as its demonym before its parliament or lawmakers (also when
 * the parliament is itself a named organisation, "the Freedonian Parliament"), or after "by" in the
 * passive ({@code Sylvania's Union membership was approved by Freedonian lawmakers}); the verbs are
 * data ({@code ratify_verbs.txt}). And the organisation's say on a member's own membership: {@code
 * the Union suspended Freedonia's membership}, {@code the Union suspended Freedonia from its
 * activities} keep Freedonia a member ({@code membership_verbs.tsv}).
 *
 * <p>Design decision: a suspended member is still a member. Suspension withholds the rights to take
 * part for a time; the membership, and the member's obligations, go on until it is ended (revoked,
 * terminated), which those verbs mark as ending instead.
 */
final class Ratifiers {

  private static final Set<String> VERBS = WordLists.set("ratify_verbs.txt");

  /** Verbs of an organisation acting on a membership: "keeps" or "ends" it. */
  private static final Map<String, String> MEMBERSHIP_VERBS =
      WordLists.pairs("membership_verbs.tsv");

  /** The nouns of an entry into an organisation: "Sylvania's accession", "Sylvania's Union bid". */
  static final Set<String> ENTRY_NOUNS =
      Set.of("accession", "admission", "membership", "entry", "bid");

  /** After the verb: the entrant's possessive and the entry, up to the organisation. */
  private static final Pattern ENTRY =
      Pattern.compile(
          "['’]s( [a-z]+)? ("
              + String.join("|", ENTRY_NOUNS)
              + ")( to join| to| into| in| of)( the)?");

  /** Words between the ratifier and the verb. */
  private static final Set<String> BETWEEN =
      Set.of("has", "have", "had", "finally", "formally", "also", "now", "unanimously", "will");

  /** A body of a country that votes on a treaty: "the Freedonian parliament ratified". */
  static final Set<String> LEGISLATURES =
      Set.of("parliament", "lawmakers", "legislators", "senate", "legislature", "assembly");

  private static final double CONFIDENCE = 0.65;

  private Ratifiers() {}

  /**
   * @param names the article's countries (and places) by each of their names and demonyms in lower
   *     case, for a parliament whose name carries its country ("the Freedonian Parliament")
   */
  static List<Fact> find(SentenceActors sa, Map<String, Entity> names) {
    List<Fact> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int v = 1; v + 2 < tokens.size(); v++) {
      int keeper = keeperEnd(sa, v);
      if (keeper >= 0) {
        suspended(sa, v, keeper).ifPresent(out::add);
        suspendedOwn(sa, v, keeper).ifPresent(out::add);
      }
      if (!VERBS.contains(tokens.get(v).text().toLowerCase(Locale.ROOT))
          || sa.negatedOrHypothetical(v)) {
        continue;
      }
      boolean passive = tokens.get(v + 1).text().equals("by");
      Optional<Located> org =
          passive ? organisationBeforeVerb(sa, v) : organisationAfterEntry(sa, v + 1);
      Optional<Entity> ratifier =
          passive ? ratifierAfter(sa, v + 2, names) : ratifier(sa, v - 1, names);
      if (org.isPresent() && ratifier.isPresent()) {
        out.add(
            new Fact.Membership(
                ratifier.get(), org.get().entity(), CONFIDENCE, List.of(sa.evidence())));
      }
    }
    return out;
  }

  /**
   * {@code Sylvania's Union membership was approved by}: the entry that ends right before the
   * passive verb at {@code v}, over auxiliaries and adverbs; its organisation.
   */
  private static Optional<Located> organisationBeforeVerb(SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    int end = v - 1;
    while (end >= 0 && passiveWord(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
      end--;
    }
    for (int i = Math.max(0, end - 10); i <= end; i++) {
      Optional<Located> org = organisationAfterEntry(sa, i);
      if (org.isEmpty()) {
        continue;
      }
      int last = sa.lastToken(org.get());
      if (last + 1 <= end
          && ENTRY_NOUNS.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))) {
        last++;
      }
      if (last == end) {
        return org;
      }
    }
    return Optional.empty();
  }

  /** An auxiliary or adverb of a passive: "was", "has been", "overwhelmingly". */
  private static boolean passiveWord(String w) {
    return BETWEEN.contains(w)
        || Set.of("was", "were", "is", "are", "been", "be", "being").contains(w)
        || w.endsWith("ly");
  }

  /**
   * {@code by Freedonia}, {@code by Freedonian lawmakers}, {@code by the Freedonian Parliament}:
   * the ratifier after "by" at {@code i}.
   */
  private static Optional<Entity> ratifierAfter(
      SentenceActors sa, int i, Map<String, Entity> names) {
    List<Token> tokens = sa.tokens();
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("the")) {
      i++;
    }
    Optional<Located> body = sa.startingAt(i, EntityType.ORGANISATION);
    if (body.isPresent()) {
      return countryOfLegislature(body.get(), names);
    }
    return sa.startingAt(i, EntityType.COUNTRY).map(Located::entity);
  }

  /**
   * {@code the Freedonian Parliament}: the country a legislature's name opens with, among the
   * article's countries.
   */
  private static Optional<Entity> countryOfLegislature(Located body, Map<String, Entity> names) {
    String[] words = body.mention().text().toLowerCase(Locale.ROOT).split(" ");
    if (words.length != 2 || !LEGISLATURES.contains(words[1])) {
      return Optional.empty();
    }
    return Optional.ofNullable(names.get(words[0])).filter(e -> e.type() == EntityType.COUNTRY);
  }

  /** Whether {@code word} is a verb that ends a membership: "revoked", "terminated". */
  static boolean endsMembership(String word) {
    return "ends".equals(MEMBERSHIP_VERBS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The last token of who acts with the verb at {@code v} when it is an asserted verb that keeps a
   * membership ({@code membership_verbs.tsv}: suspended, froze), read back over the words between
   * ("has", "formally"); -1 for any other verb, or when nothing stands before it.
   */
  private static int keeperEnd(SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    String verb = tokens.get(v).text().toLowerCase(Locale.ROOT);
    if (!"keeps".equals(MEMBERSHIP_VERBS.get(verb)) || sa.negatedOrHypothetical(v)) {
      return -1;
    }
    int j = v - 1;
    while (j >= 0 && BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j--;
    }
    return j;
  }

  /**
   * {@code the Union suspended Freedonia's membership}, {@code the Union has suspended Freedonia
   * from all its activities}: an organisation ending at {@code keeper} ({@link #keeperEnd}), and a
   * country after the verb followed by "'s membership" or "from".
   */
  private static Optional<Fact> suspended(SentenceActors sa, int v, int keeper) {
    List<Token> tokens = sa.tokens();
    Optional<Located> org =
        sa.endingAt(keeper, EntityType.ORGANISATION).filter(o -> MemberLists.isBloc(o.entity()));
    Optional<Located> member = sa.startingAt(v + 1, EntityType.COUNTRY);
    if (org.isEmpty() || member.isEmpty()) {
      return Optional.empty();
    }
    String after =
        StructureFinder.text(tokens, sa.lastToken(member.get()) + 1, sa.lastToken(member.get()) + 3)
            .toLowerCase(Locale.ROOT);
    if (!after.matches("['’]s membership|from .*")) {
      return Optional.empty();
    }
    return Optional.of(
        new Fact.Membership(
            member.get().entity(), org.get().entity(), 0.6, List.of(sa.evidence())));
  }

  /**
   * {@code Freedonia suspended its membership in the Union}, {@code Freedonia has frozen its
   * participation in the Union}: a member that holds back its own membership for a time is still a
   * member, as when the organisation suspends it; a country ending at {@code keeper} ({@link
   * #keeperEnd}), then "its membership" or "its participation" and "in" or "of" the organisation.
   */
  private static Optional<Fact> suspendedOwn(SentenceActors sa, int v, int keeper) {
    List<Token> tokens = sa.tokens();
    Optional<Located> member = sa.endingAt(keeper, EntityType.COUNTRY);
    String after = StructureFinder.text(tokens, v + 1, v + 4).toLowerCase(Locale.ROOT);
    if (member.isEmpty() || !OWN_MEMBERSHIP.matcher(after).matches()) {
      return Optional.empty();
    }
    int at = v + 4 < tokens.size() && tokens.get(v + 4).text().equals("the") ? v + 5 : v + 4;
    return sa.startingAt(at, EntityType.ORGANISATION)
        .filter(o -> MemberLists.isBloc(o.entity()))
        .map(
            o ->
                new Fact.Membership(
                    member.get().entity(), o.entity(), 0.6, List.of(sa.evidence())));
  }

  /** The three words after the verb of {@link #suspendedOwn}. */
  private static final Pattern OWN_MEMBERSHIP =
      Pattern.compile("its (?:membership|participation) (?:in|of)");

  /** {@code Sylvania's accession to the Union}: the entrant at {@code i}, then the entry. */
  private static Optional<Located> organisationAfterEntry(SentenceActors sa, int i) {
    Optional<Located> entrant = sa.startingAt(i, EntityType.COUNTRY);
    if (entrant.isEmpty()) {
      return Optional.empty();
    }
    int from = sa.lastToken(entrant.get()) + 1;
    Optional<Located> named = namedBeforeEntry(sa, from);
    if (named.isPresent()) {
      return named;
    }
    for (int end = from + 1; end <= from + 6 && end < sa.tokens().size(); end++) {
      String gap = StructureFinder.text(sa.tokens(), from, end).toLowerCase(Locale.ROOT);
      Optional<Located> org =
          ENTRY.matcher(gap).matches()
              ? sa.startingAt(end, EntityType.ORGANISATION)
              : Optional.empty();
      if (org.isPresent()) {
        return org;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Sylvania's Union membership}, {@code Sylvania's Union bid}: the organisation written
   * between the entrant's possessive at {@code from} and the entry noun.
   */
  private static Optional<Located> namedBeforeEntry(SentenceActors sa, int from) {
    List<Token> tokens = sa.tokens();
    if (from + 2 >= tokens.size() || !tokens.get(from).text().matches("['’]s")) {
      return Optional.empty();
    }
    Optional<Located> org = sa.startingAt(from + 1, EntityType.ORGANISATION);
    if (org.isEmpty()) {
      return Optional.empty();
    }
    int after = sa.lastToken(org.get()) + 1;
    return after < tokens.size()
            && ENTRY_NOUNS.contains(tokens.get(after).text().toLowerCase(Locale.ROOT))
        ? org
        : Optional.empty();
  }

  /**
   * The country that ends at or before {@code j}, over auxiliaries and adverbs; or whose demonym
   * names its parliament or lawmakers there.
   */
  private static Optional<Entity> ratifier(SentenceActors sa, int j, Map<String, Entity> names) {
    List<Token> tokens = sa.tokens();
    while (j >= 0 && BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j--;
    }
    if (j < 0) {
      return Optional.empty();
    }
    if (LEGISLATURES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && j > 0) {
      // "Freedonia's parliament", "Freedonian lawmakers": the country before the legislature's
      // word, also when that word alone was found as an organisation
      int k = tokens.get(j - 1).text().matches("['’]s") ? j - 2 : j - 1;
      Optional<Entity> owner =
          k >= 0 ? sa.endingAt(k, EntityType.COUNTRY).map(Located::entity) : Optional.empty();
      if (owner.isPresent()) {
        return owner;
      }
    }
    Optional<Located> body = sa.endingAt(j, EntityType.ORGANISATION);
    if (body.isPresent()) {
      return countryOfLegislature(body.get(), names);
    }
    return sa.endingAt(j, EntityType.COUNTRY).map(Located::entity);
  }
}
