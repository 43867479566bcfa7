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
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Members by a say on membership: {@code Freedonia ratified Sylvania's accession to the Union} (or
 * {@code Sylvania's Union membership}) makes Freedonia a member of the Union (only members ratify,
 * approve or veto an entry). The ratifier is a country named right before the verb (a few adverbs
 * or an auxiliary between), or written as its demonym before its parliament or lawmakers; the verbs
 * are data ({@code ratify_verbs.txt}). And the organisation's say on a member's own membership:
 * {@code the Union suspended Freedonia's membership}, {@code the Union suspended Freedonia from its
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
  private static final Set<String> LEGISLATURES =
      Set.of("parliament", "lawmakers", "legislators", "senate", "legislature", "assembly");

  private static final double CONFIDENCE = 0.65;

  private Ratifiers() {}

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int v = 1; v + 2 < tokens.size(); v++) {
      suspended(sa, v).ifPresent(out::add);
      if (!VERBS.contains(tokens.get(v).text().toLowerCase(Locale.ROOT))
          || sa.negatedOrHypothetical(v)) {
        continue;
      }
      Optional<Located> org = organisationAfterEntry(sa, v + 1);
      Optional<Located> ratifier = ratifier(sa, v - 1);
      if (org.isPresent() && ratifier.isPresent()) {
        out.add(
            new Fact.Membership(
                ratifier.get().entity(), org.get().entity(), CONFIDENCE, List.of(sa.evidence())));
      }
    }
    return out;
  }

  /** Whether {@code word} is a verb that ends a membership: "revoked", "terminated". */
  static boolean endsMembership(String word) {
    return "ends".equals(MEMBERSHIP_VERBS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * {@code the Union suspended Freedonia's membership}, {@code the Union has suspended Freedonia
   * from all its activities}: an organisation right before a verb that keeps a membership, and a
   * country after it followed by "'s membership" or "from".
   */
  private static Optional<Fact> suspended(SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    String verb = tokens.get(v).text().toLowerCase(Locale.ROOT);
    if (!"keeps".equals(MEMBERSHIP_VERBS.get(verb)) || sa.negatedOrHypothetical(v)) {
      return Optional.empty();
    }
    int j = v - 1;
    while (j >= 0 && BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j--;
    }
    Optional<Located> org =
        j >= 0
            ? sa.endingAt(j, EntityType.ORGANISATION).filter(o -> MemberLists.isBloc(o.entity()))
            : Optional.empty();
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

  /** The country that ends at or before {@code j}, over auxiliaries and adverbs. */
  private static Optional<Located> ratifier(SentenceActors sa, int j) {
    List<Token> tokens = sa.tokens();
    while (j >= 0 && BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j--;
    }
    if (j < 0) {
      return Optional.empty();
    }
    if (LEGISLATURES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && j > 0) {
      int k = tokens.get(j - 1).text().matches("['’]s") ? j - 2 : j - 1;
      return k >= 0 ? sa.endingAt(k, EntityType.COUNTRY) : Optional.empty();
    }
    return sa.endingAt(j, EntityType.COUNTRY);
  }
}
