package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.relate.PositionFinder.Titled;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds whose title a bare title is ("President Daniel Noboa", "Foreign Minister Yoko Kamikawa")
 * from the context the article gives, most specific first:
 *
 * <ol>
 *   <li>a body the title's holder leads: {@code the Kurdistan Regional Government, led by Prime
 *       Minister X};
 *   <li>a ministry of the title's portfolio in the sentence: {@code the Freedonian Foreign Ministry
 *       said Foreign Minister X};
 *   <li>a coordination shares its first title's owner: {@code Japanese Defence Minister A and
 *       Foreign Minister B};
 *   <li>a title one state alone has ({@link #onlyState}): {@code Pope Leo}, {@code Taoiseach X},
 *       when the article names that state;
 *   <li>for the head of an organisation, the organisation that opens the sentence before ({@link
 *       #bodyBefore}): {@code NATO ministers agreed … . Secretary-General X said};
 *   <li>for an office of state, the country the gazetteer knows the person serves, when the article
 *       names it ({@link RoleLexicon#countryServedBy}): {@code President Jane Doe} of a listed
 *       leader; when it does not, none of the guesses below;
 *   <li>a country that leads a sentence reported by the titled person: {@code Ecuador spoke with …,
 *       President Daniel Noboa said}; or that opens the sentence before as the subject of its
 *       reporting verb, when the titled person opens the next reporting ({@link #speakerBefore}):
 *       {@code Chile said … . Foreign Minister Ana Rojas told reporters …};
 *   <li>in an article without a country of its own, the one country the title's sentence and the
 *       sentence before name, or where they name none, the only country the article names ({@link
 *       #nearCountry}): {@code Chile recalled its ambassador. Foreign Minister Ana Rojas said …};
 *   <li>the country the article is mostly about ({@link ArticleCountry}), for offices of state
 *       only, and only for a person the article gives no other office.
 * </ol>
 *
 * The last two guesses are not made for a person the article also titles with a remit ("Minister
 * for the Middle East X ... Minister X said"): such an office is seldom the country the article is
 * about, which is mostly the remit's; nor for a visitor ("the visiting defence minister X").
 *
 * <p>Collect each sentence's titled persons with {@link #collect}, then {@link #resolve} once.
 */
final class UnownedTitles {

  /**
   * Offices a state fills, a minister of any portfolio among them ("external affairs minister", and
   * the Treasurer, Australia's and Papua New Guinea's finance minister), a seat in its senate, the
   * government's (or ruling junta's) spokesperson, the leader of its parliamentary opposition, and
   * the head of its armed forces ("army chief"); a bare "founder", "spokesperson" or "General" (a
   * rank, not an office) says nothing about a country.
   */
  private static final Pattern STATE_ROLE =
      Pattern.compile(
          "(vice |deputy )?(president|prime minister|premier|chancellor|king|queen|emir"
              + "|crown prince|(\\w+ )*minister|minister of state|(\\w+ )?secretary|treasurer"
              + "|secretary of \\w+|senator|opposition leader|(government|junta) spokes(person|man|woman)"
              + "|(army|military) chief)");

  /** Titles one state alone has, to that state's code ({@code one_state_titles.tsv}). */
  private static final Map<String, String> ONE_STATE = WordLists.pairs("one_state_titles.tsv");

  /** Reigning monarchs, title and name in lower case, to their state's code. */
  private static final Map<String, String> REIGNING = WordLists.pairs("reigning_monarchs.tsv");

  private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "add", "declare");

  /** A bare title whose owner was found, with how sure the rule that found it is. */
  record Owned(
      SentenceActors sentence,
      Titled titled,
      RoleLexicon.Role role,
      Entity owner,
      double confidence) {}

  /** Whether a role is an office a state fills (president, prime minister, a minister). */
  static boolean stateRole(String role) {
    return STATE_ROLE.matcher(role).matches();
  }

  private final Optional<Entity> home;
  private final List<Owned> owned = new ArrayList<>();
  private final List<Owned> reported = new ArrayList<>();
  private final List<Owned> defaults = new ArrayList<>();

  /** The sentence collected last: the one before the sentence being collected. */
  private Optional<SentenceActors> previous = Optional.empty();

  /** People the article titles with a remit ("Minister for the Middle East"): no guesses. */
  private final Set<Entity> remitted = new HashSet<>();

  private final List<Entity> countries;

  private final RoleLexicon roles;

  private final ContextCountryGuard guard;

  private final ResolvedArticle article;

  UnownedTitles(ResolvedArticle article, RoleLexicon roles) {
    this.article = article;
    this.roles = roles;
    this.guard = new ContextCountryGuard(roles);
    this.home = ArticleCountry.of(article);
    this.countries =
        article.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
  }

  /**
   * Offices that head an organisation and never a state: its secretary-general, director-general,
   * chair, managing or executive director.
   */
  private static final Pattern BODY_HEAD =
      Pattern.compile(
          "secretary-general|director-general|chair(man|woman|person)?|managing director|executive director");

  /**
   * Organs of a larger organisation or of a state ("the UN Security Council", "the General
   * Assembly", "the Senate"): the secretary-general who speaks after one of them met is the whole
   * organisation's, and the chairman is mostly one of its committees'.
   */
  private static final Pattern ORGAN =
      Pattern.compile(
          "(?i).*\\b(council|assembly|committee|senate|parliament|congress|house|chamber"
              + "|legislature)");

  /**
   * {@code NATO ministers agreed … . Secretary-General X said}: the title of an organisation's head
   * that opens its sentence is the organisation's that opens the sentence before as its subject,
   * alone (not one of a coordination), when that sentence names no other organisation ({@code
   * Reuters reported that Barclays would cut jobs. Chairman X said}: Barclays' chairman) and the
   * title's sentence names no other organisation or country before the title's holder; not an
   * organ's ({@link #ORGAN}).
   */
  private Optional<Entity> bodyBefore(SentenceActors sa, Titled t) {
    if (previous.isEmpty() || !BODY_HEAD.matcher(t.role().name()).matches() || !opens(sa, t)) {
      return Optional.empty();
    }
    SentenceActors before = previous.get();
    if (before.mentions().isEmpty()) {
      return Optional.empty();
    }
    Located lead = before.mentions().get(0);
    int first = before.firstToken(lead);
    int next = before.lastToken(lead) + 1;
    if (lead.entity().type() != EntityType.ORGANISATION
        || ORGAN.matcher(lead.entity().label()).matches()
        || before.mentions().stream()
            .anyMatch(
                l ->
                    l.entity().type() == EntityType.ORGANISATION
                        && !l.entity().equals(lead.entity()))
        || first > 1
        || first == 1 && !before.tokens().get(0).text().equalsIgnoreCase("the")
        || next >= before.tokens().size()
        || before.tokens().get(next).text().matches("(?i)and|,|or|&")) {
      return Optional.empty();
    }
    return otherActorBefore(sa, t, lead.entity()) ? Optional.empty() : Optional.of(lead.entity());
  }

  /**
   * Whether the title's sentence names an organisation or country other than {@code owner} before
   * the title's holder: the title may be that actor's, so the sentence before does not own it.
   */
  private static boolean otherActorBefore(SentenceActors sa, Titled t, Entity owner) {
    return sa.mentions().stream()
        .anyMatch(
            l ->
                (l.entity().type() == EntityType.ORGANISATION
                        || l.entity().type() == EntityType.COUNTRY)
                    && !l.entity().equals(owner)
                    && sa.firstToken(l) < sa.lastToken(t.person()));
  }

  /**
   * Whether "its" before the title ("Its former chairman") opens the title's sentence, or follows
   * the comma after the title's holder who opens it ("X, its chairman, said").
   */
  private static boolean opensWithIts(SentenceActors sa, Titled t) {
    int i = t.roleStart();
    while (i > 1 && PositionFinder.statusWord(sa.tokens().get(i - 1)).isPresent()) {
      i--;
    }
    int p = sa.lastToken(t.person());
    return i == 1 && sa.tokens().get(0).text().equals("Its")
        || sa.firstToken(t.person()) == 0
            && i == p + 3
            && sa.tokens().get(p + 1).text().equals(",")
            && sa.tokens().get(p + 2).text().equals("its");
  }

  /**
   * {@code Orbis Corp reported a loss. Its chief executive, X, said} ({@code X, its chief
   * executive, said}): the title after a sentence's opening "Its" is that of the actor the sentence
   * before opens with as its subject, alone (not one of a coordination, nor the owner of a name
   * after it, "Freedonia's Orbis"; after "The" and lower-case words, "The ruling Unity Party"): an
   * organisation, for any title, or a country, for an office of state ({@code Valdoria held a
   * referendum. Its president X}); not when that sentence names another actor of the same type, nor
   * when the title's sentence names an organisation or country before the title's holder.
   */
  private Optional<Entity> possessorBefore(SentenceActors sa, Titled t) {
    if (previous.isEmpty() || previous.get().mentions().isEmpty()) {
      return Optional.empty();
    }
    SentenceActors before = previous.get();
    Located lead = before.mentions().get(0);
    EntityType type = lead.entity().type();
    int first = before.firstToken(lead);
    int next = before.lastToken(lead) + 1;
    boolean fits =
        type == EntityType.ORGANISATION
            || (type == EntityType.COUNTRY && stateRole(t.role().name()));
    if (!fits
        || !opensAfterThe(before.tokens(), first)
        || next >= before.tokens().size()
        || before.tokens().get(next).text().matches("(?i)and|,|or|&|'s|'")
        || before.mentions().stream()
            .anyMatch(l -> l.entity().type() == type && !l.entity().equals(lead.entity()))) {
      return Optional.empty();
    }
    return otherActorBefore(sa, t, lead.entity()) ? Optional.empty() : Optional.of(lead.entity());
  }

  /** Whether a name at token {@code first} opens its sentence, or follows "The" and lower case. */
  private static boolean opensAfterThe(List<Token> tokens, int first) {
    if (first == 0) {
      return true;
    }
    if (!tokens.get(0).text().equals("The") || first > 4) {
      return false;
    }
    for (int i = 1; i < first; i++) {
      if (!tokens.get(i).text().matches("\\p{Ll}[\\p{Ll}-]*")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code The Freedonian Foreign Ministry said Foreign Minister X}: a ministry of the sentence
   * whose name carries a country of the article and the title's portfolio ("foreign") gives the
   * title that country.
   */
  private Optional<Entity> ministryCountry(SentenceActors sa, Titled t) {
    List<String> portfolio = new ArrayList<>(List.of(t.role().name().split(" ")));
    portfolio.removeIf(w -> w.matches("minister|secretary|of|the|and|deputy|vice"));
    if (portfolio.isEmpty() || portfolio.size() == t.role().name().split(" ").length) {
      return Optional.empty();
    }
    for (Located l : sa.mentions()) {
      if (l.entity().type() != EntityType.ORGANISATION) {
        continue;
      }
      for (String name : names(l.entity())) {
        List<String> words = List.of(name.split("[ ’']+"));
        if (!words.contains("ministry") || !words.containsAll(portfolio)) {
          continue;
        }
        for (Entity c : countries) {
          for (String n : names(c)) {
            if (name.startsWith(n + " ")
                || name.startsWith(n + "'")
                || name.startsWith(n + "’")
                || name.endsWith(" of " + n)) {
              return Optional.of(c);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(e.label().toLowerCase(Locale.ROOT));
    e.aliases().forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * {@code President Jane Doe}, where the gazetteer knows Jane Doe as an office-holder: the code of
   * the country she serves. A state's title on her is that country's when the article names it, and
   * no other country's otherwise.
   */
  private Optional<String> servedCode(Entity person) {
    return person.mentions().stream()
        .map(m -> m.key())
        .flatMap(Optional::stream)
        .findFirst()
        .flatMap(roles::countryServedBy);
  }

  /**
   * {@code Pope Leo}, {@code Taoiseach X}: the one state that has the title ({@code
   * one_state_titles.tsv}), when the article names it.
   */
  private Optional<Entity> onlyState(RoleLexicon.Role role) {
    String code = ONE_STATE.get(role.name());
    return code == null
        ? Optional.empty()
        : countries.stream()
            .filter(c -> c.isoCode().filter(code::equalsIgnoreCase).isPresent())
            .findFirst();
  }

  /**
   * {@code King Charles}, {@code Emperor Naruhito}: the state a reigning monarch of {@code
   * reigning_monarchs.tsv} reigns over, by the title and any name of the titled person; its code,
   * or empty when the title and name are no listed monarch's.
   */
  private static Optional<String> reignedState(Titled t) {
    return names(t.person().entity()).stream()
        .map(n -> REIGNING.get(t.role().name() + " " + n))
        .filter(code -> code != null)
        .findFirst();
  }

  /** Looks for the owner of each bare title of one sentence, in text order. */
  void collect(SentenceActors sa, List<Titled> titled) {
    List<Titled> known = new ArrayList<>();
    for (int i = 0; i < titled.size(); i++) {
      Titled t = titled.get(i);
      if (t.role().name().contains(" for ")) {
        remitted.add(t.person().entity());
      }
      if (t.owner().isPresent()) {
        known.add(t);
        continue;
      }
      Optional<Entity> shared = ledBy(sa, t).or(() -> ministryCountry(sa, t));
      if (shared.isEmpty() && i > 0) {
        shared = coordinated(sa, known, t);
      }
      if (shared.isPresent()) {
        owned.add(new Owned(sa, t, t.role(), shared.get(), 0.75));
        known.add(new Titled(t.person(), t.role(), t.status(), t.roleStart(), shared));
        continue;
      }
      if (opensWithIts(sa, t)) {
        // "Its chief executive, X, said": no guess but the actor the sentence before is about
        possessorBefore(sa, t).ifPresent(o -> owned.add(new Owned(sa, t, t.role(), o, 0.7)));
        continue;
      }
      Optional<Entity> only = onlyState(t.role());
      if (only.isPresent()) {
        owned.add(new Owned(sa, t, t.role(), only.get(), 0.75));
        known.add(new Titled(t.person(), t.role(), t.status(), t.roleStart(), only));
        continue;
      }
      Optional<String> reign = reignedState(t);
      if (reign.isPresent()) {
        // a listed monarch's title is his state's when the article names it, no other country's
        Optional<Entity> state =
            countries.stream()
                .filter(c -> c.isoCode().filter(reign.get()::equalsIgnoreCase).isPresent())
                .findFirst();
        if (state.isPresent()) {
          owned.add(new Owned(sa, t, t.role(), state.get(), 0.7));
          known.add(new Titled(t.person(), t.role(), t.status(), t.roleStart(), state));
        }
        continue;
      }
      if (!stateRole(t.role().name())) {
        bodyBefore(sa, t).ifPresent(b -> reported.add(new Owned(sa, t, t.role(), b, 0.55)));
        continue;
      }
      Optional<String> code = servedCode(t.person().entity());
      if (code.isPresent()) {
        // a known office-holder's title is his country's, or no guess's of another
        Optional<Entity> served =
            countries.stream().filter(c -> c.isoCode().equals(code)).findFirst();
        if (served.isPresent()) {
          owned.add(new Owned(sa, t, t.role(), served.get(), 0.7));
          known.add(new Titled(t.person(), t.role(), t.status(), t.roleStart(), served));
        }
        continue;
      }
      if (ContextCountryGuard.visitor(sa.tokens(), t)) {
        continue;
      }
      Optional<Entity> lead = reportedCountry(sa, t);
      Optional<Entity> speaker = lead.isEmpty() ? speakerBefore(sa, t) : Optional.empty();
      if (lead.isPresent()) {
        reported.add(new Owned(sa, t, t.role(), lead.get(), 0.65));
      } else if (speaker.isPresent()) {
        reported.add(new Owned(sa, t, t.role(), speaker.get(), 0.55));
      } else if (home.isPresent() && guard.leavesToHome(sa, home.get(), t, titled)) {
        defaults.add(new Owned(sa, t, t.role(), home.get(), 0.55));
      } else if (home.isEmpty()) {
        nearCountry(sa, t, titled).ifPresent(c -> defaults.add(new Owned(sa, t, t.role(), c, 0.5)));
      }
    }
    counterparts(sa, titled, known);
    previous = Optional.of(sa);
  }

  /**
   * Words of a visit or of hosting ({@code Kenya hosted talks. President X said}): the titled
   * person may be the guest, not the host country's.
   */
  private static final Set<String> VISIT =
      Set.of("host", "visit", "arrive", "welcome", "receive", "guest", "tour");

  /**
   * Verbs of a reaction to what another did ({@code Iran seized a tanker. Foreign Secretary X
   * condemned …}): the PETRARCH2 verb dictionary's criticize or denounce (111: condemn, denounce,
   * deplore, criticize), accuse (112), demand (100, with urge), and praise or endorse (051: praise,
   * welcome, congratulate). The reacting office-holder is as often another country's.
   */
  private static final Set<String> REACTION =
      Set.of(
          "condemn",
          "denounce",
          "deplore",
          "criticize",
          "criticise",
          "accuse",
          "demand",
          "urge",
          "praise",
          "welcome",
          "congratulate");

  /**
   * {@code Chile recalled its ambassador. Foreign Minister Ana Rojas said …}: short wire copy names
   * the country once and then its office-holders by bare title, too seldom for {@link
   * ArticleCountry}. The title is that country's when the title's sentence and the one before name
   * it and no other country, not even by a demonym (or name none, and the article names only that
   * country), and the title's sentence names it only before the title or after a reporting verb
   * right after the name ("Foreign Minister Ana Rojas said Chile would …"; "President Jane Doe
   * praised Chile" deals with the country). When only the sentence before names the country, the
   * title must open its sentence ({@link #opens}): "… was built under King X" in a sentence of its
   * own is about something else. Not when either sentence speaks of a visit or of hosting, nor, for
   * an office an organisation also has (a president, a secretary, not a minister), when either
   * names an organisation that is not the country's own ({@code The World Bank approved a loan to
   * Zambia. President X said}). Not for a person the sentence appoints or dismisses ({@code Chile's
   * president fired interior minister X}): {@link Appointments} says which office that is, and
   * whether it is still held; nor where the sentence gives the country as the owner of another
   * person's title ({@code Kenya's President John Roe wants to dismiss army chief X}), which then
   * says only whose that title is. And never for a general secretary or secretary general, who
   * heads a party or an organisation more often than a state's office.
   */
  private Optional<Entity> nearCountry(SentenceActors sa, Titled t, List<Titled> titled) {
    List<SentenceActors> context = new ArrayList<>();
    previous.ifPresent(context::add);
    context.add(sa);
    if (Appointments.find(roles, sa).stream()
        .anyMatch(a -> a.person().entity().equals(t.person().entity()))) {
      return Optional.empty();
    }
    int name = sa.lastToken(t.person());
    boolean reports =
        name + 1 < sa.tokens().size() && REPORTING.contains(sa.tokens().get(name + 1).lemma());
    for (int i = name + 1; i < sa.tokens().size() && i <= name + 2; i++) {
      if (oneOf(sa.tokens().get(i), REACTION)) {
        return Optional.empty();
      }
    }
    boolean countryAfterTitle =
        sa.mentions().stream()
            .anyMatch(
                l -> l.entity().type() == EntityType.COUNTRY && sa.lastToken(l) >= t.roleStart());
    Optional<Around> around = around(context);
    if (around.isEmpty() || countryAfterTitle && !reports) {
      return Optional.empty();
    }
    Set<Entity> named = new HashSet<>(around.get().countries());
    Set<String> capitals = around.get().capitals();
    if (named.isEmpty() && countries.size() == 1) {
      named.add(countries.get(0));
    }
    if (named.size() != 1) {
      return Optional.empty();
    }
    Entity country = named.iterator().next();
    boolean inSentence = sa.mentions().stream().anyMatch(l -> l.entity().equals(country));
    if (titled.stream()
        .anyMatch(
            o ->
                o.owner().filter(country::equals).isPresent()
                    && !o.person().entity().equals(t.person().entity()))) {
      return Optional.empty();
    }
    if (!inSentence && !opens(sa, t) && !undergoes(sa, t)) {
      return Optional.empty();
    }
    if (capitals.stream().anyMatch(c -> !country.isoCode().equals(Optional.of(c)))) {
      return Optional.empty();
    }
    if (t.role().name().contains("general")
        || !t.role().name().contains("minister")
            && context.stream().anyMatch(s -> foreignBody(s, country))) {
      return Optional.empty();
    }
    return Optional.of(country);
  }

  /**
   * The one country that {@code sa} and the sentence collected before it name, counting demonyms
   * and capitals ({@code Valdoria's parliament was dissolved. Ana Ruiz was sworn in as interim
   * president}), for an office an appointment gives without an owner in an article without a
   * country of its own; none where either sentence speaks of a visit or of hosting, nor where the
   * article has named another country up to here ({@code Peru held a vote. Chile counted it. Jane
   * Doe was named defence minister}: either may be hers). Ask before {@link #collect} takes {@code
   * sa}.
   */
  Optional<Entity> contextCountry(SentenceActors sa) {
    if (home.isPresent()) {
      return Optional.empty();
    }
    List<SentenceActors> context = new ArrayList<>();
    previous.ifPresent(context::add);
    context.add(sa);
    Optional<Around> around = around(context);
    if (around.isEmpty() || around.get().countries().size() != 1) {
      return Optional.empty();
    }
    Entity country = around.get().countries().iterator().next();
    Set<String> capitals = around.get().capitals();
    int end = sa.sentence().span().end();
    boolean alone =
        countries.stream()
            .filter(c -> !c.equals(country))
            .allMatch(c -> c.mentions().stream().allMatch(m -> m.span().start() >= end));
    return alone && capitals.stream().allMatch(c -> country.isoCode().equals(Optional.of(c)))
        ? Optional.of(country)
        : Optional.empty();
  }

  /**
   * The countries some sentences name, and the ISO codes of the countries whose capitals they name.
   */
  private record Around(Set<Entity> countries, Set<String> capitals) {}

  /**
   * What {@code context} names ({@link Around}); none where a sentence of it speaks of a visit or
   * of hosting, whose country is the host's or the guest's, not the office's.
   */
  private Optional<Around> around(List<SentenceActors> context) {
    Set<Entity> named = new HashSet<>();
    Set<String> capitals = new HashSet<>();
    for (SentenceActors s : context) {
      if (s.tokens().stream().anyMatch(k -> oneOf(k, VISIT))) {
        return Optional.empty();
      }
      for (Located l : s.mentions()) {
        if (l.entity().type() == EntityType.PLACE) {
          capital(l.entity()).ifPresent(capitals::add);
        } else if (l.entity().type() == EntityType.COUNTRY) {
          named.add(l.entity());
        }
      }
    }
    return Optional.of(new Around(named, capitals));
  }

  /**
   * Whether {@code token} is a form of one of {@code verbs}: by its lemma, or by its base form
   * where the lemmatiser left a regular inflection as it was ({@link Inflections}).
   */
  private static boolean oneOf(Token token, Set<String> verbs) {
    String text = token.text().toLowerCase(Locale.ROOT);
    return verbs.contains(token.lemma().toLowerCase(Locale.ROOT))
        || verbs.contains(text)
        || Inflections.bases(text).stream().anyMatch(verbs::contains)
        || text.endsWith("s") && verbs.contains(text.substring(0, text.length() - 1));
  }

  /**
   * Whether the title opens its sentence, maybe after "the" or a word of its status ("former",
   * "acting", "interim": {@link PositionFinder#statusWord}): its holder is what the sentence is
   * about, as the country was the sentence before's.
   */
  private static boolean opens(SentenceActors sa, Titled t) {
    return titleStart(sa, t) == 0;
  }

  /** The first token of the title with the words before it that belong to it ("the former"). */
  private static int titleStart(SentenceActors sa, Titled t) {
    int i = t.roleStart();
    while (i > 0) {
      Token before = sa.tokens().get(i - 1);
      if (!before.text().matches("(?i)the|then|ex-?")
          && PositionFinder.statusWord(before).isEmpty()) {
        break;
      }
      i--;
    }
    return i;
  }

  /**
   * What is done to an office-holder at home: arresting, detaining or charging (CAMEO 173, "arrest,
   * detain, or charge with legal action", with the codebook's legal steps indict, try, sentence and
   * convict), removing from office (the participles {@link PositionFinder#statusWord} reads as
   * ending an office: oust, depose, topple, overthrow; and remove, impeach) and electing.
   */
  private static final Set<String> UNDERGONE =
      Set.of(
          "arrest",
          "detain",
          "charge",
          "indict",
          "try",
          "sentence",
          "convict",
          "oust",
          "depose",
          "topple",
          "overthrow",
          "remove",
          "impeach",
          "elect",
          "re-elect",
          "reelect");

  /**
   * {@code Gabon's army seized power. Soldiers ousted President X}: the title is the object of a
   * verb of {@link #UNDERGONE} right before it (or that verb is read as its status word, "ousted"),
   * and the sentence names no other actor, so the office is the one at stake in the country the
   * sentence before names.
   */
  private static boolean undergoes(SentenceActors sa, Titled t) {
    boolean done = false;
    for (int i = Math.max(0, titleStart(sa, t) - 1); i < t.roleStart() && !done; i++) {
      done = oneOf(sa.tokens().get(i), UNDERGONE);
    }
    if (!done) {
      return false;
    }
    return sa.mentions().stream()
        .allMatch(
            l -> l.entity().equals(t.person().entity()) || l.entity().type() == EntityType.PLACE);
  }

  /**
   * The code of the country whose capital {@code place} is ({@code In Moscow, Defence Minister X
   * …}), which counts as naming that country.
   */
  private static Optional<String> capital(Entity place) {
    return Gazetteer.standard().byCapital(place.label()).flatMap(GazetteerEntry::isoCode);
  }

  /**
   * Whether the sentence names an organisation whose name does not carry {@code country}'s name and
   * that no mention of the country stands right before ({@code Zambia's central bank}).
   */
  private static boolean foreignBody(SentenceActors sa, Entity country) {
    List<String> countryNames = names(country);
    for (Located l : sa.mentions()) {
      if (l.entity().type() != EntityType.ORGANISATION) {
        continue;
      }
      int first = sa.firstToken(l);
      boolean owned =
          names(l.entity()).stream().anyMatch(n -> countryNames.stream().anyMatch(n::contains))
              || sa.mentions().stream()
                  .anyMatch(
                      c ->
                          c.entity().equals(country)
                              && (sa.lastToken(c) == first - 1
                                  || (sa.lastToken(c) == first - 2
                                      && sa.tokens().get(first - 1).text().matches("['’]s"))));
      if (!owned) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code [owner] TITLE A and TITLE B … their COUNTRY counterparts C and D}: C and D hold A's and
   * B's offices in that country, paired in order; only when the numbers agree.
   */
  private void counterparts(SentenceActors sa, List<Titled> titled, List<Titled> known) {
    List<Token> tokens = sa.tokens();
    predecessors(sa);
    for (int c = 1; c < tokens.size(); c++) {
      if (!tokens.get(c).lemma().equalsIgnoreCase("counterpart")
          && !tokens.get(c).text().toLowerCase(Locale.ROOT).startsWith("counterpart")) {
        continue;
      }
      int at = c;
      Optional<Located> owner =
          sa.mentions().stream()
              .filter(l -> sa.lastToken(l) == at - 1 && l.entity().type() == EntityType.COUNTRY)
              .findFirst();
      if (owner.isEmpty()) {
        continue;
      }
      int from = c + 1 < tokens.size() && tokens.get(c + 1).text().equals(",") ? c + 2 : c + 1;
      List<Located> holders = coordinatedPersons(sa, from);
      Entity country = owner.get().entity();
      List<Titled> offices =
          titled.stream()
              .filter(t -> t.roleStart() < at)
              .filter(t -> ownerOf(t, known).filter(country::equals).isEmpty())
              .filter(t -> !birthRank(t.role()))
              .toList();
      if (offices.isEmpty() && holders.size() == 1) {
        referent(sa, c, sa.firstToken(owner.get()) - 1)
            .ifPresent(
                p ->
                    pending.add(
                        new Counterpart(sa, holders.get(0), p, Optional.of(country), at, false)));
        continue;
      }
      if (holders.isEmpty() || holders.size() != offices.size()) {
        continue;
      }
      for (int i = 0; i < holders.size(); i++) {
        Titled office = offices.get(i);
        Titled held =
            new Titled(
                holders.get(i),
                office.role(),
                office.status(),
                c,
                Optional.of(owner.get().entity()));
        owned.add(new Owned(sa, held, office.role(), owner.get().entity(), 0.65));
      }
    }
  }

  /**
   * Whether a role is a rank of birth, not an office a counterpart could hold: a royal title of one
   * word that heads nothing ("Prince", "Princess"), as Gulf news writes before ministers and
   * governors ("Prince Jane Doe, the Sylvanian foreign minister, met his Freedonian counterpart").
   */
  private static boolean birthRank(RoleLexicon.Role role) {
    return !role.head()
        && !role.name().contains(" ")
        && Gazetteer.standard()
            .title(role.name())
            .filter(t -> t.kind() == PersonTitle.Kind.ROYAL)
            .isPresent();
  }

  /**
   * A counterpart whose office is the one {@code of} holds somewhere else in the article, in {@code
   * country}; or, with {@code former} and no country, a predecessor in that same office.
   */
  private record Counterpart(
      SentenceActors sentence,
      Located holder,
      Entity of,
      Optional<Entity> country,
      int at,
      boolean former) {}

  /**
   * {@code his predecessor John Roe}, {@code her predecessor, John Roe}: John Roe held the office
   * of the person named before, formerly.
   */
  private void predecessors(SentenceActors sa) {
    List<Token> tokens = sa.tokens();
    for (int c = 1; c + 1 < tokens.size(); c++) {
      if (!tokens.get(c).text().equalsIgnoreCase("predecessor")
          || !tokens.get(c - 1).text().matches("(?i)his|her")) {
        continue;
      }
      int from = tokens.get(c + 1).text().equals(",") ? c + 2 : c + 1;
      List<Located> holders = coordinatedPersons(sa, from);
      int at = c;
      if (holders.size() == 1) {
        referent(sa, c, c - 1)
            .ifPresent(
                p ->
                    pending.add(
                        new Counterpart(sa, holders.get(0), p, Optional.empty(), at, true)));
      }
    }
  }

  private final List<Counterpart> pending = new ArrayList<>();

  private static Optional<Entity> ownerOf(Titled t, List<Titled> known) {
    if (t.owner().isPresent()) {
      return t.owner();
    }
    return known.stream()
        .filter(k -> k.person().equals(t.person()))
        .findFirst()
        .flatMap(Titled::owner);
  }

  /**
   * Whose counterpart or predecessor the relational noun at {@code c} names: the person named last
   * before it in the sentence ("Doe met his Sylvanian counterpart"), or, when none is and "his" or
   * "her" at {@code pronoun} opens the phrase, the person named last before whom the pronoun may
   * stand for ({@link PersonGender}): "Jane Doe spoke first. Her Sylvanian counterpart, Roe,
   * agreed".
   */
  private Optional<Entity> referent(SentenceActors sa, int c, int pronoun) {
    Optional<Entity> within = nearestPersonBefore(sa, c);
    if (within.isPresent()) {
      return within;
    }
    Token word = sa.tokens().get(Math.max(0, pronoun));
    return pronoun >= 0 && word.text().matches("(?i)his|her")
        ? PersonGender.lastPersonBefore(article, word.span().start(), word.text())
        : Optional.empty();
  }

  /** The person named last before token {@code c}: "Doe met his Sylvanian counterpart". */
  private static Optional<Entity> nearestPersonBefore(SentenceActors sa, int c) {
    Entity best = null;
    for (Located l : sa.mentions()) {
      if (l.entity().type() == EntityType.PERSON && sa.lastToken(l) < c) {
        best = l.entity();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The counterparts and predecessors whose office another position of the article names. */
  private List<Owned> counterpartsOf(List<Fact> explicit, List<Owned> found) {
    List<Owned> out = new ArrayList<>();
    for (Counterpart c : pending) {
      Optional<Fact.Position> office =
          explicit.stream()
              .filter(f -> f instanceof Fact.Position)
              .map(f -> (Fact.Position) f)
              .filter(p -> p.holder().equals(c.of()) && p.status() == Fact.RoleStatus.CURRENT)
              .filter(p -> c.country().filter(p.organisation()::equals).isEmpty())
              .findFirst();
      if (office.isEmpty()) {
        office =
            found.stream()
                .filter(o -> o.titled().person().entity().equals(c.of()))
                .filter(o -> c.country().filter(o.owner()::equals).isEmpty())
                .map(
                    o ->
                        new Fact.Position(
                            c.of(),
                            o.owner(),
                            o.role().name(),
                            o.titled().status(),
                            o.role().head(),
                            o.confidence(),
                            List.of(o.sentence().evidence())))
                .findFirst();
      }
      office.ifPresent(
          p -> {
            Entity where = c.country().orElse(p.organisation());
            Fact.RoleStatus status = c.former() ? Fact.RoleStatus.FORMER : Fact.RoleStatus.CURRENT;
            RoleLexicon.Role role = new RoleLexicon.Role(p.role(), 1, p.head());
            Titled held = new Titled(c.holder(), role, status, c.at(), Optional.of(where));
            out.add(new Owned(c.sentence(), held, role, where, 0.6));
          });
    }
    return out;
  }

  /** The persons named from token {@code from} on, joined by commas and "and". */
  static List<Located> coordinatedPersons(SentenceActors sa, int from) {
    List<Located> out = new ArrayList<>();
    int next = from;
    for (Located l : sa.mentions()) {
      if (sa.firstToken(l) < next) {
        continue;
      }
      if (sa.firstToken(l) != next || l.entity().type() != EntityType.PERSON) {
        break;
      }
      out.add(l);
      next = sa.lastToken(l) + 1;
      while (next < sa.tokens().size() && sa.tokens().get(next).text().matches(",|and")) {
        next++;
      }
    }
    return out;
  }

  /**
   * The owned titles. The country of a reported sentence only for a person whose office the article
   * names nowhere else; a default from the article's country only for such a person, and for an
   * office the article gives no one else there, unless the title is a former one.
   */
  List<Owned> resolve(List<Fact> explicit) {
    Set<Entity> placed = new HashSet<>();
    Set<String> offices = new HashSet<>();
    for (Fact f : explicit) {
      if (f instanceof Fact.Position p) {
        placed.add(p.holder());
        offices.add(p.organisation().iri() + " " + p.role());
      }
    }
    for (Owned o : owned) {
      placed.add(o.titled().person().entity());
      offices.add(o.owner().iri() + " " + o.role().name());
    }
    placed.addAll(remitted);
    List<Owned> out = new ArrayList<>(owned);
    for (Owned r : reported) {
      if (placed.add(r.titled().person().entity())) {
        out.add(r);
        offices.add(r.owner().iri() + " " + r.role().name());
      }
    }
    for (Owned d : defaults) {
      // many may have held an office before: a former one is no one else's to take
      boolean former = d.titled().status() == Fact.RoleStatus.FORMER;
      if ((former || !offices.contains(d.owner().iri() + " " + d.role().name()))
          && placed.add(d.titled().person().entity())) {
        out.add(d);
        if (!former) {
          offices.add(d.owner().iri() + " " + d.role().name());
        }
      }
    }
    for (Owned c : counterpartsOf(explicit, out)) {
      if (placed.add(c.titled().person().entity())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * {@code the Kurdistan Regional Government, led by Prime Minister X}: the title belongs to the
   * body or country the participle follows, or that sent the delegation it follows ({@code a
   * Sylvanian delegation led by Foreign Minister X}).
   */
  private static Optional<Entity> ledBy(SentenceActors sa, Titled t) {
    List<Token> tokens = sa.tokens();
    int by = t.roleStart() - 1;
    if (by < 2
        || !tokens.get(by).text().equals("by")
        || !tokens.get(by - 1).text().matches("led|headed|represented|chaired|run|governed")) {
      return Optional.empty();
    }
    int led = tokens.get(by - 2).text().equals(",") ? by - 3 : by - 2;
    // a Sylvanian delegation led by X, Sylvania's delegation led by X: the sender's title
    boolean delegation =
        led >= 1 && DependencyWords.delegate(tokens.get(led).text().toLowerCase(Locale.ROOT));
    int possessive = delegation && tokens.get(led - 1).text().matches("['’]s") ? 1 : 0;
    int end = delegation ? led - 1 - possessive : led;
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end)
        .filter(
            l ->
                l.entity().type() == EntityType.COUNTRY
                    || l.entity().type() == EntityType.ORGANISATION)
        .map(Located::entity)
        .findFirst();
  }

  /**
   * {@code [owner] TITLE A and TITLE B}: B's title belongs to A's owner. Not when the gazetteer
   * knows B as an office-holder of another country ({@code Freedonian President A and King B}, B a
   * listed king elsewhere), nor when B holds the very office A holds and a state fills it once
   * ({@code Freedonian President A and President B}): then the two serve two states, as when
   * leaders meet.
   */
  private Optional<Entity> coordinated(SentenceActors sa, List<Titled> known, Titled next) {
    if (known.isEmpty()) {
      return Optional.empty();
    }
    Titled first = known.get(known.size() - 1);
    String gap =
        StructureFinder.text(sa.tokens(), sa.lastToken(first.person()) + 1, next.roleStart());
    if (!gap.matches(",|and|, and") || first.owner().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> served = servedCode(next.person().entity());
    boolean elsewhere = served.isPresent() && !served.equals(first.owner().get().isoCode());
    boolean sameOffice =
        first.role().name().equals(next.role().name())
            && first.status() == next.status()
            && ONE_HOLDER.matcher(next.role().name()).matches();
    return elsewhere || sameOffice ? Optional.empty() : first.owner();
  }

  /**
   * Offices a state fills with one person at a time: its head of state or government and the
   * minister or secretary of a portfolio; not a deputy's, a bare "minister" or "minister of state".
   */
  private static final Pattern ONE_HOLDER =
      Pattern.compile(
          "president|prime minister|premier|chancellor|king|queen|emir|crown prince"
              + "|(?!.*\\b(deputy|vice|junior|assistant)\\b)\\w+( \\w+)* (minister|secretary)");

  /**
   * {@code Kazakhstan said it would not join sanctions against Russia. Deputy Foreign Minister X
   * told reporters …}: wire copy has a country speak, then one of its office-holders say more, by
   * bare title. The title is the country's when the sentence before opens with it, alone, as the
   * subject of a reporting verb right after it, and the title opens its own sentence with its
   * holder reporting it; the countries either sentence names after its reporting verb are what is
   * reported, not the speaker's; but the holder's sentence names no other country's capital, nor
   * another country as the one its holder says does something ({@code China said the Philippines
   * provoked the clash. Foreign Secretary X said Manila would protest}: X answers for the other
   * side). Not when either sentence speaks of a visit or of hosting ({@link #around}), for a person
   * the sentence appoints or dismisses, nor for a general secretary or secretary general.
   */
  private Optional<Entity> speakerBefore(SentenceActors sa, Titled t) {
    if (previous.isEmpty()
        || !opens(sa, t)
        || !reportsAfter(sa, sa.lastToken(t.person()))
        || t.role().name().contains("general")
        || around(List.of(previous.get(), sa)).isEmpty()
        || Appointments.find(roles, sa).stream()
            .anyMatch(a -> a.person().entity().equals(t.person().entity()))) {
      return Optional.empty();
    }
    SentenceActors before = previous.get();
    List<Located> ms = before.mentions();
    if (ms.isEmpty()) {
      return Optional.empty();
    }
    Located lead = ms.get(0);
    if (lead.entity().type() != EntityType.COUNTRY
        || before.firstToken(lead) > 0
        || !reportsAfter(before, before.lastToken(lead))) {
      return Optional.empty();
    }
    Entity country = lead.entity();
    int subject = sa.lastToken(t.person()) + 2;
    while (subject < sa.tokens().size()
        && sa.tokens().get(subject).text().matches("(?i)that|the")) {
      subject++;
    }
    for (Located l : sa.mentions()) {
      Optional<String> capital =
          l.entity().type() == EntityType.PLACE ? capital(l.entity()) : Optional.empty();
      boolean other =
          capital.isPresent() && !country.isoCode().equals(capital)
              || l.entity().type() == EntityType.COUNTRY && !l.entity().equals(country);
      if (other && (capital.isPresent() || sa.firstToken(l) == subject)) {
        return Optional.empty();
      }
    }
    return Optional.of(country);
  }

  /** Whether the token after {@code last} is a reporting verb ("said", "told", "announced"). */
  private static boolean reportsAfter(SentenceActors sa, int last) {
    return last + 1 < sa.tokens().size() && REPORTING.contains(sa.tokens().get(last + 1).lemma());
  }

  /**
   * {@code COUNTRY … , TITLE PERSON said}: the country opening the sentence, alone (not one of a
   * coordination), when the titled person reports the sentence.
   */
  private static Optional<Entity> reportedCountry(SentenceActors sa, Titled t) {
    List<Token> tokens = sa.tokens();
    int after = sa.lastToken(t.person()) + 1;
    if (after >= tokens.size() || !REPORTING.contains(tokens.get(after).lemma())) {
      return Optional.empty();
    }
    List<Located> ms = sa.mentions();
    if (ms.isEmpty()) {
      return Optional.empty();
    }
    Located lead = ms.get(0);
    int first = sa.firstToken(lead);
    if (lead.entity().type() != EntityType.COUNTRY || first > 1 || first >= t.roleStart()) {
      return Optional.empty();
    }
    int next = sa.lastToken(lead) + 1;
    if (next < tokens.size() && tokens.get(next).text().matches("and|,|or|&")) {
      return Optional.empty();
    }
    return Optional.of(lead.entity());
  }
}
