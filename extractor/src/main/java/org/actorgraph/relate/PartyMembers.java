package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Party memberships as news writes them: {@code Democratic Progressive Party candidate William
 * Lai}, {@code Hou Yu-ih, the main opposition Kuomintang candidate}, {@code Ko Wen-je of the Taiwan
 * People's Party}. A party is an organisation typed as one, or whose name says "Party".
 */
final class PartyMembers {

  private static final String ROLE =
      "candidate|nominee|member|leader|chairman|chairwoman|lawmaker|legislator|politician"
          + "|spokesperson|spokesman|spokeswoman|senator|deputy|MP";

  private PartyMembers() {}

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k + 1 < ms.size(); k++) {
      Located a = ms.get(k);
      Located b = ms.get(k + 1);
      String gap =
          StructureFinder.text(sa.tokens(), sa.lastToken(a) + 1, sa.firstToken(b))
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\( ?[a-z]+ ?\\) ?", "");
      Evidence ev = sa.evidence();
      if (isParty(a.entity())
          && b.entity().type() == EntityType.PERSON
          && gap.matches("(" + ROLE + ")( [a-z]+)?")) {
        out.add(new Fact.Membership(b.entity(), a.entity(), 0.8, List.of(ev)));
      }
      if (a.entity().type() == EntityType.PERSON && isParty(b.entity())) {
        if (gap.matches("of the|, of the|, (a|an|the)( [a-z]+){0,3}")) {
          int after = sa.lastToken(b) + 1;
          boolean roleAfter =
              after < sa.tokens().size() && sa.tokens().get(after).text().matches(ROLE);
          if (gap.contains("of the") || roleAfter) {
            out.add(new Fact.Membership(a.entity(), b.entity(), 0.75, List.of(ev)));
          }
        }
      }
    }
    return out;
  }

  static boolean isParty(Entity e) {
    return e.type() == EntityType.ORGANISATION
        && (e.subtype().filter("PoliticalParty"::equals).isPresent()
            || e.label().matches(".*\\bParty\\b.*"));
  }
}
