package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Party memberships written as the party's adjective before a name, with or without a party role
 * between: {@code Republican Senator Jane Doe}, {@code Democrat John Roe}, {@code Socialist leader
 * Ann Poe}. The adjective is read as a party only when the article names that party ("the
 * Democratic Party"): a party of two words, the second "Party", whose first word is the adjective
 * or the adjective with at most two more letters ("Democrat", "Democratic").
 */
final class PartyAdjectives {

  /** The roles of {@code party_roles.txt} of one word, capitalised as a title or not. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)"
              + String.join(
                  "|",
                  WordLists.lines("party_roles.txt").stream()
                      .filter(r -> !r.contains(" "))
                      .map(Pattern::quote)
                      .toList()));

  private PartyAdjectives() {}

  /** The memberships the sentence states so, for the article's {@code parties}. */
  static List<Fact> find(SentenceActors sa, List<Entity> parties) {
    List<Fact> out = new ArrayList<>();
    if (parties.isEmpty()) {
      return out;
    }
    List<Token> tokens = sa.tokens();
    for (Located person : sa.mentions()) {
      if (person.entity().type() != EntityType.PERSON) {
        continue;
      }
      int j = sa.firstToken(person) - 1;
      if (j >= 1 && ROLE.matcher(tokens.get(j).text()).matches()) {
        j--;
      }
      if (j < 0 || covered(sa, j)) {
        continue;
      }
      String word = tokens.get(j).text();
      if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      partyOf(word, parties)
          .ifPresent(
              p -> out.add(new Fact.Membership(person.entity(), p, 0.65, List.of(sa.evidence()))));
    }
    return out;
  }

  /** The article's parties: organisations typed as one or named "... Party". */
  static List<Entity> parties(List<Entity> entities) {
    return entities.stream().filter(PartyMembers::isParty).toList();
  }

  private static Optional<Entity> partyOf(String word, List<Entity> parties) {
    String w = word.toLowerCase(Locale.ROOT);
    return parties.stream()
        .filter(
            p -> {
              String[] words = p.label().toLowerCase(Locale.ROOT).split(" ");
              return words.length == 2
                  && words[1].equals("party")
                  && words[0].startsWith(w)
                  && words[0].length() - w.length() <= 2;
            })
        .findFirst();
  }

  private static boolean covered(SentenceActors sa, int token) {
    return sa.mentions().stream()
        .anyMatch(l -> sa.firstToken(l) <= token && token <= sa.lastToken(l));
  }
}
