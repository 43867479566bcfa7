package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds positions from the ways news names office-holders:
 *
 * <ul>
 *   <li>{@code Mexican President Claudia Sheinbaum}, {@code Ecuador's President Daniel Noboa}: an
 *       actor (or its demonym), a title, a person;
 *   <li>{@code Erik Prince, founder of … Blackwater}, {@code X, the foreign minister of Y}: a
 *       person, a title, "of" and an actor;
 *   <li>{@code X, Y's prime minister} / {@code X, the US secretary of state}: a person, an actor
 *       and a title;
 *   <li>{@code Fernando del Rincón, from CNN}: a person from an organisation (role "staff");
 *   <li>{@code President of Freedonia X}, {@code President X of war-torn Y}, {@code Y's President,
 *       X,}: the owner after "of", or a title set off by commas;
 *   <li>{@code X was sworn in as president of Y}, {@code Y ousted X as president}: a title after
 *       "as" ({@link AsTitles});
 *   <li>{@code Y's president Z appointed X as defence minister}, {@code X was named foreign
 *       minister}: offices given by appointment or election ({@link Appointments});
 *   <li>{@code Presidents X of Y and Z of W}: a plural title shared in order ({@link
 *       PluralTitles});
 *   <li>{@code Forum Secretary General X}: a title after the short name of a body named in full
 *       before ({@link ShortNameTitles});
 *   <li>bare titles, counterparts and {@code A is B's vice president} ({@link UnownedTitles}),
 *       presidential election winners ({@link ElectionWinners}), and agency credits ({@link
 *       Bylines}).
 * </ul>
 *
 * A title written with a political party that is not the party's office ({@code Labour MP X},
 * {@code Republican Governor X}) gives the party membership instead, and the office no owner
 * ({@link PartyTitles}): the one fact here that is not a position.
 *
 * <p>"former", "acting" and "-elect" set the role's status and are written into its name, as the
 * gold format does ("former president", "acting president", "president-elect").
 *
 * <p>This class walks the article's persons and gathers what each reader finds: {@link
 * TitlesBefore} and {@link TitlesAfter} read the title before and after a name, the classes named
 * above the other forms; {@link #position} makes each a fact.
 */
public final class PositionFinder implements RelationFinder {

  private static final Set<String> LOCAL = WordLists.set("local_roles.txt");

  /** Words that make a title a region's office ({@code local_modifiers.txt}: "regional"). */
  private static final Set<String> LOCAL_MODIFIERS = WordLists.set("local_modifiers.txt");

  /** Head words of the offices of a city or county ({@code city_roles.txt}: mayor, sheriff). */
  private static final Set<String> CITY = WordLists.set("city_roles.txt");

  /** Titles of a profession ({@code profession_roles.txt}: journalist, correspondent, analyst). */
  private static final Set<String> PROFESSIONS = WordLists.set("profession_roles.txt");

  private final RoleLexicon roles;
  private final Optional<DependencyParser> parser;
  private final TitlesBefore titlesBefore;
  private final TitlesAfter titlesAfter;
  private final ApposedTitles apposed;

  /** The positions of the last article each thread asked about: other finders ask again. */
  private final ArticleMemo<List<Fact>> found =
      new ArticleMemo<>(article -> List.copyOf(findAll(article)));

  public PositionFinder(RoleLexicon roles) {
    this(roles, Optional.empty());
  }

  /**
   * @param parser the parser for sentences that may state an appointment ({@link
   *     ParsedAppointments}); without one, word order alone is read
   */
  public PositionFinder(RoleLexicon roles, Optional<DependencyParser> parser) {
    this.roles = roles;
    this.parser = parser;
    this.titlesBefore = new TitlesBefore(roles);
    this.titlesAfter = new TitlesAfter(roles);
    this.apposed = new ApposedTitles(roles);
  }

  /**
   * The positions the article states. The same article asked about again by the same thread (the
   * interaction, agreement and quote finders each ask) gets the same list, found once.
   */
  @Override
  public List<Fact> find(ResolvedArticle article) {
    return found.of(article);
  }

  private List<Fact> findAll(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    Optional<Entity> home = ArticleCountry.of(article);
    UnownedTitles unowned = new UnownedTitles(article, roles);
    List<Equatives.Equative> equatives = new ArrayList<>();
    List<Appointments.Appointment> appointments = new ArrayList<>();
    Map<Appointments.Appointment, Entity> nearby = new IdentityHashMap<>();
    Optional<Entity> bloc = Optional.empty();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<Located> ms = sa.mentions();
      List<Titled> titled = new ArrayList<>();
      for (int k = 0; k < ms.size(); k++) {
        Located m = ms.get(k);
        if (m.entity().type() == EntityType.PERSON) {
          int at = k;
          titlesBefore
              .find(sa, k, bloc)
              .or(() -> ShortNameTitles.find(roles, article, sa, at))
              .ifPresent(titled::add);
          List<Fact> after = titlesAfter.find(sa, k, bloc);
          facts.addAll(after);
          if (after.isEmpty()) {
            apposed.find(sa, k).ifPresent(titled::add);
          }
          Equatives.at(roles, article, sa, k).ifPresent(equatives::add);
          Equatives.before(roles, sa, k).ifPresent(equatives::add);
          DescribedTitles.find(roles, sa, k).ifPresent(facts::add);
        }
      }
      titled.replaceAll(t -> PartyTitles.owned(sa, t, facts));
      for (Titled t : titled) {
        if (t.owner().isEmpty()) {
          continue;
        }
        Entity o = t.owner().get();
        facts.add(
            position(
                sa,
                t.person().entity(),
                o,
                t.role(),
                t.status(),
                sa.tokens(),
                t.roleStart(),
                0.85));
        int chained = titlesBefore.chainedTitleStart(sa.tokens(), t.roleStart());
        if (chained < t.roleStart()) {
          RoleLexicon.Role first = roles.roleAt(sa.tokens(), chained).get();
          facts.add(
              position(sa, t.person().entity(), o, first, t.status(), sa.tokens(), chained, 0.8));
        }
      }
      Optional<Entity> near = unowned.contextCountry(sa);
      facts.addAll(AsTitles.find(roles, sa, near));
      for (Appointments.Appointment a : appointments(sa)) {
        appointments.add(a);
        near.ifPresent(c -> nearby.put(a, c));
      }
      facts.addAll(PluralTitles.find(roles, sa));
      facts.addAll(LeadingVerbs.find(sa));
      unowned.collect(sa, titled);
      bloc = MemberLists.lastBloc(sa, bloc);
      ElectionWinners.find(sa, home).ifPresent(facts::add);
    }
    for (UnownedTitles.Owned o : unowned.resolve(facts)) {
      facts.add(
          position(
              o.sentence(),
              o.titled().person().entity(),
              o.owner(),
              o.role(),
              o.titled().status(),
              o.sentence().tokens(),
              o.titled().roleStart(),
              o.confidence()));
    }
    facts.addAll(Bylines.find(article));
    for (Equatives.Equative e : equatives) {
      Equatives.ownerOf(e, facts)
          .ifPresent(
              o ->
                  facts.add(
                      position(
                          e.sentence(),
                          e.person().entity(),
                          o,
                          e.role(),
                          e.status(),
                          e.sentence().tokens(),
                          e.roleStart(),
                          0.7)));
    }
    facts.addAll(AppointmentOwners.resolve(appointments, facts, article.entities(), home, nearby));
    return ShortTitles.widened(facts).stream()
        .filter(f -> !cityOfficeOfCountry(f))
        .filter(f -> !professionInCountry(f))
        .toList();
  }

  /**
   * A mayor's or sheriff's position in a country: the city named before the title stood for its
   * country ({@code Port Aster mayor X}, the capital read as Freedonia), and the country holds no
   * such office, so the fact would be wrong.
   */
  private static boolean cityOfficeOfCountry(Fact f) {
    if (!(f instanceof Fact.Position p) || p.organisation().type() != EntityType.COUNTRY) {
      return false;
    }
    String name = p.role().replaceFirst("-elect$", "");
    return CITY.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * A profession's title held in a country ({@code a Freedonian journalist}, {@code a Freedonia
   * correspondent}): the country is the holder's nationality or the subject they cover, not an
   * employer, so the fact would be wrong.
   */
  private static boolean professionInCountry(Fact f) {
    return f instanceof Fact.Position p
        && p.organisation().type() == EntityType.COUNTRY
        && isProfession(p.role());
  }

  /** Whether the whole role, but for "former" or "-elect", is a profession's title. */
  static boolean isProfession(String role) {
    return PROFESSIONS.contains(role.replaceFirst("^former ", "").replaceFirst("-elect$", ""));
  }

  /** The sentence's appointments, by word order and, where a parser is given, by its parse. */
  private List<Appointments.Appointment> appointments(SentenceActors sa) {
    List<Appointments.Appointment> words = Appointments.find(roles, sa);
    if (parser.isEmpty() || !ParsedAppointments.candidate(roles, sa)) {
      return words;
    }
    DependencyTree tree = parser.get().parse(sa.sentence());
    return AppointmentOwners.merge(words, ParsedAppointments.find(roles, sa, tree));
  }

  /**
   * A person with a title written before the name, and the actor the title belongs to when the same
   * phrase names it.
   *
   * @param roleStart the token where the title starts
   */
  record Titled(
      Located person,
      RoleLexicon.Role role,
      RoleStatus status,
      int roleStart,
      Optional<Entity> owner) {}

  static Fact position(
      SentenceActors sa,
      Entity person,
      Entity org,
      RoleLexicon.Role role,
      RoleStatus status,
      List<Token> tokens,
      int roleToken,
      double confidence) {
    String name = role.name();
    int space = name.indexOf(' ');
    Optional<RoleStatus> lead = space < 0 ? Optional.empty() : statusWord(name.substring(0, space));
    if (lead.isPresent()) { // a listed title that starts with its status ("ousted premier")
      status = lead.get();
      name = name.substring(space + 1);
    }
    int end = roleToken + role.length();
    if (end + 1 < tokens.size()
        && tokens.get(end).text().equals("-")
        && TitleWords.ELECT.contains(TitleWords.lower(tokens, end + 1))) {
      status = RoleStatus.ELECT;
      name = name + "-" + TitleWords.lower(tokens, end + 1);
    } else if (status == RoleStatus.ELECT && !name.endsWith("-elect")) {
      name = name + "-elect";
    } else if (status == RoleStatus.FORMER && !name.startsWith("former ")) {
      name = "former " + name;
    } else if (status == RoleStatus.ACTING && !name.startsWith("acting ")) {
      name = "acting " + name;
    }
    return new Fact.Position(
        person, org, name, status, role.head(), confidence, List.of(sa.evidence()));
  }

  static Optional<RoleStatus> statusWord(Token t) {
    return statusWord(t.text());
  }

  /**
   * The status a word before a title gives its holder: "former", and the participles of removal
   * from office ("ousted", "deposed", "toppled", "overthrown") and "late", "slain", "assassinated"
   * (dead) make a former one.
   */
  private static Optional<RoleStatus> statusWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "former",
          "ex",
          "ousted",
          "deposed",
          "toppled",
          "overthrown",
          "late",
          "slain",
          "assassinated" ->
          Optional.of(RoleStatus.FORMER);
      case "acting", "interim" -> Optional.of(RoleStatus.ACTING);
      case "incoming", "next" -> Optional.of(RoleStatus.ELECT);
      default -> Optional.empty();
    };
  }

  /**
   * Whether a role is a local office, which a city or province may hold: one of {@code
   * local_roles.txt}, or a title its first word makes a region's ({@code local_modifiers.txt}:
   * "regional health minister").
   */
  static boolean isLocal(RoleLexicon.Role role) {
    String name = role.name();
    int space = name.indexOf(' ');
    return LOCAL.contains(name) || space > 0 && LOCAL_MODIFIERS.contains(name.substring(0, space));
  }
}
