package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds names that a name and a generic word make together:
 *
 * <ul>
 *   <li>places named with their kind: a capitalised name followed by "district", "province",
 *       "governorate", "region", "neighbourhood" or "area" ("Karrada district", "Anbar province",
 *       "Wadi Barada area"), or after "Mount" ("Mount Sinjar");
 *   <li>facilities and natural features by a generic head ({@code place_heads.txt}): "Aster Air
 *       Base", "Aster International Airport", "Gulf of Aster", "Lake Aster";
 *   <li>names listed before a plural kind of place: "the Aster, Borda and Cole provinces";
 *   <li>a part of a place named by a lower-case direction: "northern Aster", "eastern Port Aster";
 *   <li>a name an apposition describes as a kind of place: "Aster, the capital of North Sylvania",
 *       "Aster, capital of North Sylvania", "Port Aster, a coastal city in Freedonia";
 *   <li>a name right after "capital" or "city" and the words that open them: "Sylvania's capital
 *       Aster", "the Sylvanian capital Aster";
 *   <li>a state's security or armed forces: a country or its demonym followed by "security forces"
 *       or "armed forces" ("Iraqi security forces", "Iraq's Security Forces");
 *   <li>a region's armed group: a region the gazetteer knows, or its demonym, followed by "forces",
 *       "fighters", "militia(s)" or "rebels" ("Tigrayan forces", "Donetsk militias").
 * </ul>
 *
 * <p>Design decision: a country's "security forces" or "armed forces" name its institution (an
 * organisation, as the gold counts "Iraqi security forces"), while a country with "forces",
 * "troops" or "soldiers" alone ("US forces") describes some of its soldiers and stays generic, as
 * the annotation rules say; a region is no state, so its "forces" are a named armed group, not some
 * of a state's soldiers. A name that is itself a country or demonym ("Syrian region") is not a
 * place name.
 */
public final class PatternMentionFinder implements MentionFinder {

  private static final Set<String> PLACE_KINDS =
      Set.of(
          "district",
          "province",
          "governorate",
          "region",
          "neighbourhood",
          "neighborhood",
          "area",
          "suburbs",
          "outskirts");

  /** Kinds of group that make the name before them an organisation: "the Aster tribe". */
  private static final Set<String> GROUP_KINDS = Set.of("tribe", "clan");

  private static final Set<String> PLURAL_KINDS =
      Set.of(
          "districts", "provinces", "governorates", "regions", "states", "counties", "territories");

  /** Articles that open a description of a place after its name. */
  private static final Set<String> DESCRIBING = Set.of("the", "a", "an");

  /** Kinds of place such a description ends in: "Aster, a port city in Freedonia". */
  private static final Set<String> DESCRIBED_KINDS =
      Set.of(
          "capital",
          "city",
          "town",
          "village",
          "port",
          "province",
          "region",
          "district",
          "state",
          "island",
          "territory",
          "municipality",
          "county",
          "enclave",
          "suburb");

  /** A past participle after the kind: "Aster, the town devastated by floods". */
  private static final Pattern PARTICIPLE = Pattern.compile("[a-z]{3,}ed");

  /** Nouns for a settlement whose name may follow them directly: "the capital Velmora". */
  private static final Set<String> NAMING_NOUNS = Set.of("capital", "city");

  /** What may follow the kind: "of", "in", the end of the apposition. */
  private static final Set<String> DESCRIBED_AFTER =
      Set.of("of", "in", "near", "on", ",", ".", ";", "where", "which", "that", "close");

  private static final Set<String> FORCE_KINDS = Set.of("security", "armed");

  /** Nouns for a region's armed men ("Tigrayan forces"); Oxford Learner's senses of each. */
  private static final Set<String> ARMED_MEN =
      Set.of("forces", "fighters", "militia", "militias", "rebels");

  /** How a demonym is made from a region's name: Tigray-an, Crimea-n, Kashmir-i, Darfur-i. */
  private static final List<String> REGION_DEMONYM_ENDINGS = List.of("ian", "an", "n", "i", "ese");

  private static final Set<String> DIRECTIONS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western");
  private static final Set<String> LINE_LOCATIVES = Set.of("Near", "Outside", "Around");
  private static final Map<String, List<List<String>>> HEADS_AFTER = heads("after:");
  private static final Map<String, List<List<String>>> HEADS_BEFORE = heads("before:");
  private static final int MAX_NAME_TOKENS = 3;
  private static final Set<String> NAME_PARTICLES =
      Set.of("al", "bu", "bin", "ibn", "abu", "el", "de");

  private final Gazetteer gazetteer;

  public PatternMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<String> words = Token.texts(s.tokens());
      for (int i = 0; i < words.size(); i++) {
        int here = i;
        placeWithKind(words, i)
            .ifPresent(
                span ->
                    found.add(
                        mention(
                            s,
                            span,
                            GROUP_KINDS.contains(lower(words.get(span.end() - 1)))
                                ? EntityType.ORGANISATION
                                : EntityType.PLACE,
                            article.body())));
        placeWithHead(words, i)
            .ifPresent(span -> found.add(mention(s, span, EntityType.PLACE, article.body())));
        nearPlaceAtStart(words, i)
            .ifPresent(span -> found.add(mention(s, span, EntityType.PLACE, article.body())));
        stateOfCountry(words, i)
            .ifPresent(span -> found.add(mention(s, span, EntityType.PLACE, article.body())));
        partOfPlace(words, i)
            .ifPresent(span -> found.add(mention(s, span, EntityType.PLACE, article.body())));
        for (TokenSpan span : placesOfKind(words, i)) {
          found.add(mention(s, span, EntityType.PLACE, article.body()));
        }
        describedPlace(words, i)
            .or(() -> namedAfterCapital(words, here))
            .ifPresent(span -> found.add(mention(s, span, EntityType.PLACE, article.body())));
        stateForces(words, i)
            .or(() -> regionForces(words, here))
            .ifPresent(
                span -> found.add(mention(s, span, EntityType.ORGANISATION, article.body())));
      }
    }
    return found;
  }

  /**
   * A name that an apposition after it describes as a kind of place: "Aster, the capital of North
   * Sylvania", "Aster, capital of North Sylvania", "Port Aster, a coastal city in Freedonia",
   * "Aster, Freedonia's second-largest city,", "Aster, the eastern Sylvanian city devastated by
   * floods" ({@code i} is the comma; a demonym may stand among the modifiers). Not a name the
   * gazetteer knows as a country.
   */
  private Optional<TokenSpan> describedPlace(List<String> words, int i) {
    if (i == 0 || !words.get(i).equals(",") || i + 2 >= words.size()) {
      return Optional.empty();
    }
    int k = i + 1;
    if (!bareCapital(words, k)) {
      if (!DESCRIBING.contains(lower(words.get(k)))) {
        int owner = k;
        while (owner < words.size() && owner - k < 3 && isNameWord(words.get(owner))) {
          owner++;
        }
        if (owner == k || owner + 1 >= words.size() || !words.get(owner).matches("['’]s")) {
          return Optional.empty();
        }
        k = owner;
      }
      k++;
      int modifiers = 0;
      while (k < words.size() && modifiers < 3 && !DESCRIBED_KINDS.contains(words.get(k))) {
        int place = modifiers == 0 ? knownPlaceEnd(words, k) : k;
        if (place > k) {
          k = place; // "a Black Sea port", "a Kyiv suburb": a place the gazetteer knows, first
        } else if (joinedWord(words, k)) {
          k += 2; // "a deep-water port", "second-largest", which the tokenizer splits
          continue;
        } else if (!words.get(k).matches("[a-z][a-z-]*") && !isDemonym(words.get(k))
            || words.get(k).equals("of")) { // "the secretary of state": the kind is no head
          return Optional.empty();
        } else {
          k++;
        }
        modifiers++;
      }
    }
    if (k + 2 < words.size()
        && DESCRIBED_KINDS.contains(words.get(k))
        && DESCRIBED_KINDS.contains(words.get(k + 1))) {
      k++; // "a port city in Freedonia": the last kind heads the description
    }
    if (k + 1 >= words.size()
        || !DESCRIBED_KINDS.contains(words.get(k))
        || !DESCRIBED_AFTER.contains(lower(words.get(k + 1)))
            && !PARTICIPLE.matcher(words.get(k + 1)).matches()) {
      return Optional.empty();
    }
    int start = i;
    while (start > 0 && i - start < MAX_NAME_TOKENS && isNameWord(words.get(start - 1))) {
      start--;
    }
    if (start == i || start > 0 && words.get(start - 1).matches("['’]s")) {
      return Optional.empty();
    }
    return knownCountry(words.subList(start, i))
        ? Optional.empty()
        : Optional.of(new TokenSpan(start, i));
  }

  /**
   * The name right after a noun phrase headed by "capital" or "city" ({@code i} is the noun):
   * "Puerto Rico's capital San Juan", "the Georgian capital Tbilisi", "the port city Marea". Not a
   * title ("the city Mayor Jane Roe"), nor a country or demonym.
   */
  private Optional<TokenSpan> namedAfterCapital(List<String> words, int i) {
    if (!NAMING_NOUNS.contains(words.get(i))
        || i + 1 >= words.size()
        || !isNameWord(words.get(i + 1))
        || gazetteer.title(words.get(i + 1)).isPresent()
        || !PlaceAppositions.afterPlaceNoun(words, i + 1, this::isDemonym)) {
      return Optional.empty();
    }
    int end = nameEnd(words, i + 1);
    return demonymOrKnownCountry(words.subList(i + 1, end))
        ? Optional.empty()
        : Optional.of(new TokenSpan(i + 1, end));
  }

  /**
   * The end of a place the gazetteer knows (and knows as nothing else) that starts at token {@code
   * k}, as the first modifier in a description of a place ("a Black Sea port", "a Kyiv suburb"; not
   * "a congressman from Aster province", where the place is where the person is from); {@code k}
   * when there is none.
   */
  private int knownPlaceEnd(List<String> words, int k) {
    return gazetteer
        .longestMatchAt(words, k)
        .filter(m -> m.unique().filter(e -> e.type() == EntityType.PLACE).isPresent())
        .map(m -> m.span().end())
        .orElse(k);
  }

  /**
   * Whether token {@code k} is a hyphen that joins the lower-case word before it to a lower-case
   * word after it: "deep - water", "second - largest" as the tokenizer splits them.
   */
  private static boolean joinedWord(List<String> words, int k) {
    return k > 0
        && k + 1 < words.size()
        && words.get(k).equals("-")
        && words.get(k - 1).matches("[a-z]+")
        && words.get(k + 1).matches("[a-z]+");
  }

  private boolean isDemonym(String word) {
    return gazetteer.longestDemonymAt(List.of(word), 0).isPresent();
  }

  /**
   * Whether "capital of" starts at token {@code k} with no article, as wire copy writes the
   * apposition: "Maiduguri, capital of Borno state".
   */
  private static boolean bareCapital(List<String> words, int k) {
    return k + 1 < words.size() && words.get(k).equals("capital") && words.get(k + 1).equals("of");
  }

  /** A place name ending in its kind at token {@code i}, or "Mount" + name starting there. */
  private Optional<TokenSpan> placeWithKind(List<String> words, int i) {
    if (words.get(i).equals("Mount") && i + 1 < words.size()) {
      int end = nameEnd(words, i + 1);
      return end > i + 1 ? Optional.of(new TokenSpan(i, end)) : Optional.empty();
    }
    String kind = lower(words.get(i));
    if (i == 0 || !PLACE_KINDS.contains(kind) && !GROUP_KINDS.contains(kind)) {
      return Optional.empty();
    }
    int start = i;
    int taken = 0; // name words and particles: a hyphen does not count
    while (start > 0 && taken < MAX_NAME_TOKENS) {
      if (isNameWord(words.get(start - 1))) {
        start--;
        taken++;
      } else if (start > 1
          && start < i
          && (NAME_PARTICLES.contains(words.get(start - 1))
              || ArabicArticles.isArticle(words.get(start - 1)) && words.get(start).equals("-"))
          && isNameWord(words.get(start - 2))) {
        start--; // "Al bu Nimr tribe", "Deir ez-Zor province": a particle inside the name
        taken++;
      } else if (start > 1 && words.get(start - 1).equals("-") && start < i) {
        start--; // "Al-Sinek": the hyphen joins two name words
      } else {
        break;
      }
    }
    if (start < i && words.get(start).equals("-")) {
      start++;
    }
    if (start == i) {
      return Optional.empty();
    }
    List<String> name = words.subList(start, i);
    return demonymOrKnownCountry(name) || regionAdjective(name)
        ? Optional.empty()
        : Optional.of(new TokenSpan(start, i + 1));
  }

  /**
   * Whether the words are, all of them, a demonym or the name of a country the gazetteer knows
   * ("Syrian", "Freedonia"): no name of a place within a country.
   */
  private boolean demonymOrKnownCountry(List<String> name) {
    return gazetteer
            .longestDemonymAt(name, 0)
            .filter(m -> m.span().end() == name.size())
            .isPresent()
        || knownCountry(name);
  }

  /**
   * Capitalised adjectives that describe alone ({@code proper_adjectives.txt}, from WordNet 3.0),
   * read here for those of them that are made from a place's name.
   */
  private static final Set<String> PROPER_ADJECTIVES =
      Set.copyOf(WordList.read("proper_adjectives.txt"));

  /**
   * Whether the name is one adjective made from a place's name, which describes a region rather
   * than names it ("the Himalayan region", "the Sahelian region", "the Kurdish region"): a word
   * ending in "-ian" or "-ean", or an adjective WordNet writes with a capital that ends in "-an",
   * "-ic", "-ish" or "-ese". A region's own name is kept ("the Amhara region", "the Somali region",
   * "the Kurdistan region": none of them is such an adjective).
   */
  private static boolean regionAdjective(List<String> name) {
    if (name.size() != 1) {
      return false;
    }
    String w = name.get(0);
    return w.matches("[A-Z][a-z]+[ie]an")
        || PROPER_ADJECTIVES.contains(w) && w.matches("[A-Z][a-z]+(an|ic|ish|ese)");
  }

  /** Whether the words are, all of them, the name of a country the gazetteer knows. */
  private boolean knownCountry(List<String> name) {
    return gazetteer
        .longestMatchAt(name, 0)
        .filter(m -> m.span().end() == name.size())
        .flatMap(m -> m.unique())
        .filter(GazetteerEntry::isCountry)
        .isPresent();
  }

  /**
   * A name with a facility or feature head starting at token {@code i}: "Aster Air Base", "Aster
   * International Airport" (name, then head), "Gulf of Aster", "Lake Aster" (head, then name).
   */
  private Optional<TokenSpan> placeWithHead(List<String> words, int i) {
    for (List<String> head : HEADS_BEFORE.getOrDefault(words.get(i), List.of())) {
      if (startsWith(words, i, head)) {
        int end = nameEnd(words, i + head.size());
        if (end > i + head.size()) {
          return Optional.of(new TokenSpan(i, end));
        }
      }
    }
    int headAt = -1;
    for (int k = i + 1; k < words.size() && k <= i + MAX_NAME_TOKENS && headAt < 0; k++) {
      if (HEADS_AFTER.containsKey(words.get(k))) {
        headAt = k; // checked first: most tokens are followed by no head at all
      }
    }
    if (headAt < 0 || !isNameWord(words.get(i)) || i > 0 && isNameWord(words.get(i - 1))) {
      return Optional.empty();
    }
    for (int k = i + 1; k < headAt; k++) {
      if (!isNameWord(words.get(k))) {
        return Optional.empty();
      }
    }
    for (List<String> head : HEADS_AFTER.get(words.get(headAt))) {
      if (startsWith(words, headAt, head)) {
        return Optional.of(new TokenSpan(i, headAt + head.size()));
      }
    }
    return Optional.empty();
  }

  /** Words right before a federal unit's name that say it is where something is or happens. */
  private static final Set<String> STATE_LOCATIVES =
      Set.of("in", "across", "into", "from", "throughout", "'s", "’s");

  /**
   * A federal unit written with a capital "State" after a locative or a possessive ({@code i} is
   * its first word): "in Aster State", "across Aster State", "Freedonia's Aster State", as
   * Nigeria's, Myanmar's, Sudan's or Malaysia's states are named (Oxford Learner's state: "an
   * organized political community forming part of a country"). Not a country or its demonym before
   * it ("a Freedonian State"; "Islamic State" is the gazetteer's) and one or two name words only.
   */
  private Optional<TokenSpan> stateOfCountry(List<String> words, int i) {
    if (i == 0 || !STATE_LOCATIVES.contains(words.get(i - 1)) || !isNameWord(words.get(i))) {
      return Optional.empty();
    }
    int k = i + 1;
    if (k < words.size() && isNameWord(words.get(k)) && !words.get(k).equals("State")) {
      k++;
    }
    if (k >= words.size() || !words.get(k).equals("State")) {
      return Optional.empty();
    }
    List<String> name = words.subList(i, k);
    return demonymOrKnownCountry(name) ? Optional.empty() : Optional.of(new TokenSpan(i, k + 1));
  }

  /**
   * The place that opens a line of a strike list: "Near Aster, two strikes hit a depot" (a
   * capitalised locative first in its sentence, after any bullet marks, then a name and a comma).
   */
  private Optional<TokenSpan> nearPlaceAtStart(List<String> words, int i) {
    if (!LINE_LOCATIVES.contains(words.get(i)) || i + 2 >= words.size()) {
      return Optional.empty();
    }
    for (int k = 0; k < i; k++) {
      if (Character.isLetterOrDigit(words.get(k).codePointAt(0))) {
        return Optional.empty();
      }
    }
    int end = nameEnd(words, i + 1);
    if (end == i + 1 || end >= words.size() || !words.get(end).equals(",")) {
      return Optional.empty();
    }
    return Optional.of(new TokenSpan(i + 1, end));
  }

  /**
   * Whether {@code word} (lower case) is a kind of place that a description of a place ends in:
   * "city", "village", "region" ("Aster, a port city in Freedonia").
   */
  public static boolean isPlaceKind(String word) {
    return DESCRIBED_KINDS.contains(word);
  }

  /**
   * Whether a place's name is a part of a place named by its direction in lower case, as this
   * finder makes them: "eastern Congo", "north-western Freedonia" (not the name "North Coast").
   */
  public static boolean isDirectionPart(String name) {
    return directionWhole(name).isPresent();
  }

  /**
   * The name of the place a direction part is part of ("Congo" of "eastern Congo"); empty when
   * {@code name} is no direction part ({@link #isDirectionPart}).
   */
  public static Optional<String> directionWhole(String name) {
    int space = name.indexOf(' ');
    return space > 0 && DIRECTIONS.contains(name.substring(0, space))
        ? Optional.of(name.substring(space + 1))
        : Optional.empty();
  }

  /**
   * A part of a place named by a direction in lower case at token {@code i}: "northern Freedonia",
   * "eastern Port Aster" (a region of its own), "south-eastern Freedonia" (which the tokenizer
   * splits at its hyphen); a direction before a demonym ("eastern Freedonian towns") is an
   * adjective.
   */
  private Optional<TokenSpan> partOfPlace(List<String> words, int i) {
    if (!DIRECTIONS.contains(words.get(i)) || i + 1 >= words.size()) {
      return Optional.empty();
    }
    int end = nameEnd(words, i + 1);
    if (end == i + 1 || gazetteer.longestDemonymAt(words, i + 1).isPresent()) {
      return Optional.empty();
    }
    boolean compound =
        i >= 2
            && words.get(i - 1).equals("-")
            && Set.of("north", "south").contains(words.get(i - 2));
    return Optional.of(new TokenSpan(compound ? i - 2 : i, end));
  }

  /**
   * The names listed before a plural kind of place ending at token {@code i}: "Aster, Borda and
   * Cole provinces" gives three places (the kind word is left out).
   */
  private List<TokenSpan> placesOfKind(List<String> words, int i) {
    if (i < 3 || !PLURAL_KINDS.contains(lower(words.get(i)))) {
      return List.of();
    }
    List<TokenSpan> names = new ArrayList<>();
    int end = i;
    while (end > 0) {
      int start = end;
      while (start > 0
          && end - start < MAX_NAME_TOKENS
          && (isNameWord(words.get(start - 1)) || hyphenInName(words, start - 1))) {
        start--;
      }
      if (start == end || isCountryOrDemonym(words.subList(start, end))) {
        return List.of();
      }
      names.add(0, new TokenSpan(start, end));
      if (start > 0 && (words.get(start - 1).equals(",") || words.get(start - 1).equals("and"))) {
        end = start - 1;
      } else {
        break;
      }
    }
    return names.size() >= 2 ? names : List.of();
  }

  private boolean hyphenInName(List<String> words, int k) {
    return words.get(k).equals("-") && k > 0 && isNameWord(words.get(k - 1));
  }

  private boolean isCountryOrDemonym(List<String> name) {
    return gazetteer
            .longestDemonymAt(name, 0)
            .filter(m -> m.span().end() == name.size())
            .isPresent()
        || gazetteer
            .longestMatchAt(name, 0)
            .filter(m -> m.span().end() == name.size())
            .filter(m -> m.candidates().stream().anyMatch(c -> c.entry().isCountry()))
            .isPresent();
  }

  private static boolean startsWith(List<String> words, int i, List<String> head) {
    if (i + head.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < head.size(); k++) {
      if (!words.get(i + k).equals(head.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The heads of {@code place_heads.txt} with this prefix, by their first word. */
  /** The last word of every head of {@code place_heads.txt} ("Airport", "Palace", "Lake"). */
  static Set<String> headWords() {
    Set<String> out = new HashSet<>();
    for (Map<String, List<List<String>>> heads : List.of(HEADS_AFTER, HEADS_BEFORE)) {
      heads.values().forEach(l -> l.forEach(h -> out.add(h.get(h.size() - 1))));
    }
    return Set.copyOf(out);
  }

  private static Map<String, List<List<String>>> heads(String prefix) {
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String line : WordList.read("place_heads.txt")) {
      if (line.startsWith(prefix)) {
        List<String> head = List.of(line.substring(prefix.length()).strip().split("\\s+"));
        out.computeIfAbsent(head.get(0), k -> new ArrayList<>()).add(head);
      }
    }
    return Map.copyOf(out);
  }

  /** "Iraqi security forces", "Iraq's Security Forces" starting at token {@code i}. */
  private Optional<TokenSpan> stateForces(List<String> words, int i) {
    if (!forcesFollow(words, i)) {
      return Optional.empty(); // checked first: the gazetteer lookups below cost more
    }
    Optional<Integer> end =
        gazetteer
            .longestDemonymAt(words, i)
            .or(() -> gazetteer.longestMatchAt(words, i))
            .filter(m -> m.unique().filter(GazetteerEntry::isCountry).isPresent())
            .map(m -> m.span().end());
    if (end.isEmpty()) {
      return Optional.empty();
    }
    int j = end.get();
    if (j < words.size() && (words.get(j).equals("'s") || words.get(j).equals("’s"))) {
      j++;
    }
    if (j + 1 < words.size()
        && FORCE_KINDS.contains(lower(words.get(j)))
        && lower(words.get(j + 1)).equals("forces")) {
      return Optional.of(new TokenSpan(i, j + 2));
    }
    return Optional.empty();
  }

  /**
   * "Tigrayan forces", "Tigray forces", "Donetsk militias": a region or town the gazetteer knows
   * (not a country, nor a capital, which stands for its state), or a demonym made from its name
   * (the name and "an", "n", "i", "ese" or "ian"), before a noun for armed men names the armed
   * group of that region, starting at token {@code i}.
   */
  private Optional<TokenSpan> regionForces(List<String> words, int i) {
    if (i + 1 >= words.size()
        || !ARMED_MEN.contains(lower(words.get(i + 1)))
        || !Character.isUpperCase(words.get(i).charAt(0))) {
      return Optional.empty();
    }
    String w = words.get(i);
    List<String> bases = new ArrayList<>(List.of(w));
    for (String suffix : REGION_DEMONYM_ENDINGS) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        bases.add(w.substring(0, w.length() - suffix.length()));
      }
    }
    boolean region =
        bases.stream()
            .filter(b -> gazetteer.byCapital(b).isEmpty()) // "Kyiv forces" are the state's
            .map(gazetteer::byName)
            .anyMatch(e -> e.filter(x -> x.type() == EntityType.PLACE).isPresent());
    return region ? Optional.of(new TokenSpan(i, i + 2)) : Optional.empty();
  }

  /** Whether "forces" stands within the few tokens after {@code i}. */
  private static boolean forcesFollow(List<String> words, int i) {
    for (int k = i + 2; k < words.size() && k <= i + 8; k++) {
      if (words.get(k).equalsIgnoreCase("forces")) {
        return true;
      }
    }
    return false;
  }

  private int nameEnd(List<String> words, int from) {
    int end = from;
    while (end < words.size() && end - from < MAX_NAME_TOKENS && isNameWord(words.get(end))) {
      end++;
    }
    return end;
  }

  private boolean isNameWord(String w) {
    return !w.isEmpty()
        && Character.isUpperCase(w.codePointAt(0))
        && !gazetteer.isStopName(w)
        && !Set.of("The", "A", "An").contains(w);
  }

  private static Mention mention(Sentence s, TokenSpan span, EntityType type, String body) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(chars, body, type, s.index(), "rule:pattern", 0.8);
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
