package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Reads a title written after a person's name, set off by a comma, with the actor it belongs to:
 * {@code X, the foreign minister of Y}, {@code X, Y's prime minister}, {@code X, a spokeswoman for
 * ORG}, {@code X, a senator from Freedonia}, {@code X, an adviser to the Freedonian president},
 * {@code X, a minister in the Freedonian government}, {@code X, from CNN} (role "staff"), and a
 * second title joined by "and" that shares the owner ({@code X, deputy prime minister and foreign
 * minister of Freedonia}), and a second apposition after "and a" with its own owner ({@code X, the
 * Union's envoy and a former prime minister of Freedonia}).
 */
final class TitlesAfter {

  /**
   * Prepositions that join a role to the organisation its holder works for ({@code X, a spokeswoman
   * for ORG}, {@code X, an analyst at ORG}, {@code X, a researcher with ORG}).
   */
  private static final Set<String> STAFF_PREPS = Set.of("for", "at", "with");

  private final RoleLexicon roles;

  TitlesAfter(RoleLexicon roles) {
    this.roles = roles;
  }

  /**
   * {@code PERSON [from COUNTRY] , [the] [actor['s]] [status] [modifier…] TITLE [of … actor] [and
   * [modifier…] TITLE]} or {@code PERSON , from ORG}: a second title joined by "and" shares an
   * owner written before the first.
   */
  List<Fact> find(SentenceActors sa, int k, Optional<Entity> bloc) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int i = afterOrigin(sa, sa.lastToken(person) + 1);
    if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>(apposition(sa, person, i + 1, bloc));
    secondApposition(sa, i + 1).ifPresent(j -> out.addAll(apposition(sa, person, j, bloc)));
    return out;
  }

  /**
   * {@code X, the Union's foreign policy chief and a former prime minister of Freedonia}: where a
   * second apposition, with a title of its own, starts after "and a" or "and an" in the one that
   * starts at {@code i} (before its closing comma, within 15 tokens), or after a bare "and" ({@link
   * #bareSecondTitle}); the index of the word after "and".
   */
  private Optional<Integer> secondApposition(SentenceActors sa, int i) {
    List<Token> tokens = sa.tokens();
    for (int j = i; j + 1 < tokens.size() && j - i < 15; j++) {
      if (tokens.get(j).text().matches("[,;:()]")) {
        return Optional.empty();
      }
      if (tokens.get(j).text().equals("and")
          && (tokens.get(j + 1).text().matches("an?") || bareSecondTitle(sa, i, j))) {
        return Optional.of(j + 1);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code X, president of Freedonia and leader of the Unity Party}, {@code X, a cleric and
   * president of Freedonia}: whether a title with "of" after it, and no article before it, follows
   * the "and" at {@code and} and starts a second apposition, because the first one (from {@code i})
   * ends in the name of its owner or holds no title. Otherwise the two titles share the owner after
   * the second ({@code X, deputy prime minister and foreign minister of Freedonia}).
   */
  private boolean bareSecondTitle(SentenceActors sa, int i, int and) {
    List<Token> tokens = sa.tokens();
    int start = and + 1;
    Optional<RoleLexicon.Role> title = modified(tokens, start, afterModifiers(tokens, start));
    int end = title.map(r -> start + r.length()).orElse(start);
    if (title.isEmpty() || end >= tokens.size() || !TitleWords.lower(tokens, end).equals("of")) {
      return false;
    }
    boolean ownerEnds = TitleOwners.endingAt(sa, and - 1, sa.mentions().size()).isPresent();
    boolean titled = false;
    for (int j = i; j < and && !titled; j++) {
      titled = roles.roleAt(tokens, j).isPresent();
    }
    return ownerEnds || !titled;
  }

  /** The title of the apposition that starts at {@code i}, right after the comma. */
  private List<Fact> apposition(SentenceActors sa, Located person, int i, Optional<Entity> bloc) {
    List<Token> tokens = sa.tokens();
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("from")) {
      Optional<Located> org = TitleOwners.startingAt(sa, i + 1);
      int from = i;
      return org.filter(o -> o.entity().type() == EntityType.ORGANISATION)
          .map(
              o ->
                  List.of(
                      PositionFinder.position(
                          sa,
                          person.entity(),
                          o.entity(),
                          new RoleLexicon.Role("staff", 1, false),
                          RoleStatus.CURRENT,
                          tokens,
                          from,
                          0.6)))
          .orElse(List.of());
    }
    if (i < tokens.size() && tokens.get(i).text().matches("(?i)the|a|an")) {
      i++;
    }
    int pastModifiers = afterModifiers(tokens, i);
    if (pastModifiers > i && TitleOwners.startingAt(sa, pastModifiers).isPresent()) {
      i = pastModifiers; // X, a senior Freedonian official: the rank before the owner
    }
    Optional<Located> owner = TitleOwners.startingAt(sa, i);
    if (owner.isPresent()) {
      i = sa.lastToken(owner.get()) + 1;
      if (TitleWords.possessiveAt(tokens, i)) {
        i++;
      }
    } else if (i < tokens.size() && tokens.get(i).text().equals("its")) {
      owner = TitleOwners.actorBefore(sa, sa.firstToken(person));
      i++;
    }
    if (owner.isEmpty()) {
      // X, West Bengal's chief minister, X, the Ohio attorney general: a region's own office
      owner = localOwner(sa, i);
      if (owner.isPresent()) {
        i = sa.lastToken(owner.get()) + 1;
        if (TitleWords.possessiveAt(tokens, i)) {
          i++;
        }
      }
    }
    boolean prefixOwner = owner.isPresent();
    RoleStatus status = RoleStatus.CURRENT;
    if (i + 1 < tokens.size()
        && PositionFinder.statusWord(tokens.get(i)).isEmpty()
        && PositionFinder.statusWord(tokens.get(i + 1)).isPresent()
        && tokens.get(i).text().matches("\\p{Ll}+")
        && tokens.get(i).pos().matches("ADJ|VERB")) {
      i++; // X, Freedonia's jailed former president: a state of the holder before the status word
    }
    if (i < tokens.size() && PositionFinder.statusWord(tokens.get(i)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(i)).get();
      i++;
      Optional<Located> after = owner.isEmpty() ? TitleOwners.startingAt(sa, i) : Optional.empty();
      if (after.isPresent()) {
        // X, a former Freedonian president: the status word before the owner
        owner = after;
        prefixOwner = true;
        i = sa.lastToken(after.get()) + 1;
        if (TitleWords.possessiveAt(tokens, i)) {
          i++;
        }
      }
    }
    String deputy = "";
    if (prefixOwner && owner.get().entity().type() == EntityType.COUNTRY) {
      int posted = postedTitle(sa, i);
      if (posted > i) {
        // X, Freedonia's former deputy UN envoy: the title after the body it is posted to
        deputy =
            TitleOwners.DEPUTIES.contains(TitleWords.lower(tokens, i))
                ? TitleWords.lower(tokens, i) + " "
                : "";
        i = posted;
      }
    }
    int modified = i;
    i = afterModifiers(tokens, i);
    Optional<RoleLexicon.Role> role = modified(tokens, modified, i);
    Optional<Located> filled = Optional.empty();
    if (role.isEmpty()) {
      filled = bodyOf(sa, modified);
      role = filled.flatMap(b -> AppointmentWords.roleAt(roles, tokens, modified));
    }
    if (role.isEmpty()) {
      return List.of();
    }
    i = modified;
    role = Optional.of(extended(tokens, i, role.get()));
    Optional<Located> party = opposedParty(sa, i, role.get());
    if (owner.isEmpty() && party.isPresent()) {
      // X, leader of the opposition Unity Party: "opposition" is the party's, not the title's
      int of = sa.firstToken(party.get()) - 3;
      role = roles.roleAt(tokens.subList(0, of), i);
      if (role.isEmpty()) {
        return List.of();
      }
      return List.of(
          PositionFinder.position(
              sa, person.entity(), party.get().entity(), role.get(), status, tokens, i, 0.8));
    }
    if (!deputy.isEmpty()) {
      RoleLexicon.Role r = role.get();
      role = Optional.of(new RoleLexicon.Role(deputy + r.name(), r.length(), r.head()));
    }
    int after = i + role.get().length();
    if (after < tokens.size() && tokens.get(after).text().matches("['’]s")) {
      // X, the Freedonian president's chief of staff: the title after the possessive is X's
      int next = after + 1;
      i = afterModifiers(tokens, next);
      role = modified(tokens, next, i);
      if (role.isEmpty()) {
        return List.of();
      }
      i = next;
      after = i + role.get().length();
    }
    if (after < tokens.size() && tokens.get(after).pos().matches("VERB|AUX")) {
      return List.of();
    }
    if (TitleContexts.personAt(sa, after)) {
      return List.of();
    }
    if (prefixOwner
        && owner.get().entity().type() == EntityType.COUNTRY
        && PositionFinder.isProfession(role.get().name())) {
      // X, a Freedonia correspondent for ORG: the country is what the holder covers, the employer
      // comes after "for", "at" or "with"
      owner = Optional.empty();
      prefixOwner = false;
    }
    Optional<RoleLexicon.Role> shared = Optional.empty();
    int sharedStart = after + 1;
    if (owner.isEmpty() && after < tokens.size() && tokens.get(after).text().equals("and")) {
      // X, deputy prime minister and foreign minister of Freedonia: both titles are Freedonia's
      shared = modified(tokens, sharedStart, afterModifiers(tokens, sharedStart));
      if (TitleWords.POSTING.contains(role.get().name())
          || shared.filter(r -> TitleWords.POSTING.contains(r.name())).isPresent()) {
        shared = Optional.empty();
      }
      int end = shared.map(r -> sharedStart + r.length()).orElse(sharedStart);
      if (end < tokens.size() && tokens.get(end).text().equalsIgnoreCase("of")) {
        after = end;
      } else {
        shared = Optional.empty();
      }
    }
    if (owner.isEmpty() && filled.isPresent()) {
      owner = filled;
    }
    if (owner.isEmpty()
        && after < tokens.size()
        && tokens.get(after).text().equalsIgnoreCase("of")) {
      owner =
          TitleOwners.firstActorWithin(sa, after + 1, 12).map(o -> TitleContexts.possessed(sa, o));
      if (owner.isEmpty() && PositionFinder.isLocal(role.get())) {
        int from = after + 1;
        owner =
            sa.mentions().stream()
                .filter(l -> l.entity().type() == EntityType.PLACE && sa.firstToken(l) == from)
                .findFirst();
      }
      int noun = after + 3 < tokens.size() && tokens.get(after + 2).pos().equals("ADJ") ? 3 : 2;
      if (owner.isEmpty()
          && bloc.isPresent()
          && TitleContexts.blocNounEndingAt(tokens, after + noun)) {
        return List.of(
            PositionFinder.position(
                sa, person.entity(), bloc.get(), role.get(), status, tokens, i, 0.7));
      }
    }
    boolean staff = false;
    if (owner.isEmpty()
        && after + 1 < tokens.size()
        && STAFF_PREPS.contains(TitleWords.lower(tokens, after))) {
      int at = tokens.get(after + 1).text().equalsIgnoreCase("the") ? after + 2 : after + 1;
      int body = at + 1; // "for the Mexican foreign ministry": the country, then its body
      owner =
          TitleOwners.startingAt(sa, at)
              .map(o -> TitleContexts.possessed(sa, o))
              .filter(o -> o.entity().type() == EntityType.ORGANISATION)
              .or(
                  () ->
                      TitleOwners.startingAt(sa, at)
                          .filter(o -> o.entity().type() == EntityType.COUNTRY)
                          .flatMap(o -> TitleOwners.startingAt(sa, body))
                          .filter(o -> o.entity().type() == EntityType.ORGANISATION));
      staff = owner.isPresent();
    }
    if (owner.isEmpty()
        && after + 1 < tokens.size()
        && tokens.get(after).text().equalsIgnoreCase("to")
        && !TitleWords.POSTING.contains(role.get().name())) {
      owner = aideOf(sa, after + 1);
      staff = owner.isPresent();
    }
    if (owner.isEmpty()
        && after + 1 < tokens.size()
        && tokens.get(after).text().equalsIgnoreCase("from")) {
      // X, a senator from Freedonia: the country the holder serves (not "from Freedonia's party")
      owner =
          TitleOwners.startingAt(sa, after + 1)
              .filter(o -> o.entity().type() == EntityType.COUNTRY)
              .filter(o -> !possessive(tokens, sa.lastToken(o) + 1));
      staff = owner.isPresent();
    }
    if (owner.isEmpty()) {
      // X, a minister in Freedonia's government: the office is the country's
      boolean posting = TitleWords.POSTING.contains(role.get().name());
      owner =
          TitleOwners.government(sa, after)
              .filter(g -> !posting)
              .map(TitleOwners.Government::country);
    }
    if (owner.isEmpty()) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    RoleLexicon.Role office = staff ? role.get() : withRemit(sa, role.get(), after);
    double confidence = staff ? 0.7 : 0.8;
    out.add(
        PositionFinder.position(
            sa, person.entity(), owner.get().entity(), office, status, tokens, i, confidence));
    if (shared.isPresent()) {
      out.add(
          PositionFinder.position(
              sa,
              person.entity(),
              owner.get().entity(),
              shared.get(),
              status,
              tokens,
              sharedStart,
              confidence));
    }
    int second = after + 1;
    if (prefixOwner && after < tokens.size() && tokens.get(after).text().equals("and")) {
      Optional<RoleLexicon.Role> next = modified(tokens, second, afterModifiers(tokens, second));
      int end = next.map(r -> second + r.length()).orElse(second);
      if (next.isPresent() && (end >= tokens.size() || tokens.get(end).text().matches("[,.;:)]"))) {
        out.add(
            PositionFinder.position(
                sa,
                person.entity(),
                owner.get().entity(),
                next.get(),
                status,
                tokens,
                second,
                0.7));
      }
    }
    return out;
  }

  /**
   * {@code leader of the opposition Unity Party}: the organisation right after a title at {@code
   * start} that ends in "of the opposition" (a title of its own, "Leader of the Opposition"), which
   * makes the last word the party's modifier.
   */
  private static Optional<Located> opposedParty(
      SentenceActors sa, int start, RoleLexicon.Role role) {
    List<Token> tokens = sa.tokens();
    int after = start + role.length();
    if (role.length() < 4
        || !StructureFinder.text(tokens, after - 3, after).equalsIgnoreCase("of the opposition")) {
      return Optional.empty();
    }
    return TitleOwners.startingAt(sa, after)
        .filter(o -> o.entity().type() == EntityType.ORGANISATION);
  }

  /**
   * {@code West Bengal's chief minister}, {@code the Ohio attorney general}: the place named at
   * {@code at}, with or without a possessive after it, and a region's or city's title after that
   * ({@link PositionFinder#isLocal}).
   */
  private Optional<Located> localOwner(SentenceActors sa, int at) {
    List<Token> tokens = sa.tokens();
    for (Located l : sa.mentions()) {
      int end = sa.lastToken(l) + 1;
      int title = TitleWords.possessiveAt(tokens, end) ? end + 1 : end;
      if (l.entity().type() == EntityType.PLACE
          && sa.firstToken(l) == at
          && title < tokens.size()
          && roles.roleAt(tokens, title).filter(PositionFinder::isLocal).isPresent()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code UN envoy}, {@code deputy UN ambassador}: where a posting's title ({@code
   * posting_roles.txt}) starts after an international organisation (and a word of a second office
   * before it) at {@code at}, the organisation being where the envoy is posted, not the title's
   * owner; {@code at} when no such title stands there.
   */
  private int postedTitle(SentenceActors sa, int at) {
    List<Token> tokens = sa.tokens();
    int body =
        at < tokens.size() && TitleOwners.DEPUTIES.contains(TitleWords.lower(tokens, at))
            ? at + 1
            : at;
    Optional<Located> posting =
        TitleOwners.startingAt(sa, body).filter(p -> MemberLists.isInternational(p.entity()));
    if (posting.isEmpty()) {
      return at;
    }
    int title = sa.lastToken(posting.get()) + 1;
    return title < tokens.size()
            && roles
                .roleAt(tokens, title)
                .filter(r -> TitleWords.POSTING.contains(r.name()))
                .isPresent()
        ? title
        : at;
  }

  /**
   * {@code special envoy for Sylvania}: the title with the place or actor its holder is charged
   * with written into its name, when "for" and a mention follow it at {@code after}.
   */
  private static RoleLexicon.Role withRemit(SentenceActors sa, RoleLexicon.Role role, int after) {
    List<Token> tokens = sa.tokens();
    if (after + 1 >= tokens.size() || !tokens.get(after).text().equals("for")) {
      return role;
    }
    for (Located l : sa.mentions()) {
      if (sa.firstToken(l) == after + 1 && l.entity().type() != EntityType.PERSON) {
        String remit = StructureFinder.text(tokens, after + 1, sa.lastToken(l) + 1);
        return new RoleLexicon.Role(
            role.name() + " for " + remit.toLowerCase(Locale.ROOT), role.length(), role.head());
      }
    }
    return role;
  }

  /**
   * {@code X, an adviser to the Freedonian president}, {@code X, an aide to Freedonia's foreign
   * minister}: the country whose office-holder's title follows {@code to} at {@code from} is where
   * the aide serves (an ambassador "to" a country is posted there instead, and is not read here).
   */
  private Optional<Located> aideOf(SentenceActors sa, int from) {
    List<Token> tokens = sa.tokens();
    int at =
        from < tokens.size() && tokens.get(from).text().equalsIgnoreCase("the") ? from + 1 : from;
    Optional<Located> country =
        TitleOwners.startingAt(sa, at).filter(o -> o.entity().type() == EntityType.COUNTRY);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    int title = sa.lastToken(country.get()) + 1;
    if (possessive(tokens, title)) {
      title++;
    }
    return title < tokens.size() && roles.roleAt(tokens, title).isPresent()
        ? country
        : Optional.empty();
  }

  private static boolean possessive(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).text().matches("['’]s?");
  }

  /**
   * Past {@code from Freedonia} or an age ({@code , 64}) right after a name, to the comma after it.
   */
  private static int afterOrigin(SentenceActors sa, int i) {
    List<Token> tokens = sa.tokens();
    if (i + 2 < tokens.size()
        && tokens.get(i).text().equals(",")
        && tokens.get(i + 1).text().matches("\\d{1,3}")
        && tokens.get(i + 2).text().equals(",")) {
      return i + 2;
    }
    if (i + 1 < tokens.size() && tokens.get(i).text().equals("from")) {
      Optional<Located> origin =
          TitleOwners.startingAt(sa, i + 1).filter(l -> l.entity().type() == EntityType.COUNTRY);
      if (origin.isPresent()) {
        int next = sa.lastToken(origin.get()) + 1;
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
          return next;
        }
      }
    }
    return i;
  }

  /**
   * The title at {@code at} with the modifiers from {@code from} written into its name
   * ("parliamentary chief"), covering them.
   */
  private Optional<RoleLexicon.Role> modified(List<Token> tokens, int start, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    int first = start;
    while (first < at && TitleWords.tenure(tokens.get(first))) {
      first++;
    }
    int from = first;
    int skipped = first - start;
    return roles
        .roleAt(tokens, at)
        .map(
            r ->
                from == at
                    ? new RoleLexicon.Role(r.name(), r.length() + skipped, r.head())
                    : new RoleLexicon.Role(
                        StructureFinder.text(tokens, from, at).toLowerCase(Locale.ROOT)
                            + " "
                            + r.name(),
                        r.length() + at - start,
                        r.head()));
  }

  /**
   * {@code X, the speaker of Freedonia's parliament}: the body after an office it fills from its
   * members ({@link AppointmentWords#roleAt}), written in lower case, which names an office only
   * with "of" and an organisation after it ("a speaker of Sylvanian" names none).
   */
  private Optional<Located> bodyOf(SentenceActors sa, int at) {
    List<Token> tokens = sa.tokens();
    Optional<RoleLexicon.Role> office =
        at < tokens.size() ? AppointmentWords.roleAt(roles, tokens, at) : Optional.empty();
    if (office.isEmpty()) {
      return Optional.empty();
    }
    int of = at + office.get().length();
    if (of + 1 >= tokens.size() || !tokens.get(of).text().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    int from = tokens.get(of + 1).text().equalsIgnoreCase("the") ? of + 2 : of + 1;
    return TitleOwners.startingAt(sa, of + 1) // a body's name may take in "the"
        .or(() -> TitleOwners.startingAt(sa, from))
        .map(o -> TitleContexts.possessed(sa, o))
        .map(o -> bodyAfterDemonym(sa, o))
        .filter(o -> o.entity().type() == EntityType.ORGANISATION);
  }

  /**
   * {@code the Freedonian parliament}: the body named right after a country's demonym, whose name
   * the resolver gives the demonym but whose mention is the noun alone; {@code owner} otherwise.
   */
  private static Located bodyAfterDemonym(SentenceActors sa, Located owner) {
    if (owner.entity().type() != EntityType.COUNTRY) {
      return owner;
    }
    return TitleOwners.startingAt(sa, sa.lastToken(owner) + 1)
        .filter(b -> b.entity().type() == EntityType.ORGANISATION)
        .orElse(owner);
  }

  /**
   * {@code chief nuclear negotiator}: the title at {@code start}, or that title joined to a second
   * one after lower-case modifiers ({@link TitleWords#joined}).
   */
  private RoleLexicon.Role extended(List<Token> tokens, int start, RoleLexicon.Role role) {
    int end = start + role.length();
    int next = afterModifiers(tokens, end);
    Optional<RoleLexicon.Role> second =
        next > end && next < tokens.size() ? roles.roleAt(tokens, next) : Optional.empty();
    if (second.isEmpty() || TitleWords.tenure(tokens.get(end))) {
      return role;
    }
    return TitleWords.joined(tokens, role, start, next, second.get());
  }

  /** Past at most two lower-case modifiers that start no title ("nominal", "parliamentary"). */
  private int afterModifiers(List<Token> tokens, int i) {
    while (i < tokens.size() && TitleWords.tenure(tokens.get(i))) {
      i++;
    }
    for (int n = 0;
        n < 2
            && i < tokens.size()
            && roles.roleAt(tokens, i).isEmpty()
            && TitleWords.isModifier(tokens.get(i));
        n++) {
      i++;
    }
    return i;
  }
}
