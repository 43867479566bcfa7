package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.TokenMatch;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;

/**
 * Definite descriptions that refer back to a person by an office: "the president", "the prime
 * minister", "the pontiff", "the chancellor". Wraps a resolver as {@link OrganisationDescriptions}
 * does: each description becomes one more mention of the person it stands for and makes no entity
 * of its own.
 *
 * <p>A description is {@code the}, at most {@value #MAX_MODIFIERS} lower-case adjectives (none of
 * {@code description_blockers.txt}: "the former president" may be another) and a title of the
 * gazetteer that heads a state, government or organisation, a royal or a religious one ("the
 * president", "the king"), or a noun of {@code person_descriptions.tsv} ("the pontiff" for a pope),
 * ending its noun phrase and followed by no name ("the president Jane Doe" titles a name).
 *
 * <p>The antecedent is the one person the article titled so before the description, the title
 * written just before a name ("President Jane Doe", "Prime Minister John Roe") or in a comma
 * apposition after it ("Jane Doe, the Freedonian president,"): two such persons leave it
 * unresolved, and so does a person of no written title named in the description's sentence or the
 * {@value #WINDOW} before it ("President Jane Doe met John Roe. The president said": Roe may be a
 * president too), unless the office has one holder in the world ("the pontiff"). The subject of the
 * verb whose object the description is is none ("Jane Doe praised the president").
 *
 * <p>A noun of a group that rules under one leader ("the junta", {@code person_descriptions.tsv})
 * is taken the same way for the person the article named as its leader ("a junta led by Gen. Jane
 * Doe", "junta leader Jane Doe"): news writes the junta's acts for its leader's.
 */
public final class PersonDescriptions implements EntityResolver {

  /** How many sentences before its own a description looks for a person of unknown office. */
  static final int WINDOW = 2;

  /** How many adjectives may stand between "the" and the title ("the embattled president"). */
  static final int MAX_MODIFIERS = 2;

  private static final String DIR = "/org/actorgraph/resolve/";
  private static final String FINDER = "description";
  private static final double CONFIDENCE = 0.6;
  private static final int LONGEST_TITLE = 4;

  private final EntityResolver inner;
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> words = new HashMap<>();
  private final Set<String> single = new HashSet<>();
  private final Set<String> led = new HashSet<>();
  private final Set<String> leading = new HashSet<>();
  private final Set<String> blockers = new HashSet<>();

  /**
   * @param inner the resolver whose entities the descriptions are added to
   * @param gazetteer the titles a description and a name's title are read with
   */
  public PersonDescriptions(EntityResolver inner, Gazetteer gazetteer) {
    this.inner = inner;
    this.gazetteer = gazetteer;
    for (String line : WordFiles.read(DIR + "person_descriptions.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("person_descriptions.tsv: bad line '" + line + "'");
      }
      switch (f[0]) {
        case "row" -> {}
        case "word" -> words.put(f[1], Set.of(f[2].split("\\|")));
        case "single" -> single.add(f[1]);
        case "led" -> {
          words.put(f[1], Set.of(f[2]));
          led.add(f[1]);
        }
        case "leading" -> leading.add(f[1]);
        default -> throw new IllegalStateException("person_descriptions.tsv: no row kind " + f[0]);
      }
    }
    for (String w : WordFiles.read(DIR + "description_blockers.txt")) {
      blockers.add(w.toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public ResolvedArticle resolve(
      org.actorgraph.annotate.AnnotatedArticle article, List<Mention> mentions) {
    ResolvedArticle named = inner.resolve(article, mentions);
    return CountryDescriptions.withAdded(named, describe(named));
  }

  /**
   * A person's title written before one of its mentions, at the mention's start, with the country
   * whose demonym or name stands right before the title ("Kenyan President William Ruto").
   */
  private record Titled(Entity person, int at, String role, Optional<Entity> country) {}

  /** The description mentions found, by the person they stand for. */
  Map<Entity, List<Mention>> describe(ResolvedArticle article) {
    Map<Entity, List<Mention>> added = new HashMap<>();
    List<List<ResolvedArticle.Located>> bySentence = CountryDescriptions.bySentence(article);
    List<Titled> titled = titled(article.annotated().sentences(), bySentence);
    String body = article.annotated().body();
    for (Sentence s : article.annotated().sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!tokens.get(i).text().equalsIgnoreCase("the")
            || apposed(tokens, i, bySentence.get(s.index()))) {
          continue;
        }
        Optional<Phrase> p = phrase(tokens, i, bySentence.get(s.index()));
        if (p.isEmpty()) {
          continue;
        }
        Optional<Entity> person = antecedent(p.get(), s, titled, bySentence);
        if (person.isPresent()) {
          CharSpan span = p.get().span();
          Mention m =
              new Mention(
                  span,
                  span.of(body),
                  EntityType.PERSON,
                  s.index(),
                  FINDER,
                  CONFIDENCE,
                  person.get().wikidata());
          added.computeIfAbsent(person.get(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    return added;
  }

  /**
   * Whether the phrase opened at token {@code the} stands in apposition to a person's name ("Jane
   * Doe, the president,"): it titles the name rather than refers back.
   */
  private static boolean apposed(List<Token> tokens, int the, List<ResolvedArticle.Located> named) {
    if (the < 1 || !tokens.get(the - 1).text().equals(",")) {
      return false;
    }
    int end = tokens.get(the - 1).span().start();
    return named.stream()
        .anyMatch(l -> l.entity().type() == EntityType.PERSON && l.mention().span().end() == end);
  }

  /**
   * A description read: where it is, the roles it stands for, and the country of a demonym after
   * its "the" ("the Guinean transitional leader").
   */
  private record Phrase(CharSpan span, Set<String> roles, Optional<Entity> country) {}

  /** The description opened by "the" at {@code the}, if one is there. */
  private Optional<Phrase> phrase(
      List<Token> tokens, int the, List<ResolvedArticle.Located> named) {
    Optional<Set<String>> roles = Optional.empty();
    Optional<ResolvedArticle.Located> demonym = demonymAt(tokens, the + 1, named);
    int from = demonym.isPresent() ? the + 2 : the + 1;
    int end = from;
    for (int head = from; head < tokens.size() && roles.isEmpty(); head++) {
      for (int n = Math.min(LONGEST_TITLE, tokens.size() - head); n >= 1 && roles.isEmpty(); n--) {
        roles = roles(tokens.subList(head, head + n));
        end = head + n;
      }
      if (head - from >= MAX_MODIFIERS || !modifier(tokens, head)) {
        break;
      }
    }
    if (roles.isEmpty()
        || !DescriptionPhrases.endsPhrase(tokens, end - 1)
        || (end < tokens.size() && tokens.get(end).isCapitalised())) {
      return Optional.empty();
    }
    CharSpan span = new CharSpan(tokens.get(the).span().start(), tokens.get(end - 1).span().end());
    for (ResolvedArticle.Located l : named) {
      if (l.mention().span().overlaps(span) && !demonym.equals(Optional.of(l))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Phrase(span, roles.get(), demonym.map(ResolvedArticle.Located::entity)));
  }

  /**
   * The country named by the one token {@code i} as a demonym ("Guinean", "Turkish"): a mention of
   * a country of exactly that token, written as an adjective of the country, not its name.
   */
  private Optional<ResolvedArticle.Located> demonymAt(
      List<Token> tokens, int i, List<ResolvedArticle.Located> named) {
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    CharSpan at = tokens.get(i).span();
    return named.stream()
        .filter(l -> l.entity().type() == EntityType.COUNTRY && l.mention().span().equals(at))
        .filter(l -> gazetteer.byDemonym(tokens.get(i).text()).isPresent())
        .findFirst();
  }

  /**
   * The country whose mention ends right before token {@code k} ("Kenyan" of "Kenyan President").
   */
  private static Optional<Entity> countryEndingAt(
      List<Token> tokens, int k, List<ResolvedArticle.Located> named) {
    if (k < 1) {
      return Optional.empty();
    }
    int end = tokens.get(k - 1).span().end();
    return named.stream()
        .filter(l -> l.entity().type() == EntityType.COUNTRY && l.mention().span().end() == end)
        .map(ResolvedArticle.Located::entity)
        .findFirst();
  }

  /**
   * Whether token {@code i} is an adjective that leaves the title after it the same office: lower
   * case, no blocker ("former") and opening no title of its own ("vice" of "vice president").
   */
  private boolean modifier(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    return tokens.get(i).pos().equals("ADJ")
        && Character.isLowerCase(w.charAt(0))
        && !blockers.contains(w)
        && gazetteer.titleAt(tokens.stream().map(Token::text).toList(), i).isEmpty();
  }

  /** The roles the words stand for as a description: a listed noun, or a leading title. */
  private Optional<Set<String>> roles(List<Token> title) {
    StringBuilder b = new StringBuilder();
    for (Token t : title) {
      b.append(b.length() == 0 ? "" : " ").append(t.text());
    }
    String written = b.toString().toLowerCase(Locale.ROOT);
    if (words.containsKey(written)) {
      return Optional.of(words.get(written));
    }
    return gazetteer
        .title(written)
        .filter(PersonDescriptions::leads)
        .filter(t -> t.role().equals(written))
        .map(t -> Set.of(t.role()));
  }

  /** Whether a title names an office that leads: a head's, a royal's or a religious one. */
  private static boolean leads(PersonTitle t) {
    return (t.kind() == PersonTitle.Kind.ROLE && t.head())
        || t.kind() == PersonTitle.Kind.ROYAL
        || t.kind() == PersonTitle.Kind.RELIGIOUS;
  }

  /** Every person mention with a title written just before it, in the article's order. */
  private List<Titled> titled(
      List<Sentence> sentences, List<List<ResolvedArticle.Located>> bySentence) {
    List<Titled> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<String> texts = s.tokens().stream().map(Token::text).toList();
      for (ResolvedArticle.Located l : bySentence.get(s.index())) {
        if (l.entity().type() != EntityType.PERSON) {
          continue;
        }
        int first = tokenAt(s.tokens(), l.mention().span().start());
        leaderOf(s.tokens(), first)
            .ifPresent(
                g ->
                    out.add(
                        new Titled(l.entity(), l.mention().span().start(), g, Optional.empty())));
        apposedTitle(s.tokens(), texts, tokenAt(s.tokens(), l.mention().span().end()))
            .ifPresent(
                r ->
                    out.add(
                        new Titled(l.entity(), l.mention().span().start(), r, Optional.empty())));
        for (int k = Math.max(0, first - LONGEST_TITLE); k >= 0 && k < first; k++) {
          Optional<TokenMatch<PersonTitle>> t = gazetteer.titleAt(texts, k);
          if (t.isPresent() && t.get().span().end() == first) {
            Optional<Entity> country = countryEndingAt(s.tokens(), k, bySentence.get(s.index()));
            for (PersonTitle title : t.get().values()) {
              out.add(new Titled(l.entity(), l.mention().span().start(), title.role(), country));
            }
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * The role of a title in a comma apposition after a name that ends before token {@code after}
   * ("Jane Doe, the Freedonian president,", "Jane Doe, Freedonia's prime minister."): after the
   * comma only "the", capitalised words and possessives stand before the title, and the title ends
   * the apposition (a comma, a full stop, "of" or the sentence's end after it).
   */
  private Optional<String> apposedTitle(List<Token> tokens, List<String> texts, int after) {
    if (after >= tokens.size() || !tokens.get(after).text().equals(",")) {
      return Optional.empty();
    }
    for (int k = after + 1; k < tokens.size() && k <= after + 1 + LONGEST_TITLE; k++) {
      Optional<TokenMatch<PersonTitle>> t = gazetteer.titleAt(texts, k);
      if (t.isPresent()) {
        int end = t.get().span().end();
        boolean closed =
            end >= tokens.size() || Set.of(",", ".", "of", ";").contains(texts.get(end));
        return closed ? Optional.of(t.get().values().get(0).role()) : Optional.empty();
      }
      String w = texts.get(k);
      if (!(w.equalsIgnoreCase("the")
          || tokens.get(k).isCapitalised()
          || w.equals("'s")
          || w.equals("’s"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The led noun the name at token {@code first} is given as the leader of ("a junta led by Gen.
   * Jane Doe", "junta leader Jane Doe"): the noun, then only leading words and titles (capitalised
   * words and their full stops) up to the name.
   */
  private Optional<String> leaderOf(List<Token> tokens, int first) {
    for (int k = first - 1; k >= 0 && first - k <= LONGEST_TITLE + 2; k--) {
      String w = tokens.get(k).text();
      String lower = w.toLowerCase(Locale.ROOT);
      if (led.contains(lower)) {
        return Optional.of(lower);
      }
      if (!leading.contains(lower) && !tokens.get(k).isCapitalised() && !w.equals(".")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }

  /** The one person titled with one of the description's roles before it, when none blocks. */
  private Optional<Entity> antecedent(
      Phrase p, Sentence in, List<Titled> titled, List<List<ResolvedArticle.Located>> bySentence) {
    if (p.country().isPresent()) {
      return ofCountry(p, in, titled, bySentence);
    }
    Set<Entity> found = new LinkedHashSet<>();
    Set<Entity> anyTitle = new HashSet<>();
    boolean one = false;
    for (Titled t : titled) {
      if (t.at() >= p.span().start()) {
        break;
      }
      anyTitle.add(t.person());
      if (p.roles().contains(t.role())) {
        found.add(t.person());
        one |= single.contains(t.role());
      }
    }
    for (ResolvedArticle.Located l : bySentence.get(in.index())) {
      if (OrganisationDescriptions.subjectOfObject(in.tokens(), l.mention().span(), p.span())) {
        found.remove(l.entity());
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    if (!one) {
      for (int s = Math.max(0, in.index() - WINDOW); s <= in.index(); s++) {
        for (ResolvedArticle.Located l : bySentence.get(s)) {
          if (l.entity().type() == EntityType.PERSON
              && l.mention().span().end() <= p.span().start()
              && !anyTitle.contains(l.entity())) {
            return Optional.empty();
          }
        }
      }
    }
    return found.stream().findFirst();
  }

  /**
   * The person a description with a demonym stands for ("Kagame invited Mamadi Doumbouya to Rwanda.
   * The Guinean transitional leader accepted"): the one person who was given a title of the
   * description's roles before it (any head's title for "leader") with no other country's name
   * before the title, or was given no title at all and is named in its sentence or the {@value
   * #WINDOW} before; a person titled with another country's demonym ("Kenyan President William
   * Ruto") or with another office is none, and so are a person the gazetteer gives another country
   * and the subject of the verb whose object the description is.
   */
  private Optional<Entity> ofCountry(
      Phrase p, Sentence in, List<Titled> titled, List<List<ResolvedArticle.Located>> bySentence) {
    Entity country = p.country().get();
    Map<Entity, Boolean> fits = new HashMap<>();
    for (Titled t : titled) {
      if (t.at() >= p.span().start()) {
        break;
      }
      boolean fit =
          (p.roles().contains(t.role()) || p.roles().contains("leader") && heads(t.role()))
              && t.country().map(country::equals).orElse(true);
      fits.merge(t.person(), fit, Boolean::logicalAnd);
    }
    Set<Entity> found = new LinkedHashSet<>();
    fits.forEach(
        (person, fit) -> {
          if (fit) {
            found.add(person);
          }
        });
    for (int s = Math.max(0, in.index() - WINDOW); s <= in.index(); s++) {
      for (ResolvedArticle.Located l : bySentence.get(s)) {
        if (l.entity().type() == EntityType.PERSON
            && l.mention().span().end() <= p.span().start()
            && !fits.containsKey(l.entity())) {
          found.add(l.entity());
        }
      }
    }
    for (ResolvedArticle.Located l : bySentence.get(in.index())) {
      if (OrganisationDescriptions.subjectOfObject(in.tokens(), l.mention().span(), p.span())) {
        found.remove(l.entity());
      }
    }
    found.removeIf(person -> citizenOfOther(person, country));
    return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
  }

  /** Whether a role heads a state, government or organisation ("president", "prime minister"). */
  private boolean heads(String role) {
    return gazetteer.title(role).filter(PersonDescriptions::leads).isPresent();
  }

  /** Whether the gazetteer gives the person a country, and another one than {@code country}. */
  private boolean citizenOfOther(Entity person, Entity country) {
    Set<String> own = OrganisationDescriptions.gazetteerCountries(person, gazetteer);
    return !own.isEmpty()
        && country.isoCode().isPresent()
        && !own.contains(country.isoCode().get());
  }
}
