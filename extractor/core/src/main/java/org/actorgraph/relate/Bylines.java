package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Staff of the news agency that wrote the article, from its credits: {@code (Reporting by Jane Doe
 * in Port Aster; Editing by John Roe)} gives Doe reporter and Roe editor at the agency. The agency
 * is the article's media outlet, else the organisation in parentheses in its first sentence ({@code
 * PORT ASTER (Northwind) –}). Credit words are data ({@code byline_roles.tsv}).
 */
final class Bylines {

  private static final Map<String, String> ROLES = WordLists.pairs("byline_roles.tsv");

  private Bylines() {}

  static List<Fact> find(ResolvedArticle article) {
    List<Fact> out = new ArrayList<>(byline(article));
    Optional<Entity> agency = Optional.empty();
    for (Sentence s : article.annotated().sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String role = ROLES.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (role == null || !tokens.get(i + 1).text().equals("by")) {
          continue;
        }
        if (agency.isEmpty()) {
          agency = agency(article);
          if (agency.isEmpty()) {
            return out;
          }
        }
        SentenceActors sa = SentenceActors.of(article, s);
        for (Located p : credited(sa, i + 2)) {
          out.add(
              PositionFinder.position(
                  sa,
                  p.entity(),
                  agency.get(),
                  new RoleLexicon.Role(role, 1, false),
                  RoleStatus.CURRENT,
                  tokens,
                  i,
                  0.7));
        }
      }
    }
    return out;
  }

  /** The role of a journalist an article's byline names. */
  private static final RoleLexicon.Role JOURNALIST = new RoleLexicon.Role("journalist", 1, false);

  /**
   * {@code By Jane Doe, Northwind News}, {@code By Jane Doe and John Roe | Northwind}: the byline
   * that opens an article names its journalists, of the organisation named after them on its line,
   * else of the article's agency.
   */
  private static List<Fact> byline(ResolvedArticle article) {
    List<Sentence> sentences = article.annotated().sentences();
    if (sentences.isEmpty() || !sentences.get(0).tokens().get(0).text().equals("By")) {
      return List.of();
    }
    Sentence s = sentences.get(0);
    String body = article.annotated().article().body();
    int lineEnd = body.indexOf('\n', s.span().start());
    SentenceActors sa = SentenceActors.of(article, s);
    List<Located> people = credited(sa, 1);
    if (people.isEmpty()) {
      return List.of();
    }
    int after = sa.lastToken(people.get(people.size() - 1));
    Optional<Entity> outlet =
        sa.mentions().stream()
            .filter(l -> sa.firstToken(l) > after)
            .filter(l -> lineEnd < 0 || l.mention().span().start() < lineEnd)
            .filter(l -> l.entity().type() == EntityType.ORGANISATION)
            .map(Located::entity)
            .findFirst()
            .or(() -> agency(article));
    List<Fact> out = new ArrayList<>();
    for (Located p : people) {
      if (lineEnd >= 0 && p.mention().span().start() > lineEnd) {
        break;
      }
      outlet.ifPresent(
          o ->
              out.add(
                  PositionFinder.position(
                      sa, p.entity(), o, JOURNALIST, RoleStatus.CURRENT, sa.tokens(), 0, 0.7)));
    }
    return out;
  }

  /** The people named after "by": "Jane Doe and John Roe in Port Aster". */
  private static List<Located> credited(SentenceActors sa, int from) {
    return UnownedTitles.coordinatedPersons(sa, from);
  }

  private static Optional<Entity> agency(ResolvedArticle article) {
    for (Entity e : article.entities()) {
      if (e.subtype().filter("MediaOutlet"::equals).isPresent()) {
        return Optional.of(e);
      }
    }
    List<Sentence> sentences = article.annotated().sentences();
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    SentenceActors first = SentenceActors.of(article, sentences.get(0));
    for (Located l : first.mentions()) {
      int f = first.firstToken(l);
      int e = first.lastToken(l);
      List<Token> tokens = first.tokens();
      if (l.entity().type() == EntityType.ORGANISATION
          && f > 0
          && tokens.get(f - 1).text().equals("(")
          && e + 1 < tokens.size()
          && tokens.get(e + 1).text().equals(")")) {
        return Optional.of(l.entity());
      }
    }
    return Optional.empty();
  }
}
