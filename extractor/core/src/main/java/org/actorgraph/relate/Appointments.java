package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *       {@code Doe, who was named foreign minister in 2020, resigned}.
 * </ul>
 *
 * The office's owner is, most sure first: the title's own owner ({@code of Freedonia}, {@code
 * Freedonia's}); the appointer's (a country; a body, for an office the body fills from its members
 * ({@code speaker}), else its country; a person, their country), resolved once every position is
 * known; or the country the article is about, for offices of state only. A verb in the future
 * ({@code will appoint}, {@code is set to name}) gives an office not yet taken up ({@link
 * RoleStatus#ELECT}).
 */
final class Appointments {

  private static final Map<String, Set<String>> WORDS = WordLists.classes("appointment-words.tsv");
  private static final Set<String> VERBS = WORDS.get("verb");
  private static final Set<String> POSTS = WORDS.get("post");
  private static final Set<String> BODY = WORDS.get("body");
  private static final Set<String> FUTURE = WORDS.get("future");
  private static final Set<String> SUCCEEDING = WORDS.get("succeeding");
  private static final Set<String> TAKING = WORDS.get("taking");
  private static final Set<String> PARTICIPLES = WordLists.set("appointment_verbs.txt");

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
      if (PARTICIPLES.contains(lower(tokens, v)) && passiveAt(tokens, start)) {
        Optional<Appointment> a = passive(roles, sa, start, v);
        a.ifPresent(out::add);
        a.flatMap(p -> predecessor(sa, p)).ifPresent(out::add);
      } else if (appointing(tokens.get(v))) {
        out.addAll(active(roles, sa, start, v));
      }
    }
    return out;
  }

  /**
   * {@code [APPOINTER] [aux…] VERB PERSON [, apposition,] (as|to the post of)? TITLE [of OWNER]},
   * and further {@code (,|and) PERSON as TITLE} that share the verb ({@code named Jane Doe as
   * defence minister and John Roe as foreign minister}).
   */
  private static List<Appointment> active(RoleLexicon roles, SentenceActors sa, int start, int v) {
    List<Token> tokens = sa.tokens();
    if (intended(tokens, start)) {
      return List.of();
    }
    Optional<Located> appointer = actorBefore(sa, start);
    boolean future = future(tokens, start);
    List<Appointment> out = new ArrayList<>();
    int at = v + 1;
    while (at < tokens.size()) {
      Optional<Located> person = sa.startingAt(at, EntityType.PERSON);
      if (person.isEmpty()) {
        break;
      }
      int title = titleStart(tokens, pastApposition(tokens, sa.lastToken(person.get()) + 1));
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
   * {@code named X as defence minister, replacing John Roe}: the person named after "replacing" or
   * "succeeding" right after the title held it before (or, when the appointment is still to come,
   * holds it now).
   */
  private static Optional<Appointment> predecessor(SentenceActors sa, Appointment a) {
    List<Token> tokens = sa.tokens();
    int end = afterOffice(sa, a);
    if (end + 2 >= tokens.size()
        || !tokens.get(end).text().equals(",")
        || !SUCCEEDING.contains(lower(tokens, end + 1))) {
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

  /** {@code PERSON [, who] was [adverb] appointed (as)? TITLE [by APPOINTER]}. */
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
        || j > 0 && FUTURE.contains(lower(tokens, j - 1))) {
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
    RoleStatus status = future(tokens, aux) ? RoleStatus.ELECT : RoleStatus.CURRENT;
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
   * The title from {@code i} on, with the owner it names: {@code [the] [OWNER['s]] [status]
   * [tenure] TITLE [of [the] OWNER]}; "the country's" names none (the appointer's country is
   * meant); a local office ({@code mayor}) may be a place's.
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
    Optional<RoleLexicon.Role> role =
        i < tokens.size() ? roleAt(roles, tokens, i) : Optional.empty();
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

  /**
   * A listed title, or an office a body fills ({@code speaker}) written in lower case, which the
   * lexicon takes as a title only with a capital.
   */
  static Optional<RoleLexicon.Role> roleAt(RoleLexicon roles, List<Token> tokens, int i) {
    Optional<RoleLexicon.Role> listed = roles.roleAt(tokens, i);
    if (listed.isPresent()) {
      return listed;
    }
    if (i + 1 < tokens.size() && BODY.contains(lower(tokens, i) + " " + lower(tokens, i + 1))) {
      return Optional.of(
          new RoleLexicon.Role(lower(tokens, i) + " " + lower(tokens, i + 1), 2, false));
    }
    return BODY.contains(lower(tokens, i))
        ? Optional.of(new RoleLexicon.Role(lower(tokens, i), 1, true))
        : Optional.empty();
  }

  /** A participle that gives an office after "was" ({@code appointment_verbs.txt}). */
  static boolean participle(Token t) {
    return PARTICIPLES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** A word of taking office between a name and "as": {@code sworn in}, {@code took office}. */
  static boolean takingOffice(Token t) {
    return TAKING.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** A noun for an office in {@code to the post of}. */
  static boolean post(Token t) {
    return POSTS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The appointments of both readings of one sentence: the word-order reading's, and those of the
   * parse for a person and title it does not give, or to which it gives neither an owner nor an
   * appointer while the parse gives one.
   */
  static List<Appointment> merge(List<Appointment> words, List<Appointment> parsed) {
    List<Appointment> out = new ArrayList<>(words);
    for (Appointment p : parsed) {
      Optional<Appointment> same =
          out.stream()
              .filter(w -> w.person().entity().equals(p.person().entity()))
              .filter(w -> w.roleStart() == p.roleStart())
              .findFirst();
      if (same.isEmpty()) {
        out.add(p);
      } else if (same.get().owner().isEmpty()
          && same.get().appointer().isEmpty()
          && (p.owner().isPresent() || p.appointer().isPresent())) {
        out.set(out.indexOf(same.get()), p);
      }
    }
    return out;
  }

  /** Whether a title names an office a body fills from its own members. */
  static boolean bodyOffice(String role) {
    return BODY.contains(role);
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
          && POSTS.contains(lower(tokens, p))
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

  /** Whether the verb at {@code v} is one of giving an office, by lemma or by its stem. */
  static boolean appointing(Token t) {
    String word = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("VERB")
        && (VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
            || VERBS.contains(word.replaceFirst("(ed|d|s)$", "")));
  }

  /**
   * {@code plans to appoint}, {@code wants to name}: an infinitive that states no future, only an
   * intent.
   */
  static boolean intended(List<Token> tokens, int v) {
    return v > 0 && lower(tokens, v - 1).equals("to") && !future(tokens, v);
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
   * Whether the verb at {@code v} is in the future: {@code will}, {@code would} (reported; a
   * hypothetical one is left out before), or {@code set to}, {@code expected to}, {@code due to}
   * before it, over auxiliaries and adverbs.
   */
  static boolean future(List<Token> tokens, int v) {
    int j = v - 1;
    if (j >= 1 && lower(tokens, j).equals("be") && lower(tokens, j - 1).equals("to")) {
      j--;
    }
    if (j >= 1 && lower(tokens, j).equals("to")) {
      return FUTURE.contains(lower(tokens, j - 1)) || PASSIVE_AUX.contains(lower(tokens, j - 1));
    }
    for (int k = j; k >= Math.max(0, v - 3); k--) {
      String w = lower(tokens, k);
      if (FUTURE.contains(w) && tokens.get(k).pos().equals("AUX")) {
        return true;
      }
      if (!tokens.get(k).pos().matches("AUX|ADV|PART")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The actor named right before the verb at {@code v}, over auxiliaries, adverbs, future markers
   * and time words ({@link ClauseWords#TIME_WORDS}: "on Tuesday"): who appoints.
   */
  static Optional<Located> actorBefore(SentenceActors sa, int v) {
    List<Token> tokens = sa.tokens();
    int j = v - 1;
    while (j >= 0
        && (auxiliary(tokens.get(j))
            || ClauseWords.TIME_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
      j--;
    }
    int end = j;
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end && SentenceActors.isActor(l))
        .findFirst();
  }

  /**
   * Whether {@code f} is an appointment within one government or body ({@code Freedonia's president
   * appointed Jane Doe as defence minister}): a verb of giving an office, whose person holds an
   * office in the other actor or in a country or body where the other holds one. Such an act is no
   * exchange between two sides (the dev sets' gold never has one as an interaction).
   */
  static boolean withinOneSide(Fact.Interaction f, Map<Entity, Set<Entity>> affiliations) {
    if (!VERBS.contains(f.trigger())) {
      return false;
    }
    return appointee(f.target(), f.source(), affiliations)
        || appointee(f.source(), f.target(), affiliations);
  }

  private static boolean appointee(
      Entity person, Entity other, Map<Entity, Set<Entity>> affiliations) {
    if (person.type() != EntityType.PERSON) {
      return false;
    }
    Set<Entity> own = affiliations.getOrDefault(person, Set.of());
    return own.contains(other)
        || affiliations.getOrDefault(other, Set.of()).stream().anyMatch(own::contains);
  }

  /** An auxiliary, adverb, particle or word of the future, between a subject and its verb. */
  static boolean auxiliary(Token t) {
    return t.pos().matches("AUX|ADV|PART") || FUTURE.contains(t.text().toLowerCase(Locale.ROOT));
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

  /**
   * The positions the appointments give, once {@code facts} (every other position of the article)
   * are known; none for a holder who has the same office there already.
   *
   * @param home the country the article is about, the owner of last resort for offices of state
   */
  static List<Fact> resolve(
      List<Appointment> appointments,
      List<Fact> facts,
      List<Entity> entities,
      Optional<Entity> home) {
    List<Fact> out = new ArrayList<>();
    for (Appointment a : appointments) {
      Entity person = a.person().entity();
      double confidence = 0.7;
      Optional<Entity> owner = a.owner();
      if (owner.isEmpty() && a.appointer().isPresent()) {
        owner = appointerOwner(a, facts, entities);
        confidence = 0.6;
      }
      if (owner.isEmpty() && UnownedTitles.stateRole(a.role().name()) && !placed(person, facts)) {
        owner = home;
        confidence = 0.5;
      }
      if (owner.isEmpty() || owner.get().equals(person)) {
        continue;
      }
      Fact f =
          PositionFinder.position(
              a.sentence(),
              person,
              owner.get(),
              a.role(),
              a.status(),
              a.sentence().tokens(),
              a.roleStart(),
              confidence);
      if (!held((Fact.Position) f, facts) && !held((Fact.Position) f, out)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The appointer's office: a country's own; a body's own for an office it fills from its members
   * or one no state fills, else the country its name starts with; a person's country (else body).
   */
  private static Optional<Entity> appointerOwner(
      Appointment a, List<Fact> facts, List<Entity> entities) {
    Entity by = a.appointer().orElseThrow().entity();
    if (by.type() != EntityType.ORGANISATION) {
      return Equatives.ownerOf(by, facts);
    }
    if (bodyOffice(a.role().name()) || !UnownedTitles.stateRole(a.role().name())) {
      return Optional.of(by);
    }
    SentenceActors sa = a.sentence();
    int s = sa.firstToken(a.appointer().get()) - 1;
    if (s >= 1 && sa.tokens().get(s).text().matches("['’]s")) {
      Optional<Located> whose = sa.endingAt(s - 1, EntityType.COUNTRY);
      if (whose.isPresent()) {
        return Optional.of(whose.get().entity());
      }
    }
    for (String name : names(by)) {
      for (Entity c : entities) {
        if (c.type() == EntityType.COUNTRY && startsWithName(name, c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code Freedonia's parliament}, {@code Freedonian parliament}: a body named by its country. */
  private static boolean startsWithName(String body, Entity country) {
    for (String n : names(country)) {
      if (body.startsWith(n + " ") || body.startsWith(n + "'") || body.startsWith(n + "’")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(e.label().toLowerCase(Locale.ROOT));
    e.aliases().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** Whether {@code person} holds any office among {@code facts}. */
  private static boolean placed(Entity person, List<Fact> facts) {
    return facts.stream().anyMatch(f -> f instanceof Fact.Position p && p.holder().equals(person));
  }

  /** Whether the same holder has the same role (by name) among {@code facts}, wherever. */
  private static boolean held(Fact.Position p, List<Fact> facts) {
    return facts.stream()
        .anyMatch(
            f ->
                f instanceof Fact.Position q
                    && q.holder().equals(p.holder())
                    && q.role().equals(p.role()));
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
