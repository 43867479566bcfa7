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
 * Offices given by appointment or election, read in word order:
 *
 * <ul>
 *   <li>active, the title after "as", after "to the post of", or as a second object: {@code
 *       Freedonia's president John Roe appointed Jane Doe as defence minister}, {@code Roe named
 *       Doe foreign minister}, {@code Sylvania's parliament elected Doe as speaker};
 *   <li>passive and relative: {@code Jane Doe was appointed (as) defence minister (by John Roe)},
 *       {@code Doe, who was named foreign minister in 2020, resigned};
 *   <li>removal, the office held until then: {@code Roe dismissed defence minister Jane Doe}.
 * </ul>
 *
 * The office's owner is, most sure first: the title's own owner ({@code of Freedonia}, {@code
 * Freedonia's}); the appointer's (a country; a body, for an office the body fills from its members
 * ({@code speaker}), else its country; a person, their country), resolved once every position is
 * known ({@link AppointmentOwners}); or the country the article is about, for offices of state
 * only. A verb in the future ({@code will appoint}, {@code is set to name}) gives an office not yet
 * taken up ({@link RoleStatus#ELECT}).
 */
final class Appointments {

  /** Auxiliaries of a passive: {@code was appointed}, {@code has been named}. */
  private static final Set<String> PASSIVE_AUX =
      Set.of("is", "was", "are", "were", "be", "been", "being");

  private Appointments() {}

  /**
   * An office given to {@code person} by the sentence.
   *
   * @param owner the owner the title itself names, if it does
   * @param appointer who gave it, if the sentence says
   */
  record Appointment(
      SentenceActors sentence,
      Located person,
      RoleLexicon.Role role,
      int roleStart,
      RoleStatus status,
      Optional<Entity> owner,
      Optional<Located> appointer) {}

  /** The appointments one sentence states, in text order. */
  static List<Appointment> find(RoleLexicon roles, SentenceActors sa) {
    List<Appointment> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int v = 0; v + 1 < tokens.size(); v++) {
      if (sa.negatedOrHypothetical(v)) {
        continue;
      }
      int start = verbStart(tokens, v);
      if (AppointmentWords.participle(tokens.get(v)) && passiveAt(tokens, start)) {
        Optional<Appointment> a = passive(roles, sa, start, v);
        a.ifPresent(out::add);
        a.flatMap(p -> predecessor(sa, p)).ifPresent(out::add);
      } else if (AppointmentWords.appointing(tokens.get(v))) {
        out.addAll(active(roles, sa, start, v));
      } else if (AppointmentWords.removing(tokens.get(v))) {
        removal(roles, sa, start, v).ifPresent(out::add);
      } else if (AppointmentWords.appointmentNoun(tokens.get(v))) {
        nominal(roles, sa, v).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * {@code [A's] appointment of PERSON as TITLE}, {@code PERSON's election as TITLE}: a noun of
   * giving an office, the person after "of" or before it with "'s", the title after "as"; a
   * possessor before the noun that is not the person appointed them.
   */
  private static Optional<Appointment> nominal(RoleLexicon roles, SentenceActors sa, int n) {
    List<Token> tokens = sa.tokens();
    Optional<Located> by = Optional.empty();
    if (n >= 2 && tokens.get(n - 1).text().matches("['’]s")) {
      by =
          sa.mentions().stream()
              .filter(l -> sa.lastToken(l) == n - 2 && SentenceActors.isActor(l))
              .findFirst();
    }
    Optional<Located> person = Optional.empty();
    int next = n + 1;
    if (lower(tokens, next).equals("of")) {
      person = sa.startingAt(next + 1, EntityType.PERSON);
      next = person.map(p -> sa.lastToken(p) + 1).orElse(next);
    } else if (by.filter(o -> o.entity().type() == EntityType.PERSON).isPresent()) {
      person = by;
      by = Optional.empty();
    }
    if (person.isEmpty() || next >= tokens.size() || !lower(tokens, next).equals("as")) {
      return Optional.empty();
    }
    return office(roles, sa, person.get(), titleStart(tokens, next), false, by);
  }

  /**
   * {@code [APPOINTER] [aux…] VERB [in] PERSON [, apposition,] (as|to the post of)? TITLE [of
   * OWNER]} ("swore in X as"), and further {@code (,|and) PERSON as TITLE} that share the verb
   * ({@code named Jane Doe as defence minister and John Roe as foreign minister}).
   */
  private static List<Appointment> active(RoleLexicon roles, SentenceActors sa, int start, int v) {
    List<Token> tokens = sa.tokens();
    if (AppointmentWords.intended(tokens, start)) {
      return List.of();
    }
    Optional<Located> appointer =
        actorBefore(sa, start).or(() -> titledAppointer(roles, sa, start));
    boolean future = AppointmentWords.future(tokens, start);
    List<Appointment> out = new ArrayList<>();
    int at =
        v + 1 < tokens.size() && AppointmentWords.takingOffice(tokens.get(v + 1)) ? v + 2 : v + 1;
    while (at < tokens.size()) {
      int here = at;
      Optional<Located> person =
          sa.startingAt(here, EntityType.PERSON).or(() -> afterRank(roles, sa, here));
      if (person.isEmpty()) {
        break;
      }
      int after = pastApposition(tokens, sa.lastToken(person.get()) + 1);
      int title = titleStart(tokens, after);
      if (title < 0
          && after < tokens.size()
          && AppointmentWords.raising(tokens.get(v))
          && lower(tokens, after).equals("to")) {
        title = titleStart(tokens, after + 1); // "promoted Jane Doe to army chief"
      }
      Optional<Appointment> found = office(roles, sa, person.get(), title, future, appointer);
      if (found.isEmpty()) {
        break;
      }
      out.add(found.get());
      predecessor(sa, found.get()).ifPresent(out::add);
      int end = afterOffice(sa, found.get());
      at = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
      at = at < tokens.size() && lower(tokens, at).equals("and") ? at + 1 : at;
      if (at == end) {
        break;
      }
    }
    return out;
  }

  /**
   * {@code Freedonia's president dismissed defence minister Jane Doe}: an appointer, a verb of
   * ending a tenure, and a bare title right before the person, who held it until then (and holds it
   * still if the verb is in the future). A title with its own owner ({@code dismissed Freedonia's
   * defence minister}) is read where the title is ({@link TitlesBefore}).
   */
  private static Optional<Appointment> removal(
      RoleLexicon roles, SentenceActors sa, int start, int v) {
    List<Token> tokens = sa.tokens();
    if (AppointmentWords.intended(tokens, start)) {
      return Optional.empty();
    }
    Optional<Located> appointer =
        actorBefore(sa, start).or(() -> titledAppointer(roles, sa, start));
    int i = v + 1 < tokens.size() && lower(tokens, v + 1).equals("the") ? v + 2 : v + 1;
    Optional<RoleLexicon.Role> role =
        appointer.isPresent() && i < tokens.size() ? roles.roleAt(tokens, i) : Optional.empty();
    if (role.isEmpty()) {
      return Optional.empty();
    }
    Optional<Located> person = sa.startingAt(i + role.get().length(), EntityType.PERSON);
    RoleStatus status =
        AppointmentWords.future(tokens, start) ? RoleStatus.CURRENT : RoleStatus.FORMER;
    return person.map(
        p -> new Appointment(sa, p, role.get(), i, status, Optional.empty(), appointer));
  }

  /**
   * {@code the junta named General Jane Doe head of state}: the person right after a capitalised
   * title or rank at {@code at}, which is what she is already, not the office given.
   */
  private static Optional<Located> afterRank(RoleLexicon roles, SentenceActors sa, int at) {
    List<Token> tokens = sa.tokens();
    if (at >= tokens.size() || !Character.isUpperCase(tokens.get(at).text().charAt(0))) {
      return Optional.empty();
    }
    return roles.roleAt(tokens, at).flatMap(r -> sa.startingAt(at + r.length(), EntityType.PERSON));
  }

  /**
   * {@code named X as defence minister, replacing John Roe}: the person named after "replacing" or
   * "succeeding" right after the title held it before (or, when the appointment is still to come,
   * holds it now).
   */
  private static Optional<Appointment> predecessor(SentenceActors sa, Appointment a) {
    List<Token> tokens = sa.tokens();
    int end = afterOffice(sa, a);
    if (end + 2 >= tokens.size()
        || !tokens.get(end).text().equals(",")
        || !AppointmentWords.succeeding(lower(tokens, end + 1))) {
      return Optional.empty();
    }
    RoleStatus status = a.status() == RoleStatus.ELECT ? RoleStatus.CURRENT : RoleStatus.FORMER;
    return sa.startingAt(end + 2, EntityType.PERSON)
        .filter(p -> !p.entity().equals(a.person().entity()))
        .map(
            p -> new Appointment(sa, p, a.role(), a.roleStart(), status, a.owner(), a.appointer()));
  }

  /**
   * {@code Jane Doe, a former judge, as}: past a short apposition set off by commas (no verb in it)
   * when "as" follows it; {@code i} otherwise.
   */
  private static int pastApposition(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return i;
    }
    for (int j = i + 1; j < Math.min(tokens.size() - 1, i + 9); j++) {
      if (tokens.get(j).pos().matches("VERB|AUX")) {
        return i;
      }
      if (tokens.get(j).text().equals(",")) {
        return lower(tokens, j + 1).equals("as") ? j + 1 : i;
      }
    }
    return i;
  }

  /** The token after an appointment's title, past {@code of [the] OWNER}. */
  private static int afterOffice(SentenceActors sa, Appointment a) {
    List<Token> tokens = sa.tokens();
    int end = a.roleStart() + a.role().length();
    if (end + 1 < tokens.size() && lower(tokens, end).equals("of")) {
      int from = lower(tokens, end + 1).equals("the") ? end + 2 : end + 1;
      Optional<Located> owner = TitleContexts.startingAt(sa, from);
      if (owner.isPresent()) {
        return sa.lastToken(owner.get()) + 1;
      }
    }
    return end;
  }

  /** {@code PERSON [, who] was [adverb] appointed (as|to)? TITLE [by APPOINTER]}. */
  private static Optional<Appointment> passive(
      RoleLexicon roles, SentenceActors sa, int start, int v) {
    List<Token> tokens = sa.tokens();
    int j = start - 1;
    if (j >= 0 && tokens.get(j).pos().equals("ADV")) {
      j--;
    }
    if (j < 0 || !PASSIVE_AUX.contains(lower(tokens, j))) {
      return Optional.empty();
    }
    int aux = j;
    while (j > 0 && tokens.get(j - 1).pos().matches("AUX|PART|ADV")
        || j > 0 && AppointmentWords.futureWord(lower(tokens, j - 1))) {
      j--;
    }
    if (j >= 2 && lower(tokens, j - 1).equals("who") && tokens.get(j - 2).text().equals(",")) {
      j -= 2;
    }
    if (j >= 3
        && tokens.get(j - 1).text().equals(",")
        && tokens.get(j - 2).text().matches("\\d{1,3}")
        && tokens.get(j - 3).text().equals(",")) {
      j -= 3;
    }
    Optional<Located> person = sa.endingAt(j - 1, EntityType.PERSON);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    int title = titleStart(tokens, v + 1);
    if (title < 0 && lower(tokens, v + 1).equals("to")) { // "was promoted to foreign minister"
      title = titleStart(tokens, v + 2);
    }
    RoleStatus status =
        AppointmentWords.future(tokens, aux) ? RoleStatus.ELECT : RoleStatus.CURRENT;
    Optional<Appointment> found = office(roles, sa, person.get(), title, false, Optional.empty());
    RoleStatus s = status;
    return found.map(
        a ->
            new Appointment(
                sa,
                a.person(),
                a.role(),
                a.roleStart(),
                s,
                a.owner(),
                agent(sa, a.roleStart() + a.role().length())));
  }

  /**
   * The title from {@code i} on, with the owner it names: {@code [the] [OWNER['s]] [status] [new]
   * [adjectives] TITLE [of [the] OWNER]} ("the country's first female chancellor"); "the country's"
   * names none (the appointer's country is meant); a local office ({@code mayor}) may be a place's.
   */
  private static Optional<Appointment> office(
      RoleLexicon roles,
      SentenceActors sa,
      Located person,
      int i,
      boolean future,
      Optional<Located> appointer) {
    List<Token> tokens = sa.tokens();
    if (i < 0 || i >= tokens.size()) {
      return Optional.empty();
    }
    Optional<Entity> owner = Optional.empty();
    if (lower(tokens, i).matches("its|their") && appointer.isPresent()) {
      owner = Optional.of(appointer.get().entity());
      i++;
    }
    if (i + 1 < tokens.size()
        && lower(tokens, i).matches("country|nation")
        && tokens.get(i + 1).text().matches("['’]s")) {
      i += 2;
    }
    Optional<Located> named = TitleContexts.startingAt(sa, i);
    if (named.isPresent()) {
      int s = sa.lastToken(named.get()) + 1;
      if (s >= tokens.size() || !tokens.get(s).text().matches("['’]s")) {
        return Optional.empty();
      }
      owner = Optional.of(named.get().entity());
      i = s + 1;
    }
    RoleStatus status = future ? RoleStatus.ELECT : RoleStatus.CURRENT;
    if (i < tokens.size() && PositionFinder.statusWord(tokens.get(i)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(i)).get();
      i++;
    }
    if (i < tokens.size() && lower(tokens, i).equals("new")) {
      i++;
    }
    i = Equatives.afterAdjectives(roles, tokens, i);
    Optional<RoleLexicon.Role> role =
        i < tokens.size() ? AppointmentWords.roleAt(roles, tokens, i) : Optional.empty();
    if (role.isEmpty()) {
      return Optional.empty();
    }
    int after = i + role.get().length();
    if (TitleContexts.personAt(sa, after)) {
      return Optional.empty();
    }
    if (owner.isEmpty() && after + 1 < tokens.size() && lower(tokens, after).equals("of")) {
      int from = lower(tokens, after + 1).equals("the") ? after + 2 : after + 1;
      owner =
          TitleContexts.startingAt(sa, from)
              .map(o -> TitleContexts.possessed(sa, o))
              .map(Located::entity);
      if (owner.isEmpty() && PositionFinder.isLocal(role.get())) {
        owner = sa.startingAt(from, EntityType.PLACE).map(Located::entity);
      }
    }
    if (owner.filter(person.entity()::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Appointment(sa, person, role.get(), i, status, owner, appointer));
  }

  /** Past {@code as}, {@code to the post of}, {@code to be}, or {@code i} itself (a bare title). */
  private static int titleStart(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return -1;
    }
    String w = lower(tokens, i);
    if (w.equals("as")) {
      return i + 1 < tokens.size() && lower(tokens, i + 1).equals("the") ? i + 2 : i + 1;
    }
    if (w.equals("to") && i + 1 < tokens.size()) {
      int p = lower(tokens, i + 1).equals("the") ? i + 2 : i + 1;
      if (p + 1 < tokens.size()
          && AppointmentWords.post(tokens.get(p))
          && lower(tokens, p + 1).equals("of")) {
        return p + 2;
      }
      return lower(tokens, i + 1).equals("be") ? i + 2 : -1;
    }
    return w.equals("the") ? i + 1 : i;
  }

  /**
   * Where the verb at {@code v} starts: at "re" in {@code re - elected}, written as three tokens.
   */
  private static int verbStart(List<Token> tokens, int v) {
    return v >= 2 && tokens.get(v - 1).text().equals("-") && lower(tokens, v - 2).equals("re")
        ? v - 2
        : v;
  }

  /** {@code was appointed}: a participle after a form of "be", which {@link #passive} reads. */
  private static boolean passiveAt(List<Token> tokens, int v) {
    int j = v - 1;
    if (j >= 0 && tokens.get(j).pos().equals("ADV")) {
      j--;
    }
    return j >= 0 && PASSIVE_AUX.contains(lower(tokens, j));
  }

  /**
   * The actor named right before the verb at {@code v}, over auxiliaries, adverbs, future markers
   * and time words ({@link ClauseWords#TIME_WORDS}: "on Tuesday"): who appoints.
   */
  static Optional<Located> actorBefore(SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    int j = v - 1;
    while (j >= 0
        && (AppointmentWords.auxiliary(tokens.get(j))
            || ClauseWords.TIME_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
      j--;
    }
    int end = j;
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end && SentenceActors.isActor(l))
        .findFirst();
  }

  /**
   * {@code Freedonia's president appointed}, {@code the Sylvanian prime minister named}: an unnamed
   * office-holder right before the verb at {@code v} appoints for the country or body whose
   * possessive or demonym stands before the title.
   */
  static Optional<Located> titledAppointer(RoleLexicon roles, SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    int j = v - 1;
    while (j >= 0 && AppointmentWords.auxiliary(tokens.get(j))) {
      j--;
    }
    int title = roles.titleEndingAt(tokens, j + 1);
    if (title < 1) {
      return Optional.empty();
    }
    int end = tokens.get(title - 1).text().matches("['’]s") ? title - 2 : title - 1;
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end)
        .filter(l -> l.entity().type() != EntityType.PERSON && SentenceActors.isActor(l))
        .findFirst();
  }

  /** {@code by [title] APPOINTER} after the title: who appointed, in a passive. */
  private static Optional<Located> agent(SentenceActors sa, int after) {
    List<Token> tokens = sa.tokens();
    if (after >= tokens.size() || !lower(tokens, after).equals("by")) {
      return Optional.empty();
    }
    return sa.mentions().stream()
        .filter(l -> sa.firstToken(l) > after && sa.firstToken(l) <= after + 4)
        .filter(SentenceActors::isActor)
        .findFirst();
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
