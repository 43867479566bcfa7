package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.PositionFinder.Titled;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * {@code The Pacific Islands Forum met … . Forum Secretary General X said}: news names a body in
 * full once and then by the last word of its name ("Forum", "Commission", "Bank"), also before the
 * title of its head. A capitalised word right before a title that opens the phrase before a name,
 * outside any name, gives the title to the one organisation named earlier in the article whose name
 * ends in that word; to none when two do ({@code the African Union and the European Union … Union
 * President X}). {@link TitlesBefore} leaves such a title alone, the word before it being a
 * possible owner it could not resolve.
 */
final class ShortNameTitles {

  private ShortNameTitles() {}

  /** The title before the person mentioned {@code k}th in {@code sa}, owned by a short name. */
  static Optional<Titled> find(
      RoleLexicon roles, ResolvedArticle article, SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int p = sa.firstToken(person);
    for (int start = Math.max(1, p - 4); start < p; start++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      if (role.isEmpty() || start + role.get().length() != p) {
        continue;
      }
      int at = start - 1;
      Token word = tokens.get(at);
      boolean opens =
          at == 0 || !tokens.get(at - 1).isCapitalised() || tokens.get(at - 1).text().equals("The");
      if (!word.isCapitalised() || !opens || within(sa, at)) {
        return Optional.empty();
      }
      int from = start;
      return owner(article, word)
          .map(o -> new Titled(person, role.get(), Fact.RoleStatus.CURRENT, from, Optional.of(o)));
    }
    return Optional.empty();
  }

  /** Whether token {@code i} is part of a name the finders resolved. */
  private static boolean within(SentenceActors sa, int i) {
    return sa.mentions().stream().anyMatch(m -> sa.firstToken(m) <= i && sa.lastToken(m) >= i);
  }

  /** The one organisation named before {@code word} whose name or alias ends in it. */
  private static Optional<Entity> owner(ResolvedArticle article, Token word) {
    String head = " " + word.text().toLowerCase(Locale.ROOT);
    int start = word.span().start();
    List<Entity> bodies =
        article.entities().stream()
            .filter(e -> e.type() == EntityType.ORGANISATION)
            .filter(e -> e.mentions().stream().anyMatch(m -> m.span().end() <= start))
            .filter(
                e ->
                    e.label().toLowerCase(Locale.ROOT).endsWith(head)
                        || e.aliases().stream()
                            .anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(head)))
            .toList();
    return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
  }
}
