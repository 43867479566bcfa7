package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Members that the organisation itself takes in: {@code the Union admitted Freedonia in April},
 * {@code the alliance readmitted Sylvania}, {@code the Union welcomed Freedonia and Sylvania as new
 * members}, {@code the Union accepted Freedonia as its 28th member}. The verbs are data ({@code
 * admission_verbs.tsv}); a verb marked "as" needs "as" and a member noun after its object.
 *
 * <p>The organisation is the subject: a bloc named right before the verb (over auxiliaries and
 * adverbs), or a bloc noun standing for the bloc the article named last ("the alliance admitted");
 * with "as ... member" after the object the subject may also be a phrase that ends in the bloc
 * ({@code Leaders of the Union welcomed Freedonia as a member}). The members are the countries and
 * organisations listed right after the verb, unless a verb follows them ({@code the Union admitted
 * Freedonia was right}) or a possessive ({@code admitted Freedonia's concerns}); not under a
 * negation or a condition.
 */
final class Admissions {

  private static final Map<String, String> VERBS = WordLists.pairs("admission_verbs.tsv");

  /** Words between the subject and the verb: "the Union has formally admitted". */
  private static final Set<String> BETWEEN =
      Set.of("has", "have", "had", "formally", "officially", "finally", "now", "also", "will");

  /** Words between "as" and the member noun: "as its 28th", "as new full". */
  private static final Set<String> BEFORE_NOUN =
      Set.of("a", "an", "its", "their", "the", "new", "full", "newest", "latest", "permanent");

  /** How many tokens a subject phrase may run from the bloc to the verb: "the Union group". */
  private static final int MAX_SUBJECT_TAIL = 2;

  private static final double CONFIDENCE = 0.75;

  private Admissions() {}

  /**
   * The memberships one sentence shows by an admission.
   *
   * @param recentBloc the bloc the article named last before this sentence, for "the alliance"
   */
  static List<Fact> find(SentenceActors sa, Optional<Entity> recentBloc) {
    TokenView v = new TokenView(sa);
    List<Fact> out = new ArrayList<>();
    for (int i = 1; i + 1 < v.size(); i++) {
      String kind = VERBS.get(v.low[i]);
      if (kind == null || sa.negatedOrHypothetical(i)) {
        continue;
      }
      List<Located> members = v.listAfter(i + 1);
      if (members.isEmpty()) {
        continue;
      }
      int after = v.end(members);
      boolean asMember = asMember(v, after);
      if (kind.equals("as") && !asMember || clauseOrOwner(v, after)) {
        continue;
      }
      Optional<Entity> org = subject(v, i, recentBloc, asMember);
      if (org.isEmpty()) {
        continue;
      }
      for (Located m : members) {
        Entity e = m.entity();
        boolean actor = e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANISATION;
        if (actor && !e.equals(org.get())) {
          out.add(new Fact.Membership(e, org.get(), CONFIDENCE, List.of(sa.evidence())));
        }
      }
    }
    return out;
  }

  /** Whether "as" and a member noun stand at {@code k}: "as its 28th member", "as new members". */
  private static boolean asMember(TokenView v, int k) {
    if (k >= v.size() || !v.low[k].equals("as")) {
      return false;
    }
    int j = k + 1;
    while (j < v.size()
        && (BEFORE_NOUN.contains(v.low[j]) || MemberWords.ORDINAL.matcher(v.low[j]).matches())) {
      j++;
    }
    return v.match(j, MemberWords.MEMBER_NOUNS) > 0;
  }

  /** Whether a verb or a possessive follows the object list at {@code k}. */
  private static boolean clauseOrOwner(TokenView v, int k) {
    return k < v.size() && (v.tokens.get(k).pos().matches("VERB|AUX") || v.low[k].matches("['’]s"));
  }

  /**
   * The bloc that is the subject of the verb at {@code i}: a bloc ending right before it (over
   * {@link #BETWEEN}), a bloc noun after "the" for the bloc named last, or, when {@code loose}, the
   * last actor named before the verb if it is a bloc that ends at most {@value #MAX_SUBJECT_TAIL}
   * lower-case words before it ("Leaders of the Union group welcomed").
   */
  private static Optional<Entity> subject(
      TokenView v, int i, Optional<Entity> recentBloc, boolean loose) {
    int j = i - 1;
    while (j >= 0 && BETWEEN.contains(v.low[j])) {
      j--;
    }
    if (j < 0) {
      return Optional.empty();
    }
    Located m = v.endsAt[j];
    if (m != null) {
      return MemberLists.isBloc(m.entity()) ? Optional.of(m.entity()) : Optional.empty();
    }
    if (j > 0 && MemberLists.isBlocWord(v.low[j])) {
      Located named = v.endsAt[j - 1]; // "the Union bloc admitted"
      if (named != null) {
        return Optional.of(named.entity()).filter(MemberLists::isBloc);
      }
      return v.low[j - 1].equals("the") ? recentBloc : Optional.empty();
    }
    for (int k = j; loose && k >= 0 && k >= j - MAX_SUBJECT_TAIL; k--) {
      if (v.endsAt[k] != null) {
        Entity e = v.endsAt[k].entity();
        return MemberLists.isBloc(e) ? Optional.of(e) : Optional.empty();
      }
      if (!v.tokens.get(k).text().matches("[a-z]+")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
