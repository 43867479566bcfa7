package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Members that a clause or phrase right after an organisation's name lists:
 *
 * <ul>
 *   <li>{@code the Union, of which Freedonia is a member,};
 *   <li>{@code the Union, which counts Freedonia and Sylvania among its members,};
 *   <li>{@code the Union states of Freedonia, Sylvania and Ruritania} (a plural noun for states and
 *       "of", then two countries at least).
 * </ul>
 *
 * ({@link MemberLists} reads the lists that a member noun opens, {@link MemberCues} those that a
 * verb of composition opens.)
 */
final class MemberClauses {

  /** Verbs of being between the list and "a member": "is a founding member", "has long been a". */
  private static final Set<String> BEING =
      MemberWords.being("a", "an", "founding", "full", "permanent", "non-permanent", "associate");

  /** Between "among" and the member noun: "among its founding members". */
  private static final Set<String> AMONG_WORDS = Set.of("its", "their", "the", "founding", "full");

  /** Verbs of counting: "which counts Freedonia among its members" (Oxford Learner's count). */
  private static final Set<String> COUNTS = Set.of("counts", "count", "counted");

  private static final double CONFIDENCE = 0.75;

  private MemberClauses() {}

  /**
   * The memberships of {@code org}; {@code j} is the token after its name and a bloc noun there
   * ("the Union bloc").
   */
  static List<Fact> find(TokenView v, Entity org, int j) {
    List<Fact> out = new ArrayList<>();
    if (j + 2 < v.size() && v.low[j].equals(",") && v.matches(j + 1, List.of("of", "which"))) {
      List<Located> items = v.listAfter(j + 3);
      if (!items.isEmpty() && memberAfter(v, v.end(items), BEING)) {
        add(v, org, items, 1, out);
      }
    }
    int c = j < v.size() && v.low[j].equals(",") ? j + 1 : j;
    if (c < v.size() && v.low[c].matches("which|that")) {
      c++;
    }
    while (c < v.size() && v.low[c].matches("now|also|still")) {
      c++;
    }
    if (c < v.size() && COUNTS.contains(v.low[c])) {
      List<Located> items = v.listAfter(c + 1);
      int e = items.isEmpty() ? -1 : v.end(items);
      if (e > 0 && e < v.size() && v.low[e].equals("among") && memberAfter(v, e + 1, AMONG_WORDS)) {
        add(v, org, items, 1, out);
      }
    }
    if (j + 1 < v.size() && MemberWords.COUNTED.contains(v.low[j]) && v.low[j + 1].equals("of")) {
      add(v, org, v.listAfter(j + 2), 2, out);
    }
    return out;
  }

  /**
   * Whether a member noun follows at {@code k} behind words of {@code allowed} and no exclusion.
   */
  private static boolean memberAfter(TokenView v, int k, Set<String> allowed) {
    int i = k;
    while (i < v.size()
        && allowed.contains(v.low[i])
        && !MemberWords.EXCLUSIONS.contains(v.low[i])) {
      i++;
    }
    return v.match(i, MemberWords.MEMBER_NOUNS) > 0 && !v.low[i].equals("partner");
  }

  /** Adds the countries and organisations of {@code items}, if there are {@code min} at least. */
  private static void add(TokenView v, Entity org, List<Located> items, int min, List<Fact> out) {
    List<Entity> members = new ArrayList<>();
    for (Located l : items) {
      Entity e = l.entity();
      boolean actor = e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANISATION;
      if (!actor || min > 1 && e.type() != EntityType.COUNTRY) {
        return;
      }
      if (!e.equals(org) && !members.contains(e)) {
        members.add(e);
      }
    }
    if (members.size() < min) {
      return;
    }
    for (Entity e : members) {
      out.add(new Fact.Membership(e, org, CONFIDENCE, List.of(v.sa.evidence())));
    }
  }
}
