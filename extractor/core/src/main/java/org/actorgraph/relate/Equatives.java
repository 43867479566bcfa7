package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Offices stated by "to be": {@code Lai is currently Tsai's vice president}, {@code X was
 * Valdoria's foreign minister}, {@code X is the current chair of the Union}, {@code X was elected
 * president of Freedonia}; in the future ({@code X will become president of Freedonia}, {@code X is
 * set to be Freedonia's next president}) an office not yet taken up (elect). When the possessor is
 * a person, the office belongs to that person's own country (or organisation), so it is resolved
 * once every position is known.
 */
final class Equatives {

  private static final Set<String> APPOINTED = WordLists.set("appointment_verbs.txt");

  private Equatives() {}

  /** {@code A is B's TITLE}, where B may be a person whose own office says whose title it is. */
  record Equative(
      SentenceActors sentence,
      Located person,
      Entity possessor,
      RoleLexicon.Role role,
      RoleStatus status,
      int roleStart) {}

  /**
   * {@code PERSON [, who] is|was|became|remains|has [adverb] become [adverb] [the] ACTOR's [status]
   * TITLE}; "was" makes the role a former one.
   */
  static Optional<Equative> at(
      RoleLexicon roles, ResolvedArticle article, SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int i = afterApposition(tokens, sa.lastToken(person) + 1);
    if (i + 1 < tokens.size()
        && tokens.get(i).text().equals(",")
        && tokens.get(i + 1).text().equals("who")) {
      i += 2;
    }
    int copula = modalCopula(tokens, i);
    if (copula > i && AppointmentWords.future(tokens, copula)) {
      return after(roles, article, sa, person, copula + 1, RoleStatus.ELECT);
    }
    if (copula > i && AppointmentWords.narrative(tokens, i, copula)) {
      return after(roles, article, sa, person, copula + 1, RoleStatus.CURRENT);
    }
    int perfect = perfectCopula(tokens, i);
    if (perfect > i) {
      return after(roles, article, sa, person, perfect + 1, RoleStatus.CURRENT);
    }
    if (i >= tokens.size() || !tokens.get(i).text().matches("is|was|becomes|became|remains")) {
      return Optional.empty();
    }
    RoleStatus status = tokens.get(i).text().equals("was") ? RoleStatus.FORMER : RoleStatus.CURRENT;
    return after(roles, article, sa, person, i + 1, status);
  }

  /**
   * {@code B's foreign policy aide A}, {@code B's vice president, A,}, {@code B envoy A}: a title
   * right before the name (or before a comma right before it) after a person's name, its possessive
   * or not (news style drops it: "Trump envoy"), and at most two lower-case words, which, like
   * {@code A is B's TITLE}, is the office of B's own country.
   */
  static Optional<Equative> before(RoleLexicon roles, SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int end = sa.firstToken(person) - 1;
    if (end >= 0 && tokens.get(end).text().equals(",")) {
      end--;
    }
    for (int start = Math.max(1, end - 3); start <= end; start++) { // the longest title first
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      if (role.isPresent() && start + role.get().length() - 1 == end) {
        int s = start - 1;
        while (s > start - 3 && s > 0 && TitleWords.isModifier(tokens.get(s))) {
          s--;
        }
        int title = start;
        return sa.endingAt(TitleWords.possessiveAt(tokens, s) ? s - 1 : s, EntityType.PERSON)
            .filter(b -> !b.entity().equals(person.entity()))
            .map(b -> new Equative(sa, person, b.entity(), role.get(), RoleStatus.CURRENT, title));
      }
    }
    return Optional.empty();
  }

  /** How many tokens words set off by commas after a name may run ("the vice president"). */
  private static final int MAX_APPOSITION = 8;

  /**
   * {@code X, the vice president, is set to become …}, {@code X, 37, would become …}: the token
   * after words set off by commas right after a name, which say more about the person and do not
   * end the subject; {@code i} when none are (no closing comma near, or a verb or "who" inside).
   */
  private static int afterApposition(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return i;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 2 + MAX_APPOSITION); j++) {
      Token t = tokens.get(j);
      if (t.text().equals(",")) {
        return j > i + 1 ? j + 1 : i;
      }
      if (t.pos().matches("VERB|AUX") || t.text().matches("(?i)who|which|[;:()]")) {
        return i;
      }
    }
    return i;
  }

  /**
   * {@code will become}, {@code is set to become}, {@code would later become}: the copula after the
   * auxiliaries and words of the future that start at {@code i}; {@code i} when none does. Its
   * tense is {@link AppointmentWords#future} (elect) or {@link AppointmentWords#narrative} (held).
   */
  private static int modalCopula(List<Token> tokens, int i) {
    for (int j = i; j < Math.min(tokens.size(), i + 5); j++) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (w.matches("become|be")) {
        return j;
      }
      if (!AppointmentWords.auxiliary(tokens.get(j)) && !w.equals("to")) {
        return i;
      }
    }
    return i;
  }

  /**
   * {@code has since become}, {@code has been}: the copula of a present perfect that starts at
   * {@code i}, over at most one adverb; the office it states is held now. {@code i} when there is
   * none.
   */
  private static int perfectCopula(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i).text().matches("has|have")) {
      return i;
    }
    Token adverb = tokens.get(i + 1);
    int j = adverb.pos().equals("ADV") && !adverb.text().matches("(?i)never|not") ? i + 2 : i + 1;
    return j < tokens.size() && tokens.get(j).text().matches("become|been") ? j : i;
  }

  /** The rest of {@link #at} from the token after the copula, with the status it gives. */
  private static Optional<Equative> after(
      RoleLexicon roles,
      ResolvedArticle article,
      SentenceActors sa,
      Located person,
      int i,
      RoleStatus status) {
    List<Token> tokens = sa.tokens();
    if (i < tokens.size() && tokens.get(i).pos().equals("ADV")) {
      i++;
    }
    if (i < tokens.size() && APPOINTED.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      status = status == RoleStatus.ELECT ? status : RoleStatus.CURRENT;
      i++;
    }
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("the")) {
      i++;
    }
    int at = i;
    Optional<Located> named =
        sa.mentions().stream().filter(l -> l != person && sa.firstToken(l) == at).findFirst();
    if (named.isEmpty()) {
      Optional<Equative> of = titleOf(roles, sa, person, at, status);
      if (of.isPresent()) {
        return of;
      }
      Optional<Equative> own = ownState(roles, sa, person, at, status);
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<Entity> possessor = named.map(Located::entity);
    if (named.isPresent()) {
      i = sa.lastToken(named.get()) + 1;
    } else if (i < tokens.size() && tokens.get(i).isCapitalised()) {
      possessor = personByOneName(article, tokens.get(i).text());
      i++;
    }
    if (possessor.isEmpty() || possessor.get().equals(person.entity())) {
      return Optional.empty();
    }
    if (i >= tokens.size() || !tokens.get(i).text().matches("['’]s")) {
      return Optional.empty();
    }
    i++;
    if (i < tokens.size() && PositionFinder.statusWord(tokens.get(i)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(i)).get();
      i++;
    }
    i = afterAdjectives(roles, tokens, i);
    Optional<RoleLexicon.Role> role = roles.roleAt(tokens, i);
    int roleStart = i;
    RoleStatus s = status;
    Entity whose = possessor.get();
    return role.map(r -> new Equative(sa, person, whose, r, s, roleStart));
  }

  /**
   * {@code Freedonia's youngest prime minister}, {@code its first female president}: past at most
   * two lower-case adjectives (or ordinals) before a title, when a title follows them; {@code i}
   * otherwise.
   */
  static int afterAdjectives(RoleLexicon roles, List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && j < i + 2
        && roles.roleAt(tokens, j).isEmpty()
        && tokens.get(j).text().matches("\\p{Ll}+")
        && tokens.get(j).pos().matches("ADJ|NUM")) {
      j++;
    }
    return j < tokens.size() && roles.roleAt(tokens, j).isPresent() ? j : i;
  }

  /**
   * {@code A is the current chairperson of the Union}, {@code A was elected president of
   * Freedonia}: a title with its owner after "of", from {@code at} on.
   */
  private static Optional<Equative> titleOf(
      RoleLexicon roles, SentenceActors sa, Located person, int at, RoleStatus status) {
    List<Token> tokens = sa.tokens();
    int i = at;
    if (i < tokens.size() && PositionFinder.statusWord(tokens.get(i)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(i)).get();
      i++;
    } else if (i < tokens.size()
        && tokens.get(i).text().toLowerCase(Locale.ROOT).matches("current|incumbent|new")) {
      i++;
    }
    Optional<RoleLexicon.Role> role =
        i < tokens.size() ? roles.roleAt(tokens, i) : Optional.empty();
    if (role.isEmpty()) {
      return Optional.empty();
    }
    int of = i + role.get().length();
    if (of + 1 >= tokens.size() || !tokens.get(of).text().equals("of")) {
      return Optional.empty();
    }
    int from = tokens.get(of + 1).text().equalsIgnoreCase("the") ? of + 2 : of + 1;
    Optional<Located> owner =
        sa.mentions().stream()
            .filter(l -> sa.firstToken(l) == from)
            .filter(
                l ->
                    l.entity().type() == EntityType.COUNTRY
                        || l.entity().type() == EntityType.ORGANISATION)
            .findFirst()
            .map(l -> TitleContexts.possessed(sa, l));
    int roleStart = i;
    RoleStatus s = status;
    return owner.map(o -> new Equative(sa, person, o.entity(), role.get(), s, roleStart));
  }

  /**
   * {@code Vice President X is set to become president.}: an office of state named alone, closing
   * the clause, in the future; the person's own country's, which {@link #ownerOf} finds from the
   * office the article gives the person elsewhere (the person is its own possessor).
   */
  private static Optional<Equative> ownState(
      RoleLexicon roles, SentenceActors sa, Located person, int at, RoleStatus status) {
    List<Token> tokens = sa.tokens();
    Optional<RoleLexicon.Role> role =
        at < tokens.size() ? roles.roleAt(tokens, at) : Optional.empty();
    if (status != RoleStatus.ELECT
        || role.isEmpty()
        || !UnownedTitles.stateRole(role.get().name())) {
      return Optional.empty();
    }
    int end = at + role.get().length();
    if (end < tokens.size() && !tokens.get(end).text().matches("[,.;:]|after|when|on|in")) {
      return Optional.empty();
    }
    return Optional.of(new Equative(sa, person, person.entity(), role.get(), status, at));
  }

  /**
   * The one person of the article one of whose names is this single word ("Tsai" for Tsai Ing-wen),
   * for a short form the mention finder left unmarked.
   */
  private static Optional<Entity> personByOneName(ResolvedArticle article, String word) {
    List<Entity> found =
        article.entities().stream()
            .filter(e -> e.type() == EntityType.PERSON)
            .filter(e -> List.of(e.label().split("[ -]")).contains(word))
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The country of an office a person will take up in their own state ({@link #ownState}): the
   * country of another office the article gives the person; none when only an organisation's is.
   */
  static Optional<Entity> ownerOf(Equative e, List<Fact> facts) {
    Optional<Entity> owner = ownerOf(e.possessor(), facts);
    return e.possessor().equals(e.person().entity())
        ? owner.filter(o -> o.type() == EntityType.COUNTRY)
        : owner;
  }

  /** The owner itself, or for a person the country (else organisation) of their first office. */
  static Optional<Entity> ownerOf(Entity possessor, List<Fact> facts) {
    if (possessor.type() == EntityType.COUNTRY || possessor.type() == EntityType.ORGANISATION) {
      return Optional.of(possessor);
    }
    Optional<Entity> any = Optional.empty();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p && p.holder().equals(possessor)) {
        if (p.organisation().type() == EntityType.COUNTRY) {
          return Optional.of(p.organisation());
        }
        any = any.or(() -> Optional.of(p.organisation()));
      }
    }
    return any;
  }
}
