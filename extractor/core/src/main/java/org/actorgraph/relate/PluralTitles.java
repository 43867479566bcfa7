package org.actorgraph.relate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * A title in the plural shared by several named holders, each paired with a country in order:
 *
 * <ul>
 *   <li>{@code Presidents Jane Doe of Freedonia and John Roe of Sylvania};
 *   <li>{@code the foreign ministers of Freedonia and Sylvania, Jane Doe and John Roe}, and {@code
 *       Jane Doe and John Roe, the foreign ministers of Freedonia and Sylvania};
 *   <li>{@code Freedonian and Sylvanian Presidents Jane Doe and John Roe}.
 * </ul>
 *
 * The pairing is made only when the numbers of holders and countries agree.
 */
final class PluralTitles {

  private PluralTitles() {}

  static List<Fact> find(RoleLexicon roles, SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.text().endsWith("s") || t.text().length() < 4 || !t.pos().matches("NOUN|PROPN")) {
        continue;
      }
      List<Token> singular = singularAt(tokens, k);
      for (int s = Math.max(0, k - 3); s <= k; s++) {
        Optional<RoleLexicon.Role> role = roles.roleAt(singular, s);
        if (role.isPresent() && s + role.get().length() == k + 1) {
          out.addAll(holders(sa, role.get(), s, k + 1));
          break;
        }
      }
    }
    return out;
  }

  /** The pairs a plural title from {@code start} to {@code end} (exclusive) states. */
  private static List<Fact> holders(SentenceActors sa, RoleLexicon.Role role, int start, int end) {
    List<Token> tokens = sa.tokens();
    List<Located> persons = new ArrayList<>();
    List<Located> countries = new ArrayList<>();
    int i = end;
    if (i < tokens.size() && tokens.get(i).text().equals("of")) {
      i = coordinated(sa, i + 1, EntityType.COUNTRY, countries);
      if (i < tokens.size() && tokens.get(i).text().equals(",")) {
        i = coordinated(sa, i + 1, EntityType.PERSON, persons);
      }
      int comma =
          start > 0 && tokens.get(start - 1).text().equalsIgnoreCase("the") ? start - 1 : start;
      if (persons.isEmpty() && comma > 0 && tokens.get(comma - 1).text().equals(",")) {
        // Jane Doe and John Roe, the foreign ministers of Freedonia and Sylvania
        coordinatedBefore(sa, comma - 1, EntityType.PERSON, persons);
      }
    } else {
      coordinatedBefore(sa, start, EntityType.COUNTRY, countries);
      int next = i;
      while (next < tokens.size()) {
        int at = next;
        Optional<Located> person = startingAt(sa, at, EntityType.PERSON);
        if (person.isEmpty()) {
          break;
        }
        persons.add(person.get());
        next = sa.lastToken(person.get()) + 1;
        if (countries.size() < persons.size()
            && next + 1 < tokens.size()
            && tokens.get(next).text().equals("of")) {
          Optional<Located> c = startingAt(sa, next + 1, EntityType.COUNTRY);
          if (c.isEmpty()) {
            break;
          }
          countries.add(c.get());
          next = sa.lastToken(c.get()) + 1;
        }
        while (next < tokens.size() && tokens.get(next).text().matches(",|and")) {
          next++;
        }
      }
    }
    List<Fact> out = new ArrayList<>();
    if (persons.size() < 2 || persons.size() != countries.size()) {
      return out;
    }
    for (int p = 0; p < persons.size(); p++) {
      out.add(
          PositionFinder.position(
              sa,
              persons.get(p).entity(),
              countries.get(p).entity(),
              role,
              RoleStatus.CURRENT,
              tokens,
              start,
              0.7));
    }
    return out;
  }

  /** Mentions of one type from {@code from} on, joined by commas and "and"; where they end. */
  private static int coordinated(SentenceActors sa, int from, EntityType type, List<Located> into) {
    int next = from;
    while (next < sa.tokens().size()) {
      Optional<Located> l = startingAt(sa, next, type);
      if (l.isEmpty()) {
        break;
      }
      into.add(l.get());
      next = sa.lastToken(l.get()) + 1;
      int after = next;
      while (after < sa.tokens().size() && sa.tokens().get(after).text().matches("and|,")) {
        after++;
      }
      if (startingAt(sa, after, type).isEmpty()) {
        break;
      }
      next = after;
    }
    return next;
  }

  /**
   * {@code Freedonian and Sylvanian Presidents}, {@code Jane Doe and John Roe, the presidents}: the
   * countries or persons coordinated right before {@code start}, when there are two or more.
   */
  private static void coordinatedBefore(
      SentenceActors sa, int start, EntityType type, List<Located> into) {
    List<Located> found = new ArrayList<>();
    int end = start - 1;
    while (end >= 0) {
      int e = end;
      Optional<Located> c =
          sa.mentions().stream()
              .filter(l -> sa.lastToken(l) == e && l.entity().type() == type)
              .findFirst();
      if (c.isEmpty()) {
        break;
      }
      found.add(0, c.get());
      end = sa.firstToken(c.get()) - 1;
      if (end < 0 || !sa.tokens().get(end).text().matches("and|,")) {
        break;
      }
      end--;
    }
    if (found.size() >= 2) {
      into.addAll(found);
    }
  }

  private static Optional<Located> startingAt(SentenceActors sa, int token, EntityType type) {
    return sa.mentions().stream()
        .filter(l -> sa.firstToken(l) == token && l.entity().type() == type)
        .findFirst();
  }

  /** The tokens with the one at {@code k} in the singular ("Ministers" read as "Minister"). */
  private static List<Token> singularAt(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    String text = t.text();
    String lemma = t.lemma();
    String one =
        !lemma.equals("O") && !lemma.equalsIgnoreCase(text) && lemma.length() < text.length()
            ? text.substring(0, 1) + lemma.substring(1)
            : text.substring(0, text.length() - 1);
    Token single = new Token(one, t.span(), t.pos(), lemma);
    return new AbstractList<>() {
      @Override
      public Token get(int index) {
        return index == k ? single : tokens.get(index);
      }

      @Override
      public int size() {
        return tokens.size();
      }
    };
  }
}
