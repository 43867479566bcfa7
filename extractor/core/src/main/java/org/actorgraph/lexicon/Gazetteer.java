package org.actorgraph.lexicon;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.text.TokenSpan;
import org.actorgraph.text.WordFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The known countries, organisations and places, with the person titles, government-body patterns
 * and stop names the mention finder and resolver need. Immutable; {@link #standard()} loads the
 * files under {@code org/actorgraph/gazetteer/} once.
 *
 * <p>Names are matched token by token after {@link NameTokens} normalisation (curly apostrophes,
 * dotted initials, a leading "the"). A stored acronym ({@code US}, {@code WHO}) matches only when
 * written the same; other names also match in another case or without accents when the input starts
 * with a capital ("UNITED STATES", "Bogota"), never in lower case ("turkey").
 *
 * <p>Design decision: one trie per kind of phrase keyed by folded tokens, so a longest match costs
 * one hash lookup per token; exact lookups go through the same trie rather than a second map, so
 * the two can never disagree.
 */
public final class Gazetteer {

  static final String DIRECTORY = "/org/actorgraph/gazetteer/";

  /** The portfolios of {@code portfolios.txt}, lower case ("labour", "external affairs"). */
  private static final Set<String> PORTFOLIOS =
      portfolios().stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

  private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
  private static final int LONGEST_TITLE = 8;

  private final Map<String, GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byIsoCode = new HashMap<>();
  private final Map<String, GazetteerEntry> capitalOf;
  private final Set<String> generated;
  private final Map<String, List<String>> offices;
  private final NameIndex<NameCandidate> names;
  private final NameIndex<NameCandidate> demonyms = new NameIndex<>(Gazetteer::nameMatches);
  private final NameIndex<NameCandidate> capitals = new NameIndex<>(Gazetteer::nameMatches);
  private final NameIndex<PersonTitle> titles = new NameIndex<>(Gazetteer::titleMatches);
  private final NameIndex<GovernmentBodyPattern> bodyPhrases =
      new NameIndex<>(Gazetteer::phraseMatches);
  private final Map<String, GovernmentBodyPattern> bodyHeads = new HashMap<>();
  private final List<GovernmentBodyPattern> bodyPatterns;
  private final Set<String> stopNames = new HashSet<>();

  private Gazetteer(GazetteerLoader data) {
    generated = Set.copyOf(data.generated);
    offices = Map.copyOf(data.offices);
    names = new NameIndex<>(this::generatedOrNameMatches);
    entries = Map.copyOf(data.entries);
    capitalOf = Map.copyOf(data.capitalOf);
    bodyPatterns = List.copyOf(data.governmentBodies);
    data.names.forEach(f -> names.add(f.tokens(), f.candidate()));
    data.demonyms.forEach(f -> demonyms.add(f.tokens(), f.candidate()));
    data.capitals.forEach(f -> capitals.add(f.tokens(), f.candidate()));
    for (GazetteerEntry e : data.entries.values()) {
      e.isoCode().ifPresent(code -> byIsoCode.put(code, e));
      e.isoAlpha3().ifPresent(code -> byIsoCode.put(code, e));
    }
    data.titles.forEach(t -> titles.add(titleTokens(NameTokens.tokenize(t.title())), t));
    for (GovernmentBodyPattern p : data.governmentBodies) {
      if (p.kind() == GovernmentBodyPattern.Kind.HEAD) {
        bodyHeads.put(p.words().get(0), p);
      } else {
        bodyPhrases.add(NameTokens.tokenize(p.text()), p);
      }
    }
    data.stopNames.forEach(s -> stopNames.add(String.join(" ", NameTokens.tokenize(s))));
  }

  /** The gazetteer built from the files shipped on the class path; loaded on first use. */
  public static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = fromClassPath();
  }

  /** Loads the shipped files; fails with {@code file:line: problem} on a malformed line. */
  static Gazetteer fromClassPath() {
    long start = System.nanoTime();
    GazetteerLoader loader = new GazetteerLoader();
    loader.countryVariants("countries_petrarch.tsv", open("countries_petrarch.tsv"));
    loader.countries("countries.tsv", open("countries.tsv"));
    loader.checkVariantsUsed();
    loader.organisations(
        "international_organisations.tsv",
        open("international_organisations.tsv"),
        EntityType.ORGANISATION);
    loader.organisations("organisations.tsv", open("organisations.tsv"), EntityType.ORGANISATION);
    loader.organisations("places.tsv", open("places.tsv"), EntityType.PLACE);
    loader.generatedOrganisations("organisations_petrarch.tsv", open("organisations_petrarch.tsv"));
    loader.generatedPlaces("places_petrarch.tsv", open("places_petrarch.tsv"));
    loader.people("people.tsv", open("people.tsv"));
    loader.leaders("people_petrarch.tsv", open("people_petrarch.tsv"));
    loader.titles("person_titles.tsv", open("person_titles.tsv"));
    loader.titles("person_titles_petrarch.tsv", open("person_titles_petrarch.tsv"));
    loader.portfolioTitles("portfolios.txt", open("portfolios.txt"));
    loader.governmentBodies("government_bodies.tsv", open("government_bodies.tsv"));
    loader.stopNames("stopnames.txt", open("stopnames.txt"));
    Gazetteer g = new Gazetteer(loader);
    LOG.debug(
        "gazetteer: {} entries, {} titles loaded in {} ms",
        g.entries.size(),
        loader.titles.size(),
        (System.nanoTime() - start) / 1_000_000);
    return g;
  }

  /** Builds a gazetteer from already-read files (for tests and custom data). */
  static Gazetteer of(GazetteerLoader loader) {
    return new Gazetteer(loader);
  }

  /**
   * The ministerial portfolios of {@code portfolios.txt} as written there ("Finance", "External
   * Affairs"): the fields a state's ministries are named by, for finders of ministries.
   */
  public static List<String> portfolios() {
    return WordFiles.read(DIRECTORY + "portfolios.txt");
  }

  /**
   * Whether the words from {@code start} to {@code end} are a portfolio of {@code portfolios.txt}
   * that opens a longer title ("Labour" in "Labour Minister Jane Doe"): they name the field of a
   * ministry, not an entry they may be an alias of (the Labour Party).
   */
  public boolean opensPortfolioTitle(List<String> tokens, int start, int end) {
    String words = String.join(" ", tokens.subList(start, end)).toLowerCase(Locale.ROOT);
    return PORTFOLIOS.contains(words)
        && titleAt(tokens, start).filter(t -> t.span().end() > end).isPresent();
  }

  private static Reader open(String file) {
    InputStream in = Gazetteer.class.getResourceAsStream(DIRECTORY + file);
    if (in == null) {
      throw new UncheckedIOException(
          new java.io.FileNotFoundException("class path resource " + DIRECTORY + file));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  // ---- entries

  /** Every entry: countries, organisations, capitals and other places. */
  public Collection<GazetteerEntry> entries() {
    return entries.values();
  }

  /** Every country, in no particular order. */
  public List<GazetteerEntry> countries() {
    return entries.values().stream().filter(GazetteerEntry::isCountry).toList();
  }

  /** The entry with this key (a Wikidata id or a slug). */
  public Optional<GazetteerEntry> byKey(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The entry with this Wikidata id ({@code Q736}). */
  public Optional<GazetteerEntry> byWikidata(String qid) {
    return byKey(qid).filter(e -> e.wikidata().isPresent());
  }

  /** The country with this ISO 3166-1 alpha-2 or alpha-3 code ({@code EC}, {@code ECU}). */
  public Optional<GazetteerEntry> byIsoCode(String code) {
    return Optional.ofNullable(byIsoCode.get(code));
  }

  /** The capital city of a country, when the gazetteer knows it. */
  public Optional<GazetteerEntry> capitalOf(GazetteerEntry country) {
    return Optional.ofNullable(capitalOf.get(country.key()));
  }

  /** Whether the entry comes from a generated field lexicon rather than a curated file. */
  public boolean isGenerated(GazetteerEntry entry) {
    return generated.contains(entry.key());
  }

  /** Every dated office a field lexicon gives this person (none for most entries). */
  public List<GazetteerOffice> offices(GazetteerEntry person) {
    List<String> items = offices.getOrDefault(person.key(), List.of());
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, GazetteerEntry> countriesByIso3 = new HashMap<>();
    person
        .country()
        .flatMap(this::byIsoCode)
        .ifPresent(c -> c.isoAlpha3().ifPresent(code -> countriesByIso3.put(code, c)));
    for (String item : items) {
      byIsoCode(item.substring(0, 3)).ifPresent(c -> countriesByIso3.put(item.substring(0, 3), c));
    }
    return items.stream().map(i -> GazetteerLoader.office(i, countriesByIso3)).toList();
  }

  /**
   * The offices this person is known to hold on {@code date}: only those with both ends known and
   * the date inside them, so that no fact from the lexicon is asserted outside its dates.
   */
  public List<GazetteerOffice> officesOn(GazetteerEntry person, LocalDate date) {
    return offices(person).stream().filter(o -> o.holdsOn(date)).toList();
  }

  // ---- names

  /**
   * The one entry a name denotes ("U.S.", "the United States", "NATO", "Quito"), or empty when no
   * entry or several equally good entries have this name, or the name is only context-dependent.
   */
  public Optional<GazetteerEntry> byName(String surface) {
    return GazetteerMatch.unique(candidates(surface));
  }

  /** Every entry a name may denote, strongest form first, context-dependent forms included. */
  public List<NameCandidate> candidates(String surface) {
    return strongestFirst(names.exact(NameTokens.tokenize(surface)));
  }

  /** Whether some entry the name may denote is of another type than {@code type}. */
  public boolean knowsAsOther(String surface, EntityType type) {
    return candidates(surface).stream().anyMatch(c -> c.entry().type() != type);
  }

  /** The country whose people a demonym names ("Ecuadorian", "Americans"), unless ambiguous. */
  public Optional<GazetteerEntry> byDemonym(String surface) {
    return GazetteerMatch.unique(demonymCandidates(surface));
  }

  /** Every country a demonym may name ("Korean": North and South Korea). */
  public List<NameCandidate> demonymCandidates(String surface) {
    return strongestFirst(demonyms.exact(NameTokens.tokenize(surface)));
  }

  /** The country whose capital this is ("Washington": United States), for metonymy. */
  public Optional<GazetteerEntry> byCapital(String surface) {
    return GazetteerMatch.unique(strongestFirst(capitals.exact(NameTokens.tokenize(surface))));
  }

  /**
   * The longest known name that starts at {@code tokens[start]} (annotator tokens, as written).
   * Stored names never start with "the": match from the token after it.
   */
  public Optional<GazetteerMatch> longestMatchAt(List<String> tokens, int start) {
    return names
        .longestAt(tokens, start)
        .map(m -> new GazetteerMatch(m.span(), strongestFirst(m.values())));
  }

  /**
   * Whether a country's name or demonym ends right before token {@code at} ("Kosovo Serbs",
   * "Sylvanian Minister"), starting at most three tokens before it.
   */
  public boolean countryEndsAt(List<String> tokens, int at) {
    for (int k = Math.max(0, at - 3); k < at; k++) {
      for (Optional<GazetteerMatch> m :
          List.of(longestMatchAt(tokens, k), longestDemonymAt(tokens, k))) {
        if (m.filter(x -> x.span().end() == at)
            .filter(x -> x.candidates().stream().anyMatch(c -> c.entry().isCountry()))
            .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The longest demonym that starts at {@code tokens[start]} ("South Korean", "Americans"). */
  public Optional<GazetteerMatch> longestDemonymAt(List<String> tokens, int start) {
    return demonyms
        .longestAt(tokens, start)
        .map(m -> new GazetteerMatch(m.span(), strongestFirst(m.values())));
  }

  // ---- titles, government bodies, stop names

  /** The title a whole surface string spells ("President", "Gen.", "foreign minister"). */
  public Optional<PersonTitle> title(String surface) {
    List<PersonTitle> found = titles.exact(titleTokens(NameTokens.tokenize(surface)));
    return found.stream().findFirst();
  }

  /** The longest title that starts at {@code tokens[start]} ("Prime Minister", "Lt. Gen."). */
  public Optional<TokenMatch<PersonTitle>> titleAt(List<String> tokens, int start) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    int end = Math.min(tokens.size(), start + LONGEST_TITLE);
    List<String> window = titleTokens(tokens.subList(start, end));
    return titles
        .longestAt(window, 0)
        .map(
            m ->
                new TokenMatch<>(
                    new TokenSpan(start + m.span().start(), start + m.span().end()), m.values()));
  }

  /** The head-word pattern for a word ("Ministry", "Police"), matched as written. */
  public Optional<GovernmentBodyPattern> governmentBodyHead(String word) {
    return Optional.ofNullable(bodyHeads.get(NameTokens.normalize(word)));
  }

  /** The longest government-body phrase at {@code tokens[start]} ("National Police"). */
  public Optional<TokenMatch<GovernmentBodyPattern>> governmentBodyPhraseAt(
      List<String> tokens, int start) {
    return bodyPhrases.longestAt(tokens, start);
  }

  /** Every government-body pattern, heads and phrases. */
  public List<GovernmentBodyPattern> governmentBodyPatterns() {
    return bodyPatterns;
  }

  /** Whether a capitalised word or phrase names nothing ("Sunday", "December", "Christmas"). */
  public boolean isStopName(String surface) {
    return stopNames.contains(String.join(" ", NameTokens.tokenize(surface)));
  }

  // ---- matching policies

  /**
   * Curated names follow {@link #nameMatches}; a generated name also needs every word it writes
   * with a capital to be capitalised in the text ("UN Mission" but not "UN mission").
   */
  private boolean generatedOrNameMatches(
      NameIndex.Stored<NameCandidate> stored, List<String> input) {
    if (!nameMatches(stored, input)) {
      return false;
    }
    if (!generated.contains(stored.value().entry().key())) {
      return true;
    }
    List<String> tokens = stored.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (NameTokens.isCapitalised(tokens.get(i))
          && !NameTokens.isCapitalised(input.get(i))
          && !gluedParticle(input, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code i} is a short particle inside a name, glued by a hyphen to the
   * capitalised word after it: "Deir ez-Zor", "Ansar al-Sharia". Transliterations write the article
   * in lower case where the generated files, cased word by word, may not ("Deir Ez-Zor").
   */
  private static boolean gluedParticle(List<String> input, int i) {
    return i > 0
        && i + 2 < input.size()
        && input.get(i).length() <= 3
        && input.get(i + 1).equals("-")
        && NameTokens.isCapitalised(input.get(i + 2));
  }

  static boolean nameMatches(NameIndex.Stored<NameCandidate> stored, List<String> input) {
    List<String> tokens = stored.tokens();
    if (tokens.equals(input)) {
      return true;
    }
    if (!NameTokens.isCapitalised(input.get(0)) && !articleLed(tokens, input)) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).equals(input.get(i)) && NameTokens.isAcronym(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the input opens with the Arabic article in lower case where the stored name capitalises
   * it, before a capitalised word: "al Shabaab" and "al Qaeda" as wire copy writes them, stored as
   * "Al Shabaab" and "Al Qaeda".
   */
  private static boolean articleLed(List<String> tokens, List<String> input) {
    return input.size() >= 2
        && ArabicArticles.isWrittenApart(input.get(0))
        && tokens.get(0).equalsIgnoreCase(input.get(0))
        && NameTokens.isCapitalised(input.get(1));
  }

  private static boolean titleMatches(NameIndex.Stored<PersonTitle> stored, List<String> input) {
    return !stored.value().capitalisedOnly() || NameTokens.isCapitalised(input.get(0));
  }

  private static boolean phraseMatches(
      NameIndex.Stored<GovernmentBodyPattern> stored, List<String> input) {
    return NameTokens.isCapitalised(input.get(0));
  }

  /** Title tokens compare without a final dot, so "Gen." and "Gen" are the same. */
  private static List<String> titleTokens(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String n = NameTokens.normalize(t);
      out.add(n.length() > 1 && n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
    }
    return out;
  }

  /** Sorts by form strength and keeps each entry once, with its strongest form. */
  private static List<NameCandidate> strongestFirst(List<NameCandidate> candidates) {
    Map<String, NameCandidate> best = new LinkedHashMap<>();
    candidates.stream()
        .sorted(Comparator.comparing(NameCandidate::form))
        .forEach(c -> best.putIfAbsent(c.entry().key(), c));
    return List.copyOf(best.values());
  }
}
