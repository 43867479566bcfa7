package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *   <li>bare titles, counterparts and {@code A is B's vice president} ({@link UnownedTitles}),
 *       presidential election winners ({@link ElectionWinners}), and agency credits ({@link
 *       Bylines}).
 * </ul>
 *
 * "former", "acting" and "-elect" set the role's status and are written into its name, as the gold
 * format does ("former president", "acting president", "president-elect").
 */
public final class PositionFinder implements RelationFinder {

  private static final Set<String> LOCAL = WordLists.set("local_roles.txt");
  private static final Set<String> POSTING = WordLists.set("posting_roles.txt");

  /**
   * Words before a title that say when or how its holder came to it ("new", "newly elected",
   * "incumbent", "longtime"): passed over, and not written into the title's name.
   */
  private static final Set<String> TENURE =
      Set.of(
          "new",
          "newly",
          "recently",
          "current",
          "incumbent",
          "sitting",
          "elected",
          "appointed",
          "re-elected",
          "longtime",
          "long-time",
          "outgoing",
          "long-serving",
          "veteran",
          "caretaker");

  /**
   * Words joined to a title by a hyphen that make it an office not yet taken up: "president-elect",
   * "prime minister-designate" (chosen, not yet confirmed).
   */
  private static final Set<String> ELECT = Set.of("elect", "designate");

  /**
   * Prepositions that join a role to the organisation its holder works for ({@code X, a spokeswoman
   * for ORG}, {@code X, an analyst at ORG}, {@code X, a researcher with ORG}).
   */
  private static final Set<String> STAFF_PREPS = Set.of("for", "at", "with");

  /** How many tokens a title's remit may run ("for the Middle East and North Africa"). */
  private static final int MAX_REMIT = 9;

  /** Lower-case words inside a remit: "for the Middle East and North Africa". */
  private static final Set<String> REMIT_LINKS = Set.of("the", "and", "of");

  private final RoleLexicon roles;
  private final Optional<DependencyParser> parser;

  /** The last article each thread asked about, with its positions: other finders ask again. */
  private final ThreadLocal<Found> last = new ThreadLocal<>();

  private record Found(ResolvedArticle article, List<Fact> facts) {}

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
  }

  /**
   * The positions the article states. The same article asked about again by the same thread (the
   * interaction, agreement and quote finders each ask) gets the same list, found once.
   */
  @Override
  public List<Fact> find(ResolvedArticle article) {
    Found found = last.get();
    if (found != null && found.article() == article) {
      return found.facts();
    }
    List<Fact> facts = List.copyOf(findAll(article));
    last.set(new Found(article, facts));
    return facts;
  }

  private List<Fact> findAll(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    UnownedTitles unowned = new UnownedTitles(article, roles);
    List<Equatives.Equative> equatives = new ArrayList<>();
    List<Appointments.Appointment> appointments = new ArrayList<>();
    Optional<Entity> bloc = Optional.empty();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<Located> ms = sa.mentions();
      List<Titled> titled = new ArrayList<>();
      for (int k = 0; k < ms.size(); k++) {
        Located m = ms.get(k);
        if (m.entity().type() == EntityType.PERSON) {
          titleBefore(sa, k, bloc).ifPresent(titled::add);
          facts.addAll(titleAfter(sa, k, bloc));
          Equatives.at(roles, article, sa, k).ifPresent(equatives::add);
        }
      }
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
        int chained = chainedTitleStart(sa.tokens(), t.roleStart());
        if (chained < t.roleStart()) {
          RoleLexicon.Role first = roles.roleAt(sa.tokens(), chained).get();
          facts.add(
              position(sa, t.person().entity(), o, first, t.status(), sa.tokens(), chained, 0.8));
        }
      }
      facts.addAll(AsTitles.find(roles, sa));
      appointments.addAll(appointments(sa));
      facts.addAll(PluralTitles.find(roles, sa));
      facts.addAll(LeadingVerbs.find(sa));
      unowned.collect(sa, titled);
      bloc = MemberLists.lastBloc(sa, bloc);
      ElectionWinners.find(sa, ArticleCountry.of(article)).ifPresent(facts::add);
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
    facts.addAll(
        AppointmentOwners.resolve(
            appointments, facts, article.entities(), ArticleCountry.of(article)));
    return ShortTitles.widened(facts);
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

  /**
   * Whether token {@code i} continues an actor's name that starts before it: "Brigade" of "the 2nd
   * Brigade commander" opens no role "brigade commander", since the name owns it.
   */
  private static boolean withinName(SentenceActors sa, int i) {
    return sa.mentions().stream().anyMatch(m -> sa.firstToken(m) < i && sa.lastToken(m) >= i);
  }

  /**
   * {@code the brigade commander, Col. Jane Roe}, {@code the bank's chairman, Mr. John Roe}: where
   * the abbreviated ranks and honorifics right before a name start (a capitalised word of at most
   * five letters with its full stop); {@code p} when there are none.
   */
  static int beforeAbbreviations(List<Token> tokens, int p) {
    int q = p;
    while (q > 0) {
      String w = tokens.get(q - 1).text();
      if (w.equals(".") && q > 1 && abbreviation(tokens.get(q - 2).text() + ".")) {
        q -= 2;
      } else if (abbreviation(w)) {
        q--;
      } else {
        return q;
      }
    }
    return q;
  }

  /**
   * {@code Freedonia's army chief, General Jane Roe}: where a capitalised rank or title of up to
   * three words starts that stands between the comma after another title and the name, so that the
   * title before the comma is read; {@code q} when none does (also in a list, {@code Defence
   * Minister Jane Doe, Foreign Minister John Roe}, where no title ends at the comma).
   */
  private int beforeRank(List<Token> tokens, int q) {
    for (int n = 1; n <= 3 && q - n >= 1; n++) {
      Optional<RoleLexicon.Role> rank = roles.roleAt(tokens, q - n);
      if (rank.isPresent()
          && rank.get().length() == n
          && tokens.get(q - n - 1).text().equals(",")
          && tokens.subList(q - n, q).stream()
              .allMatch(t -> Character.isUpperCase(t.text().codePointAt(0)))
          && titleEndsAt(tokens, q - n - 1)) {
        return q - n;
      }
    }
    return q;
  }

  /** Whether a title ends at token {@code end} (exclusive): "army chief" before its comma. */
  private boolean titleEndsAt(List<Token> tokens, int end) {
    for (int start = Math.max(0, end - 5); start < end; start++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      if (role.isPresent() && start + role.get().length() == end) {
        return true;
      }
    }
    return false;
  }

  private static boolean abbreviation(String w) {
    return w.matches("\\p{Lu}\\p{L}{0,4}\\.");
  }

  /**
   * {@code [status] [actor] ['s] [status] [adjective…] TITLE PERSON}; the title without an owner
   * when nothing that could name one stands before it, or only "the country's" ({@link
   * UnownedTitles} then looks for the country).
   */
  private Optional<Titled> titleBefore(SentenceActors sa, int k, Optional<Entity> bloc) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int p = sa.firstToken(person);
    Optional<Titled> ofOwner = titleOfOwner(sa, k);
    if (ofOwner.isPresent()) {
      return ofOwner;
    }
    int q = beforeRank(tokens, beforeAbbreviations(tokens, p));
    boolean comma = q > 0 && tokens.get(q - 1).text().equals(",");
    int end = beforeElect(tokens, beforePosting(sa, comma ? q - 1 : outerTitleEnd(tokens, p)));
    int remit = remitStart(tokens, end);
    for (int start = Math.max(0, (remit < 0 ? end : remit) - 5); start < end; start++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      if (role.isPresent() && remit >= 0 && start + role.get().length() == remit) {
        role = Optional.of(withRemitWords(tokens, role.get(), remit, end));
      }
      if (role.isEmpty() || start + role.get().length() != end || withinName(sa, start)) {
        continue;
      }
      int before = chainedTitleStart(tokens, start) - 1;
      RoleStatus status = RoleStatus.CURRENT;
      if (before >= 1 && tokens.get(before).text().equals("-")) {
        before--; // "ex-president": the status word joined by a hyphen
      }
      if (before >= 0 && statusWord(tokens.get(before)).isPresent()) {
        status = statusWord(tokens.get(before)).get();
        before--;
      } else if (before + 1 < start && tokens.get(before + 1).text().equals("-")) {
        before++;
      }
      int bare = before;
      for (int adjectives = 0;
          adjectives < 2
              && before >= 0
              && (isModifier(tokens.get(before)) || tenure(tokens.get(before)));
          adjectives++) {
        before--;
      }
      boolean possessive = before >= 0 && tokens.get(before).text().matches("['’]s");
      if (possessive) {
        before--;
      }
      Optional<Located> org = endingAt(sa, before, k);
      if (org.isPresent() && !possessive && located(sa, org.get())) {
        org = Optional.empty();
      }
      if (org.isPresent() && POSTING.contains(role.get().name())) {
        Optional<Located> sender = sender(sa, org.get());
        org = sender.isPresent() ? sender : org;
      }
      if (org.isEmpty() && isLocal(role.get())) {
        org = placeEndingAt(sa, before, k);
      }
      if (org.isEmpty()
          && possessive
          && bloc.isPresent()
          && TitleContexts.blocNounEndingAt(tokens, before)) {
        return comma && !TitleContexts.closedApposition(sa, person)
            ? Optional.empty()
            : Optional.of(new Titled(person, role.get(), status, start, bloc));
      }
      if (org.isPresent()) {
        int ahead = sa.firstToken(org.get()) - 1;
        if (ahead >= 0 && statusWord(tokens.get(ahead)).isPresent()) {
          status = statusWord(tokens.get(ahead)).get();
        }
        if (comma && !TitleContexts.closedApposition(sa, person)) {
          return Optional.empty();
        }
        return Optional.of(
            new Titled(person, role.get(), status, start, Optional.of(org.get().entity())));
      }
      if (bare >= 0 && tokens.get(bare).text().equals("its")) {
        Optional<Entity> its = actorBefore(sa, bare).map(Located::entity);
        if (its.isPresent() && (!comma || TitleContexts.closedApposition(sa, person))) {
          return Optional.of(new Titled(person, role.get(), status, start, its));
        }
      }
      boolean generic =
          possessive && before >= 0 && tokens.get(before).text().matches("(?i)country|nation");
      // "Outgoing President X", "said caretaker Prime Minister X": past words of tenure
      int word = bare >= 0 && tenure(tokens.get(bare)) ? before : bare;
      boolean unowned = word < 0 || !couldNameOwner(tokens.get(word));
      boolean article = bare >= 0 && tokens.get(bare).pos().equals("DET");
      if (generic
          || (unowned && !comma)
          || ((unowned || article) && comma && bareApposition(sa, person))) {
        Optional<Entity> after = TitleContexts.ownerAfter(sa, person, isLocal(role.get()));
        return Optional.of(new Titled(person, role.get(), status, start, after));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code Freedonia's deputy prime minister and foreign minister Jane Doe}: where a title joined
   * by "and" to the title at {@code start} begins, the two sharing the owner written before the
   * first; {@code start} when no title ends right before "and". Not for a posting abroad
   * ("Sylvania's envoy and foreign minister Jane Doe" are two people): an envoy holds no second
   * office at home.
   */
  private int chainedTitleStart(List<Token> tokens, int start) {
    int and = start - 1;
    if (and < 1 || !tokens.get(and).text().equals("and") || posting(tokens, start)) {
      return start;
    }
    for (int s = Math.max(0, and - 5); s < and; s++) {
      Optional<RoleLexicon.Role> r = roles.roleAt(tokens, s);
      if (r.isPresent() && s + r.get().length() == and && !posting(tokens, s)) {
        return s;
      }
    }
    return start;
  }

  /** Whether the title at {@code at} is a posting abroad ({@code posting_roles.txt}). */
  private boolean posting(List<Token> tokens, int at) {
    return roles.roleAt(tokens, at).filter(r -> POSTING.contains(r.name())).isPresent();
  }

  /**
   * {@code Freedonia's president-elect Jane Doe}, {@code prime minister-designate Jane Doe}: where
   * the title ends when "-elect" or "-designate" ends it ({@link #position} writes the status
   * back); {@code end} otherwise.
   */
  private static int beforeElect(List<Token> tokens, int end) {
    return end >= 3
            && ELECT.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))
            && tokens.get(end - 2).text().equals("-")
        ? end - 2
        : end;
  }

  /**
   * {@code Minister for the Middle East Jane Roe}, {@code Minister for Asia and the Pacific, Jane
   * Roe,}: where a title's remit ("for" and capitalised words, with "the", "and" or "of") starts
   * when it runs up to {@code end}; -1 when none does.
   */
  private static int remitStart(List<Token> tokens, int end) {
    for (int f = end - 2; f >= 1 && f >= end - MAX_REMIT; f--) {
      Token t = tokens.get(f);
      if (t.text().equals("for")) {
        return tokens.get(f + 1).isCapitalised() || tokens.get(f + 1).text().equals("the") ? f : -1;
      }
      if (!t.isCapitalised() && !REMIT_LINKS.contains(t.text())) {
        return -1;
      }
    }
    return -1;
  }

  /** The title with its remit, tokens {@code [remit, end)}, written into its name. */
  private static RoleLexicon.Role withRemitWords(
      List<Token> tokens, RoleLexicon.Role role, int remit, int end) {
    String words = StructureFinder.text(tokens, remit + 1, end).toLowerCase(Locale.ROOT);
    return new RoleLexicon.Role(
        role.name() + " for " + words, role.length() + end - remit, role.head());
  }

  /**
   * {@code Freedonia's Ambassador to Sylvania X}, {@code Freedonia's ambassador to the Union, X}:
   * where the title ends when "to" and the country or international organisation of the posting
   * stand between it and the name; {@code end} when they do not.
   */
  private static int beforePosting(SentenceActors sa, int end) {
    List<Token> tokens = sa.tokens();
    for (Located l : sa.mentions()) {
      if (sa.lastToken(l) == end - 1
          && (l.entity().type() == EntityType.COUNTRY || MemberLists.isInternational(l.entity()))) {
        int to = sa.firstToken(l) - 1;
        if (to > 0 && tokens.get(to).text().equalsIgnoreCase("the")) {
          to--;
        }
        return to > 0 && tokens.get(to).text().equals("to") ? to : end;
      }
    }
    return end;
  }

  /**
   * {@code junta leader Senior Gen. X}, {@code Foreign Minister Dr. X}, {@code Emir Sheikh X}:
   * where the office ends when a rank or honorific (capitalised words, with a title, an honorific
   * or a full stop among them) stands between it and the name; {@code p} when none does.
   */
  private int outerTitleEnd(List<Token> tokens, int p) {
    boolean inner = false;
    int outer = p;
    for (int j = p - 1; j >= Math.max(1, p - 4); j--) {
      Token t = tokens.get(j);
      if (!t.isCapitalised() && !t.text().equals(".")) {
        break;
      }
      inner |=
          t.text().endsWith(".")
              || roles.roleAt(tokens, j).isPresent()
              || roles.honorificAt(tokens, j);
      if (!inner || !t.isCapitalised()) {
        continue;
      }
      for (int s = Math.max(0, j - 4); s < j; s++) {
        Optional<RoleLexicon.Role> r = roles.roleAt(tokens, s);
        if (r.isPresent() && s + r.get().length() == j) {
          outer = j;
        }
      }
    }
    return outer;
  }

  /**
   * {@code President of Freedonia Jane Doe}, {@code the minister of foreign affairs of Freedonia,
   * Jane Doe,}: a title, "of", an actor, then the person.
   */
  private Optional<Titled> titleOfOwner(SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int p = sa.firstToken(person);
    if (p > 0 && tokens.get(p - 1).text().equals(",")) {
      if (!TitleContexts.closedApposition(sa, person)) {
        return Optional.empty();
      }
      p--;
    }
    Optional<Located> owner = endingAt(sa, p - 1, k);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    int of = sa.firstToken(owner.get()) - 1;
    if (of >= 0 && tokens.get(of).text().equalsIgnoreCase("the")) {
      of--;
    }
    if (of < 1 || !tokens.get(of).text().equals("of")) {
      return Optional.empty();
    }
    for (int start = Math.max(0, of - 5); start < of; start++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      if (role.isPresent() && start + role.get().length() == of) {
        RoleStatus status =
            start > 0
                ? statusWord(tokens.get(start - 1)).orElse(RoleStatus.CURRENT)
                : RoleStatus.CURRENT;
        return Optional.of(
            new Titled(person, role.get(), status, start, Optional.of(owner.get().entity())));
      }
    }
    return Optional.empty();
  }

  /**
   * A lower-case adjective or noun between an actor and its title ("Hungarian nationalist leader").
   */
  private static boolean isModifier(Token t) {
    return (t.pos().equals("ADJ") || t.pos().equals("NOUN"))
        && !t.isCapitalised()
        && t.text().matches("\\p{L}+")
        && statusWord(t).isEmpty();
  }

  /**
   * {@code the defence minister, Jane Doe, said}: a name set off by commas (or ending the sentence)
   * after a bare title is its holder; not when a verb follows the name ({@code … met the defence
   * minister, Jane Doe said}), where the name may start a clause of its own.
   */
  private static boolean bareApposition(SentenceActors sa, Located person) {
    int after = sa.lastToken(person) + 1;
    return after >= sa.tokens().size() || sa.tokens().get(after).text().matches("[,.;:)]");
  }

  /**
   * Whether a word before a title may name (or be part of) an owner the finder did not resolve: not
   * an article, capitalised or not ({@code The defence minister Jane Doe said} opening a sentence
   * is as bare as {@code the defence minister} inside one).
   */
  private static boolean couldNameOwner(Token t) {
    return !t.text().matches("(?i)the|a|an")
        && (t.isCapitalised() || t.text().matches("['’]s") || t.pos().equals("ADJ"));
  }

  /**
   * {@code PERSON [from COUNTRY] , [the] [actor['s]] [status] [modifier…] TITLE [of … actor] [and
   * [modifier…] TITLE]} or {@code PERSON , from ORG}: a second title joined by "and" shares an
   * owner written before the first.
   */
  private List<Fact> titleAfter(SentenceActors sa, int k, Optional<Entity> bloc) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int i = afterOrigin(sa, sa.lastToken(person) + 1);
    if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
      return List.of();
    }
    i++;
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("from")) {
      Optional<Located> org = startingAt(sa, i + 1);
      int from = i;
      return org.filter(o -> o.entity().type() == EntityType.ORGANISATION)
          .map(
              o ->
                  List.of(
                      position(
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
    Optional<Located> owner = startingAt(sa, i);
    if (owner.isPresent()) {
      i = sa.lastToken(owner.get()) + 1;
      if (i < tokens.size() && tokens.get(i).text().matches("['’]s")) {
        i++;
      }
    } else if (i < tokens.size() && tokens.get(i).text().equals("its")) {
      owner = actorBefore(sa, sa.firstToken(person));
      i++;
    }
    boolean prefixOwner = owner.isPresent();
    RoleStatus status = RoleStatus.CURRENT;
    if (i < tokens.size() && statusWord(tokens.get(i)).isPresent()) {
      status = statusWord(tokens.get(i)).get();
      i++;
      Optional<Located> after = owner.isEmpty() ? startingAt(sa, i) : Optional.empty();
      if (after.isPresent()) {
        // X, a former Freedonian president: the status word before the owner
        owner = after;
        prefixOwner = true;
        i = sa.lastToken(after.get()) + 1;
        if (i < tokens.size() && tokens.get(i).text().matches("['’]s")) {
          i++;
        }
      }
    }
    int modified = i;
    i = afterModifiers(tokens, i);
    Optional<RoleLexicon.Role> role = modified(tokens, modified, i);
    if (role.isEmpty()) {
      return List.of();
    }
    i = modified;
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
    Optional<RoleLexicon.Role> shared = Optional.empty();
    int sharedStart = after + 1;
    if (owner.isEmpty() && after < tokens.size() && tokens.get(after).text().equals("and")) {
      // X, deputy prime minister and foreign minister of Freedonia: both titles are Freedonia's
      shared = modified(tokens, sharedStart, afterModifiers(tokens, sharedStart));
      if (POSTING.contains(role.get().name())
          || shared.filter(r -> POSTING.contains(r.name())).isPresent()) {
        shared = Optional.empty();
      }
      int end = shared.map(r -> sharedStart + r.length()).orElse(sharedStart);
      if (end < tokens.size() && tokens.get(end).text().equalsIgnoreCase("of")) {
        after = end;
      } else {
        shared = Optional.empty();
      }
    }
    if (owner.isEmpty()
        && after < tokens.size()
        && tokens.get(after).text().equalsIgnoreCase("of")) {
      owner = firstActorWithin(sa, after + 1, 12).map(o -> TitleContexts.possessed(sa, o));
      if (owner.isEmpty() && isLocal(role.get())) {
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
            position(sa, person.entity(), bloc.get(), role.get(), status, tokens, i, 0.7));
      }
    }
    boolean staff = false;
    if (owner.isEmpty()
        && after + 1 < tokens.size()
        && STAFF_PREPS.contains(lower(tokens, after))) {
      int at = tokens.get(after + 1).text().equalsIgnoreCase("the") ? after + 2 : after + 1;
      int body = at + 1; // "for the Mexican foreign ministry": the country, then its body
      owner =
          startingAt(sa, at)
              .map(o -> TitleContexts.possessed(sa, o))
              .filter(o -> o.entity().type() == EntityType.ORGANISATION)
              .or(
                  () ->
                      startingAt(sa, at)
                          .filter(o -> o.entity().type() == EntityType.COUNTRY)
                          .flatMap(o -> startingAt(sa, body))
                          .filter(o -> o.entity().type() == EntityType.ORGANISATION));
      staff = owner.isPresent();
    }
    if (owner.isEmpty()) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    RoleLexicon.Role office = staff ? role.get() : withRemit(sa, role.get(), after);
    double confidence = staff ? 0.7 : 0.8;
    out.add(
        position(sa, person.entity(), owner.get().entity(), office, status, tokens, i, confidence));
    if (shared.isPresent()) {
      out.add(
          position(
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
            position(
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
          startingAt(sa, i + 1).filter(l -> l.entity().type() == EntityType.COUNTRY);
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
    while (first < at && tenure(tokens.get(first))) {
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

  private static boolean tenure(Token t) {
    return TENURE.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Past at most two lower-case modifiers that start no title ("nominal", "parliamentary"). */
  private int afterModifiers(List<Token> tokens, int i) {
    while (i < tokens.size() && tenure(tokens.get(i))) {
      i++;
    }
    for (int n = 0;
        n < 2
            && i < tokens.size()
            && roles.roleAt(tokens, i).isEmpty()
            && isModifier(tokens.get(i));
        n++) {
      i++;
    }
    return i;
  }

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
        && ELECT.contains(lower(tokens, end + 1))) {
      status = RoleStatus.ELECT;
      name = name + "-" + lower(tokens, end + 1);
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
   * from office ("ousted", "deposed", "toppled", "overthrown") and "late" (dead) make a former one.
   */
  private static Optional<RoleStatus> statusWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "former", "ex", "ousted", "deposed", "toppled", "overthrown", "late" ->
          Optional.of(RoleStatus.FORMER);
      case "acting", "interim" -> Optional.of(RoleStatus.ACTING);
      case "incoming", "next" -> Optional.of(RoleStatus.ELECT);
      default -> Optional.empty();
    };
  }

  private static boolean isOwner(Located l) {
    EntityType t = l.entity().type();
    return t == EntityType.COUNTRY || t == EntityType.ORGANISATION;
  }

  private static Optional<Located> endingAt(SentenceActors sa, int token, int before) {
    for (int j = 0; j < before; j++) {
      Located l = sa.mentions().get(j);
      if (isOwner(l) && sa.lastToken(l) == token) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code In Sylvania Minister X met ...}: a country right after "in" is where the titled person
   * is, not whose title it is (a comma after it is often left out).
   */
  private static boolean located(SentenceActors sa, Located l) {
    int p = sa.firstToken(l) - 1;
    return l.entity().type() == EntityType.COUNTRY
        && p >= 0
        && sa.tokens().get(p).text().equalsIgnoreCase("in");
  }

  /**
   * {@code Freedonia and its president, X}: the country or organisation named last before {@code
   * token}, which "its" there stands for.
   */
  private static Optional<Located> actorBefore(SentenceActors sa, int token) {
    Located last = null;
    for (Located l : sa.mentions()) {
      if (isOwner(l) && sa.lastToken(l) < token) {
        last = l;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * {@code Freedonia's UN ambassador X}: the country whose possessive stands before the
   * international organisation a diplomat is posted to; none for another owner.
   */
  private static Optional<Located> sender(SentenceActors sa, Located posting) {
    if (!MemberLists.isInternational(posting.entity())) {
      return Optional.empty();
    }
    int s = sa.firstToken(posting) - 1;
    if (s < 1 || !sa.tokens().get(s).text().matches("['’]s")) {
      return Optional.empty();
    }
    return sa.endingAt(s - 1, EntityType.COUNTRY);
  }

  /** Whether a role is a local office, which a city or province may hold. */
  static boolean isLocal(RoleLexicon.Role role) {
    return LOCAL.contains(role.name());
  }

  /** {@code Port Aster mayor X}: a place right before a local title. */
  private static Optional<Located> placeEndingAt(SentenceActors sa, int token, int before) {
    for (int j = 0; j < before; j++) {
      Located l = sa.mentions().get(j);
      if (l.entity().type() == EntityType.PLACE && sa.lastToken(l) == token) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The owner mention that starts at {@code token}, the longest when several do ("the Mexican
   * foreign ministry", where the demonym is a mention of the country too).
   */
  private static Optional<Located> startingAt(SentenceActors sa, int token) {
    return sa.mentions().stream()
        .filter(l -> isOwner(l) && sa.firstToken(l) == token)
        .reduce((a, b) -> sa.lastToken(b) > sa.lastToken(a) ? b : a);
  }

  private static Optional<Located> firstActorWithin(SentenceActors sa, int from, int window) {
    for (Located l : sa.mentions()) {
      int f = sa.firstToken(l);
      if (f >= from && f - from <= window && isOwner(l)) {
        for (int j = from; j < f; j++) {
          if (sa.tokens().get(j).text().matches("[,;:()]")) {
            return Optional.empty();
          }
        }
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
