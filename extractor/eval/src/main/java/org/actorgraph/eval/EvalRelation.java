package org.actorgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A relation between two entities.
 *
 * @param s the subject entity id
 * @param p the acceptable predicates (one in an extraction; a gold file converted from another
 *     corpus may list several, any of which matches), each one of {@link GoldTerms#PREDICATES}
 * @param o the object entity id
 * @param role the role, lower case, for {@code position}
 * @param cameo the CAMEO root code ({@code "04"}) for {@code interaction}
 * @param confidence how sure the extractor is, 0..1; empty in gold files
 */
public record EvalRelation(
    String s,
    List<String> p,
    String o,
    Optional<String> role,
    Optional<String> cameo,
    OptionalDouble confidence) {

  public EvalRelation {
    Checks.text(s, "s");
    Checks.text(o, "o");
    p = List.copyOf(p);
    if (p.isEmpty()) {
      throw new IllegalArgumentException("relation " + s + " -> " + o + " has no predicate");
    }
    p.forEach(each -> Checks.oneOf(each, GoldTerms.PREDICATES, "p"));
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(cameo, "cameo");
    Checks.confidence(confidence);
  }

  /** An extracted relation with one predicate. */
  public static EvalRelation of(
      String s,
      String p,
      String o,
      Optional<String> role,
      Optional<String> cameo,
      OptionalDouble confidence) {
    return new EvalRelation(s, List.of(p), o, role, cameo, confidence);
  }

  /** Whether the two ends may come in either order (interaction, opponentOf). */
  public boolean symmetric() {
    return p.stream().allMatch(GoldTerms.SYMMETRIC::contains);
  }
}
