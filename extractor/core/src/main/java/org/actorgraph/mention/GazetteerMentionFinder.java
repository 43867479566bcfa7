package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.lexicon.NameCandidate;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.StateNouns;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.LeadLines;
import org.actorgraph.text.TokenSpan;

/**
 * Finds the names the gazetteer knows: countries (names, short forms, acronyms), demonyms standing
 * for their country ("Ecuadorian authorities"), international and other known organisations, and
 * places. A capital city stands for its country ("talks with Washington") unless the text uses it
 * as a location: after a locative preposition ("an attack in Baghdad"), as the object of a visit or
 * journey ("his visit to Baghdad", "before leaving Baghdad", "returned from Baghdad"), set off by
 * commas after a place noun or right after one ("shelling hit the capital, Kyiv, overnight",
 * "floods in Hungary's capital Budapest": {@link PlaceAppositions}), or as the city of a dateline
 * ("BAGHDAD, May 3 -", "Baghdad (Agency) -"). A context-dependent form ("the Alliance" for NATO)
 * counts only after the article has named its entry plainly; a company's ("Apple") also wherever
 * the article gives it a cue only a company has ("Apple chief executive Jane Doe", {@link
 * #cuedCompany}).
 *
 * <p>A name or demonym that only ever denotes countries but more than one of them ("Congo",
 * "Korea", "Congolese") is a country whichever it is: it takes the one candidate the article itself
 * names anywhere, by its name, an unambiguous alias or demonym, its capital, or an organisation or
 * place the gazetteer gives to it. When the article names none or several of them, the name is
 * still a country, unlinked (no key: an honest unlinked country beats a dropped one or a guessed
 * one); a demonym is then dropped, as before.
 *
 * <p>A place in the remit of a title ("Minister for the Middle East") is part of the office's name
 * and no mention ({@link TitleRemits}).
 */
public final class GazetteerMentionFinder implements MentionFinder {

  /** The words that join the names of a list: "A, B and C", "A or B". */
  private static final Set<String> LIST_JOINS = Set.of(",", "and", "or");

  /** Roles and parts only a company has, after its name ({@link #cuedCompany}). */
  private static final Set<String> COMPANY_CUES = Set.copyOf(WordList.read("company_cues.txt"));

  /** Participles of ownership after a hyphen: "Meta-owned WhatsApp", "Apple-backed". */
  private static final Set<String> OWNERSHIP = Set.of("owned", "backed", "controlled", "funded");

  /** Verbs whose object is a legal person ("fined Apple", "sued Meta"). */
  private static final Set<String> SUING =
      Set.of("fined", "fines", "fining", "sued", "sues", "suing");

  /** The head of a city's or region's own government ({@link #beforeLocalOffice}). */
  private static final Set<String> LOCAL_OFFICES = Set.of("mayor", "governor");

  /** Prepositions before a place that someone or something is in: "exploded in Karrada". */
  private static final Set<String> IN_PLACE = Set.of("in", "at", "near");

  private static final Set<String> LOCATIVE =
      Set.of(
          "in", "at", "near", "into", "outside", "across", "around", "of", "inside", "through",
          "both", "the", "on");

  /**
   * Verbs whose object is where someone goes or is: "visiting Baghdad", "before leaving Baghdad".
   */
  private static final Set<String> AT_PLACE =
      Set.of(
          "visit",
          "visits",
          "visited",
          "visiting",
          "leave",
          "leaves",
          "leaving",
          "left",
          "reach",
          "reached",
          "reaching",
          "tour",
          "toured",
          "touring");

  /** Words of going and coming before "to" or "from": "a visit to Baghdad", "flew from Baghdad". */
  private static final Set<String> TRAVEL =
      Set.of(
          "visit",
          "visits",
          "trip",
          "trips",
          "travel",
          "travels",
          "travelled",
          "traveled",
          "travelling",
          "traveling",
          "flew",
          "fly",
          "flies",
          "flying",
          "flight",
          "flights",
          "train",
          "trains",
          "bus",
          "buses",
          "ferry",
          "ferries",
          "route",
          "routes",
          "journey",
          "return",
          "returns",
          "returned",
          "returning",
          "went",
          "go",
          "goes",
          "going",
          "came",
          "come",
          "comes",
          "coming",
          "headed",
          "heading",
          "arrival",
          "departure",
          "departed",
          "moved",
          "sent",
          "back");

  /** Tokens that follow a dateline's city: "BAGHDAD, May 3 -", "Baghdad (Agency) -". */
  private static final Set<String> DATELINE_NEXT = Set.of(",", "(", "-", "--", "–", "—");

  /** Finder name of a capital standing for its country ("talks with Washington"). */
  static final String CAPITAL = "gazetteer:capital";

  /** Finder names of a shared country name or demonym ("Congo", "Korean"), before resolution. */
  private static final String SHARED = "gazetteer:shared";

  private static final String SHARED_NAME = SHARED + "-name";
  private static final String SHARED_DEMONYM = SHARED + "-demonym";

  /** Words that open sports clubs' names before their city's: "Real", "Dynamo". */
  /** Names of currencies ({@link #namesCurrency}). */
  private static final Set<String> CURRENCIES = Set.copyOf(WordList.read("currency_names.txt"));

  private static final Set<String> CLUB_WORDS = Set.copyOf(WordList.read("club_words.txt"));

  /** Nouns of a measure imposed "on" a state ({@code measure_nouns.txt}: sanctions, tariffs...). */
  private static final Set<String> MEASURES = Set.copyOf(WordList.read("measure_nouns.txt"));

  /** Participles glued to their agent ({@code agent_participles.txt}: Moscow-backed...). */
  private static final Set<String> AGENT_PARTICIPLES =
      Set.copyOf(WordList.read("agent_participles.txt"));

  /** Verbs whose object follows "on" ({@code on_object_verbs.txt}: called on, relied on...). */
  private static final Set<String> ON_OBJECT_VERBS =
      Set.copyOf(WordList.read("on_object_verbs.txt"));

  private final Gazetteer gazetteer;
  private final TitleRemits remits;

  public GazetteerMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.remits = new TitleRemits(gazetteer);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<Integer, List<GazetteerEntry>> shared = new HashMap<>();
    String body = article.body();
    Set<String> cued = cuedCompanies(article);
    for (Sentence s : article.sentences()) {
      List<String> words = Token.texts(s.tokens());
      int i = 0;
      while (i < words.size()) {
        int next = i + 1;
        boolean particle = ParticleNames.isParticle(words.get(i));
        if (startsName(words.get(i)) || articled(words, i) || particle) {
          Optional<Mention> m = name(s, words, i, seen, cued, body);
          if (particle) {
            // "von der Leyen said": a listed surname that opens with its particle, people only
            m = m.filter(x -> x.type() == EntityType.PERSON);
          }
          if (m.isEmpty()) {
            m = demonym(s, words, i, body);
          }
          if (m.isPresent()
              && m.get().type() == EntityType.PLACE
              && remits.covers(words, i, s.tokenAt(m.get().span().end()))) {
            next = s.tokenAt(m.get().span().end());
            m = Optional.empty();
          }
          if (m.isPresent() && namesCurrency(m.get(), words, s.tokenAt(m.get().span().end()))) {
            next = s.tokenAt(m.get().span().end());
            m = Optional.empty();
          }
          if (m.isPresent()) {
            sharedCountries(s, words, i, m.get())
                .ifPresent(countries -> shared.put(found.size(), countries));
            found.add(m.get());
            m.get().key().ifPresent(seen::add);
            next = s.tokenAt(m.get().span().end());
          }
        }
        i = Math.max(next, i + 1);
      }
    }
    seatsOfBodiesNamedLater(article, found, seen);
    acronymsAwayFromTheirCountry(article, found, seen);
    return shared.isEmpty() ? found : resolveShared(found, shared, seen);
  }

  /**
   * {@code Hungary clashed with Brussels over its budget ... the European Union froze the funds}: a
   * capital read as its country ({@code gazetteer:capital}) where the body seated there has a
   * context reading of it ({@code ~Brussels} of the European Union) stands for that body when the
   * article names the body after it, as it does when the body is named before ({@link #name}): news
   * names the body by its seat in the lead and spells it out further down. Replaces those mentions
   * in {@code found}; {@code seen} holds every entry the article names.
   */
  private void seatsOfBodiesNamedLater(
      AnnotatedArticle article, List<Mention> found, Set<String> seen) {
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (!m.finder().equals("gazetteer:capital")) {
        continue;
      }
      Sentence s = article.sentences().get(m.sentence());
      Optional<GazetteerMatch> match =
          gazetteer.longestMatchAt(Token.texts(s.tokens()), s.tokenAt(m.span().start()));
      Optional<GazetteerEntry> body =
          match
              .flatMap(g -> contextual(g.candidates(), seen))
              .filter(e -> e.type() != EntityType.COUNTRY);
      if (body.isPresent()) {
        found.set(
            k,
            mention(s, match.get().span(), body.get(), "gazetteer:context", 0.75, article.body()));
      }
    }
  }

  /**
   * {@code RSF and the CPJ called for his release}: an organisation's name that is also, context
   * dependent, another entry's ({@code RSF}: Sudan's Rapid Support Forces, and {@code ~RSF} of
   * Reporters Without Borders) is the other entry's in an article that never names the
   * organisation's own country ({@link #namedIn}): news names the country of a national armed
   * group, party or body wherever it names the body, so the name without it is the other's.
   * Replaces those mentions in {@code found}; {@code seen} holds every entry the article names.
   */
  private void acronymsAwayFromTheirCountry(
      AnnotatedArticle article, List<Mention> found, Set<String> seen) {
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (!m.finder().equals("gazetteer")
          || m.type() != EntityType.ORGANISATION
          || m.key().isEmpty()) {
        continue;
      }
      String key = m.key().get();
      Optional<GazetteerEntry> country =
          gazetteer.byKey(key).flatMap(GazetteerEntry::country).flatMap(gazetteer::byIsoCode);
      Set<String> others = new HashSet<>(seen);
      others.remove(key);
      if (country.isEmpty() || namedIn(country.get(), others)) {
        continue;
      }
      Sentence s = article.sentences().get(m.sentence());
      Optional<GazetteerMatch> match =
          gazetteer.longestMatchAt(Token.texts(s.tokens()), s.tokenAt(m.span().start()));
      Optional<GazetteerEntry> other =
          match.stream()
              .flatMap(g -> g.candidates().stream())
              .filter(c -> c.form() == NameCandidate.Form.CONTEXTUAL)
              .map(NameCandidate::entry)
              .filter(e -> !e.key().equals(key))
              .findFirst();
      if (other.isPresent()) {
        found.set(
            k,
            mention(s, match.get().span(), other.get(), "gazetteer:context", 0.75, article.body()));
      }
    }
  }

  /**
   * Whether a country's or place's name or demonym only qualifies the currency named at {@code
   * next} ("12 million Swiss francs", "Hong Kong dollars"): it names money, not an actor.
   */
  private static boolean namesCurrency(Mention m, List<String> words, int next) {
    return (m.type() == EntityType.COUNTRY || m.type() == EntityType.PLACE)
        && next < words.size()
        && CURRENCIES.contains(words.get(next).toLowerCase(Locale.ROOT));
  }

  /**
   * The countries a name or demonym mention found without a key may denote, when it denotes
   * countries only and more than one ("Congo", "Korean"); empty otherwise.
   */
  private Optional<List<GazetteerEntry>> sharedCountries(
      Sentence s, List<String> words, int i, Mention m) {
    if (m.key().isPresent() || !m.finder().startsWith(SHARED)) {
      return Optional.empty();
    }
    Optional<GazetteerMatch> match =
        m.finder().equals(SHARED_DEMONYM)
            ? gazetteer.longestDemonymAt(words, i)
            : gazetteer.longestMatchAt(words, i);
    return match.map(GazetteerMatch::candidates).flatMap(GazetteerMentionFinder::onlyCountries);
  }

  /** The distinct entries of the candidates, when there are two or more and all are countries. */
  static Optional<List<GazetteerEntry>> onlyCountries(List<NameCandidate> candidates) {
    List<GazetteerEntry> countries = new ArrayList<>();
    for (NameCandidate c : candidates) {
      if (c.entry().type() != EntityType.COUNTRY) {
        return Optional.empty();
      }
      if (!countries.contains(c.entry())) {
        countries.add(c.entry());
      }
    }
    return countries.size() > 1 ? Optional.of(countries) : Optional.empty();
  }

  /**
   * Gives each shared-name mention the one candidate the article names elsewhere ({@code seen}
   * holds the keys of every keyed mention, capitals included); keeps a name without one unlinked
   * and drops such a demonym.
   */
  private List<Mention> resolveShared(
      List<Mention> found, Map<Integer, List<GazetteerEntry>> shared, Set<String> seen) {
    List<Mention> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      List<GazetteerEntry> countries = shared.get(k);
      if (countries == null) {
        out.add(m);
        continue;
      }
      boolean demonym = m.finder().equals(SHARED_DEMONYM);
      List<GazetteerEntry> named =
          countries.stream().filter(c -> namedIn(c, seen)).limit(2).toList();
      if (named.size() == 1) {
        out.add(
            new Mention(
                m.span(),
                m.text(),
                EntityType.COUNTRY,
                m.sentence(),
                demonym ? "gazetteer:demonym" : "gazetteer:context",
                m.confidence(),
                Optional.of(named.get(0).key())));
      } else if (!demonym) {
        out.add(
            new Mention(
                m.span(), m.text(), m.type(), m.sentence(), SHARED, m.confidence(), m.key()));
      }
    }
    return out;
  }

  /**
   * Whether the article names the country itself, its capital, or an organisation or place the
   * gazetteer gives to it ("the Rwanda-backed M23 ... Congolese President": the M23 is listed with
   * the Democratic Republic of the Congo, so "Congolese" is that Congo).
   */
  private boolean namedIn(GazetteerEntry country, Set<String> seen) {
    return seen.contains(country.key())
        || gazetteer.capitalOf(country).map(c -> seen.contains(c.key())).orElse(false)
        || country.isoCode().isPresent()
            && seen.stream()
                .flatMap(k -> gazetteer.byKey(k).stream())
                .filter(e -> !e.isCountry())
                .anyMatch(e -> e.country().equals(country.isoCode()));
  }

  /** Whether a word is written all in capitals, as a dateline ("ANKARA") is. */
  private static boolean isUpperCase(String word) {
    return word.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether the Arabic article glued by a hyphen to a capitalised word starts a name at {@code i}
   * ("al-Shabaab", "al-Qaeda", split in three by the tokenizer), or written apart before it ("al
   * Shabaab"): known names may start so.
   */
  private static boolean articled(List<String> words, int i) {
    return i + 2 < words.size()
            && ArabicArticles.isArticle(words.get(i))
            && words.get(i + 1).equals("-")
            && startsName(words.get(i + 2))
        || i + 1 < words.size()
            && ArabicArticles.isWrittenApart(words.get(i))
            && startsName(words.get(i + 1));
  }

  private static boolean startsName(String word) {
    return !word.isEmpty()
        && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)));
  }

  private Optional<Mention> name(
      Sentence s, List<String> words, int i, Set<String> seen, Set<String> cued, String body) {
    Optional<GazetteerMatch> match = gazetteer.longestMatchAt(words, i);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    GazetteerMatch m = match.get();
    if (hyphenedAcronym(s.tokens(), m.span()) || afterClubWord(words, m.span())) {
      return Optional.empty();
    }
    List<NameCandidate> candidates = m.candidates();
    boolean capital = candidates.stream().anyMatch(c -> c.form() == NameCandidate.Form.CAPITAL);
    Optional<GazetteerEntry> country =
        capital ? gazetteer.byCapital(text(s, m.span(), body)) : Optional.empty();
    Optional<GazetteerEntry> introduced = contextual(candidates, seen);
    if (country.isPresent() && introduced.isPresent() && !usedAsLocation(words, i)) {
      // "the EU ... Brussels imposed tariffs": the seat stands for the body named before
      return Optional.of(mention(s, m.span(), introduced.get(), "gazetteer:context", 0.75, body));
    }
    if (country.isPresent() && beforeAgentParticiple(s.tokens(), m.span().end())) {
      // "the Moscow-backed separatists": the state that backs them, whatever comes before
      return Optional.of(mention(s, m.span(), country.get(), CAPITAL, 0.7, body));
    }
    if (country.isPresent()) {
      boolean dateline =
          words.get(i).length() > 3 && isUpperCase(words.get(i))
              || isDateline(s, words, i, m.span().end(), body);
      if (!usedAsLocation(words, i)
          && !dateline
          && !PlaceAppositions.inApposition(words, i, m.span().end())
          && !PlaceAppositions.afterPlaceNoun(words, i, this::isDemonym)
          && !withItsCountry(words, m, country.get())
          && !beforeLocalOffice(words, m.span().end())
          && !beforeSeatWord(words, m.span().end())
          && !listedWithPlaces(words, m.span())
          && !CityUses.asCity(words, i, m.span().end())
          && !afterLocatedName(words, i, m.span().end())) {
        return Optional.of(mention(s, m.span(), country.get(), CAPITAL, 0.7, body));
      }
      Optional<GazetteerEntry> place =
          candidates.stream()
              .map(NameCandidate::entry)
              .filter(e -> e.type() == EntityType.PLACE)
              .findFirst();
      return place.map(p -> mention(s, m.span(), p, "gazetteer", 0.85, body));
    }
    Optional<GazetteerEntry> unique = m.unique();
    if (unique.isPresent()) {
      if (gazetteer.isStopName(text(s, m.span(), body))
          || gazetteer.opensPortfolioTitle(words, m.span().start(), m.span().end())
          || gazetteer.isGenerated(unique.get())
              && unique.get().type() == EntityType.PLACE
              && inCompound(s, words, m.span())
          || unique.get().type() == EntityType.PLACE && inRoyalTitle(words, i)) {
        return Optional.empty();
      }
      if (unique.get().isCountry() && beforeGovernorTitle(words, m.span().end())) {
        // "Georgia Governor Brian Kemp": a state of a federation that shares a country's name
        return Optional.of(
            Mention.unkeyed(
                s.charSpan(m.span()), body, EntityType.PLACE, s.index(), "gazetteer:state", 0.7));
      }
      return Optional.of(mention(s, m.span(), unique.get(), "gazetteer", 0.95, body));
    }
    if (onlyCountries(candidates).isPresent()) {
      return inLongerName(words, m.span())
          ? Optional.empty()
          : Optional.of(unlinked(s, m.span(), SHARED_NAME, body)); // resolved in find
    }
    return contextual(candidates, seen)
        .or(() -> cuedCompany(words, m))
        .or(() -> seatPlace(words, m))
        .or(() -> contextual(candidates, cued))
        .map(e -> mention(s, m.span(), e, "gazetteer:context", 0.75, body));
  }

  /**
   * The keys of the companies whose context-dependent name the article gives a company's cue
   * somewhere ({@link #cuedCompany}): {@code Apple said it would appeal. Apple chief executive Jane
   * Doe called the fine unfair} names the company in both sentences, as an article that spells the
   * name out once names it throughout.
   */
  private Set<String> cuedCompanies(AnnotatedArticle article) {
    Set<String> cued = new HashSet<>();
    for (Sentence s : article.sentences()) {
      List<String> words = Token.texts(s.tokens());
      for (int i = 0; i < words.size(); i++) {
        if (startsName(words.get(i))) {
          gazetteer
              .longestMatchAt(words, i)
              .flatMap(m -> cuedCompany(words, m))
              .ifPresent(e -> cued.add(e.key()));
        }
      }
    }
    return cued;
  }

  /**
   * {@code Apple chief executive Tim Cook}, {@code Meta-owned WhatsApp}, {@code the tech giant
   * Apple}, {@code fined Apple}, {@code Google and Apple}: a name the gazetteer gives a company
   * only in context ({@code ~Apple}) is that company with a word next to it that only a company
   * has: a role or part of a company after it or its possessive ({@code company_cues.txt}), a
   * participle of ownership after its hyphen, a kind of organisation or a verb of fining or suing
   * before it, or another known company listed with it. Without one it is left alone, since it is a
   * fruit, a river, a word or a given name as well.
   */
  private Optional<GazetteerEntry> cuedCompany(List<String> words, GazetteerMatch m) {
    Optional<GazetteerEntry> company =
        m.candidates().stream()
            .filter(c -> c.form() == NameCandidate.Form.CONTEXTUAL)
            .map(NameCandidate::entry)
            .filter(GazetteerMentionFinder::isCompany)
            .findFirst();
    if (company.isEmpty()) {
      return company;
    }
    int start = m.span().start();
    int end = m.span().end();
    String before = start > 0 ? words.get(start - 1).toLowerCase(Locale.ROOT) : "";
    String after = end < words.size() ? words.get(end).toLowerCase(Locale.ROOT) : "";
    String next = end + 1 < words.size() ? words.get(end + 1).toLowerCase(Locale.ROOT) : "";
    boolean cued =
        COMPANY_CUES.contains(after)
            || after.matches("['’]s") && COMPANY_CUES.contains(next)
            || after.equals("-") && OWNERSHIP.contains(next)
            || KindNameFinder.isOrganisationKind(before)
            || SUING.contains(before)
            || listedWithCompany(words, start, end);
    return company.filter(c -> cued);
  }

  private static boolean isCompany(GazetteerEntry e) {
    return e.subtype().filter(t -> t == EntitySubtype.COMPANY).isPresent();
  }

  /**
   * Whether a company the gazetteer knows plainly is listed right before or after the name ({@code
   * Google and Apple}, {@code Apple, Google and Amazon}).
   */
  private boolean listedWithCompany(List<String> words, int start, int end) {
    if (end < words.size() && LIST_JOINS.contains(words.get(end))) {
      int k = end + 1 < words.size() && words.get(end + 1).equals("and") ? end + 2 : end + 1;
      if (plainCompanyAt(words, k, -1)) {
        return true;
      }
    }
    if (start > 0 && LIST_JOINS.contains(words.get(start - 1))) {
      int join = start >= 2 && words.get(start - 2).equals(",") ? start - 2 : start - 1;
      for (int j = Math.max(0, join - 6); j < join; j++) {
        if (plainCompanyAt(words, j, join)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a name at {@code k} (ending at {@code end}, unless negative) is one known company. */
  private boolean plainCompanyAt(List<String> words, int k, int end) {
    if (k >= words.size()) {
      return false;
    }
    return gazetteer
        .longestMatchAt(words, k)
        .filter(g -> end < 0 || g.span().end() == end)
        .flatMap(g -> g.unique())
        .filter(GazetteerMentionFinder::isCompany)
        .isPresent();
  }

  /**
   * Whether a club's word stands right before the name ({@code club_words.txt}): the city of "Real
   * Madrid" or "Dynamo Kyiv" is part of a sports club's name, neither a place nor its country.
   */
  private static boolean afterClubWord(List<String> words, TokenSpan span) {
    return span.start() > 0 && CLUB_WORDS.contains(words.get(span.start() - 1));
  }

  /**
   * Whether a hyphen glued on both sides and a participle whose agent is the word before it follow
   * a name ending before token {@code end} ({@code agent_participles.txt}): {@code Moscow-backed},
   * {@code Doha-brokered}. "Moscow - The ministry said", a dateline, has spaces round its dash.
   */
  private static boolean beforeAgentParticiple(List<Token> tokens, int end) {
    if (end < 1 || end + 1 >= tokens.size()) {
      return false;
    }
    Token hyphen = tokens.get(end);
    Token participle = tokens.get(end + 1);
    return hyphen.text().equals("-")
        && tokens.get(end - 1).span().end() == hyphen.span().start()
        && hyphen.span().end() == participle.span().start()
        && AGENT_PARTICIPLES.contains(participle.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a known acronym is only the first piece of a longer one, glued to a capital letter by a
   * hyphen: "PDI" of "PDI-P", "MDC" of "MDC-T" name a party's faction or successor, not the body
   * the shorter acronym names. A longer piece after the hyphen is left alone, since two acronyms
   * are joined so as well ("US-EU talks").
   */
  private static boolean hyphenedAcronym(List<Token> tokens, TokenSpan span) {
    int end = span.end();
    if (span.length() != 1 || end + 1 >= tokens.size()) {
      return false;
    }
    Token name = tokens.get(span.start());
    Token hyphen = tokens.get(end);
    Token piece = tokens.get(end + 1);
    return name.text().length() >= 2
        && isUpperCase(name.text())
        && hyphen.text().equals("-")
        && name.span().end() == hyphen.span().start()
        && hyphen.span().end() == piece.span().start()
        && piece.text().length() == 1
        && Character.isUpperCase(piece.text().charAt(0));
  }

  /**
   * {@code a New York-based group}: the place a name gives only in context ({@code ~New York}) is
   * that place before a hyphen and a participle of a seat ({@link #beforeSeatWord}), which only a
   * place takes.
   */
  private static Optional<GazetteerEntry> seatPlace(List<String> words, GazetteerMatch m) {
    if (!beforeSeatWord(words, m.span().end())) {
      return Optional.empty();
    }
    return m.candidates().stream()
        .filter(c -> c.form() == NameCandidate.Form.CONTEXTUAL)
        .map(NameCandidate::entry)
        .filter(e -> e.type() == EntityType.PLACE)
        .findFirst();
  }

  /** The first context-dependent reading of a name whose entry the article has named before. */
  private static Optional<GazetteerEntry> contextual(
      List<NameCandidate> candidates, Set<String> seen) {
    return candidates.stream()
        .filter(c -> c.form() == NameCandidate.Form.CONTEXTUAL && seen.contains(c.entry().key()))
        .findFirst()
        .map(NameCandidate::entry);
  }

  private static Mention unlinked(Sentence s, TokenSpan span, String finder, String body) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(chars, body, EntityType.COUNTRY, s.index(), finder, 0.7);
  }

  /**
   * Whether a capital's name is followed by a comma and its own country ("a delegation to Berlin,
   * Germany"): the city is named as a place, with the country that locates it.
   */
  private boolean withItsCountry(List<String> words, GazetteerMatch capital, GazetteerEntry of) {
    int comma = capital.span().end();
    if (comma + 1 >= words.size() || !words.get(comma).equals(",")) {
      return false;
    }
    return gazetteer
        .longestMatchAt(words, comma + 1)
        .flatMap(g -> g.unique())
        .filter(e -> e.key().equals(of.key()))
        .isPresent();
  }

  /**
   * Whether a capital's name is listed next to a place that is no capital ("stations in Adelaide,
   * Canberra and Perth", "Oregon, Washington, and Nevada"): a list of places names cities and
   * regions, not governments. Capitals listed together ("Washington and Beijing agreed") still
   * stand for their countries.
   */
  private boolean listedWithPlaces(List<String> words, TokenSpan name) {
    int after = name.end();
    if (after < words.size() && words.get(after).equals(",")) {
      after++;
    }
    if (after < words.size()
        && LIST_JOINS.contains(words.get(after))
        && !words.get(after).equals(",")) {
      after++;
    }
    if (after > name.end() && after < words.size() && plainPlaceAt(words, after, -1)) {
      return true;
    }
    int before = name.start() - 1;
    if (before < 1 || !LIST_JOINS.contains(words.get(before))) {
      return false;
    }
    for (int start = Math.max(0, before - 3); start < before; start++) {
      // the longest name ending at the join decides: "New Delhi and X" lists a capital, though
      // "Delhi" alone is a plain place
      if (gazetteer
          .longestMatchAt(words, start)
          .filter(m -> m.span().end() == before)
          .isPresent()) {
        return plainPlaceAt(words, start, before);
      }
    }
    return false;
  }

  /**
   * Whether a capital over tokens {@code [i, end)} completes a place named after "in", "at" or
   * "near" and a comma, and the clause goes on with no verb of its own: "a bomb exploded in
   * Karrada, Tirana, on Sunday" (a district, then its city). "Talks were held in Doha, Tirana said"
   * keeps the state: a lower-case word that is no preposition follows there.
   */
  private static boolean afterLocatedName(List<String> words, int i, int end) {
    if (i < 3 || !words.get(i - 1).equals(",")) {
      return false;
    }
    int start = i - 1;
    while (start > 0 && i - 1 - start < 3 && startsName(words.get(start - 1))) {
      start--;
    }
    if (start == i - 1 || start == 0 || !IN_PLACE.contains(words.get(start - 1))) {
      return false;
    }
    if (end == words.size()) {
      return true;
    }
    String next = words.get(end);
    return !next.isEmpty()
        && (!Character.isLetter(next.codePointAt(0))
            || LOCATIVE.contains(next)
            || next.equals("for"));
  }

  /**
   * Whether a gazetteer place that is no capital starts at token {@code start} (and ends at token
   * {@code end}, unless that is -1).
   */
  private boolean plainPlaceAt(List<String> words, int start, int end) {
    return gazetteer
        .longestMatchAt(words, start)
        .filter(m -> end < 0 || m.span().end() == end)
        .filter(m -> m.candidates().stream().noneMatch(c -> c.form() == NameCandidate.Form.CAPITAL))
        .flatMap(g -> g.unique())
        .filter(e -> e.type() == EntityType.PLACE)
        .isPresent();
  }

  /** Whether the words before token {@code i} make the name there a location. */
  static boolean usedAsLocation(List<String> words, int i) {
    if (i == 0) {
      return false;
    }
    String before = words.get(i - 1).toLowerCase(Locale.ROOT);
    if (before.equals("on")
        && i > 1
        && (MEASURES.contains(words.get(i - 2).toLowerCase(Locale.ROOT))
            || ON_OBJECT_VERBS.contains(words.get(i - 2).toLowerCase(Locale.ROOT)))) {
      // "sanctions on Caracas", "called on Manila": the target of a measure or the object of a
      // verb, not a place
      return false;
    }
    if (LOCATIVE.contains(before) || AT_PLACE.contains(before)) {
      return true;
    }
    return i > 1
            && (before.equals("to") || before.equals("from"))
            && TRAVEL.contains(words.get(i - 2).toLowerCase(Locale.ROOT))
        || before.equals("to") && endsRoute(words, i - 1);
  }

  /**
   * Whether the "to" at token {@code to} ends a route that a word of travel opens with "from" and a
   * name: "flights from Lima to Quito", "a train from Hanoi to Beijing". The name after "to" is
   * where the route ends, as the one after "from" is where it starts.
   */
  private static boolean endsRoute(List<String> words, int to) {
    int j = to - 1;
    while (j > 0 && to - j <= 4 && startsName(words.get(j))) {
      j--;
    }
    return j > 0
        && j < to - 1
        && words.get(j).equals("from")
        && TRAVEL.contains(words.get(j - 1).toLowerCase(Locale.ROOT));
  }

  private boolean isDemonym(String word) {
    return gazetteer.longestDemonymAt(List.of(word), 0).isPresent();
  }

  /**
   * Whether a royal title and "of" stand before token {@code i}: the place names the title ("the
   * Prince of Wales", "the Duke of Aster"), not a place the text speaks of. A country there is the
   * realm a ruler holds ("the Emir of Qatar") and is not asked about.
   */
  private boolean inRoyalTitle(List<String> words, int i) {
    return i >= 2
        && words.get(i - 1).equals("of")
        && Character.isUpperCase(words.get(i - 2).codePointAt(0))
        && gazetteer
            .title(words.get(i - 2))
            .filter(t -> t.kind() == PersonTitle.Kind.ROYAL)
            .isPresent();
  }

  /**
   * Whether a hyphen and a participle of a seat follow a name ending before token {@code end}:
   * {@code a Port Aster-based group}, {@code Port Aster-headquartered}. A capital there is the city
   * where the body sits, not its country's government.
   */
  static boolean beforeSeatWord(List<String> words, int end) {
    return end + 1 < words.size()
        && words.get(end).equals("-")
        && words.get(end + 1).toLowerCase(Locale.ROOT).matches("based|headquartered");
  }

  /**
   * Whether the office of a city or region's own head follows a name ending before token {@code
   * end}: {@code Port Aster mayor Jane Doe}, {@code Port Aster's deputy governor}. A capital there
   * is the city, not its country (a country has no mayor); the words are general English (Oxford
   * Learner's mayor, governor; deputy, vice), as in the relate stage's {@code local_roles.txt}.
   */
  static boolean beforeLocalOffice(List<String> words, int end) {
    int j = end;
    if (j < words.size() && words.get(j).matches("['’]s")) {
      j++;
    }
    if (j < words.size() && words.get(j).toLowerCase(Locale.ROOT).matches("deputy|vice")) {
      j++;
    }
    return j < words.size() && LOCAL_OFFICES.contains(words.get(j).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the title "Governor" follows a name ending before token {@code end} right away, as news
   * writes a state's governor before his name ({@code Aster Governor Jane Doe}): a country has no
   * governor of its own, so a country's name there names a state or province that shares it; nor a
   * lieutenant governor. Not "Governor-General", a country's office in the Commonwealth, nor
   * "Governor General".
   */
  static boolean beforeGovernorTitle(List<String> words, int end) {
    if (end + 1 < words.size()
        && words.get(end).equals("Lieutenant")
        && words.get(end + 1).equals("Governor")) {
      end++; // "Aster Lieutenant Governor Jane Doe": the officer next below a state's governor
    }
    return end < words.size()
        && words.get(end).equals("Governor")
        && !(end + 1 < words.size() && words.get(end + 1).matches("-|General"));
  }

  /**
   * Whether the name at tokens {@code [i, end)} opens the article as a dateline: first in the
   * sentence that starts where the dateline stands ({@link LeadLines}), or after an agency prefix
   * ("AGENCY-City"), and followed by a comma, a parenthesis or a dash.
   */
  static boolean isDateline(Sentence s, List<String> words, int i, int end, String body) {
    if (end >= words.size()
        || !DATELINE_NEXT.contains(words.get(end))
        || s.span().start() != LeadLines.datelineStart(body)) {
      return false;
    }
    return i == 0 || i == 2 && words.get(1).equals("-") && isUpperCase(words.get(0));
  }

  /**
   * A demonym standing for its country, unless a capitalised compass word before it makes it a
   * region's adjective ("South American", "West African"; but "the northern Freedonian region" is
   * Freedonia's); a compass word that belongs to the demonym ("South Korean") is matched from
   * there. A demonym that names an ethnic community rather than its state stands for no country
   * either: one after "ethnic" ("ethnic Serbs in the north"), and one stacked on another country's
   * name or demonym, whichever comes first ("Bosnian Serb leader", "Kosovo Serbs", "Turkish Cypriot
   * leader"): such a pair names a people living in a state, and which of the two is the state is
   * not shown by the order. A demonym shared by two countries ("Congolese") before a capitalised
   * word is part of a longer name ("Korean War") unless that word is a title or a state noun
   * ("Congolese President Jane Doe", {@link #beforeState}).
   */
  private Optional<Mention> demonym(Sentence s, List<String> words, int i, String body) {
    if (i > 0
        && Character.isUpperCase(words.get(i - 1).charAt(0))
        && CheckedNameFinder.COMPASS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (i > 0 && words.get(i - 1).equalsIgnoreCase("ethnic") || gazetteer.countryEndsAt(words, i)) {
      return Optional.empty();
    }
    return gazetteer
        .longestDemonymAt(words, i)
        .filter(m -> gazetteer.longestDemonymAt(words, m.span().end()).isEmpty())
        .flatMap(
            m ->
                m.unique()
                    .map(country -> mention(s, m.span(), country, "gazetteer:demonym", 0.8, body))
                    .or(
                        () ->
                            onlyCountries(m.candidates())
                                .filter(
                                    c ->
                                        !inLongerName(words, m.span())
                                            || beforeState(words, m.span().end()))
                                .map(c -> unlinked(s, m.span(), SHARED_DEMONYM, body)))
                    .or(
                        () ->
                            contextualCountry(m)
                                .filter(c -> beforeState(words, m.span().end()))
                                .map(
                                    c -> mention(s, m.span(), c, "gazetteer:demonym", 0.7, body))));
  }

  /**
   * The one country a demonym may denote when the gazetteer marks it context-dependent for reasons
   * outside the countries ("Georgian" is also a period's style and a US state's people).
   */
  private static Optional<GazetteerEntry> contextualCountry(GazetteerMatch m) {
    List<GazetteerEntry> entries =
        m.candidates().stream().map(NameCandidate::entry).distinct().toList();
    return entries.size() == 1
            && entries.get(0).type() == EntityType.COUNTRY
            && m.candidates().stream().allMatch(c -> c.form() == NameCandidate.Form.CONTEXTUAL)
        ? Optional.of(entries.get(0))
        : Optional.empty();
  }

  /**
   * Whether the word at {@code next} makes a demonym before it stand for a state: a title
   * ("Georgian Prime Minister"), a government body's head ("Georgian Parliament") or a noun for
   * those who act for a state ("Georgian authorities"; {@link StateNouns}), or "capital" (WordNet
   * capital.n.03, the seat of a state's government: "Tbilisi, the Georgian capital"; a federated
   * state's is written with its name, "the Georgia capital").
   */
  private boolean beforeState(List<String> words, int next) {
    if (next >= words.size()) {
      return false;
    }
    String word = words.get(next);
    return gazetteer.titleAt(words, next).isPresent()
        || gazetteer.governmentBodyHead(word).isPresent()
        || StateNouns.GROUP.contains(word)
        || word.equals("capital");
  }

  /**
   * Whether a place name from a field lexicon is only part of a longer name: a capitalised word
   * follows that is not a title ("Houston Chronicle", "Columbus Day"; but "Ohio Governor Jane
   * Roe"), or a hyphen and a capitalised word ("Khyber-Pakhtunkhwa"), or a capitalised word comes
   * before, other than a compass word or a demonym, that does not just open the sentence as an
   * ordinary word ("Vyacheslav Molotov", "Mr Essen", "Jane Tampa"; but "In Ohio", "Western Anbar",
   * "Indian Kerala"), or it is {@link #inLongerName} otherwise ("Bank of X").
   */
  private boolean inCompound(Sentence s, List<String> words, TokenSpan span) {
    int end = span.end();
    if (end + 1 < words.size() && words.get(end).equals("-")) {
      return startsWithCapital(words.get(end + 1));
    }
    int before = span.start() - 1;
    if (before >= 0
        && startsWithCapital(words.get(before))
        && !CheckedNameFinder.COMPASS.contains(words.get(before).toLowerCase(Locale.ROOT))
        && gazetteer.byDemonym(words.get(before)).isEmpty()
        && (before > 0
            || GivenNames.isGivenName(words.get(before))
            || s.tokens().get(before).pos().equals("PROPN"))) {
      return true;
    }
    return inLongerName(words, span) && gazetteer.titleAt(words, end).isEmpty();
  }

  /**
   * Whether the words at {@code span} are part of a longer name no finder may have read: a
   * capitalised word follows ("Korea Herald", "Korean War") or a capitalised word and "of" come
   * before ("Bank of Korea").
   */
  static boolean inLongerName(List<String> words, TokenSpan span) {
    int end = span.end();
    int start = span.start();
    return end < words.size() && startsWithCapital(words.get(end))
        || start >= 2
            && words.get(start - 1).equals("of")
            && startsWithCapital(words.get(start - 2));
  }

  private static boolean startsWithCapital(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static String text(Sentence s, TokenSpan span, String body) {
    return s.charSpan(span).of(body);
  }

  private static Mention mention(
      Sentence s,
      TokenSpan span,
      GazetteerEntry entry,
      String finder,
      double confidence,
      String body) {
    CharSpan chars = s.charSpan(span);
    return new Mention(
        chars,
        chars.of(body),
        entry.type(),
        s.index(),
        finder,
        confidence,
        Optional.of(entry.key()));
  }
}
