package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Turns a list of actors that {@link MemberLists}, {@link MembersBefore} or {@link MemberCues} read
 * next to an organisation into its memberships: the countries (and, unless countries only,
 * organisations, and persons of a party) nearest it, up to the first of a wrong type; none when the
 * list is included as outsiders or owns what is included.
 */
final class MemberFacts {

  private MemberFacts() {}

  /**
   * Adds the members of {@code items}, nearest the organisation first, up to one of a wrong type;
   * none if fewer than {@code min}.
   */
  static void add(
      TokenView v,
      Entity org,
      List<Located> items,
      int min,
      boolean countriesOnly,
      double confidence,
      List<Fact> out) {
    if (asOutsiders(v, items)) {
      return;
    }
    List<Entity> members = new ArrayList<>();
    for (Located l : items) {
      Entity e = l.entity();
      boolean allowed =
          e.type() == EntityType.COUNTRY
              || !countriesOnly && e.type() == EntityType.ORGANISATION
              || !countriesOnly && e.type() == EntityType.PERSON && PartyMembers.isParty(org);
      if (!allowed) {
        break;
      }
      if (!e.equals(org) && !members.contains(e)) {
        members.add(e);
      }
    }
    if (members.size() < min) {
      return;
    }
    for (Entity e : members) {
      out.add(new Fact.Membership(e, org, confidence, List.of(v.sa.evidence())));
    }
  }

  /**
   * {@code the Union, which includes Freedonia and Sylvania as observers}: "as" and a word of
   * {@code member_exclusions.txt} (after an article) right after the list; {@code the Union, which
   * includes Freedonia and Sylvania's ports}: a possessive ends the list, which then owns what is
   * included.
   */
  private static boolean asOutsiders(TokenView v, List<Located> items) {
    int k = items.stream().mapToInt(v.sa::lastToken).max().orElse(-1) + 1;
    if (k < v.size() && MemberWords.isPossessive(v.low[k])) {
      return true;
    }
    if (k < v.size() && v.low[k].equals(",")) {
      k++;
    }
    if (k >= v.size() || !v.low[k].equals("as")) {
      return false;
    }
    k++;
    if (k < v.size() && MemberWords.APPOSITIVE.contains(v.low[k])) {
      k++;
    }
    return k < v.size() && MemberWords.EXCLUSIONS.contains(v.low[k]);
  }
}
