package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.UnitNameFinder;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * How military units nest and who serves in them, as military writing puts it:
 *
 * <ul>
 *   <li>part of: {@code 2nd Battalion, 7th Rifle Regiment} (a unit, a comma and a unit of another
 *       echelon: the first belongs to the second, as unit designations are written);
 *   <li>member of: {@code Sgt. Jane Roe, assigned to 2nd Battalion}, {@code Roe was assigned to the
 *       4th Squadron}, {@code Roe, who serves with the 9th Wing}, {@code Roe of the 3rd Brigade}.
 * </ul>
 *
 * <p>A unit is an organisation named as {@link UnitNameFinder} names them.
 */
final class UnitMembers {

  /** The words between a person and the unit they serve in. */
  private static final Pattern SERVES =
      Pattern.compile(
          ",? ?(who |and )?((is|was|are|were|has been|had been|is now|was later) )?"
              + "(assigned to|attached to|deployed with|serves with|served with|serving with"
              + "|serves in|served in|serving in|of|from|with)( the)?");

  private UnitMembers() {}

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k + 1 < ms.size(); k++) {
      Entity a = ms.get(k).entity();
      Entity b = ms.get(k + 1).entity();
      Optional<String> bHead = head(b);
      if (bHead.isEmpty() || a.equals(b)) {
        continue;
      }
      String gap =
          StructureFinder.text(
                  sa.tokens(), sa.lastToken(ms.get(k)) + 1, sa.firstToken(ms.get(k + 1)))
              .toLowerCase(Locale.ROOT);
      Optional<String> aHead = head(a);
      if (aHead.isPresent() && gap.equals(",") && !aHead.equals(bHead)) {
        out.add(new Fact.PartOf(a, b, 0.75, List.of(sa.evidence())));
      } else if (a.type() == EntityType.PERSON && SERVES.matcher(gap).matches()) {
        out.add(new Fact.Membership(a, b, 0.7, List.of(sa.evidence())));
      }
    }
    return out;
  }

  private static Optional<String> head(Entity e) {
    return e.type() == EntityType.ORGANISATION
        ? UnitNameFinder.unitHead(e.label())
        : Optional.empty();
  }
}
