package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * What "the three countries", "all four leaders" or "the five nations" stand for: the list of that
 * many actors of that kind the article named together last ({@code Freedonia, Sylvania and
 * Ruritania}) before the phrase, within {@value PairAntecedents#REACH} characters. The nouns and
 * their kinds are those of a pair ({@link PairAntecedents}); a list with more or fewer actors than
 * the number names is not the group.
 */
final class GroupAntecedents {

  /** The number words of a group larger than a pair (general English). */
  private static final Map<String, Integer> COUNTS =
      Map.of(
          "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

  /** {@code A, B}, {@code A, and B}, {@code A and the B}: the joints of a list. */
  private static final Pattern JOINT =
      Pattern.compile("\\s*(,\\s*(and\\s+)?|\\s+and\\s+)(the\\s+)?", Pattern.CASE_INSENSITIVE);

  private GroupAntecedents() {}

  /** A group phrase: the kind of actor it stands for, and how many. */
  record Group(String kind, int size) {}

  /**
   * The group a phrase ending at token {@code t} stands for, if it is one: "the", "these", "those"
   * or "all", a number word from three up, then a pair noun.
   */
  static Optional<Group> at(List<Token> tokens, int t) {
    if (t < 2) {
      return Optional.empty();
    }
    Optional<String> kind = PairAntecedents.kindOfNoun(lower(tokens, t));
    Integer size = COUNTS.get(lower(tokens, t - 1));
    if (kind.isEmpty() || size == null || !lower(tokens, t - 2).matches("the|these|those|all")) {
      return Optional.empty();
    }
    return Optional.of(new Group(kind.get(), size));
  }

  /** Whether a sentence holds a group phrase. */
  static boolean anyIn(List<Token> tokens) {
    for (int t = 2; t < tokens.size(); t++) {
      if (at(tokens, t).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors of the last list of exactly {@code group.size()} actors of its kind that the article
   * named together before {@code offset}, none of them in {@code excluded}; empty when there is
   * none within reach.
   */
  static List<Entity> before(
      ResolvedArticle article, int offset, Group group, Set<Entity> excluded) {
    List<Located> all = article.located();
    String body = article.annotated().article().body();
    int last = all.size() - 1;
    while (last >= 0 && all.get(last).mention().span().end() > offset) {
      last--;
    }
    for (; last >= 0; last--) {
      if (offset - all.get(last).mention().span().end() > PairAntecedents.REACH) {
        break;
      }
      int first = listStart(all, body, last);
      if (last - first + 1 != group.size() || joined(all, body, last, last + 1, offset)) {
        continue;
      }
      List<Entity> members = new ArrayList<>();
      for (int k = first; k <= last; k++) {
        members.add(all.get(k).entity());
      }
      if (members.stream().allMatch(e -> fits(e, group.kind()) && !excluded.contains(e))
          && new HashSet<>(members).size() == members.size()) {
        return members;
      }
    }
    return List.of();
  }

  /** Where the list the mention at {@code last} ends begins: its first mention's index. */
  private static int listStart(List<Located> all, String body, int last) {
    int first = last;
    while (first > 0 && joined(all, body, first - 1, first, Integer.MAX_VALUE)) {
      first--;
    }
    return first;
  }

  /**
   * Whether the mentions at {@code a} and {@code b} (before {@code limit}) are joined as a list.
   */
  private static boolean joined(List<Located> all, String body, int a, int b, int limit) {
    if (b >= all.size() || all.get(b).mention().span().end() > limit) {
      return false;
    }
    int from = all.get(a).mention().span().end();
    int to = all.get(b).mention().span().start();
    return from <= to && JOINT.matcher(body.substring(from, to)).matches();
  }

  private static boolean fits(Entity e, String kind) {
    return switch (kind) {
      case "country" -> e.type() == EntityType.COUNTRY;
      case "person" -> e.type() == EntityType.PERSON;
      default -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANISATION;
    };
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
