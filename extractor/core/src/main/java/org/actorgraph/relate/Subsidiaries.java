package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Reads a company that another owns, named right beside its owner, as part of the owner (a
 * subsidiary belongs to its group as a ministry belongs to its state):
 *
 * <ul>
 *   <li>owner first: {@code Valdo Group's Kovo}, {@code Valdo Group's unit Kovo}, {@code
 *       Valdo-owned Kovo}, {@code Valdo Group, which owns Kovo};
 *   <li>owned first: {@code Kovo owner Valdo Group}, {@code Kovo's parent company Valdo Group},
 *       {@code Kovo, a unit of Valdo Group}, {@code Kovo, owned by Valdo Group}.
 * </ul>
 *
 * <p>Both must be organisations that may be companies: at least one a company (by the gazetteer, or
 * by a legal form in its name, {@link StructureFinder#companyName}) and the other a company, a
 * media outlet or of no known kind. A state body, party, armed group or international organisation
 * owns no company this way: "the Union's Valdo" is no subsidiary.
 */
final class Subsidiaries {

  /** Between an owner and what it owns: a possessive, a unit noun after it, a hyphen participle. */
  private static final Pattern OWNER_FIRST =
      Pattern.compile(
          "['’]s( (unit|subsidiary|division|arm))?|[-‐–] ?(owned|controlled)"
              + "|, which (owns|controls)");

  /** Between an owned company and its owner: owner or parent nouns, a unit of, owned by. */
  private static final Pattern OWNED_FIRST =
      Pattern.compile(
          "(['’]s )?(owner|parent|parent company|parent group|holding company)"
              + "|, (a|an|the) (\\w+ )?(unit|subsidiary|division|arm) of( the)?"
              + "|, (which is )?(owned|controlled) by( the)?");

  private static final Set<String> COMPANY_KINDS = Set.of("Company", "MediaOutlet", "");

  private Subsidiaries() {}

  /**
   * The part-of link between {@code a} and the organisation {@code b} right after it, given the
   * words between them; empty unless the words say who owns whom.
   */
  static Optional<Fact> of(Entity a, Entity b, String gap, Evidence ev) {
    if (!companies(a, b)) {
      return Optional.empty();
    }
    if (OWNER_FIRST.matcher(gap).matches()) {
      return Optional.of(new Fact.PartOf(b, a, 0.75, List.of(ev)));
    }
    if (OWNED_FIRST.matcher(gap).matches()) {
      return Optional.of(new Fact.PartOf(a, b, 0.75, List.of(ev)));
    }
    return Optional.empty();
  }

  private static boolean companies(Entity a, Entity b) {
    return a.type() == EntityType.ORGANISATION
        && b.type() == EntityType.ORGANISATION
        && COMPANY_KINDS.contains(a.subtype().orElse(""))
        && COMPANY_KINDS.contains(b.subtype().orElse(""))
        && (company(a) || company(b));
  }

  private static boolean company(Entity e) {
    return e.subtype().filter("Company"::equals).isPresent() || StructureFinder.companyName(e);
  }
}
