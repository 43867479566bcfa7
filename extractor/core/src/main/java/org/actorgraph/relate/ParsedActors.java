package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.KindNameFinder;
import org.actorgraph.mention.PatternMentionFinder;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * The actor phrases of one parsed sentence, found from the tree: which actors a token stands for,
 * with the actors coordinated with it ({@code A, B and C}), through a collective noun ({@code
 * Sylvanian officials}, {@code Freedonia's foreign minister}), through {@code he}/{@code she} (the
 * last person the article named before whose known gender allows it), or through {@code the two
 * countries} (the last pair the article named together, see {@link PairAntecedents}).
 */
final class ParsedActors {

  /** Verbs whose predicate noun stands for their subject. */
  private static final Set<String> COPULAS = Set.of("be", "become", "remain");

  /**
   * The labels of a word that qualifies the noun after it: the parser gives an adjective as {@code
   * nmod} or {@code amod} ("naval vessels") and a noun as {@code compound} ("patrol boat").
   */
  private static final Set<String> QUALIFIERS = Set.of("compound", "amod", "nmod");

  /**
   * Participles whose agent leads the group or act they describe ({@link #followedLeader}, {@code
   * ParsedSubjects}).
   */
  static final Set<String> LEADING = Set.of("lead", "head", "command");

  private final ResolvedArticle article;
  private final List<Token> tokens;
  private final DependencyTree tree;
  private final Map<Entity, Set<Entity>> affiliations;
  private final Map<Integer, ActorPhrase> byHead = new HashMap<>();
  private final ActorPhrases phrases;
  private final Optional<Entity> home;
  private final Map<Entity, Entity> placeCountries;

  ParsedActors(
      ResolvedArticle article, List<Token> tokens, ActorPhrases phrases, DependencyTree tree) {
    this(article, tokens, phrases, tree, Map.of());
  }

  ParsedActors(
      ResolvedArticle article,
      List<Token> tokens,
      ActorPhrases phrases,
      DependencyTree tree,
      Map<Entity, Set<Entity>> affiliations) {
    this(article, tokens, phrases, tree, affiliations, Map.of());
  }

  /**
   * @param affiliations for each person, the countries and bodies the article says they hold a
   *     position in ({@link InteractionFinder#affiliations}): {@code his country} in a clause a
   *     person reports stands for the one country among them
   * @param placeCountries for each place of the article, the article's country the gazetteer puts
   *     it in ({@link KnownPlaces#countriesOf}), which force used on the place hits ({@link
   *     #struck}) and a court sitting there judges for ({@link #courtSeat})
   */
  ParsedActors(
      ResolvedArticle article,
      List<Token> tokens,
      ActorPhrases phrases,
      DependencyTree tree,
      Map<Entity, Set<Entity>> affiliations,
      Map<Entity, Entity> placeCountries) {
    this.article = article;
    this.placeCountries = placeCountries;
    this.tokens = tokens;
    this.tree = tree;
    this.affiliations = affiliations;
    this.phrases = phrases;
    this.home = ArticleCountry.of(article);
    for (ActorPhrase p : phrases.all()) {
      byHead.putIfAbsent(headOf(p), p);
    }
    for (ActorPhrase p : phrases.all()) {
      for (int i = p.last(); i >= p.first(); i--) {
        if (outside(p, tree.head(i))) {
          byHead.putIfAbsent(i, p);
        }
      }
    }
  }

  /** The actor phrase that starts at token {@code i}, or just after "the" there, if any. */
  Optional<ActorPhrase> startingAt(int i) {
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("the")) {
      return phrases.startingAt(i + 1);
    }
    return i < tokens.size() ? phrases.startingAt(i) : Optional.empty();
  }

  DependencyTree tree() {
    return tree;
  }

  List<Token> tokens() {
    return tokens;
  }

  private static boolean outside(ActorPhrase p, int h) {
    return h < p.first() || h > p.last();
  }

  /**
   * The token of a phrase whose head lies outside it (the last such, for flat names). A name the
   * parser split ("the Economic Community of West African States" read with "Community" as the
   * object of a preposition and "States" as a modifier of the next noun) is also found from its
   * other tokens whose heads lie outside it.
   */
  private int headOf(ActorPhrase p) {
    int head = p.last();
    for (int i = p.last(); i >= p.first(); i--) {
      int h = tree.head(i);
      if (h < p.first() || h > p.last()) {
        return i;
      }
    }
    return head;
  }

  /** The actors token {@code t} stands for, with those coordinated with it, in text order. */
  List<ActorPhrase> actors(int t) {
    List<ActorPhrase> out = new ArrayList<>();
    collect(t, out, 0);
    return out;
  }

  /**
   * The countries token {@code t} names as places where something is: those among its actors, or,
   * when it stands in a part of a country named by its direction ({@code southern Freedonia}, see
   * {@link PatternMentionFinder#isDirectionPart}), that country when the article names it by itself
   * too.
   */
  List<ActorPhrase> countries(int t) {
    List<ActorPhrase> out =
        actors(t).stream().filter(a -> a.head().type() == EntityType.COUNTRY).toList();
    if (!out.isEmpty()) {
      return out;
    }
    Optional<ActorPhrase> owner = placeOwner(t);
    if (owner.isPresent()) {
      return List.of(owner.get());
    }
    return locatedAt(t)
        .filter(l -> l.entity().type() == EntityType.PLACE)
        .flatMap(l -> PatternMentionFinder.directionWhole(l.entity().label()).stream())
        .flatMap(whole -> countryNamed(whole).stream())
        .map(e -> new ActorPhrase(e, Optional.empty(), t, t, false))
        .limit(1)
        .toList();
  }

  /**
   * The countries that force used on token {@code t} hits: those it names as places where something
   * is ({@link #countries}), or else the countries the gazetteer puts the places it names in
   * ({@code drones struck Port Aster}, {@code targets in Port Aster and Korvo}), when the article
   * names them. Only force: a visit to a city is no visit to its government.
   */
  List<ActorPhrase> struck(int t) {
    List<ActorPhrase> out = countries(t);
    if (!out.isEmpty()) {
      return out;
    }
    return locatedAt(t)
        .filter(l -> placeCountries.containsKey(l.entity()))
        .map(l -> new ActorPhrase(placeCountries.get(l.entity()), Optional.empty(), t, t, false))
        .limit(1)
        .toList();
  }

  /**
   * The country of the place token {@code t} lies in ({@link #struck}), for what lies near it; none
   * when {@code t} names no place ({@code near Freedonia}).
   */
  List<ActorPhrase> nearPlace(int t) {
    return inPlace(t) ? struck(t) : List.of();
  }

  /**
   * Whether the country phrase {@code p} stands for a place it lies in ({@link #struck}): {@code
   * Port Aster} read as Freedonia.
   */
  boolean placeStandIn(ActorPhrase p) {
    return locatedAt(p.first()).anyMatch(l -> p.head().equals(placeCountries.get(l.entity())));
  }

  /**
   * {@code Freedonia's Aster region}, {@code the Freedonian village of Korvo}, {@code the Aster
   * region of Freedonia}: the country whose possessive, adjective or "of" owns a place noun (a
   * place the article names, or a kind of place such as "village" or "region") is the country the
   * place lies in.
   */
  private Optional<ActorPhrase> placeOwner(int t) {
    String word = tokens.get(t).text().toLowerCase(Locale.ROOT);
    if (!tree.tag(t).startsWith("NN") || !(inPlace(t) || PatternMentionFinder.isPlaceKind(word))) {
      return Optional.empty();
    }
    for (int c : tree.children(t)) {
      String l = tree.label(c);
      List<Integer> owners =
          c < t && (l.equals("poss") || l.equals("amod") || l.equals("nmod"))
              ? List.of(c)
              : c > t && l.equals("prep") && tree.lemma(c).equals("of")
                  ? tree.children(c).stream().filter(o -> tree.label(o).equals("pobj")).toList()
                  : List.of();
      for (int o : owners) {
        Optional<ActorPhrase> owner = actor(o).filter(a -> a.head().type() == EntityType.COUNTRY);
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code t} lies in a mention of a place. */
  private boolean inPlace(int t) {
    return locatedAt(t).anyMatch(l -> l.entity().type() == EntityType.PLACE);
  }

  /** The article's mentions that hold token {@code t}. */
  private Stream<ResolvedArticle.Located> locatedAt(int t) {
    CharSpan at = tokens.get(t).span();
    return article.located().stream().filter(l -> l.mention().span().contains(at));
  }

  private Optional<Entity> countryNamed(String name) {
    return article.entities().stream()
        .filter(e -> e.type() == EntityType.COUNTRY)
        .filter(
            e ->
                e.label().equalsIgnoreCase(name)
                    || e.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .findFirst();
  }

  /** The actor {@code t} names itself or through a collective noun; none for other tokens. */
  Optional<ActorPhrase> actor(int t) {
    return actor(t, 0);
  }

  private Optional<ActorPhrase> actor(int t, int depth) {
    ActorPhrase p = byHead.get(t);
    if (p != null) {
      return Optional.of(p);
    }
    String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
    if (w.equals("he") || w.equals("she")) {
      return pronoun(t);
    }
    if (objectPronoun(tokens, t) && tree.tag(t).equals("PRP")) {
      // only the pronoun asked about: read again as the subject its antecedent is checked
      // against ("allowed him to combine", parsed with "him" as the subject of "combine"), it
      // would look for its own antecedent without end
      return depth == 0 ? objectAntecedent(t) : Optional.empty();
    }
    if (w.equals("it") && depth == 0) {
      return reportingSubject(t);
    }
    if (w.equals("its") && depth == 0 && tree.tag(t).equals("PRP$") && ownsAct(t)) {
      return soleAntecedent(t);
    }
    if (depth <= 1 && DependencyWords.ownState(w)) {
      Optional<ActorPhrase> own = reportersState(t);
      if (own.isPresent()) {
        return own;
      }
    }
    if (depth > 3 || !tree.tag(t).startsWith("NN")) {
      return Optional.empty();
    }
    Optional<ActorPhrase> apposed = apposed(t);
    if (apposed.isPresent()) {
      return apposed;
    }
    Optional<ActorPhrase> leader =
        ledBy(t)
            .or(() -> depth == 0 ? theBloc(t) : Optional.empty())
            .or(() -> depth == 0 ? summitDocument(t) : Optional.empty())
            .or(() -> depth == 0 ? theArmy(t) : Optional.empty());
    if (leader.isPresent()) {
      return leader;
    }
    boolean fighter = DependencyWords.fighter(w);
    if (!DependencyWords.group(w) && !armedCraft(t) && !fighter) {
      return predicated(t, depth);
    }
    boolean counterpart = ActorPhrases.isCounterpart(tokens.get(t));
    for (int c : tree.children(t)) {
      String l = tree.label(c);
      ActorPhrase owner = byHead.get(c);
      if (fighter && owner != null && owner.head().type() != EntityType.ORGANISATION) {
        continue;
      }
      if (owner == null
          && l.equals("poss")
          && DependencyWords.ownState(tokens.get(c).text().toLowerCase(Locale.ROOT))) {
        owner = actor(c, 1).orElse(null);
      }
      if (owner == null
          && l.equals("poss")
          && DependencyWords.possessivePronoun(tokens.get(c).text())) {
        // "A said its troops killed ...", "A said its fighters attacked ...": the reporter's own
        Optional<ActorPhrase> reporters =
            reportersState(t).filter(r -> !fighter || r.head().type() == EntityType.ORGANISATION);
        if (reporters.isPresent()) {
          return reporters;
        }
      }
      if (owner != null
          && !(counterpart && owner.head().type() == EntityType.PERSON)
          && (l.equals("poss") || l.equals("nmod") || l.equals("compound") || l.equals("amod"))) {
        return Optional.of(stand(owner, t));
      }
    }
    for (int c : tree.children(t)) {
      String prep = tokens.get(c).text().toLowerCase(Locale.ROOT);
      boolean seat =
          prep.equals("in") && (DependencyWords.ruling(w) || DependencyWords.judicial(w));
      if (tree.label(c).equals("prep")
          && (prep.equals("of")
              || prep.equals("from") && (DependencyWords.delegate(w) || fighter)
              || seat)) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            Optional<ActorPhrase> owner = actor(o, depth + 1);
            if (owner.isEmpty() && seat && DependencyWords.judicial(w)) {
              owner = courtSeat(o);
            }
            if (owner.isPresent()
                && !(seat && owner.get().head().type() != EntityType.COUNTRY)
                && !(fighter && owner.get().head().type() != EntityType.ORGANISATION)) {
              return Optional.of(stand(owner.get(), t));
            }
          }
        }
      }
    }
    return followedLeader(t, w).or(() -> predicated(t, depth));
  }

  /**
   * Whether the noun at {@code t} names a state's armed ship, boat or plane ({@code coast guard
   * ships}, {@code a patrol boat}, {@code naval vessels}): a craft noun with an armed word before
   * it, which then stands for the state its demonym or possessive names, as "warships" does.
   */
  private boolean armedCraft(int t) {
    return DependencyWords.craft(tokens.get(t).text().toLowerCase(Locale.ROOT))
        && tree.children(t).stream()
            .anyMatch(
                c ->
                    c < t
                        && QUALIFIERS.contains(tree.label(c))
                        && DependencyWords.armed(tokens.get(c).text().toLowerCase(Locale.ROOT)));
  }

  /**
   * {@code a court in Port Aster}: the country the gazetteer puts the place at token {@code t} in,
   * when the article names that country. A state's courts sit in its cities, not only in its
   * capital (which {@link #actor} already reads as the state), and judge for the state.
   */
  private Optional<ActorPhrase> courtSeat(int t) {
    return locatedAt(t)
        .filter(l -> l.entity().type() == EntityType.PLACE)
        .filter(l -> placeCountries.containsKey(l.entity()))
        .map(l -> new ActorPhrase(placeCountries.get(l.entity()), Optional.empty(), t, t, false))
        .findFirst();
  }

  /**
   * {@code The bloc also criticised B}, {@code the alliance condemned B}: a bloc noun with "the"
   * and nothing else before it stands for the international organisation the article named last,
   * within {@value PairAntecedents#REACH} characters before it.
   */
  private Optional<ActorPhrase> theBloc(int t) {
    String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
    if (!DependencyWords.blocDescription(w) || tree.tag(t).equals("NNS")) {
      return Optional.empty();
    }
    for (int c : tree.children(t)) {
      if (!(tree.label(c).equals("det") && tokens.get(c).text().equalsIgnoreCase("the"))) {
        return Optional.empty();
      }
    }
    return lastBloc(t).map(bloc -> new ActorPhrase(bloc, Optional.empty(), t, t, true));
  }

  /**
   * {@code GCC leaders met in Doha. The final communique condemned B}: a summit's document that
   * acts as a clause's subject, with only "the" and "final" or "joint" before it ("the communique",
   * "the final declaration", "the joint statement"; a bare "the statement" may be anyone's), speaks
   * for the international organisation the article named last, within {@value
   * PairAntecedents#REACH} characters before it, as {@link #theBloc} stands for it and as a
   * document's quotations are its issuer's ({@link ReportedQuotes#issuer}).
   */
  private Optional<ActorPhrase> summitDocument(int t) {
    if (!documentSubject(t)) {
      return Optional.empty();
    }
    return lastBloc(t)
        .filter(bloc -> !sidesAfter(bloc, t))
        .map(bloc -> new ActorPhrase(bloc, Optional.empty(), t, t, true));
  }

  /**
   * Whether token {@code t} is a meeting's document acting as its clause's subject: "the
   * communique", "the final declaration", "the joint statement" (a bare "the statement" may be
   * anyone's), with no other modifier.
   */
  private boolean documentSubject(int t) {
    String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
    if (!tree.label(t).equals("nsubj") || !SUMMIT_DOCUMENTS.contains(w)) {
      return false;
    }
    boolean the = false;
    boolean qualified = false;
    for (int c : tree.children(t)) {
      String m = tokens.get(c).text().toLowerCase(Locale.ROOT);
      if (tree.label(c).equals("det") && m.equals("the")) {
        the = true;
      } else if (DOCUMENT_QUALIFIERS.contains(m) && c < t) {
        qualified = true;
      } else {
        return false;
      }
    }
    return the && (qualified || !w.equals("statement"));
  }

  /**
   * Whether the article names two or more countries after its last mention of {@code bloc} and
   * before token {@code t}: "Freedonia and Sylvania held talks. The joint statement ..." is theirs,
   * not the bloc's named before them.
   */
  private boolean sidesAfter(Entity bloc, int t) {
    int at = tokens.get(t).span().start();
    Set<Entity> countries = new HashSet<>();
    for (ResolvedArticle.Located l : article.located()) {
      if (l.mention().span().end() > at) {
        break;
      }
      if (l.entity().equals(bloc)) {
        countries.clear();
      } else if (l.entity().type() == EntityType.COUNTRY) {
        countries.add(l.entity());
      }
    }
    return countries.size() >= 2;
  }

  /**
   * Whether a summit's document ({@link #summitDocument}) may start at token {@code i}, which
   * follows "the": "communique", "final communique", "joint statement".
   */
  static boolean summitDocumentAt(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (DOCUMENT_QUALIFIERS.contains(w) && i + 1 < tokens.size()) {
      return SUMMIT_DOCUMENTS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }
    return SUMMIT_DOCUMENTS.contains(w) && !w.equals("statement");
  }

  /**
   * The nouns of a summit's document (Oxford Learner's Dictionary communiqué "an official
   * statement", declaration "an official or formal statement"); "statement" only with a qualifier
   * of {@link #DOCUMENT_QUALIFIERS}.
   */
  private static final Set<String> SUMMIT_DOCUMENTS =
      Set.of("communique", "communiqué", "declaration", "statement");

  /** The words that mark a document as a meeting's own: "the final communique", "joint". */
  private static final Set<String> DOCUMENT_QUALIFIERS = Set.of("final", "joint");

  /**
   * The international organisation the article named last before token {@code t}, if within {@value
   * PairAntecedents#REACH} characters.
   */
  private Optional<Entity> lastBloc(int t) {
    int at = tokens.get(t).span().start();
    Entity bloc = null;
    int end = -1;
    for (ResolvedArticle.Located l : article.located()) {
      if (l.mention().span().end() > at) {
        break;
      }
      if (MemberLists.isInternational(l.entity())) {
        bloc = l.entity();
        end = l.mention().span().end();
      }
    }
    return bloc == null || at - end > PairAntecedents.REACH ? Optional.empty() : Optional.of(bloc);
  }

  /**
   * {@code fresh clashes between the army and the Red Brigade}: a noun for a state's armed forces
   * with "the" and nothing else before it stands for the country the article is about ({@link
   * ArticleCountry}), as "the Freedonian army" would; an article about no one country gives none.
   */
  private Optional<ActorPhrase> theArmy(int t) {
    if (!DependencyWords.army(tokens.get(t).text().toLowerCase(Locale.ROOT))
        || !onlyThe(t)
        || home.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ActorPhrase(home.get(), Optional.empty(), t, t, true));
  }

  /** Whether "the" is all that modifies the noun at {@code t}. */
  private boolean onlyThe(int t) {
    List<Integer> children = tree.children(t);
    for (int c : children) {
      if (c < t && !(tree.label(c).equals("det") && tokens.get(c).text().equalsIgnoreCase("the"))) {
        return false;
      }
    }
    return children.stream().anyMatch(c -> c < t);
  }

  /**
   * {@code The Foreign Minister, Jane Doe, visited B}, {@code the militant group, the Red Brigade,
   * said}: a noun whose apposition, set off by a comma, names an actor stands for that actor (not a
   * dateline's agency in parentheses, nor "their foes the Houthis", where the noun says more than
   * the name). Capitalised words of the apposition may stand between the comma and the name: an
   * honorific or a rank ({@code the President of Freedonia, Dr. Jane Doe,}, {@code the Emir of
   * Freedonia, Sheikh John Roe,}). A kind of organisation stands for the organisation named right
   * after it with no comma ({@code the Sylvanian carmaker Kovo Motors}, {@link
   * KindNameFinder#isOrganisationKind}), not for the country its adjective names; a common noun in
   * lower case stands for the person named right after it ({@code arrested the journalist John
   * Roe}). A person's name the parser hung as an apposition on the object of the noun's "of" is the
   * noun's ({@link #ofApposition}).
   */
  private Optional<ActorPhrase> apposed(int t) {
    List<Integer> appositions = new ArrayList<>(tree.children(t));
    ofApposition(t).ifPresent(appositions::add);
    for (int c : appositions) {
      ActorPhrase named = tree.label(c).equals("appos") ? byHead.get(c) : null;
      if (named == null) {
        continue;
      }
      int start = named.first();
      while (start > t + 1
          && tokens.get(start - 1).isCapitalised()
          && tree.dominates(c, start - 1)) {
        start--;
      }
      if (start > t + 1 && tokens.get(start - 1).text().equals(",")) {
        return Optional.of(stand(named, t));
      }
      if (named.first() == t + 1
          && named.head().type() == EntityType.ORGANISATION
          && KindNameFinder.isOrganisationKind(tokens.get(t).text())) {
        // "the Sylvanian carmaker Kovo Motors": the kind of company stands for the one it names
        return Optional.of(stand(named, t));
      }
      if (named.first() == t + 1
          && named.head().type() == EntityType.PERSON
          && !tokens.get(t).isCapitalised()
          && !DependencyWords.group(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
        // "arrested the journalist John Roe": a common noun right before a person's name says
        // who that person is (close apposition); a noun for those who act for a state keeps
        // standing for it ("Freedonia's top diplomat John Roe")
        return Optional.of(stand(named, t));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code detained the mayor of Port Aster, Jane Doe}, {@code the leader of the Northern Union,
   * John Roe}: the parser hangs the name after the comma on the nearer noun, the object of "of";
   * but a person is no apposition of a place, a country or a body, so a person's name there is the
   * apposition of the noun that "of" follows (as {@code the chief prosecutor of the court, Jane
   * Doe} is parsed when it is parsed right).
   */
  private Optional<Integer> ofApposition(int t) {
    for (int c : tree.children(t)) {
      if (!tree.label(c).equals("prep") || !tokens.get(c).text().equalsIgnoreCase("of")) {
        continue;
      }
      for (int o : tree.children(c)) {
        ActorPhrase object = byHead.get(o);
        int a = tree.label(o).equals("pobj") ? tree.child(o, "appos") : -1;
        if (a >= 0
            && byHead.get(a) != null
            && byHead.get(a).head().type() == EntityType.PERSON
            && (object == null || object.head().type() != EntityType.PERSON)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code the Freedonia-led coalition}: a noun that the participle "led" joins by a hyphen to an
   * actor stands for that actor, its leader.
   */
  private Optional<ActorPhrase> ledBy(int t) {
    for (int c : tree.children(t)) {
      if (c >= 2
          && c < t
          && tree.tag(c).equals("VBN")
          && tree.lemma(c).equals("lead")
          && DependencyWords.hyphen(tokens.get(c - 1).text())) {
        ActorPhrase owner = byHead.get(c - 2);
        if (owner != null) {
          return Optional.of(stand(owner, t));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code soldiers led by Colonel Jane Doe}, {@code a junta headed by John Roe}, {@code troops
   * loyal to Jane Doe}: a group or fighters' noun that a participle of leading (lead, head,
   * command) with its agent, or "loyal to", ties to a named person or organisation stands for that
   * leader, who acts through them (the Oxford Learner's senses "to be in control of", "to be the
   * leader of"; "loyal to": "remaining faithful to somebody"). A country is left out: "troops loyal
   * to Freedonia" are Freedonia's own, which the group reading already gives.
   */
  private Optional<ActorPhrase> followedLeader(int t, String w) {
    if (!DependencyWords.group(w) && !DependencyWords.fighter(w)) {
      return Optional.empty();
    }
    for (int c : tree.children(t)) {
      List<Integer> leaders = new ArrayList<>();
      if (tree.label(c).equals("acl")
          && tree.tag(c).equals("VBN")
          && LEADING.contains(tree.lemma(c))) {
        int agent = tree.child(c, "agent");
        if (agent >= 0) {
          leaders.addAll(tree.children(agent));
        }
      } else if (tree.lemma(c).equals("loyal")) {
        int to = tree.child(c, "prep");
        if (to >= 0 && tokens.get(to).text().equalsIgnoreCase("to")) {
          leaders.addAll(tree.children(to));
        }
      }
      for (int o : leaders) {
        ActorPhrase named = byHead.get(o);
        if (named != null
            && tree.label(o).equals("pobj")
            && named.head().type() != EntityType.COUNTRY) {
          return Optional.of(stand(named, t));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Jane Doe became the first envoy received by B}: a noun predicated of an actor by "be",
   * "become" or "remain" stands for that actor.
   */
  private Optional<ActorPhrase> predicated(int t, int depth) {
    int v = tree.head(t);
    if (!tree.label(t).equals("attr") || v < 0 || !COPULAS.contains(tree.lemma(v))) {
      return Optional.empty();
    }
    int s = tree.child(v, "nsubj");
    return s < 0 ? Optional.empty() : actor(s, depth + 1).map(p -> stand(p, t));
  }

  /**
   * The actors' tokens a collective noun at {@code t} stands for: its modifiers that name one and
   * the objects of its "of", and of the "from" of a noun for people sent ({@code delegations from A
   * and B}). In {@code leaders of A, B and C} and {@code A and B troops} the noun stands for A, and
   * for those coordinated with it.
   */
  private List<Integer> owners(int t) {
    List<Integer> out = new ArrayList<>();
    boolean sent = DependencyWords.delegate(tokens.get(t).text().toLowerCase(Locale.ROOT));
    for (int c : tree.children(t)) {
      String l = tree.label(c);
      String prep = tokens.get(c).text().toLowerCase(Locale.ROOT);
      if (byHead.containsKey(c)
          && (l.equals("poss") || l.equals("nmod") || l.equals("compound") || l.equals("amod"))) {
        out.add(c);
      } else if (l.equals("prep") && (prep.equals("of") || sent && prep.equals("from"))) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            out.add(o);
          }
        }
      }
    }
    return out;
  }

  /** The entity whose phrase is headed at {@code t}; null if none is. */
  private Entity headAt(int t) {
    ActorPhrase p = byHead.get(t);
    return p == null ? null : p.head();
  }

  /** The owner's actor standing for the collective noun at {@code t}. */
  private static ActorPhrase stand(ActorPhrase owner, int t) {
    return new ActorPhrase(
        owner.head(),
        Optional.empty(),
        Math.min(owner.first(), t),
        Math.max(owner.last(), t),
        true);
  }

  /**
   * Whether the conjunct {@code c} of {@code t} is the second of two words joined by no "and" or
   * "or": English joins two conjuncts with a conjunction, so "A, B" alone is no coordination but
   * the parser's misreading of a clause ("Freedonia, backed by Western weapons, defeated Sylvanian
   * forces" read with "weapons, defeated … forces" as conjuncts). A name after the comma is left as
   * a conjunct: the parser's reading of an apposition ("the Foreign Minister of Freedonia, Dr. Jane
   * Doe").
   */
  private boolean unjoined(int t, int c) {
    return !tree.tag(c).startsWith("NNP")
        && tree.child(t, "cc") < 0
        && tree.child(c, "cc") < 0
        && tree.child(c, "conj") < 0
        && tree.children(t).stream().filter(k -> tree.label(k).equals("conj")).count() == 1
        && !tree.label(t).equals("conj");
  }

  /** Finite verb tags: a clause of its own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * Whether the conjunct {@code c} is the subject of the clause after it, which the parser took for
   * a conjunct: {@code Freedonia condemned Sylvania and Estrella said it would summon the envoy}
   * reads "Estrella" as Sylvania's conjunct and "said" as a second verb of Freedonia's with no
   * subject of its own (or as the verb the first clause hangs from: {@code X met Y and Z said the
   * talks were useful}). English joins a second verb to the first with "and"; a finite verb right
   * after the conjunct's last word, with no subject, is that conjunct's clause.
   */
  private boolean subjectOfNextClause(int c) {
    int end = c;
    for (int j = c + 1; j < tokens.size() && tree.dominates(c, j); j++) {
      end = j;
    }
    int first = c;
    while (tree.label(first).equals("conj") && tree.head(first) != DependencyTree.ROOT) {
      first = tree.head(first);
    }
    boolean object =
        tree.label(first).equals("dobj")
            || tree.label(first).equals("pobj")
                && tree.head(first) != DependencyTree.ROOT
                && tree.label(tree.head(first)).equals("prep");
    int v = end + 1;
    return object
        && v < tokens.size()
        && FINITE.contains(tree.tag(v))
        && (tree.label(v).equals("conj") || tree.dominates(v, c))
        && tree.child(v, "nsubj") < 0
        && tree.child(v, "nsubjpass") < 0;
  }

  private void collect(int t, List<ActorPhrase> out, int depth) {
    if (depth > 10) {
      return;
    }
    Optional<ActorPhrase> self = actor(t);
    self.filter(p -> !out.contains(p)).ifPresent(out::add);
    if (self.isEmpty()) {
      pair(t).stream().filter(p -> !out.contains(p)).forEach(out::add);
    } else if (!byHead.containsKey(t)) {
      for (int o : owners(t)) {
        for (int c : tree.children(o)) {
          if (tree.label(c).equals("conj")) {
            collect(c, out, depth + 1);
          }
        }
      }
    }
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("conj") && !unjoined(t, c) && !subjectOfNextClause(c)) {
        collect(c, out, depth + 1);
      } else if (tree.label(c).equals("appos") && self.isPresent()) {
        if (!byHead.containsKey(t) && self.get().head().equals(headAt(c))) {
          // "two Sylvanian citizens, Jane Doe and John Roe": the noun stands for every name
          // coordinated in the apposition, not only the first
          for (int k : tree.children(c)) {
            if (tree.label(k).equals("conj") && !unjoined(c, k) && !subjectOfNextClause(k)) {
              collect(k, out, depth + 1);
            }
          }
        } else {
          listed(c, self.get().head(), out, depth + 1);
        }
      }
    }
    if (self.isPresent() && byHead.get(t) == self.get()) {
      conjunctsWithin(self.get(), t, out, depth);
    }
    if (self.isPresent() && self.get().head().type() == EntityType.PERSON) {
      for (int k : personsAfterOwner(t)) {
        collect(k, out, depth + 1);
      }
    }
    int leader = leader(t);
    if (leader >= 0) {
      collect(leader, out, depth + 1);
    }
  }

  /**
   * {@code talks between the Democratic Republic of Sylvania and Ruritania}: the parser may hang
   * the next conjunct on the object of the "of" inside a name of several words rather than on its
   * head; a conjunct after the phrase {@code p}, hung on such an object inside it, is the phrase's
   * conjunct. A conjunct of a name set beside a noun ({@code their counterparts Jane Doe and John
   * Roe}) is read with the apposition.
   */
  private void conjunctsWithin(ActorPhrase p, int t, List<ActorPhrase> out, int depth) {
    for (int k = p.first(); k <= p.last() && k < tree.size(); k++) {
      if (k == t || !tree.label(k).equals("pobj") || tree.head(k) < p.first()) {
        continue;
      }
      for (int c : tree.children(k)) {
        if (c > p.last()
            && tree.label(c).equals("conj")
            && !unjoined(k, c)
            && !subjectOfNextClause(c)) {
          collect(c, out, depth + 1);
        }
      }
    }
  }

  /**
   * {@code a delegation from the Union led by its chairperson, Jane Doe}: the leader of a
   * delegation acts with it, as the one named after "led by" or "headed by"; -1 for other nouns.
   */
  private int leader(int t) {
    if (!DependencyWords.delegate(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int v : tree.children(t)) {
      if (!tree.label(v).equals("acl") || !LeadingVerbs.leads(tokens.get(v).text())) {
        continue;
      }
      for (int by : tree.children(v)) {
        int o = tree.label(by).equals("agent") ? tree.child(by, "pobj") : -1;
        if (o >= 0) {
          return o;
        }
      }
    }
    return -1;
  }

  /**
   * {@code President A of Sylvania and Prime Minister B of Ruritania met}: the parser coordinates
   * the second person with the first one's country. A person coordinated with the object of the
   * first person's "of" is coordinated with the first person: a country has no person as its
   * conjunct.
   */
  private List<Integer> personsAfterOwner(int t) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (!tree.label(c).equals("prep") || !tokens.get(c).text().equalsIgnoreCase("of")) {
        continue;
      }
      for (int o : tree.children(c)) {
        if (!tree.label(o).equals("pobj")
            || actor(o).filter(p -> p.head().type() != EntityType.PERSON).isEmpty()) {
          continue;
        }
        for (int k : tree.children(o)) {
          if (tree.label(k).equals("conj")
              && actor(k).filter(p -> p.head().type() == EntityType.PERSON).isPresent()) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code A, his Sylvanian counterpart B, and C}: the parser reads the second member of a list as
   * an apposition of the first (and the third as coordinated with it). An apposition that names
   * another actor of the same type as {@code first}, by name or through a noun whose own apposition
   * names one ({@code his counterpart B}), is a member of the list; a description of the first
   * ({@code A, the president of Sylvania}) names none, and adds nothing. The last member may hang
   * as a further apposition of the second ({@code A, his counterpart B, and Ruritanian Prime
   * Minister C} read with "and" under "counterpart"): an actor of the same type there is one too.
   */
  private void listed(int c, Entity first, List<ActorPhrase> out, int depth) {
    Optional<ActorPhrase> member = Optional.ofNullable(byHead.get(c));
    if (member.isEmpty()) {
      int a = tree.child(c, "appos");
      member = a < 0 ? Optional.empty() : Optional.ofNullable(byHead.get(a));
    }
    if (member.isEmpty()
        || member.get().head().equals(first)
        || member.get().head().type() != first.type()) {
      return;
    }
    if (!out.contains(member.get())) {
      out.add(member.get());
    }
    boolean coordinated = tree.child(c, "cc") >= 0;
    for (int k : tree.children(c)) {
      if (tree.label(k).equals("conj")) {
        collect(k, out, depth + 1);
      } else if (coordinated && tree.label(k).equals("appos") && byHead.get(k) != null) {
        ActorPhrase next = byHead.get(k);
        if (next.head().type() == first.type() && !out.contains(next)) {
          out.add(next);
        }
      }
    }
  }

  /**
   * "the two countries", "both leaders": the pair of actors the article named together last; "the
   * four countries": the list of four ({@link GroupAntecedents}).
   */
  private List<ActorPhrase> pair(int t) {
    Optional<String> kind = PairAntecedents.kindAt(tokens, t);
    Optional<GroupAntecedents.Group> group = GroupAntecedents.at(tokens, t);
    int offset = tokens.get(t).span().start();
    if (kind.isEmpty() && group.isEmpty()) {
      // "A and B held talks. The joint statement condemned C": a meeting's document, with no bloc
      // named before it ({@link #summitDocument}), speaks for the two actors the article named
      // together last (after a bloc, the countries named may be its members at the summit)
      return documentSubject(t) && lastBloc(t).isEmpty()
          ? PairAntecedents.before(article, offset, "any", Set.of()).stream()
              .map(e -> new ActorPhrase(e, Optional.empty(), t, t, true))
              .toList()
          : List.of();
    }
    int first = Math.max(0, t - 2);
    List<Entity> named =
        kind.isPresent()
            ? PairAntecedents.before(article, offset, kind.get(), subjectOfClause(t))
            : GroupAntecedents.before(article, offset, group.get(), subjectOfClause(t));
    return named.stream().map(e -> new ActorPhrase(e, Optional.empty(), first, t, true)).toList();
  }

  /**
   * {@code A and C signed an accord. The accord drew criticism from B}: a definite agreement noun
   * ({@code the accord}, {@code this deal}) stands for the two actors the article named together
   * last ({@link PairAntecedents}); empty for other nouns.
   */
  List<ActorPhrase> agreementParties(int n) {
    int d = tree.child(n, "det");
    if (!AgreementPhrases.isHead(tokens.get(n).text())
        || d < 0
        || !tokens.get(d).text().matches("(?i)the|this|that")) {
      return List.of();
    }
    int offset = tokens.get(n).span().start();
    return PairAntecedents.before(article, offset, "any", Set.of()).stream()
        .map(e -> new ActorPhrase(e, Optional.empty(), n, n, true))
        .toList();
  }

  /**
   * {@code A accused B of the attack; B rejected the allegation}: a definite noun of a claim, an
   * offer, a proposal or a demand with no owner of its own ({@code the allegation}, {@code these
   * claims}, {@code the offer}) stands for the one who made it just before ({@link Claimants}),
   * unless that is the subject of its own clause; empty for other nouns.
   */
  List<ActorPhrase> claimants(int n) {
    int d = tree.child(n, "det");
    if (d < 0 || !Claimants.pointsBack(tokens.get(n).text(), tokens.get(d).text())) {
      return List.of();
    }
    int offset = tokens.get(n).span().start();
    return Claimants.before(
            article, offset, tokens.get(n).text(), subjectOfClause(n), placeCountries)
        .stream()
        .map(e -> new ActorPhrase(e, Optional.empty(), n, n, true))
        .toList();
  }

  /**
   * {@code A struck B. C condemned the strikes}: a definite act noun that names no actor of its own
   * ({@code the strikes}, not {@code the strikes by D} or {@code the Sylvanian strikes}) stands for
   * those who did that act just before ({@link Claimants#doers}), unless one of them is the subject
   * of its own clause; empty for other nouns.
   */
  List<ActorPhrase> doers(int n) {
    int d = tree.child(n, "det");
    if (d < 0 || !Claimants.namesAct(tokens.get(n), tokens.get(d).text()) || namesActor(n)) {
      return List.of();
    }
    return Claimants.doers(article, tokens.get(n), subjectOfClause(n), placeCountries).stream()
        .map(e -> new ActorPhrase(e, Optional.empty(), n, n, true))
        .toList();
  }

  /**
   * Whether a word below {@code n} names who did it: an actor ({@code Sylvanian}, {@code B's},
   * {@code on B's orders}) or a "by" phrase right after it ({@code by rebels}, which the parser may
   * hang on the verb).
   */
  private boolean namesActor(int n) {
    if (n + 1 < tokens.size() && tokens.get(n + 1).text().equalsIgnoreCase("by")) {
      return true;
    }
    for (int c : tree.children(n)) {
      if (actor(c).isPresent() || tree.children(c).stream().anyMatch(g -> actor(g).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** The actors the subject of the verb governing {@code t} names, with those coordinated. */
  private Set<Entity> subjectOfClause(int t) {
    int v = t;
    while (v != DependencyTree.ROOT && !tree.tag(v).startsWith("VB")) {
      v = tree.head(v);
    }
    Set<Entity> out = new HashSet<>();
    if (v == DependencyTree.ROOT) {
      return out;
    }
    for (int c : tree.children(v)) {
      if (tree.label(c).startsWith("nsubj")) {
        actor(c).ifPresent(p -> out.add(p.head()));
        for (int k : tree.children(c)) {
          if (tree.label(k).equals("conj")) {
            actor(k).ifPresent(p -> out.add(p.head()));
          }
        }
      }
    }
    return out;
  }

  /** Whether the token is "him" or "her" (which the parse may also read as a possessive). */
  static boolean objectPronoun(List<Token> tokens, int t) {
    String w = tokens.get(t).text();
    return w.equalsIgnoreCase("him") || w.equalsIgnoreCase("her");
  }

  /**
   * {@code Jane Doe welcomed him}, {@code A raised it with B and urged him to act}: the last person
   * named before the pronoun, in this sentence or the two before, who is not the subject of its
   * verb (over coordinated verbs) and whose known gender does not rule the pronoun out ({@link
   * PersonGender}); "him" and "her" are read alike for a person of unknown gender.
   */
  private Optional<ActorPhrase> objectAntecedent(int t) {
    Set<Entity> subjects = new HashSet<>();
    int v = tree.head(t);
    for (int d = 0; v >= 0 && d < 4; d++) {
      int s = tree.child(v, "nsubj");
      if (s >= 0) {
        actor(s, 1).ifPresent(p -> subjects.add(p.head()));
        break;
      }
      if (!tree.label(v).equals("conj") && !tree.label(v).equals("xcomp")) {
        break;
      }
      v = tree.head(v);
    }
    int offset = tokens.get(t).span().start();
    List<ResolvedArticle.Located> before = article.mentionsWithin(new CharSpan(0, offset));
    int sentence = before.isEmpty() ? 0 : before.get(before.size() - 1).mention().sentence();
    for (int k = before.size() - 1; k >= 0; k--) {
      ResolvedArticle.Located l = before.get(k);
      if (l.mention().sentence() < sentence - 2) {
        break;
      }
      Entity e = l.entity();
      if (e.type() == EntityType.PERSON
          && !subjects.contains(e)
          && PersonGender.mayStandFor(tokens.get(t).text(), e, article)) {
        return Optional.of(new ActorPhrase(e, Optional.empty(), t, t, true));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of the verb that reports the clause whose subject is {@code s} ({@code A said [s
   * sent aid]}); -1 when {@code s} is no subject of a reported clause or its reporter is unnamed.
   */
  private int reporter(int s) {
    String label = tree.label(s);
    int v = tree.head(s);
    if (!(label.equals("nsubj") || label.equals("nsubjpass"))
        || v < 0
        || !tree.label(v).equals("ccomp")) {
      return -1;
    }
    return tree.child(tree.head(v), "nsubj");
  }

  /**
   * {@code A said B had attacked its power grid}: "its" on what the verb at {@code v} acts on, in a
   * clause that a country or body reports about another actor as its subject, stands for the
   * reporter, when the verb states coercion or force (CAMEO 17-20, which the subject does not use
   * on what is its own) and the noun is no force or thing of the doer's ({@code its troops}, {@code
   * its missiles}) unless the act is {@code aimed} at it ({@code fired on its soldiers}), nor
   * marked as the subject's ({@code its own people}). Empty otherwise.
   */
  Optional<ActorPhrase> reportersOwn(int p, int v, String code, boolean aimed) {
    int n = tree.head(p);
    if (!tokens.get(p).text().equalsIgnoreCase("its")
        || !tree.label(p).equals("poss")
        || n < 0
        || code.compareTo("17") < 0) {
      return Optional.empty();
    }
    String noun = tokens.get(n).text().toLowerCase(Locale.ROOT);
    if (!aimed && (DependencyWords.fighter(noun) || GivenThings.thing(noun))) {
      return Optional.empty();
    }
    for (int c : tree.children(n)) {
      if (tokens.get(c).text().equalsIgnoreCase("own")) {
        return Optional.empty();
      }
    }
    int s = tree.child(v, "nsubj");
    int reporter = s < 0 ? -1 : reporter(s);
    if (reporter < 0) {
      return Optional.empty();
    }
    List<ActorPhrase> doers = actors(s);
    return actor(reporter, 1)
        .filter(
            r ->
                r.head().type() == EntityType.COUNTRY || r.head().type() == EntityType.ORGANISATION)
        .filter(r -> !doers.isEmpty() && doers.stream().noneMatch(d -> d.head().equals(r.head())))
        .map(r -> new ActorPhrase(r.head(), Optional.empty(), p, p, true));
  }

  /**
   * {@code Freedonia said it sent aid to Sylvania}: "it" as the subject of a clause reported by a
   * country or body stands for that reporter.
   */
  private Optional<ActorPhrase> reportingSubject(int t) {
    int reporter = reporter(t);
    if (reporter < 0) {
      return Optional.empty();
    }
    return actor(reporter, 1)
        .filter(
            p ->
                p.head().type() == EntityType.COUNTRY || p.head().type() == EntityType.ORGANISATION)
        .map(p -> new ActorPhrase(p.head(), Optional.empty(), t, t, true));
  }

  /**
   * {@code Jane Doe said her country would send aid to B}, {@code A's minister said his
   * government's troops had left}: a country, nation or government owned by a possessive pronoun,
   * in the subject of a clause that someone reports, is the reporter's: the country a person's
   * phrase names ({@code Freedonia's top diplomat Jane Doe}), a country or body itself, else the
   * one country the article gives the person an office in. A reporter whose known gender the
   * pronoun does not fit ({@code Jane Doe said his country}) owns nothing ({@link PersonGender}).
   */
  private Optional<ActorPhrase> reportersState(int t) {
    int pronoun = -1;
    for (int c : tree.children(t)) {
      if (tree.label(c).equals("poss") && DependencyWords.possessivePronoun(tokens.get(c).text())) {
        pronoun = c;
      }
    }
    if (pronoun < 0) {
      return Optional.empty();
    }
    int n = t;
    if (tree.label(n).equals("poss") && tree.head(n) >= 0) {
      n = tree.head(n);
    }
    int reporter = reporter(n);
    if (reporter < 0) {
      return Optional.empty();
    }
    int first = Math.min(pronoun, t);
    String word = tokens.get(pronoun).text();
    return actor(reporter, 2)
        .filter(p -> PersonGender.mayStandFor(word, p.head(), article))
        .flatMap(
            p ->
                p.qualifier()
                    .filter(q -> q.type() == EntityType.COUNTRY)
                    .or(() -> stateOf(p.head())))
        .map(e -> new ActorPhrase(e, Optional.empty(), first, t, true));
  }

  /**
   * Whether the possessive at {@code t} owns a noun that names a use of force (CAMEO 18-20, or a
   * strike: {@code its attack}, {@code its offensive}), not a thing whose owner other rules read
   * ({@code its border with B}) nor a measure its verb says more of ({@code lifted its ban}).
   */
  private boolean ownsAct(int t) {
    int n = tree.head(t);
    if (n == DependencyTree.ROOT) {
      return false;
    }
    String w = tokens.get(n).text().toLowerCase(Locale.ROOT);
    return CameoLexicon.stateNounCameo(w, tree.lemma(n))
        .or(() -> CameoLexicon.nounCameo(w, tree.lemma(n)))
        .filter(c -> c.compareTo("18") >= 0)
        .isPresent();
  }

  /**
   * {@code Hamas took hostages during its attack on B}: "its" before a noun of force stands for the
   * one actor other than a person or a place that the sentence names before it; none when it names
   * several ({@code A accused B of breaking its promise}).
   */
  private Optional<ActorPhrase> soleAntecedent(int t) {
    Set<Entity> before = new HashSet<>();
    Entity last = null;
    for (ActorPhrase p : phrases.all()) {
      EntityType type = p.head().type();
      if (p.last() < t && type != EntityType.PERSON && type != EntityType.PLACE) {
        before.add(p.head());
        last = p.head();
      }
    }
    return before.size() == 1
        ? Optional.of(new ActorPhrase(last, Optional.empty(), t, t, true))
        : Optional.empty();
  }

  /** A country or body itself; for a person the one country the article gives them an office in. */
  private Optional<Entity> stateOf(Entity e) {
    if (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANISATION) {
      return Optional.of(e);
    }
    List<Entity> countries =
        affiliations.getOrDefault(e, Set.of()).stream()
            .filter(o -> o.type() == EntityType.COUNTRY)
            .toList();
    return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
  }

  /** The last person named before {@code he} or {@code she} whose gender does not rule it out. */
  private Optional<ActorPhrase> pronoun(int t) {
    Token token = tokens.get(t);
    return PersonGender.lastPersonBefore(article, token.span().start(), token.text())
        .map(e -> new ActorPhrase(e, Optional.empty(), t, t, true));
  }
}
