package org.actorgraph.relate;

import java.util.List;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.PositionFinder.Titled;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Whether a bare title ("the defence minister Jane Doe", "President Jane Doe") may take a country
 * from context ({@link UnownedTitles}): not for a visitor, and the article's country only when the
 * sentence names neither that country nor another one that could be the title's.
 */
final class ContextCountryGuard {

  private final RoleLexicon roles;

  ContextCountryGuard(RoleLexicon roles) {
    this.roles = roles;
  }

  /**
   * Whether the article's country {@code home} may be the bare title's: the sentence names neither
   * it nor another country, but for a country owning another person's office; {@code titled} are
   * the sentence's titled persons, some with the owner their title names.
   */
  boolean leavesToHome(SentenceActors sa, Entity home, Titled t, List<Titled> titled) {
    return !names(sa, home, t) && !namesOtherCountry(sa, home, t, titled);
  }

  /**
   * {@code the visiting defence minister Jane Doe}: a title of someone come from another country,
   * which the article's country or a sentence's leading country is not.
   */
  static boolean visitor(List<Token> tokens, Titled t) {
    for (int i = Math.max(0, t.roleStart() - 2); i < t.roleStart(); i++) {
      if (tokens.get(i).text().equalsIgnoreCase("visiting")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names the country apart from the title: then a bare title beside it is
   * more likely someone dealing with the country ("President Joe Biden praised Germany"). Not where
   * the country, before the title, only owns one of its bodies ({@code Freedonia's electoral
   * council declared President Jane Doe the winner}, {@code Freedonia's Congress removed President
   * Jane Doe}): the body acts at home, on its own office-holder. Nor where "in" sets the scene in
   * the country before the title ({@code soldiers in Freedonia overthrew President Jane Doe},
   * {@code In Freedonia, President Jane Doe ...}): what happens there happens to its own.
   */
  private static boolean names(SentenceActors sa, Entity country, Titled t) {
    return sa.mentions().stream()
        .anyMatch(
            l ->
                l.entity().equals(country)
                    && !(sa.lastToken(l) < t.roleStart()
                        && (ownsBody(sa, l) || TitleOwners.located(sa, l))));
  }

  /**
   * {@code Freedonia's electoral council}, {@code the Freedonian parliament}: a country mention
   * that opens an organisation's name or stands in the possessive right before one.
   */
  private static boolean ownsBody(SentenceActors sa, Located country) {
    int first = sa.firstToken(country);
    int last = sa.lastToken(country);
    int next = last + 1;
    if (next < sa.tokens().size() && sa.tokens().get(next).text().matches("['’]s")) {
      next++;
    }
    int body = next;
    return sa.mentions().stream()
        .filter(l -> l.entity().type() == EntityType.ORGANISATION)
        .anyMatch(
            l -> sa.firstToken(l) == body || (sa.firstToken(l) <= first && sa.lastToken(l) > last));
  }

  /**
   * Whether the sentence names a country other than the article's: a bare title there may as well
   * be that country's ("President Jane Doe was in Port Aster, Sylvania"). Not a country that owns
   * another person's office in the same breath ("foreign minister Jane Doe met the Sylvanian
   * envoy", "… met Sylvania's president"), nor the named owner of another titled person's office,
   * before the bare title as well ("Sylvanian President John Roe met President Jane Doe"): the
   * sentence says whose that country is.
   */
  private boolean namesOtherCountry(SentenceActors sa, Entity home, Titled t, List<Titled> titled) {
    return sa.mentions().stream()
        .anyMatch(
            l ->
                l.entity().type() == EntityType.COUNTRY
                    && !l.entity().equals(home)
                    && !ownsOtherOffice(sa, l, t)
                    && !ownsTitleOfAnother(l.entity(), t, titled));
  }

  /** Whether {@code country} is named as the owner of a title of someone other than {@code t}'s. */
  private static boolean ownsTitleOfAnother(Entity country, Titled t, List<Titled> titled) {
    return titled.stream()
        .anyMatch(
            o ->
                o.owner().filter(country::equals).isPresent()
                    && !o.person().entity().equals(t.person().entity()));
  }

  /**
   * {@code … met the Sylvanian envoy}, {@code … met Sylvania's president}, {@code … met his
   * Sylvanian counterpart}, {@code … met Sylvania's Jane Doe}: a country (or its demonym, or
   * possessive) after the titled name, right before a title, a counterpart or a person, with at
   * most one lower-case word between. Not before the titled name ({@code Sylvania's envoy and
   * foreign minister Jane Doe} may be one person), nor inside words set off by a comma after it
   * ({@code Jane Doe, who served as Sylvania's envoy,}), which may say more about the titled
   * person's own office.
   */
  private boolean ownsOtherOffice(SentenceActors sa, Located country, Titled t) {
    List<Token> tokens = sa.tokens();
    int name = sa.lastToken(t.person());
    if (sa.firstToken(country) <= name || setOffAfter(tokens, name, sa.firstToken(country))) {
      return false;
    }
    int next = sa.lastToken(country) + 1;
    if (next < tokens.size() && tokens.get(next).text().matches("['’]s")) {
      next++;
    }
    for (int i = next; i < tokens.size() && i <= next + 1; i++) {
      int at = i;
      if (roles.roleAt(tokens, i).isPresent()
          || tokens.get(i).lemma().equalsIgnoreCase("counterpart")
          || sa.mentions().stream()
              .anyMatch(l -> l.entity().type() == EntityType.PERSON && sa.firstToken(l) == at)) {
        return true;
      }
      if (!tokens.get(i).text().matches("\\p{Ll}+")) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code at} is inside words set off by a comma right after token {@code name}. */
  private static boolean setOffAfter(List<Token> tokens, int name, int at) {
    if (at <= name + 1 || !tokens.get(name + 1).text().equals(",")) {
      return false;
    }
    for (int i = name + 2; i < at; i++) {
      if (tokens.get(i).text().equals(",")) {
        return false;
      }
    }
    return true;
  }
}
