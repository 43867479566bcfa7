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
    List<Fact> out = new ArrayList<>();
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
