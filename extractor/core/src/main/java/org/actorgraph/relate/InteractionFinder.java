package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.actorgraph.mention.Mention;
import org.actorgraph.mention.PatternMentionFinder;
import org.actorgraph.relate.ActorPhrases.Holders;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Finds interactions between two named actors of one sentence, typed by the CAMEO root category of
 * the word that states them ({@link CameoLexicon}): a verb with its subject and object ({@code
 * Rubio met Mexican President Claudia Sheinbaum}), a verb shared by coordinated subjects ({@code
 * Israel and Morocco agreed}), or a noun with its owner and partner ({@code Putin's visit to North
 * Korea}, {@code his talks with Kim}). Subjects are found over auxiliaries, adverbs and dates, over
 * {@code , and} to the sentence's first subject, and through {@code he}/{@code she} to the last
 * person named; objects over prepositions, articles and adjectives. A person named with a country's
 * title ({@code Mexican President Claudia Sheinbaum}) also brings that country in, at lower
 * confidence. Negated or hypothetical statements are left out, and so is force in a report of a
 * game ({@link SportContexts}: "Freedonia beat Sylvania 2-1"). Measures listed on lines of their
 * own under a sentence that introduces them are acts of that sentence's subject ({@link
 * ListItems}). One pair, direction and category stated in several sentences is one fact with
 * several evidence entries.
 *
 * <p>With a {@link DependencyParser}, sentences that name two or more actors and hold a possible
 * trigger are also parsed, and {@link DependencyInteractionFinder} adds what the tree shows
 * (passives, participles, relative clauses, hosts, nominal triggers); the two readings are merged.
 *
 * <p>Design decision: the union of both readings, measured against each alone on the three dev
 * sets: the parse alone finds fewer pairs (it misses what parser errors hide, e.g. datelines read
 * as subjects), the word-order reading alone misses passives and hosts; the union loses nothing.
 */
public final class InteractionFinder implements RelationFinder {

  /** CAMEO 17, coerce (codebook 173 arrest or detain, 174 expel, and ousters). */
  private static final String COERCE = "17";

  /** CAMEO 10, demand: the first of the categories of conflict (10-20). */
  private static final String CONFLICT = "10";

  /** CAMEO 18, assault: the first of the categories of force (18-20). */
  private static final String ASSAULT = "18";

  /** Nouns of a dispute ({@code dispute_nouns.txt}: dispute, row, tensions, rift). */
  private static final Set<String> DISPUTES = WordLists.set("dispute_nouns.txt");

  private final RoleLexicon roles;
  private final RelationFinder positions;
  private final Capitals capitals;
  private final KnownPlaces places;
  private final Optional<DependencyParser> parser;

  /**
   * @param roles the titles that tie a person to a country ("President")
   * @param positions the finder whose positions tell who holds which title, for phrases like {@code
   *     the Russian president}, and whose partOf facts, if any, tell which body belongs to which
   *     country
   * @param capitals which capitals stand for their countries
   */
  public InteractionFinder(RoleLexicon roles, RelationFinder positions, Capitals capitals) {
    this(roles, positions, capitals, Optional.empty());
  }

  /**
   * @param roles the titles that tie a person to a country ("President")
   * @param positions the finder whose positions tell who holds which title, and whose partOf facts,
   *     if any, tell which body belongs to which country
   * @param capitals which capitals stand for their countries
   * @param parser the parser whose trees {@link DependencyInteractionFinder} reads, for sentences
   *     with two or more actors; without one, word order alone is read
   */
  public InteractionFinder(
      RoleLexicon roles,
      RelationFinder positions,
      Capitals capitals,
      Optional<DependencyParser> parser) {
    this(roles, positions, capitals, KnownPlaces.none(), parser);
  }

  /**
   * @param roles the titles that tie a person to a country ("President")
   * @param positions the finder whose positions tell who holds which title, and whose partOf facts,
   *     if any, tell which body belongs to which country
   * @param capitals which capitals stand for their countries
   * @param places the countries the gazetteer puts places in, which force used on a place hits
   *     ({@link ParsedActors#struck})
   * @param parser the parser whose trees {@link DependencyInteractionFinder} reads, for sentences
   *     with two or more actors; without one, word order alone is read
   */
  public InteractionFinder(
      RoleLexicon roles,
      RelationFinder positions,
      Capitals capitals,
      KnownPlaces places,
      Optional<DependencyParser> parser) {
    this.roles = roles;
    this.positions = positions;
    this.capitals = capitals;
    this.places = places;
    this.parser = parser;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> known = positions.find(article);
    Holders holders = holders(known, capitals.standIns(article));
    Map<Entity, Entity> placeCountries = places.countriesOf(article);
    Map<Entity, Set<Entity>> affiliations = affiliations(known);
    Map<Entity, Set<Entity>> sides = withBodies(affiliations, known);
    Map<List<Object>, Fact.Interaction> found = new LinkedHashMap<>();
    List<Fact.Interaction> previous = List.of();
    Entity previousFirst = null;
    Optional<Entity> designator = Optional.empty();
    ListItems.Lead lead = ListItems.Lead.NONE;
    ListItems.Lead context = ListItems.Lead.NONE;
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      ActorPhrases phrases = ActorPhrases.of(sa, roles, holders);
      boolean item = !lead.isEmpty() && ListItems.isItem(s.tokens());
      if (!item) {
        lead = ListItems.lead(sa, phrases, context);
        context = ListItems.context(sa, phrases);
      }
      if (phrases.all().isEmpty()) {
        // "The two countries agreed to cooperate": only the parse finds the pair named before
        previous = new ArrayList<>(pairOnly(article, sa, phrases, affiliations));
        if (item) {
          // "- suspension of diplomatic relations;" under "A took these steps against B:"
          previous.addAll(ListItems.measures(lead, sa, phrases));
        }
        previous.forEach(
            f ->
                found.merge(
                    List.of(f.source(), f.target(), f.cameo()), f, InteractionFinder::join));
        continue;
      }
      List<Fact.Interaction> here = new ArrayList<>();
      int e = Ellipses.at(s.tokens());
      if (e >= 0 && previousFirst != null && !sa.negatedOrHypothetical(e)) {
        List<Entity> subjects =
            phrases.all().stream().filter(p -> p.last() < e).map(ActorPhrase::head).toList();
        here.addAll(Ellipses.repeat(subjects, previous, previousFirst, sa.evidence()));
      }
      here.addAll(Retaliations.find(sa, phrases, previous, sides));
      here.addAll(Allies.find(sa, phrases));
      here.addAll(Designations.holders(sa, phrases, designator));
      here.addAll(PairCompounds.find(sa, phrases));
      if (item) {
        here.addAll(ListItems.measures(lead, sa, phrases));
      }
      Clause clause = new Clause(article, sa, phrases);
      for (int i = 0; i < s.tokens().size(); i++) {
        if (!sa.negatedOrHypothetical(i)) {
          here.addAll(clause.interactionsAt(i));
        }
      }
      int actors =
          phrases.all().size()
              + (PairAntecedents.anyIn(s.tokens()) || GroupAntecedents.anyIn(s.tokens()) ? 2 : 0)
              + (hasObjectPronoun(s.tokens()) ? 1 : 0)
              + (Claimants.anyIn(s.tokens()) || Stances.namesActBefore(s.tokens()) ? 1 : 0)
              + (hasDescription(s.tokens()) ? 1 : 0)
              + (hasDirectionPart(sa) || hasKnownPlace(sa, placeCountries) ? 1 : 0);
      if (parser.isPresent() && actors >= 2 && hasTrigger(s)) {
        DependencyTree tree = parser.get().parse(s);
        ParsedActors parsed =
            new ParsedActors(article, s.tokens(), phrases, tree, affiliations, placeCountries);
        DependencyInteractionFinder dependencies =
            new DependencyInteractionFinder(sa, parsed, affiliations);
        List<Fact.Interaction> read = dependencies.find();
        here.removeIf(dependencies::retypes);
        here.removeIf(f -> reversed(f, read));
        here.addAll(read);
      }
      if (here.stream().anyMatch(f -> SportContexts.isForce(f.cameo()))
          && SportContexts.isGame(s.tokens())) {
        here.removeIf(f -> SportContexts.isForce(f.cameo()));
      }
      for (Fact.Interaction f : here) {
        if (Designations.designates(f)) {
          designator = Optional.of(f.source());
        }
        found.merge(List.of(f.source(), f.target(), f.cameo()), f, InteractionFinder::join);
      }
      previous = here;
      previousFirst =
          phrases.all().stream()
              .min(Comparator.comparingInt(ActorPhrase::first))
              .orElseThrow()
              .head();
    }
    found.values().removeIf(f -> AppointmentOwners.withinOneSide(f, sides));
    found.values().removeIf(f -> ownCountry(f, affiliations));
    found.values().removeIf(f -> bodyOfCountry(f, known));
    found.values().removeIf(f -> forceAtHome(f, article));
    return List.copyOf(found.values());
  }

  /**
   * The interactions of a sentence that names no actor but a pair ({@code The two countries agreed
   * to cooperate}, {@code Both sides exchanged prisoners}) or a larger group ({@code The four
   * countries condemned B}), read from its parse; none without a parser or such a phrase.
   */
  private List<Fact.Interaction> pairOnly(
      ResolvedArticle article,
      SentenceActors sa,
      ActorPhrases phrases,
      Map<Entity, Set<Entity>> affiliations) {
    Sentence s = sa.sentence();
    if (parser.isEmpty()
        || !PairAntecedents.anyIn(s.tokens()) && !GroupAntecedents.anyIn(s.tokens())
        || !hasTrigger(s)) {
      return List.of();
    }
    ParsedActors parsed =
        new ParsedActors(article, s.tokens(), phrases, parser.get().parse(s), affiliations);
    return new DependencyInteractionFinder(sa, parsed, affiliations).find();
  }

  /**
   * Whether the parse read the word-order reading's act {@code f} the other way round only ({@code
   * A was invaded by B}: B invaded A): the parse knows the passive and the clause, so its direction
   * stands.
   */
  static boolean reversed(Fact.Interaction f, List<Fact.Interaction> read) {
    boolean back = false;
    for (Fact.Interaction g : read) {
      if (g.cameo().equals(f.cameo())
          && CameoLexicon.verbOf(g.trigger()).equals(CameoLexicon.verbOf(f.trigger()))) {
        if (g.source().equals(f.source()) && g.target().equals(f.target())) {
          return false;
        }
        back |= g.source().equals(f.target()) && g.target().equals(f.source());
      }
    }
    return back;
  }

  /**
   * Whether some word of the sentence may state an interaction, read as a verb or a noun whatever
   * its tag: only such sentences are worth parsing.
   */
  private static boolean hasTrigger(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(java.util.Locale.ROOT);
      if (CameoLexicon.cameo(t.lemma()).isPresent()
          || verbOrPresent(t) && phraseAhead(tokens, i)
          || CameoLexicon.nounCameo(word, t.lemma()).isPresent()
          || CameoLexicon.nominalCameo(tokens, i).isPresent()
          || ListItems.measureNoun(tokens, i).isPresent()
          || i > 0 && compound(tokens.get(i - 1), word, t.lemma())
          || t.lemma().equals("call")
          || DependencyWords.join(t.lemma())
          || DependencyWords.host(t.lemma())
          || DependencyWords.broker(t.lemma())
          || DependencyWords.intermediary(word)
          || jointBefore(tokens, i) && CameoLexicon.jointNounCameo(word, t.lemma()).isPresent()
          || DependencyWords.presence(t.lemma()) && placeFollows(tokens, i)
          || DependencyWords.mediator(word)
          || Threats.is("respond", t.lemma())
          || Stances.noun(t.lemma())
          || Stances.naming(t.lemma())) {
        return true;
      }
    }
    return GivenThings.mayState(tokens) || Initiatives.mayState(tokens);
  }

  /**
   * Whether the noun {@code word} states an act with the word {@code before} it as its modifier
   * ({@code import duties}, {@code export controls}: {@link CameoLexicon#nounCameo(String, String,
   * String)}), read by its lemma or as written.
   */
  private static boolean compound(Token before, String word, String lemma) {
    String modifier = before.text().toLowerCase(java.util.Locale.ROOT);
    return CameoLexicon.nounCameo(before.lemma(), word, lemma).isPresent()
        || CameoLexicon.nounCameo(modifier, word, lemma).isPresent();
  }

  /**
   * Whether a token is a verb, or may be a present tense the tagger took for a noun or a name after
   * the name of its subject ({@code Freedonia restores ties with B}, {@code Freedonia deploys
   * police to B}): a word in lower case ending in -s, which only the parse then reads as a verb.
   */
  private static boolean verbOrPresent(Token t) {
    return t.pos().equals("VERB")
        || (t.pos().equals("NOUN") || t.pos().equals("PROPN"))
            && t.text().endsWith("s")
            && Character.isLowerCase(t.text().charAt(0));
  }

  /**
   * Whether a phrase of the verb at {@code i} follows it, right after it or after an object of up
   * to {@link CameoLexicon#WINDOW} words ({@code declared B's ambassador to C persona non grata}).
   */
  private static boolean phraseAhead(List<Token> tokens, int i) {
    String lemma = tokens.get(i).lemma();
    for (int k = i; k < Math.min(tokens.size(), i + CameoLexicon.WINDOW); k++) {
      if (CameoLexicon.phraseCameoAfter(lemma, tokens, k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether "joint" stands one or two words before {@code i} ("joint military exercises"). */
  private static boolean jointBefore(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (tokens.get(j).text().equalsIgnoreCase("joint")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a preposition of place follows the word at {@code i} ("was in", "flew to"): a verb of
   * presence only makes its sentence worth parsing then, since "be" is in most sentences.
   */
  private static boolean placeFollows(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).text().toLowerCase(java.util.Locale.ROOT);
    return next.equals("in") || next.equals("to") || next.equals("into") || next.equals("at");
  }

  /**
   * Whether {@code f} pairs a person with a country the article says they hold a current office in
   * ("Defence Minister Jane Doe of Freedonia ... she will meet Freedonian officers"): an official
   * dealing with their own state is no exchange between two sides. A state coercing its own office
   * holder is one ("Freedonian soldiers detained President Jane Doe", "Freedonia arrested its
   * president"): its forces or courts stand against the holder, as in a coup or an arrest.
   */
  static boolean ownCountry(Fact.Interaction f, Map<Entity, Set<Entity>> affiliations) {
    return f.target().type() == EntityType.COUNTRY
            && affiliations.getOrDefault(f.source(), Set.of()).contains(f.target())
        || f.source().type() == EntityType.COUNTRY
            && !f.cameo().equals(COERCE)
            && affiliations.getOrDefault(f.target(), Set.of()).contains(f.source());
  }

  /**
   * Whether {@code f} pairs a body with the country it is part of ("The Kremlin said Russia would
   * help Cuba", "Miraflores Palace said Venezuela would ..."): a government speaking of its own
   * state is no exchange between two sides. The partOf facts come from the finder given as {@code
   * positions} when it also holds {@link BodyOwners}.
   */
  static boolean bodyOfCountry(Fact.Interaction f, List<Fact> known) {
    for (Fact k : known) {
      if (k instanceof Fact.PartOf p
          && p.whole().type() == EntityType.COUNTRY
          && (p.part().equals(f.source()) && p.whole().equals(f.target())
              || p.part().equals(f.target()) && p.whole().equals(f.source()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code f} is force (CAMEO 18-20) used on a country by a body the article names right
   * before "in" and that country ("Police in Freedonia fired tear gas at crowds in Port Aster"): a
   * body that is no armed group, placed in a country by name, is that country's own, its police or
   * army acting at home, not against it.
   */
  static boolean forceAtHome(Fact.Interaction f, ResolvedArticle article) {
    if (f.cameo().compareTo(ASSAULT) < 0
        || f.source().type() != EntityType.ORGANISATION
        || f.source().subtype().filter("ArmedGroup"::equals).isPresent()
        || f.target().type() != EntityType.COUNTRY) {
      return false;
    }
    for (Mention m : f.source().mentions()) {
      Sentence s = article.annotated().sentences().get(m.sentence());
      List<Token> tokens = s.tokens();
      int in = s.tokenAt(m.span().end());
      if (in + 1 < tokens.size() && tokens.get(in).text().equals("in")) {
        int at = tokens.get(in + 1).span().start();
        for (Mention c : f.target().mentions()) {
          if (c.span().start() == at) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * For each person, the countries and bodies the article says they hold a position in; a former
   * office does not count ("Y ousted X as president" is an act of Y on X).
   */
  static Map<Entity, Set<Entity>> affiliations(List<Fact> facts) {
    Map<Entity, Set<Entity>> out = new HashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p && p.status() != Fact.RoleStatus.FORMER) {
        out.computeIfAbsent(p.holder(), k -> new HashSet<>()).add(p.organisation());
      }
    }
    return out;
  }

  /**
   * {@code affiliations} with each body joined to the country it is part of ({@code known}'s partOf
   * facts): "Freedonia's parliament named Jane Doe prime minister" fills an office of its own state
   * when she holds one in Freedonia, as an appointment by Freedonia's president does.
   */
  static Map<Entity, Set<Entity>> withBodies(
      Map<Entity, Set<Entity>> affiliations, List<Fact> known) {
    Map<Entity, Set<Entity>> out = new HashMap<>();
    affiliations.forEach((k, v) -> out.put(k, new HashSet<>(v)));
    for (Fact k : known) {
      if (k instanceof Fact.PartOf p && p.whole().type() == EntityType.COUNTRY) {
        out.computeIfAbsent(p.part(), x -> new HashSet<>()).add(p.whole());
      }
    }
    return out;
  }

  static Holders holders(List<Fact> facts, Map<Entity, Entity> standsFor) {
    Map<Entity, Map<String, List<Entity>>> all = new HashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p && p.status() == Fact.RoleStatus.CURRENT) {
        List<Entity> hs =
            all.computeIfAbsent(p.organisation(), k -> new HashMap<>())
                .computeIfAbsent(p.role(), k -> new ArrayList<>());
        if (!hs.contains(p.holder())) {
          hs.add(p.holder());
        }
      }
    }
    Map<Entity, Map<String, Entity>> unique = new HashMap<>();
    all.forEach(
        (org, byRole) ->
            byRole.forEach(
                (role, hs) -> {
                  if (hs.size() == 1 && hs.get(0).type() == EntityType.PERSON) {
                    unique.computeIfAbsent(org, k -> new HashMap<>()).put(role, hs.get(0));
                  }
                }));
    return new Holders(unique, standsFor, headed(facts));
  }

  /**
   * Each person the facts give a current head office of exactly one country ("Colombian President
   * Gustavo Petro"): the country the person's government stands for ({@link
   * ActorPhrases.Holders#headed}).
   */
  private static Map<Entity, Entity> headed(List<Fact> facts) {
    Map<Entity, Set<Entity>> countries = new HashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p
          && p.status() == Fact.RoleStatus.CURRENT
          && p.head()
          && p.holder().type() == EntityType.PERSON
          && p.organisation().type() == EntityType.COUNTRY) {
        countries.computeIfAbsent(p.holder(), k -> new HashSet<>()).add(p.organisation());
      }
    }
    Map<Entity, Entity> out = new HashMap<>();
    countries.forEach(
        (person, cs) -> {
          if (cs.size() == 1) {
            out.put(person, cs.iterator().next());
          }
        });
    return out;
  }

  private static Fact.Interaction join(Fact.Interaction a, Fact.Interaction b) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence e : b.evidence()) {
      if (!evidence.contains(e)) {
        evidence.add(e);
      }
    }
    double confidence = Math.min(0.95, Math.max(a.confidence(), b.confidence()) + 0.05);
    return new Fact.Interaction(
        a.source(), a.target(), a.cameo(), a.trigger(), a.date(), confidence, evidence);
  }

  /** Whether a token is a trigger, and which category it states. */
  static Optional<String> trigger(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    if (t.pos().equals("VERB")) {
      if (CameoLexicon.dependsOnNextWord(t.lemma())) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : null;
        return CameoLexicon.byNextWord(t.lemma(), next);
      }
      return CameoLexicon.cameoAt(tokens, i);
    }
    if (t.pos().equals("NOUN")) {
      String before = i > 0 ? tokens.get(i - 1).lemma() : "";
      // "joint naval patrols": joint marks the act, whatever stands between
      Optional<String> joint =
          jointBefore(tokens, i) ? CameoLexicon.jointNounCameo(word, t.lemma()) : Optional.empty();
      return GivenThings.act(word)
          .or(() -> joint)
          .or(() -> CameoLexicon.objectPhraseCameo(tokens, i))
          .or(() -> CameoLexicon.nounCameo(before, word, t.lemma()))
          .filter(c -> !beforeAgreementHead(tokens, i, c))
          .filter(c -> !beforeActOrDispute(tokens, i));
    }
    return Optional.empty();
  }

  /**
   * Whether the noun at {@code i} modifies a next noun that names a dispute (see {@link #DISPUTES})
   * or an act of its own ({@link CameoLexicon#nounCameo}): {@code a trade dispute between A and B},
   * {@code trade tensions}, {@code trade talks}, {@code aid talks}: the modifier says what the
   * dispute or the act is about, and the two sides do not trade or give aid; the head states what
   * passes between them.
   */
  private static boolean beforeActOrDispute(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().equals("NOUN")) {
      return false;
    }
    Token next = tokens.get(i + 1);
    String word = next.text().toLowerCase(Locale.ROOT);
    return DISPUTES.contains(word)
        || CameoLexicon.nounCameo(tokens.get(i).lemma(), word, next.lemma()).isPresent();
  }

  /**
   * Whether the noun at {@code i}, of category {@code cameo}, is a conflictual act (CAMEO 10-20)
   * right before the head of an agreement ({@code an extradition treaty with B}, {@code a
   * deportation agreement with B}): it names what the agreement covers, not an act the sentence
   * states; the agreement is {@link AgreementFinder}'s.
   */
  private static boolean beforeAgreementHead(List<Token> tokens, int i, String cameo) {
    return cameo.compareTo(CONFLICT) >= 0
        && i + 1 < tokens.size()
        && AgreementPhrases.isHead(tokens.get(i + 1).text());
  }

  static boolean isVerbTrigger(Token t) {
    return t.pos().equals("VERB");
  }

  /** Whether "him" or "her" may name a further actor ({@link ParsedActors}). */
  private static boolean hasObjectPronoun(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (ParsedActors.objectPronoun(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "the" stands before a word that stands for actors named elsewhere: a bloc's description
   * ("the bloc", the one international organisation named before), an agreement's noun ("the
   * accord", its parties named together before) or a summit's document ("the final communique", the
   * bloc's; {@link ParsedActors#summitDocumentAt}).
   */
  private static boolean hasDescription(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tokens.get(i + 1).text();
      if (tokens.get(i).text().equalsIgnoreCase("the")
          && (DependencyWords.blocDescription(next.toLowerCase(Locale.ROOT))
              || AgreementPhrases.isHead(next)
              || ParsedActors.summitDocumentAt(tokens, i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names a part of a place by its direction ({@code southern Freedonia}),
   * which stands for its country as the target of an act of force ({@link ParsedActors#countries}).
   */
  private static boolean hasDirectionPart(SentenceActors sa) {
    return sa.mentions().stream()
        .anyMatch(
            l ->
                l.entity().type() == EntityType.PLACE
                    && PatternMentionFinder.isDirectionPart(l.entity().label()));
  }

  /**
   * Whether the sentence names a place whose country the article names ({@link
   * KnownPlaces#countriesOf}), which stands for that country as the target of an act of force
   * ({@link ParsedActors#struck}).
   */
  private static boolean hasKnownPlace(SentenceActors sa, Map<Entity, Entity> placeCountries) {
    return sa.mentions().stream().anyMatch(l -> placeCountries.containsKey(l.entity()));
  }

  static Fact.Interaction interaction(
      Entity source, Entity target, String cameo, Token trigger, double conf, Evidence ev) {
    return new Fact.Interaction(
        source, target, cameo, trigger.lemma(), Optional.empty(), conf, List.of(ev));
  }
}
