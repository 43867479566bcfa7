package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Names of missions that end with the country they are sent to: {@code the United Nations
 * Assistance Mission in Freedonia}, {@code the Union Training Mission in Freedonia}, {@code the
 * Special Monitoring Mission to Freedonia}, and the United Nations' forces named the same way
 * ({@code the UN Interim Force in Freedonia}). The finders stop at the head and read the country as
 * an actor of its own, which then takes part in what the mission does; the organisation's span is
 * extended over "in" or "to" and the country, whose mention goes.
 *
 * <p>Design decision: only "Mission" (Oxford Learner's Dictionary, mission: "a group of people who
 * are sent to a foreign country"), whose name so often carries its country; "Force" only in a name
 * the United Nations opens, since other forces in a country are only there ("the Air Force in
 * Freedonia").
 */
final class MissionNames {

  private static final Set<String> UN = Set.of("UN", "U.N.");

  private MissionNames() {}

  /** {@code mentions} with the names of missions extended over the country they are sent to. */
  static List<Mention> extend(AnnotatedArticle article, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      Optional<NamePlace> place = NamePlace.of(article, m);
      if (place.isEmpty() || !out.contains(m)) {
        continue;
      }
      List<Token> tokens = place.get().tokens();
      int first = place.get().first();
      int last = place.get().last();
      if (last + 2 >= tokens.size() || !sentAfter(tokens, first, last)) {
        continue;
      }
      int at = tokens.get(last + 2).text().equals("the") ? last + 3 : last + 2;
      Optional<Mention> country =
          at < tokens.size() ? countryAt(out, tokens.get(at).span().start()) : Optional.empty();
      if (country.isEmpty()) {
        continue;
      }
      CharSpan span = new CharSpan(m.span().start(), country.get().span().end());
      out.remove(country.get());
      out.set(out.indexOf(m), NamePlace.extended(article, m, span, "rule:mission"));
    }
    return out;
  }

  /**
   * Whether the name from {@code first} to {@code last} ends in a head whose country follows:
   * "Mission in" or "Mission to", or "Force in" in a name the United Nations opens.
   */
  private static boolean sentAfter(List<Token> tokens, int first, int last) {
    String head = tokens.get(last).text();
    String link = tokens.get(last + 1).text();
    return head.equals("Mission") && (link.equals("in") || link.equals("to"))
        || head.equals("Force") && link.equals("in") && byUnitedNations(tokens, first);
  }

  /** Whether "UN", "U.N." or "United Nations" opens the name at {@code first}. */
  private static boolean byUnitedNations(List<Token> tokens, int first) {
    return UN.contains(tokens.get(first).text())
        || tokens.get(first).text().equals("United")
            && first + 1 < tokens.size()
            && tokens.get(first + 1).text().equals("Nations");
  }

  private static Optional<Mention> countryAt(List<Mention> mentions, int start) {
    return mentions.stream()
        .filter(c -> c.type() == EntityType.COUNTRY && c.span().start() == start)
        .findFirst();
  }
}
