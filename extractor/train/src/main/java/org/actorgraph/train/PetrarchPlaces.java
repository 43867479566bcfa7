package org.actorgraph.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.train.PetrarchDictionary.Actor;

/**
 * The places a PETRARCH country record lists among its synonyms: cities, states, provinces, rivers
 * and mountains of that country.
 *
 * <p>A country record lists the country's own forms first (spellings, misspellings, names in other
 * languages, demonyms, nicknames), then its capital, then its cities and regions ("INDIA_ [IND]",
 * "+BHARAT_", "+INDYA_", "+NEW_DELHI_", "+MUMBAI_", "+KERALA_"); a few list their capital first
 * ("WASHINGTON_D.C." before "+ESTADOS_UNIDOS_"). So a synonym is taken only when it comes after
 * both the capital and the last synonym that is a form of the country, and even then not when it is
 * a form of the country (a demonym, a formal name, a misspelling of one of its names), a dictionary
 * word, a name people bear (a given name, or a family name of a person PETRARCH lists: "Austin",
 * "Lagos"), a word for a person ("Scotsman"), or one the curated files or another country record
 * already claim. A record whose capital is not among its synonyms gives no places, since there is
 * no telling its place names from its name variants.
 */
final class PetrarchPlaces {

  /** A place: its cased name, its country's ISO 3166-1 alpha-2 code and its subtype if told. */
  record Place(String name, String country, Optional<String> subtype) {}

  /** Last words that make a place a region ("Borno State", "Idlib Governorate"). */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "PROVINCE",
          "STATE",
          "REGION",
          "TERRITORY",
          "TERRITORIES",
          "GOVERNORATE",
          "DISTRICT",
          "COUNTY",
          "PREFECTURE",
          "OBLAST",
          "VALLEY",
          "ISLANDS",
          "PENINSULA");

  private static final String TOKEN = "[A-Z][A-Z']*(-[A-Z][A-Z']*)*";

  private final PetrarchActorRules rules;
  private final PetrarchNames names;
  private final CuratedGazetteer curated;
  private final Set<String> personWords;

  /**
   * @param personWords single words people bear as names (given names, family names), upper case
   */
  PetrarchPlaces(
      PetrarchActorRules rules,
      PetrarchNames names,
      CuratedGazetteer curated,
      Set<String> personWords) {
    this.rules = rules;
    this.names = names;
    this.curated = curated;
    this.personWords = personWords;
  }

  /**
   * The places of every country record, in the order the records list them; a name in {@code
   * claimed} (folded) or listed by two countries is left out.
   */
  List<Place> places(List<Actor> countries, Set<String> claimed) {
    Map<String, Place> byFold = new LinkedHashMap<>();
    Map<String, Set<String>> owners = new HashMap<>();
    for (Actor a : countries) {
      Optional<CuratedGazetteer.Country> country = country(a);
      if (country.isEmpty()) {
        continue;
      }
      List<String> phrases = a.phrases();
      int capital = capitalIndex(phrases, country.get());
      if (capital < 0) {
        continue;
      }
      int start = capital;
      for (int i = capital + 1; i < phrases.size(); i++) {
        if (isCountryForm(phrases.get(i), country.get())) {
          start = i;
        }
      }
      for (int i = start + 1; i < phrases.size(); i++) {
        List<String> tokens = PetrarchNames.tokens(phrases.get(i));
        String fold = CuratedGazetteer.fold(String.join(" ", tokens));
        if (claimed.contains(fold) || !isPlaceName(tokens, country.get())) {
          continue;
        }
        owners.computeIfAbsent(fold, k -> new HashSet<>()).add(country.get().iso2());
        byFold.putIfAbsent(
            fold, new Place(names.personName(tokens), country.get().iso2(), subtype(tokens)));
      }
    }
    List<Place> out = new ArrayList<>();
    byFold.forEach(
        (fold, place) -> {
          if (owners.get(fold).size() == 1) {
            out.add(place);
          }
        });
    return out;
  }

  /**
   * The country a record stands for: an undated country code, or (for a country whose code changed
   * with its history: "IRAQ_ [IRQ <20030320] [IRQ >20060520]") a dated one when the record's own
   * name is that country's name.
   */
  private Optional<CuratedGazetteer.Country> country(Actor a) {
    Optional<CuratedGazetteer.Country> undated = rules.countryRecord(a);
    if (undated.isPresent()) {
      return undated;
    }
    String fold = CuratedGazetteer.fold(a.phrases().get(0));
    return a.codes().stream()
        .map(c -> curated.byIso3.get(c.code()))
        .filter(
            c ->
                c != null
                    && c.names().stream().anyMatch(n -> CuratedGazetteer.fold(n).equals(fold)))
        .findFirst();
  }

  private static int capitalIndex(List<String> phrases, CuratedGazetteer.Country country) {
    for (int i = 1; i < phrases.size(); i++) {
      if (country.capitals().contains(CuratedGazetteer.fold(phrases.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a synonym is a form of the country itself (a name the curated or generated files give
   * it, a demonym, a formal name or a misspelling): the place names start after the last of these.
   */
  private boolean isCountryForm(String phrase, CuratedGazetteer.Country country) {
    List<String> tokens = PetrarchNames.tokens(phrase);
    String fold = CuratedGazetteer.fold(phrase);
    return !tokens.isEmpty()
        && (country.demonyms().contains(fold)
            || country.names().stream().anyMatch(n -> CuratedGazetteer.fold(n).equals(fold))
            || rules.isDemonym(tokens, country)
            || rules.isFormalName(tokens, country)
            || misspellsName(tokens, country));
  }

  private boolean isPlaceName(List<String> tokens, CuratedGazetteer.Country country) {
    if (tokens.isEmpty() || !tokens.stream().allMatch(t -> t.matches(TOKEN))) {
      return false;
    }
    if (rules.isDemonym(tokens, country) || rules.isFormalName(tokens, country)) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1);
    if (last.endsWith("MAN") || last.endsWith("MEN")) {
      return false;
    }
    if (tokens.size() == 1
        && (names.isEnglishWord(last) || names.isFirstName(last) || personWords.contains(last))) {
      return false;
    }
    return !misspells(tokens, country);
  }

  /** Whether the whole phrase is within two edits of one of the country's names ("INDYA"). */
  private static boolean misspellsName(List<String> tokens, CuratedGazetteer.Country country) {
    String joined = String.join("", tokens);
    return joined.length() >= 5
        && country.names().stream()
            .anyMatch(n -> distance(joined, CuratedGazetteer.fold(n).replace(" ", "")) <= 2);
  }

  /**
   * Whether the phrase misspells the country: the whole phrase ({@link #misspellsName}), or a word
   * of five letters or more one edit from (but not equal to) a word of one of its names ("UNITED
   * STAETS"). "SOUTH AUSTRALIA" names a word of the country exactly and is kept.
   */
  private static boolean misspells(List<String> tokens, CuratedGazetteer.Country country) {
    if (misspellsName(tokens, country)) {
      return true;
    }
    for (String name : country.names()) {
      for (String n : PetrarchNames.tokens(CuratedGazetteer.fold(name))) {
        for (String t : tokens) {
          if (n.length() >= 5 && !t.equals(n) && distance(t, n) <= 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Optional<String> subtype(List<String> tokens) {
    String last = tokens.get(tokens.size() - 1);
    if (tokens.size() > 1 && REGION_WORDS.contains(last)) {
      return Optional.of("Region");
    }
    if (tokens.size() > 1 && last.equals("CITY")) {
      return Optional.of("City");
    }
    return Optional.empty();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
