package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Members that a list set off after an organisation's name enumerates: {@code the G7 – A, B and C –
 * agreed}, {@code the G7 nations (A, B and C)}, {@code the G7 countries, A, B and C, agreed}. The
 * list is closed by the mark that opened it (a dash by a dash, a bracket by a bracket), holds at
 * least {@value #MIN_MEMBERS} countries and nothing else, and a comma opens it only after a noun
 * for the states ("countries", "nations"): "the Union, A and B agreed" coordinates three parties.
 * ({@link MemberLists} reads a list after a comma or colon that follows a member noun.)
 */
final class EnclosedMembers {

  private static final int MIN_MEMBERS = 3;

  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private static final double CONFIDENCE = 0.7;

  private EnclosedMembers() {}

  /**
   * The memberships of {@code org}, whose name ends before token {@code j}.
   *
   * @param memberNoun how many tokens the member noun at {@code j} covers (0 when none is there)
   */
  static List<Fact> find(TokenView v, Entity org, int j, int memberNoun) {
    int i = j + memberNoun;
    boolean counted = false; // "members, A, B and C" is MemberLists' own reading
    if (memberNoun == 0 && i < v.size() && MemberWords.COUNTED.contains(v.low[i])) {
      counted = true;
      i++;
    }
    if (i + 1 >= v.size()) {
      return List.of();
    }
    Optional<String> close = closer(v.low[i], counted);
    if (close.isEmpty()) {
      return List.of();
    }
    List<Located> items = v.listAfter(i + 1);
    if (items.size() < MIN_MEMBERS
        || items.stream().anyMatch(l -> l.entity().type() != EntityType.COUNTRY)) {
      return List.of();
    }
    int end = v.end(items);
    if (end >= v.size() || !v.low[end].equals(close.get())) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (Located l : items) {
      if (!l.entity().equals(org)
          && out.stream().noneMatch(f -> ((Fact.Membership) f).member().equals(l.entity()))) {
        out.add(new Fact.Membership(l.entity(), org, CONFIDENCE, List.of(v.sa.evidence())));
      }
    }
    return out;
  }

  /** The mark that closes a list the token opens; a comma only after a noun for the members. */
  private static Optional<String> closer(String open, boolean counted) {
    if (open.equals("(")) {
      return Optional.of(")");
    }
    if (DASHES.contains(open)) {
      return Optional.of(open);
    }
    return open.equals(",") && counted ? Optional.of(",") : Optional.empty();
  }
}
