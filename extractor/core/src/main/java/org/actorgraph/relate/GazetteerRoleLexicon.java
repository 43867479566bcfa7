package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.PersonTitle;

/**
 * Roles from the gazetteer's list of titles, without honorifics ("Mr.", "Dr."), which name no role,
 * and from the relate stage's own supplement ({@code roles.tsv}); the longer title wins. A deputy's
 * word before a title ({@code role_deputies.txt}: "Deputy Secretary of State") names the office
 * below it, which heads nothing; two portfolios joined by "and" ("interior and justice minister")
 * name one office of both. Known office-holders serve the country their gazetteer entry names.
 */
public final class GazetteerRoleLexicon implements RoleLexicon {

  private static final Set<String> DEPUTIES = WordLists.set("role_deputies.txt");

  private final Gazetteer gazetteer;
  private final SupplementRoles supplement = SupplementRoles.standard();

  public GazetteerRoleLexicon(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Role> roleAt(List<Token> tokens, int i) {
    Optional<Role> joined = joinedPortfolios(tokens, i).or(() -> portfolioSecretary(tokens, i));
    if (joined.isPresent()) {
      return joined;
    }
    Optional<Role> own = listedAt(tokens, i);
    Optional<Role> chief = chiefOf(tokens, i, own);
    if (chief.isPresent()) {
      return chief;
    }
    if (i + 1 < tokens.size() && DEPUTIES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      Optional<Role> under = listedAt(tokens, i + 1);
      if (under.isPresent()
          && (own.isEmpty() || own.get().length() <= under.get().length())
          && !DEPUTIES.contains(under.get().name().split(" ")[0])) {
        String deputy = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return Optional.of(
            new Role(deputy + " " + under.get().name(), under.get().length() + 1, false));
      }
    }
    return own;
  }

  /**
   * {@code chief prosecutor}, {@code Chief Spokesman}: the one-word title "chief" right before an
   * office of the same case (not a rank: "army chief General X" names a chief who is a general)
   * names the first holder of that office, one title ("the chief prosecutor of the Court"), the
   * office's own head or not as the office says.
   */
  private Optional<Role> chiefOf(List<Token> tokens, int i, Optional<Role> own) {
    if (own.isEmpty()
        || own.get().length() != 1
        || !own.get().name().equals("chief")
        || i + 1 >= tokens.size()
        || tokens.get(i).isCapitalised() != tokens.get(i + 1).isCapitalised()) {
      return Optional.empty();
    }
    List<String> words = Token.texts(tokens);
    boolean office =
        gazetteer
            .titleAt(words, i + 1)
            .map(m -> m.value().kind() == PersonTitle.Kind.ROLE)
            .orElse(supplement.roleAt(tokens, i + 1).isPresent());
    return office
        ? listedAt(tokens, i + 1)
            .filter(r -> !r.name().startsWith("chief"))
            .map(r -> new Role("chief " + r.name(), r.length() + 1, r.head()))
        : Optional.empty();
  }

  /**
   * {@code interior and justice minister}: a portfolio word, "and", then a listed minister's title,
   * where the word with "minister" is a listed title too ("interior minister", not the head's
   * "prime minister"); one office of both portfolios, named as written.
   */
  private Optional<Role> joinedPortfolios(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("and")) {
      return Optional.empty();
    }
    Optional<Role> second = listedAt(tokens, i + 2);
    String word = tokens.get(i).text();
    if (second.isEmpty()
        || !second.get().name().endsWith(" minister")
        || DEPUTIES.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Optional<String> first =
        gazetteer
            .titleAt(List.of(word, "Minister"), 0)
            .filter(m -> m.span().length() == 2 && !m.value().head())
            .map(m -> m.value().role())
            .filter(r -> r.endsWith(" minister"));
    return first.map(
        r ->
            new Role(
                r.substring(0, r.length() - " minister".length()) + " and " + second.get().name(),
                second.get().length() + 2,
                false));
  }

  /**
   * {@code Interior Cabinet Secretary}: a portfolio word before "Cabinet Secretary", the title of a
   * minister in cabinets that are not drawn from parliament (Kenya's, among others), where the word
   * with "Minister" is a listed title ("interior minister"); named as written.
   */
  private Optional<Role> portfolioSecretary(List<Token> tokens, int i) {
    Optional<Role> secretary = i + 1 < tokens.size() ? listedAt(tokens, i + 1) : Optional.empty();
    if (secretary.isEmpty() || !secretary.get().name().equals("cabinet secretary")) {
      return Optional.empty();
    }
    return portfolio(tokens.get(i).text())
        .map(p -> new Role(p + " cabinet secretary", secretary.get().length() + 1, false));
  }

  /** The portfolio a word names when the word with "Minister" is a listed minister's title. */
  private Optional<String> portfolio(String word) {
    if (DEPUTIES.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return gazetteer
        .titleAt(List.of(word, "Minister"), 0)
        .filter(m -> m.span().length() == 2 && !m.value().head())
        .map(m -> m.value().role())
        .filter(r -> r.endsWith(" minister"))
        .map(r -> r.substring(0, r.length() - " minister".length()));
  }

  private Optional<Role> listedAt(List<Token> tokens, int i) {
    List<String> words = Token.texts(tokens);
    Optional<Role> listed =
        gazetteer
            .titleAt(words, i)
            .filter(m -> m.value().kind() != PersonTitle.Kind.HONORIFIC)
            .map(m -> new Role(m.value().role(), m.span().length(), m.value().head()));
    Optional<Role> extra = supplement.roleAt(tokens, i);
    if (extra.isPresent() && (listed.isEmpty() || extra.get().length() > listed.get().length())) {
      return extra;
    }
    return listed;
  }

  /** An unambiguous one-word honorific of the gazetteer's titles ("Sheikh", not "Lord"). */
  @Override
  public boolean honorificAt(List<Token> tokens, int i) {
    return gazetteer
        .titleAt(Token.texts(tokens), i)
        .filter(m -> m.value().kind() == PersonTitle.Kind.HONORIFIC)
        .filter(m -> m.span().length() == 1 && !m.value().ambiguous())
        .isPresent();
  }

  /** The country column of the person's gazetteer entry: the country the person leads or serves. */
  @Override
  public Optional<String> countryServedBy(String personKey) {
    return gazetteer
        .byKey(personKey)
        .filter(e -> e.type() == EntityType.PERSON)
        .flatMap(GazetteerEntry::country);
  }
}
