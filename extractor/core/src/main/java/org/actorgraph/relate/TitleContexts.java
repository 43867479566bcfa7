package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * What stands around a title and its holder and says whose the title is, for {@link
 * PositionFinder}: an owner after the name ("President Jane Doe of Freedonia"), a closed comma
 * apposition, a possessive body ("head of Freedonia's Interior Ministry"), a bloc noun ("the bloc's
 * Secretary-General").
 */
final class TitleContexts {

  private TitleContexts() {}

  /**
   * {@code President Jane Doe of war-torn Freedonia}, {@code Sultan John Roe from Freedonia}: the
   * country after "of" or "from" and at most three lower-case or hyphen tokens; after "of", an
   * organisation where no country starts ({@code Judge Jane Doe of the Northern Court}).
   */
  static Optional<Entity> ownerAfter(SentenceActors sa, Located person, boolean local) {
    List<Token> tokens = sa.tokens();
    int i = sa.lastToken(person) + 1;
    if (i >= tokens.size() || !tokens.get(i).text().matches("of|from")) {
      return Optional.empty();
    }
    boolean of = tokens.get(i).text().equals("of");
    for (int j = i + 1; j < tokens.size() && j - i <= 4; j++) {
      int at = j;
      Optional<Located> owner =
          sa.mentions().stream()
              .filter(l -> sa.firstToken(l) == at)
              .filter(
                  l ->
                      l.entity().type() == EntityType.COUNTRY
                          || local && l.entity().type() == EntityType.PLACE)
              .findFirst()
              .or(
                  () ->
                      sa.mentions().stream()
                          .filter(l -> of && sa.firstToken(l) == at)
                          .filter(l -> l.entity().type() == EntityType.ORGANISATION)
                          .findFirst());
      if (owner.isPresent()) {
        return Optional.of(owner.get().entity());
      }
      Token t = tokens.get(j);
      if (t.isCapitalised() || !t.text().matches("\\p{L}+|-")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Freedonia's President, John Roe, said}: a person set off by commas after a title is the
   * title's holder when the apposition closes (comma, end, or a verb right after the name).
   */
  static boolean closedApposition(SentenceActors sa, Located person) {
    int after = sa.lastToken(person) + 1;
    List<Token> tokens = sa.tokens();
    if (after >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(after);
    return t.text().matches("[,.;:)]") || t.pos().matches("VERB|AUX");
  }

  /**
   * {@code head of Freedonia's Interior Ministry}, {@code leader of Freedonia's main opposition
   * Unity Party}: the body the owner's possessive names, after at most two lower-case modifiers.
   */
  static Located possessed(SentenceActors sa, Located owner) {
    int i = sa.lastToken(owner) + 1;
    List<Token> tokens = sa.tokens();
    if (i + 1 >= tokens.size() || !tokens.get(i).text().matches("['’]s")) {
      return owner;
    }
    for (int body = i + 1; body < i + 4 && body < tokens.size(); body++) {
      Optional<Located> named =
          startingAt(sa, body).filter(l -> l.entity().type() == EntityType.ORGANISATION);
      if (named.isPresent() || !TitleWords.isModifier(tokens.get(body))) {
        return named.orElse(owner);
      }
    }
    return owner;
  }

  /**
   * {@code the bloc}, {@code the regional bloc} ending at {@code i}: a bloc noun after "the" and at
   * most one adjective, which stands for the bloc the article named last.
   */
  static boolean blocNounEndingAt(List<Token> tokens, int i) {
    if (i < 1 || i >= tokens.size()) {
      return false;
    }
    if (!MemberLists.isBlocWord(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int d = tokens.get(i - 1).pos().equals("ADJ") ? i - 2 : i - 1;
    return d >= 0 && tokens.get(d).text().equalsIgnoreCase("the");
  }

  /** Whether a person's name starts at {@code token}: "X, Singapore's Prime Minister Y" is Y's. */
  static boolean personAt(SentenceActors sa, int token) {
    return sa.startingAt(token, EntityType.PERSON).isPresent();
  }

  /** The country or organisation whose mention starts at {@code token}. */
  static Optional<Located> startingAt(SentenceActors sa, int token) {
    return sa.mentions().stream()
        .filter(
            l ->
                (l.entity().type() == EntityType.COUNTRY
                        || l.entity().type() == EntityType.ORGANISATION)
                    && sa.firstToken(l) == token)
        .findFirst();
  }
}
