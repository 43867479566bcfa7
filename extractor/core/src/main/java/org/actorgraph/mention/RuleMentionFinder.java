package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.GazetteerMatch;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.lexicon.GovernmentBodyPattern;
import org.actorgraph.lexicon.NameTokens;
import org.actorgraph.lexicon.PersonTitle;
import org.actorgraph.lexicon.TokenMatch;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds names from their context:
 *
 * <ul>
 *   <li>people after a title: "President Daniel Noboa", "Foreign Minister Sergey Lavrov" (the title
 *       is not part of the name), also after a title's remit: "Minister for Africa Jane Roe"
 *       ({@link TitleRemits});
 *   <li>government bodies: whole phrases ("National Police", "Armed Forces") and head words with
 *       their modifiers ("Foreign Ministry", "Ministry of Foreign Affairs");
 *   <li>organisations by their last word: capitalised phrases ending in "Party", "Agency", "Inc",
 *       "Corp", "Council", "Cartel", ... ("Freedonian Progressive Party", "Aster Industries Corp"),
 *       or in an outlet's word ("The Aster Times", outlet_words.txt);
 *   <li>a state's institution in lower case after its country: "Freedonia's foreign ministry"
 *       ({@link OwnedBodies}).
 * </ul>
 */
public final class RuleMentionFinder implements MentionFinder {

  /**
   * Capitalised words that end organisations' names ({@code organisation_heads.txt}): "Party",
   * "Commission", "Holdings".
   */
  private static final Set<String> ORG_HEADS = Set.copyOf(WordList.read("organisation_heads.txt"));

  /**
   * Capitalised words that end business names ({@code business_heads.txt}): "Capital", "Holdings",
   * "Ventures". They make an organisation only with no article before the name.
   */
  private static final Set<String> BUSINESS_HEADS = Set.copyOf(WordList.read("business_heads.txt"));

  /**
   * Capitalised words that open business names ({@code business_leads.txt}): "Bank", "Banco",
   * "Grupo". They make an organisation only with no article before the name.
   */
  private static final Set<String> BUSINESS_LEADS = Set.copyOf(WordList.read("business_leads.txt"));

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int MAX_LED_WORDS = 3;

  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "del", "da", "dos", "van", "von", "der", "bin", "bint", "ibn", "al", "la", "le",
          "di");

  private static final int MAX_NAME_TOKENS = 4;

  /** Lower-case words inside a portfolio: "Minister for Women and Equalities". */
  private static final Set<String> PORTFOLIO_LINKS = Set.of("the", "and", "of");

  /**
   * Plural nouns without an s, whose possessive is written "'s" inside names: "People's Party",
   * "Women's League" (English grammar: the irregular plurals of persons).
   */
  private static final Set<String> IRREGULAR_PLURALS = Set.of("People", "Women", "Men", "Children");

  /** Lower-case nouns that only people are: the names after them are people's. */
  private static final Set<String> PERSON_CUES =
      Set.of("counterpart", "counterparts", "spokesman", "spokeswoman", "spokesperson");

  /** Credit words of bylines: "Writing by", "Reporting by", "Production:". */
  private static final Set<String> CREDITS =
      Set.of(
          "writing",
          "reporting",
          "editing",
          "written",
          "compiled",
          "production",
          "produced",
          "photography",
          "photos",
          "photo",
          "translation",
          "translated");

  /**
   * The roles of a body's members rather than its head ("cabinet secretary", "cabinet minister").
   */
  private static final Set<String> MEMBER_ROLES = Set.of("secretary", "minister");

  private static final Set<String> PLACE_HEAD_WORDS = PatternMentionFinder.headWords();

  /** Titles that with "the" and "of" and a place name one person: "the Prince of Wales". */
  /** Bodies written as plain nouns at a sentence's start ({@code bare_body_nouns.txt}). */
  private static final Set<String> BARE_BODIES = Set.copyOf(WordList.read("bare_body_nouns.txt"));

  private static final Set<String> PEERAGE_STYLES = Set.copyOf(WordList.read("peerage_styles.txt"));

  /** Heads of the names of things named after a person: "Street", "Hospital", "Park". */
  private static final Set<String> NAMED_AFTER_HEADS =
      Set.copyOf(WordList.read("named_after_heads.txt"));

  /** Heads of road names ({@code road_heads.txt}: "Road", "Avenue"). */
  private static final Set<String> ROAD_HEADS = Set.copyOf(WordList.read("road_heads.txt"));

  private final Gazetteer gazetteer;
  private final OwnedBodies ownedBodies;
  private final TitleRemits remits;
  private final OwnedTitles ownedTitles;
  private final Set<String> surnamesOfCountries;

  public RuleMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.ownedBodies = OwnedBodies.standard(gazetteer);
    this.remits = new TitleRemits(gazetteer);
    this.ownedTitles = new OwnedTitles(gazetteer);
    this.surnamesOfCountries = surnamesOfCountries(gazetteer);
  }

  /**
   * The last word of every listed person's name, with the person's country: "HU orban" for Viktor
   * Orban. Folded to lower case without accents ({@link NameTokens#fold}).
   */
  private static Set<String> surnamesOfCountries(Gazetteer gazetteer) {
    Set<String> out = new HashSet<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.type() == EntityType.PERSON && e.country().isPresent()) {
        String[] parts = e.name().split("\\s+");
        if (parts.length > 1 && parts[parts.length - 1].length() >= 3) {
          out.add(e.country().get() + " " + NameTokens.fold(parts[parts.length - 1]));
        }
      }
    }
    return out;
  }

  /**
   * "Air Freedonia said": "Air" written before a country's name opens the name of that country's
   * airline ("Air Canada", "Air India"), not a mention of the country. So does a word that ends
   * business names ({@code business_heads.txt}) or opens them ({@code business_leads.txt}) before a
   * country's name, unless a capitalised word before it makes it the end of another name: "Telecom
   * Freedonia" is that country's telephone company. A capitalised word after the country ("Air
   * Freedonia Express") leaves the longer name to the other rules.
   */
  private Optional<Mention> airlineOfCountry(Sentence s, List<String> words, int i, String body) {
    String w = words.get(i);
    boolean business =
        (BUSINESS_HEADS.contains(w) || BUSINESS_LEADS.contains(w))
            && (i == 0 || !capitalised(words.get(i - 1)));
    if (!(w.equals("Air") || business) || i + 1 >= words.size()) {
      return Optional.empty();
    }
    return gazetteer
        .longestMatchAt(words, i + 1)
        .filter(m -> m.unique().filter(GazetteerEntry::isCountry).isPresent())
        .map(m -> m.span().end())
        .filter(e -> e == words.size() || !capitalised(words.get(e)))
        .map(
            e ->
                mention(
                    s, new TokenSpan(i, e), EntityType.ORGANISATION, "rule:airline", 0.75, body));
  }

  /**
   * "Hungary's Orban said": a surname alone right after a country's name and its "'s" is a person
   * when the gazetteer lists a person of that country with that surname. Headlines and leads name a
   * leader so, by country and surname; the gazetteer knows few surnames alone, and a company after
   * a country's possessive ("Freedonia's Acme said") is not a listed person's surname.
   */
  private Optional<Mention> ownedSurname(Sentence s, List<String> words, int i, String body) {
    if (!capitalised(words.get(i))) {
      return Optional.empty();
    }
    Optional<GazetteerMatch> match = gazetteer.longestMatchAt(words, i);
    Optional<GazetteerEntry> country =
        match
            .flatMap(m -> m.unique())
            .filter(GazetteerEntry::isCountry)
            .filter(c -> c.isoCode().isPresent());
    if (country.isEmpty()) {
      return Optional.empty();
    }
    int k = match.get().span().end();
    if (k + 1 >= words.size() || !OwnedBodies.isPossessive(words.get(k))) {
      return Optional.empty();
    }
    String w = words.get(k + 1);
    boolean alone = k + 2 == words.size() || !capitalised(words.get(k + 2));
    if (!alone
        || !capitalised(w)
        || gazetteer.byName(w).isPresent()
        || gazetteer.title(w).isPresent()
        || !surnamesOfCountries.contains(
            country.get().isoCode().get() + " " + NameTokens.fold(w))) {
      return Optional.empty();
    }
    return Optional.of(
        mention(s, new TokenSpan(k + 1, k + 2), EntityType.PERSON, "rule:surname", 0.75, body));
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    Sentence previous = null;
    for (Sentence s : article.sentences()) {
      if (previous != null) {
        afterCutTitle(previous, s, article.body(), found);
      }
      previous = s;
      List<String> words = Token.texts(s.tokens());
      for (int i = 0; i < words.size(); i++) {
        titledPerson(s, words, i, article.body()).ifPresent(found::add);
        styledPerson(s, words, i, article.body()).ifPresent(found::add);
        ownedSurname(s, words, i, article.body()).ifPresent(found::add);
        airlineOfCountry(s, words, i, article.body()).ifPresent(found::add);
        appositivePerson(s, words, i, article.body()).ifPresent(found::add);
        cuedPersons(s, words, i, article.body(), found);
        governmentBody(s, words, i, article.body()).ifPresent(found::add);
        ownedBodies
            .at(words, i)
            .ifPresent(
                span ->
                    found.add(
                        mention(
                            s, span, EntityType.ORGANISATION, "rule:owned", 0.75, article.body())));
      }
      organisationsByHead(s, words, article.body(), found);
    }
    laterSurnames(article, found);
    return found;
  }

  /**
   * A titled person's surname standing alone later in the article ("President Okafor explained ...
   * Okafor said"): the name finders only know it with its title, so each later capitalised
   * occurrence of the last word of a person this finder named by title becomes a mention of its
   * own, unless the gazetteer knows the word as another name.
   */
  private void laterSurnames(AnnotatedArticle article, List<Mention> found) {
    Map<String, Integer> firstSeen = new HashMap<>();
    for (Mention m : found) {
      if (m.type() == EntityType.PERSON && m.finder().equals("rule:title")) {
        String[] parts = m.text().split("\\s+");
        String surname = parts[parts.length - 1];
        if (surname.length() >= 3 && capitalised(surname) && gazetteer.byName(surname).isEmpty()) {
          firstSeen.merge(surname, m.span().end(), Math::min);
        }
      }
    }
    if (firstSeen.isEmpty()) {
      return;
    }
    List<Mention> added = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Integer after = firstSeen.get(t.text());
        boolean alone =
            (i == 0 || !capitalised(tokens.get(i - 1).text()))
                && (i + 1 == tokens.size() || !capitalised(tokens.get(i + 1).text()));
        if (after != null && t.span().start() >= after && alone && !covered(found, t.span())) {
          added.add(
              mention(
                  s,
                  new TokenSpan(i, i + 1),
                  EntityType.PERSON,
                  "rule:surname",
                  0.7,
                  article.body()));
        }
      }
    }
    found.addAll(added);
  }

  private static boolean covered(List<Mention> found, CharSpan span) {
    for (Mention m : found) {
      if (m.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** Confidence of a person named after a title written in lower case. */
  private static final double LOWER_TITLED = 0.75;

  private Optional<Mention> titledPerson(Sentence s, List<String> words, int i, String body) {
    // "Central Java governor Ganjar Pranowo", "former governor Jane Doe": a title written in lower
    // case before a name, as news agencies write a title that a modifier opens
    boolean lower = !capitalised(words.get(i));
    if (lower && !words.get(i).matches("\\p{Ll}+")) {
      return Optional.empty();
    }
    int start = titleEnd(words, i);
    boolean abbreviated =
        start == i + 2 && words.get(i + 1).equals(".")
            || start == i + 1 && words.get(i).length() > 1 && words.get(i).endsWith(".");
    if (start < 0 || !abbreviated && insideName(words, i)) {
      return Optional.empty();
    }
    start = afterOfCountry(words, start);
    int remit = remits.end(words, start);
    if (remit > 0 && remit < words.size() && capitalised(words.get(remit))) {
      start = remit;
    } else {
      start = afterPortfolio(words, start);
    }
    int end = nameEnd(words, start);
    if (end == start || lower && (end - start < 2 || start != titleEnd(words, i))) {
      // in lower case, only a full name right after the title ("governor Ganjar Pranowo")
      return Optional.empty();
    }
    TokenSpan span = new TokenSpan(start, end);
    String text = s.charSpan(span).of(body);
    if (gazetteer.isStopName(text)
        || gazetteer.byName(text).isPresent()
        || lower && words.subList(start, end).stream().anyMatch(RuleMentionFinder::heads)
        || ambiguous(words, i)
            && words.subList(start, end).stream().anyMatch(RuleMentionFinder::heads)
        || namedAfterRoyal(words, i, start, end)
        || !abbreviated && !lower && rankBeforeUnnamedWord(words, i, start, end, body)) {
      return Optional.empty();
    }
    return Optional.of(
        mention(s, span, EntityType.PERSON, "rule:title", lower ? LOWER_TITLED : 0.85, body));
  }

  /**
   * A royal or peer styled by a territory, "the Prince of Wales", "the Duchess of Sussex" ({@code
   * peerage_styles.txt}): "the", the style at {@code i}, "of" and one to three capitalised words
   * that no capitalised word, possessive or hyphen continues and no head of a place's or a thing's
   * name ends, since "the Prince of Wales Hospital" and "the Duke of Edinburgh's Award" name things
   * after such a person. The whole phrase is the person's name.
   */
  private Optional<Mention> styledPerson(Sentence s, List<String> words, int i, String body) {
    if (i < 1
        || !PEERAGE_STYLES.contains(words.get(i))
        || !words.get(i - 1).equalsIgnoreCase("the")
        || i + 2 >= words.size()
        || !words.get(i + 1).equals("of")) {
      return Optional.empty();
    }
    int end = i + 2;
    while (end < words.size() && end < i + 5 && capitalised(words.get(end))) {
      end++;
    }
    if (end == i + 2
        || words.subList(i + 2, end).stream()
            .anyMatch(w -> heads(w) || NAMED_AFTER_HEADS.contains(w))
        || end < words.size()
            && (capitalised(words.get(end))
                || TypeCues.isPossessive(words.get(end))
                || words.get(end).equals("-"))) {
      return Optional.empty();
    }
    return Optional.of(
        mention(s, new TokenSpan(i, end), EntityType.PERSON, "rule:style", 0.75, body));
  }

  /**
   * Whether a military rank written out at {@code i} ("General") is followed by one word that names
   * nobody: no given name, and not the surname of a person the article names in full. Such a pair
   * is the name of a company ("General Electric won the contract", "General Atomics", "Shares of
   * General Mills"), not a rank before a surname: a surname alone after a rank stands for an
   * officer the article names in full ("General Mark Milley ... General Milley said").
   */
  private boolean rankBeforeUnnamedWord(
      List<String> words, int i, int start, int end, String body) {
    if (end - start != 1 || start != titleEnd(words, i) || !capitalised(words.get(i))) {
      return false;
    }
    String word = words.get(start);
    return !GivenNames.isGivenName(word) && !namedInFull(word, body) && beforeRank(words, i);
  }

  /**
   * Whether {@code surname} ends a full name somewhere in {@code body}: after a capitalised word
   * that is no title ("Mark Milley", not "General Milley").
   */
  private boolean namedInFull(String surname, String body) {
    Matcher m =
        Pattern.compile("(\\p{Lu}[\\p{L}'-]*) " + Pattern.quote(surname) + "\\b").matcher(body);
    while (m.find()) {
      if (gazetteer.title(m.group(1)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an unambiguous title starting at {@code i} ends: a title of the gazetteer, or an
   * abbreviated one, whole ("Gen.") or with the full stop the tokenizer split off ("Gen" "." before
   * "Jane Doe", also after a rank word such as "Senior"); -1 if none starts there.
   */
  private int titleEnd(List<String> words, int i) {
    Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, i);
    if (title.isPresent()) {
      int end = title.get().span().end();
      boolean dotted = end < words.size() && words.get(end).equals(".");
      if (title.get().value().ambiguous()
          && !ownedByCountry(words, i)
          && !afterBody(words, i)
          && !royalBeforeName(words, i, title.get())) {
        return -1;
      }
      return dotted && title.get().value().title().endsWith(".") ? end + 1 : end;
    }
    if (i + 1 < words.size() && words.get(i + 1).equals(".")) {
      return gazetteer
          .title(words.get(i) + ".")
          .filter(t -> !t.ambiguous())
          .map(t -> i + 2)
          .orElse(-1);
    }
    if (words.get(i).length() > 1 && words.get(i).endsWith(".")) {
      return gazetteer.title(words.get(i)).filter(t -> !t.ambiguous()).map(t -> i + 1).orElse(-1);
    }
    return -1;
  }

  /**
   * Whether the name after a royal's or a cleric's title at {@code i} ends in a noun that heads the
   * names of things named after people ("King George Park", "Pope John Paul II Hospital"): the
   * title opens the thing's name, and no person holds it there. A possessive between the name and
   * such a noun names the thing after the holder too ("Prince Jane's County"). After an honorific
   * only a road's head counts ({@code road_heads.txt}: "Sheikh Jane Road"), since "Hall", "Field"
   * and "Lane" are surnames too ("Sir John Hall").
   */
  private boolean namedAfterRoyal(List<String> words, int i, int start, int end) {
    return namedAfterTitled(gazetteer, words, i, start, end);
  }

  /**
   * Whether the title at {@code i} and the name at tokens {@code [start, end)} after it name a
   * thing after the title's holder ({@link #namedAfterRoyal}); the model's person spans, which
   * leave the title out, are checked with it too.
   */
  static boolean namedAfterTitled(
      Gazetteer gazetteer, List<String> words, int i, int start, int end) {
    Optional<PersonTitle.Kind> kind = gazetteer.titleAt(words, i).map(t -> t.value().kind());
    if (kind.filter(k -> k == PersonTitle.Kind.HONORIFIC).isPresent()) {
      return end - start >= 2 && ROAD_HEADS.contains(words.get(end - 1));
    }
    if (kind.filter(k -> k == PersonTitle.Kind.ROYAL || k == PersonTitle.Kind.RELIGIOUS)
        .isEmpty()) {
      return false;
    }
    return end - start >= 2 && NAMED_AFTER_HEADS.contains(words.get(end - 1))
        || end + 1 < words.size()
            && TypeCues.isPossessive(words.get(end))
            && NAMED_AFTER_HEADS.contains(words.get(end + 1));
  }

  /**
   * Whether a royal title that is also a name or a word ("King", "Queen", "Prince", "Sultan"),
   * written with its capital, stands where a given name would before its holder's name: after
   * another title ("Foreign Minister Prince Jane Doe"), before a listed given name ("King Charles",
   * "Queen Rania"), before a name a particle joins ("Sultan Karim bin Aster"), or before a name
   * that "of" and a country follow ("King Karim of Jordan"). A known place named after a royal that
   * starts at the title ("Prince Edward Island") is no holder.
   */
  private boolean royalBeforeName(List<String> words, int i, TokenMatch<PersonTitle> title) {
    int end = title.span().end();
    if (title.value().kind() != PersonTitle.Kind.ROYAL
        || !capitalised(words.get(i))
        || end >= words.size()
        || !capitalised(words.get(end))
        || gazetteer.longestMatchAt(words, i).filter(m -> m.span().end() > end).isPresent()) {
      return false;
    }
    return afterTitle(words, i)
        || GivenNames.isGivenName(words.get(end))
        || particleAfter(words, end)
        || ofCountryAfter(words, nameEnd(words, end));
  }

  /**
   * Whether a particle of people's names joins the capitalised word at {@code at} to a later one
   * ("Haitham bin Tariq", "Hamad bin Isa"): the words are a person's name.
   */
  private static boolean particleAfter(List<String> words, int at) {
    for (int k = at + 1; k + 1 < words.size() && k <= at + 3; k++) {
      String w = words.get(k);
      if (ParticleNames.isParticle(w)) {
        return capitalised(words.get(k + 1));
      }
      if (!capitalised(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a title that is no name or word ends right before token {@code i}. */
  private boolean afterTitle(List<String> words, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      Optional<TokenMatch<PersonTitle>> before = gazetteer.titleAt(words, k);
      if (before.isPresent()
          && before.get().span().end() == i
          && !before.get().value().ambiguous()) {
        return true;
      }
    }
    return false;
  }

  /** Whether "of" and a country's name ("of Jordan", "of the Netherlands") start at {@code at}. */
  private boolean ofCountryAfter(List<String> words, int at) {
    if (at + 1 >= words.size() || !words.get(at).equals("of")) {
      return false;
    }
    int from = words.get(at + 1).equals("the") ? at + 2 : at + 1;
    return from < words.size()
        && gazetteer
            .longestMatchAt(words, from)
            .filter(m -> m.unique().filter(GazetteerEntry::isCountry).isPresent())
            .isPresent();
  }

  /** Whether the title at {@code i} is also a name or a word ("King", "Prince"). */
  private boolean ambiguous(List<String> words, int i) {
    return gazetteer.titleAt(words, i).filter(t -> t.value().ambiguous()).isPresent();
  }

  /** Whether a word heads place or organisation names ("Street", "Bank"), not people's. */
  private static boolean heads(String word) {
    return PLACE_HEAD_WORDS.contains(word) || isOrganisationHead(word);
  }

  /**
   * Whether a country's name with "'s" or its demonym stands right before token {@code i}: "Oman's
   * Sultan", "Jordanian King". A title that is also a name or a word ("Sultan", "King", "Prince")
   * is then a title, since a country owns it. The owner is read as {@link OwnedBodies} reads the
   * owner of a state's body.
   */
  private boolean ownedByCountry(List<String> words, int i) {
    for (int j = Math.max(0, i - 4); j < i; j++) {
      if (ownedBodies.ownerEnd(words, j) == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a government body's name ends right before the title at {@code i}: "Supreme Court
   * Justice Jane Doe" names a member of the court, so a title that is also a word ("Justice") is a
   * title there, as it is after a country ({@link #ownedByCountry}).
   */
  private boolean afterBody(List<String> words, int i) {
    for (int j = Math.max(0, i - 4); j < i; j++) {
      Optional<TokenMatch<GovernmentBodyPattern>> body = gazetteer.governmentBodyPhraseAt(words, j);
      if (body.isPresent() && body.get().span().end() == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person set off by commas after a title: "Foreign Minister, Jane Doe, said", "Minister for the
   * Aster Region, Jane Doe, said", or after a country's title in lower case ({@link OwnedTitles}:
   * "Freedonia's finance minister, Jane Doe, said"). {@code i} is the comma; the name needs two
   * words or more and a comma or the sentence's end after it.
   */
  private Optional<Mention> appositivePerson(Sentence s, List<String> words, int i, String body) {
    if (!words.get(i).equals(",")
        || i < 1
        || i + 2 >= words.size()
        || !capitalised(words.get(i + 1))
        || !(capitalised(words.get(i - 1)) && endsTitle(words, i)
            || ownedTitles.endsAt(words, i))) {
      return Optional.empty();
    }
    int start = i + 1;
    int end = nameEnd(words, start);
    if (end - start < 2
        || end < words.size() && !words.get(end).equals(",") && !words.get(end).equals(".")) {
      return Optional.empty();
    }
    TokenSpan span = new TokenSpan(start, end);
    String text = s.charSpan(span).of(body);
    if (gazetteer.isStopName(text) || gazetteer.longestMatchAt(words, start).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(mention(s, span, EntityType.PERSON, "rule:title", 0.8, body));
  }

  /**
   * Whether a title ends at token {@code end}, directly ("Foreign Minister") or with its "for/of"
   * complement ("Minister for the Aster Region"). A royal title that is also a word or a name
   * counts after "the" and before "of", where it can only be the title ("The Sultan of Freedonia,
   * Jane Doe, said").
   */
  private boolean endsTitle(List<String> words, int end) {
    for (int k = end - 1; k >= 0 && k >= end - 7; k--) {
      int at = k;
      Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, at);
      if (title.isPresent()
          && (!title.get().value().ambiguous() || styledRoyal(words, title.get()))) {
        int e = title.get().span().end();
        if (e == end) {
          return true;
        }
        if (e < end && (words.get(e).equals("for") || words.get(e).equals("of"))) {
          return words.subList(e + 1, end).stream()
              .allMatch(w -> capitalised(w) || w.equals("the") || w.equals("and"));
        }
      }
      if (!capitalised(words.get(k)) && !Set.of("for", "of", "the", "and").contains(words.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a royal title stands between "the" and "of" ("the King of Freedonia"). */
  private static boolean styledRoyal(List<String> words, TokenMatch<PersonTitle> title) {
    int at = title.span().start();
    int e = title.span().end();
    return title.value().kind() == PersonTitle.Kind.ROYAL
        && at > 0
        && words.get(at - 1).equalsIgnoreCase("the")
        && e < words.size()
        && words.get(e).equals("of");
  }

  /**
   * Whether the title at {@code i} follows a name word inside a sentence ("Omar Sheikh Rashid"):
   * the word before it is capitalised and is no title, known name, demonym or stop name.
   */
  private boolean insideName(List<String> words, int i) {
    if (i < 2) {
      return false;
    }
    String w = words.get(i - 1);
    return capitalised(w)
        && !gazetteer.isStopName(w)
        && gazetteer.titleAt(words, i - 1).isEmpty()
        && gazetteer.longestMatchAt(words, i - 1).isEmpty()
        && gazetteer.longestDemonymAt(words, i - 1).isEmpty()
        && !capitalised(words.get(i - 2));
  }

  /**
   * {@code Minister for Foreign Trade Jane Roe}: after a title, "for" or "of" and capitalised words
   * (with "the", "and", "of"), the last two words are the holder's name when the first of them is a
   * known given name ({@link GivenNames}) and a word of the portfolio comes before it; {@code
   * start} otherwise. Two words only: a given name inside a longer name or a portfolio ("Care" is
   * one too) cannot be told from the portfolio's last word.
   */
  private static int afterPortfolio(List<String> words, int start) {
    if (start + 3 >= words.size()
        || !(words.get(start).equals("for") || words.get(start).equals("of"))) {
      return start;
    }
    int end = start + 1;
    while (end < words.size()
        && (capitalised(words.get(end)) || PORTFOLIO_LINKS.contains(words.get(end)))) {
      end++;
    }
    int given = end - 2;
    return given >= start + 2
            && GivenNames.isGivenName(words.get(given))
            && capitalised(words.get(given))
            && capitalised(words.get(given + 1))
            && capitalised(words.get(given - 1))
        ? given
        : start;
  }

  /**
   * The token after "of Country" that follows a title ("President of Freedonia Jane Doe"), when a
   * name follows the country; else {@code start}.
   */
  private int afterOfCountry(List<String> words, int start) {
    if (start + 2 >= words.size() || !words.get(start).equals("of")) {
      return start;
    }
    return gazetteer
        .longestMatchAt(words, start + 1)
        .filter(m -> m.unique().filter(e -> e.isCountry()).isPresent())
        .map(m -> m.span().end())
        .filter(e -> e < words.size() && capitalised(words.get(e)))
        .orElse(start);
  }

  /**
   * A person whose title the sentence splitter cut off with its abbreviation's full stop ("Gen." |
   * "Jane Doe said"): the name that opens the sentence after such a title.
   */
  private void afterCutTitle(Sentence previous, Sentence s, String body, List<Mention> found) {
    List<String> before = Token.texts(previous.tokens());
    int n = before.size();
    if (n < 2 || !before.get(n - 1).equals(".")) {
      return;
    }
    Optional<PersonTitle> title = gazetteer.title(before.get(n - 2) + ".");
    if (title.isEmpty() || title.get().ambiguous() || !capitalised(before.get(n - 2))) {
      return;
    }
    List<String> words = Token.texts(s.tokens());
    int end = nameEnd(words, 0);
    if (end >= 2) {
      TokenSpan span = new TokenSpan(0, end);
      String text = s.charSpan(span).of(body);
      if (gazetteer.byName(text).isEmpty() && !gazetteer.isStopName(text)) {
        found.add(mention(s, span, EntityType.PERSON, "rule:title", 0.8, body));
      }
    }
  }

  /**
   * People named after a credit or a word that only people take: "Writing by Ibrahim Sadiq",
   * "(Production: Anna Kowal)", "their counterparts Tomas Alvarado and Ruben Castellano". Each name
   * needs two or more words, so an agency ("By Reuters") is left to the gazetteer.
   */
  private void cuedPersons(
      Sentence s, List<String> words, int i, String body, List<Mention> found) {
    String w = bareLower(words.get(i));
    int start;
    if (PERSON_CUES.contains(w)) {
      start = i + 1;
    } else if (w.equals("by") && i > 0 && CREDITS.contains(bareLower(words.get(i - 1)))) {
      start = i + 1;
    } else if (CREDITS.contains(w) && i + 1 < words.size() && words.get(i + 1).equals(":")) {
      start = i + 2;
    } else {
      return;
    }
    while (start < words.size() && capitalised(words.get(start))) {
      int end = nameEnd(words, start);
      if (end - start < 2) {
        return;
      }
      TokenSpan span = new TokenSpan(start, end);
      String text = s.charSpan(span).of(body);
      if (gazetteer.byName(text).isEmpty() && !gazetteer.isStopName(text)) {
        found.add(mention(s, span, EntityType.PERSON, "rule:cue", 0.8, body));
      }
      if (end + 1 < words.size() && (words.get(end).equals("and") || words.get(end).equals(","))) {
        start = end + 1;
      } else {
        return;
      }
    }
  }

  /** The end of a run of capitalised name tokens (with particles and hyphens) from {@code i}. */
  private int nameEnd(List<String> words, int i) {
    int j = i;
    int names = 0;
    while (j < words.size() && names < MAX_NAME_TOKENS) {
      String w = words.get(j);
      if (capitalised(w) && !gazetteer.isStopName(w) && gazetteer.titleAt(words, j).isEmpty()) {
        names++;
        j++;
      } else if (names > 0 && isInnerTitle(words, j)) {
        names++; // "Omar Sheikh Rashid": an honorific inside a name
        j++;
      } else if (names > 0 && isInnerStopName(words, j)) {
        names++; // "Mohammed Shia al-Rahim": a word that names no actor alone, inside a name
        j++;
      } else if (NAME_PARTICLES.contains(w)
          && names > 0
          && j + 2 < words.size()
          && words.get(j + 1).equals("-")
          && capitalised(words.get(j + 2))) {
        j += 3; // "al-Nimr"
        names++;
      } else if (w.equals("-") && names > 0 && j + 1 < words.size()) {
        j += 2;
        names++;
      } else if (NAME_PARTICLES.contains(w) && (names > 0 || ParticleNames.isParticle(w))) {
        // "Jan de Vries", or a surname alone after a title: "Special Envoy de Vries"
        int k = j;
        while (k < words.size() && k < j + 3 && NAME_PARTICLES.contains(words.get(k))) {
          k++;
        }
        if (k >= words.size() || !capitalised(words.get(k))) {
          break;
        }
        j = k + 1;
        names++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Whether a capitalised stop name at {@code j} ("Shia", "Sunni") stands inside a name: the name
   * goes on after it, with a capitalised word that is no stop name, title or known name, or with a
   * particle joined by a hyphen ("al-Rahim").
   */
  private boolean isInnerStopName(List<String> words, int j) {
    if (!capitalised(words.get(j))
        || !gazetteer.isStopName(words.get(j))
        || j + 1 >= words.size()) {
      return false;
    }
    String next = words.get(j + 1);
    if (NAME_PARTICLES.contains(next)) {
      return j + 3 < words.size() && words.get(j + 2).equals("-") && capitalised(words.get(j + 3));
    }
    return capitalised(next)
        && !gazetteer.isStopName(next)
        && gazetteer.titleAt(words, j + 1).isEmpty()
        && gazetteer.longestMatchAt(words, j + 1).isEmpty();
  }

  /**
   * Whether a one-word honorific or title at {@code j} stands inside a name: a capitalised name
   * word follows it and no title follows that.
   */
  private boolean isInnerTitle(List<String> words, int j) {
    Optional<TokenMatch<PersonTitle>> title = gazetteer.titleAt(words, j);
    return title.isPresent()
        && title.get().span().length() == 1
        && j + 1 < words.size()
        && capitalised(words.get(j + 1))
        && !gazetteer.isStopName(words.get(j + 1))
        && gazetteer.titleAt(words, j + 1).isEmpty()
        && gazetteer.longestMatchAt(words, j + 1).isEmpty();
  }

  /**
   * {@code Police said three people were killed}: a one-word body that English also writes as a
   * plain noun without an article ({@code bare_body_nouns.txt}), opening the sentence (or following
   * only a dash or a quotation mark), is capitalised for the sentence and names no one body.
   */
  private static boolean bareAtOpening(List<String> words, int i, int end) {
    return end == i + 1
        && BARE_BODIES.contains(words.get(i).toLowerCase(Locale.ROOT))
        && (i == 0 || !words.get(i - 1).matches(".*[\\p{L}\\p{N}].*"));
  }

  /**
   * {@code Army chief General Jane Roe rejected the deal}: a body's name that opens the sentence
   * without an article and opens a longer title there is capitalised for the sentence and names the
   * holder's office ("army chief"), not the body as an actor.
   */
  private boolean titleAtOpening(List<String> words, int i, int end) {
    return (i == 0 || !words.get(i - 1).matches(".*[\\p{L}\\p{N}].*"))
        && gazetteer.titleAt(words, i).filter(t -> t.span().end() > end).isPresent();
  }

  private Optional<Mention> governmentBody(Sentence s, List<String> words, int i, String body) {
    if (!capitalised(words.get(i))) {
      return Optional.empty(); // every form below starts with a capital: skip the lookups
    }
    Optional<TokenMatch<GovernmentBodyPattern>> phrase = gazetteer.governmentBodyPhraseAt(words, i);
    if (phrase.isPresent()
        && capitalised(words.get(i))
        && !bareAtOpening(words, i, phrase.get().span().end())
        && !titleAtOpening(words, i, phrase.get().span().end())
        && !beforeRank(words, phrase.get().span().end())
        && !memberTitle(words, i, phrase.get().span().end())) {
      return Optional.of(
          mention(s, phrase.get().span(), EntityType.ORGANISATION, "rule:body", 0.8, body));
    }
    Optional<GovernmentBodyPattern> head = gazetteer.governmentBodyHead(words.get(i));
    if (head.isEmpty()
        || !capitalised(words.get(i))
        || !head.get().forms().contains(GovernmentBodyPattern.Form.HEAD_OF)
        || i + 2 >= words.size()
        || !(words.get(i + 1).equals("of") || words.get(i + 1).equals("for"))) {
      return Optional.empty();
    }
    int j = i + 2;
    if (words.get(j).equals("the")) {
      j++;
    }
    int end = j;
    while (end < words.size()
        && (capitalised(words.get(end)) || words.get(end).equals("and"))
        && !(end > j && titleBeforeName(words, end))) {
      end++;
    }
    while (end > j && words.get(end - 1).equals("and")) {
      end--;
    }
    if (end == j) {
      return Optional.empty();
    }
    int start = i;
    while (start > 0
        && capitalised(words.get(start - 1))
        && !Set.of("The", "A", "An").contains(words.get(start - 1))) {
      start--;
    }
    if (knownUpTo(words, start, i + 1)) {
      return Optional.empty();
    }
    return Optional.of(
        mention(s, new TokenSpan(start, end), EntityType.ORGANISATION, "rule:body", 0.8, body));
  }

  /**
   * Whether a title opens at {@code k} and a capitalised name follows it ("Bank of Freedonia
   * Governor Jane Doe"): the body's name ended before the title of the person who heads it.
   */
  private boolean titleBeforeName(List<String> words, int k) {
    return gazetteer
        .titleAt(words, k)
        .map(t -> t.span().end())
        .filter(e -> e < words.size() && capitalised(words.get(e)))
        .isPresent();
  }

  /**
   * Whether the gazetteer knows the words from {@code start} to {@code end} as a whole name ("the
   * International Criminal Court for Jane Doe": the court's name ends before "for").
   */
  private boolean knownUpTo(List<String> words, int start, int end) {
    return gazetteer.longestMatchAt(words, start).filter(m -> m.span().end() == end).isPresent();
  }

  private void organisationsByHead(
      Sentence s, List<String> words, String body, List<Mention> found) {
    int i = 0;
    while (i < words.size()) {
      if (!capitalised(words.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < words.size()
          && (capitalised(words.get(end))
              || innerPossessive(words, end)
              || innerHyphen(words, end))) {
        end++;
      }
      int start = i;
      if (Set.of("The", "A", "An").contains(words.get(start)) && end - start > 1) {
        start++;
      } else if (start == 0 && end - start > 2 && opensClause(s.tokens().get(0))) {
        start++; // "Like Kestrel Holdings, ...": the sentence's first word is no name's
      }
      String last = words.get(end - 1);
      boolean head =
          ORG_HEADS.contains(last)
              || CheckedNameFinder.isOutletLastWord(last)
              || gazetteer.governmentBodyHead(last).isPresent()
              || BUSINESS_HEADS.contains(last) && !afterArticle(words, start);
      if (head && end - start >= 2 && !(start == 0 && end - start == 1)) {
        found.add(
            mention(
                s, new TokenSpan(start, end), EntityType.ORGANISATION, "rule:head", 0.75, body));
      } else {
        ledBusiness(s, words, start, end, body, found);
      }
      i = end;
    }
  }

  /**
   * "Bank Mandiri", "Grupo Aster", "Banco Aster Sylvania": a run of capitalised words from {@code
   * start} to {@code end} that opens with a word of {@code business_leads.txt} and no article
   * before it names a company, up to a title ("Grupo Aster Chairman Jane Roe" ends before
   * "Chairman") and at most {@value #MAX_LED_WORDS} words after the opening one. The statistical
   * finder reads such names as people, and a country's or city's name after the opening word
   * ("Grupo Freedonia") as that country or city.
   */
  private void ledBusiness(
      Sentence s, List<String> words, int start, int end, String body, List<Mention> found) {
    if (!BUSINESS_LEADS.contains(words.get(start)) || afterArticle(words, start)) {
      return;
    }
    int last = start + 1;
    while (last < end
        && last - start <= MAX_LED_WORDS
        && !words.get(last).equals("-")
        && gazetteer.titleAt(words, last).isEmpty()) {
      last++;
    }
    if (last - start >= 2) {
      found.add(
          mention(s, new TokenSpan(start, last), EntityType.ORGANISATION, "rule:lead", 0.75, body));
    }
  }

  /**
   * Whether a sentence's first word is capitalised only as its first: a preposition, conjunction,
   * adverb, pronoun or verb ("Like", "After", "When", "Unlike"), which no name begins with.
   */
  private static boolean opensClause(Token first) {
    return Set.of("ADP", "SCONJ", "CCONJ", "ADV", "PRON", "VERB", "AUX", "PART")
        .contains(first.pos());
  }

  /**
   * Whether the hyphen at {@code k} joins two capitalised words of one name ("Export-Import Bank",
   * "Anti-Corruption Bureau", "Inter-Parliamentary Union"), which the tokeniser splits at it: the
   * name does not begin after it.
   */
  private static boolean innerHyphen(List<String> words, int k) {
    return k > 0
        && k + 1 < words.size()
        && words.get(k).equals("-")
        && capitalised(words.get(k - 1))
        && capitalised(words.get(k + 1));
  }

  /**
   * Whether the possessive at {@code k} is inside an organisation's name ("Workers' Party",
   * "People's Party", "Farmers’ Union"): it follows a capitalised plural the gazetteer does not
   * know (not "Chile's National Police", "the Coalition's Small Group") and a capitalised word
   * follows it.
   */
  private boolean innerPossessive(List<String> words, int k) {
    if (k == 0 || k + 1 >= words.size()) {
      return false;
    }
    String w = words.get(k);
    String before = words.get(k - 1);
    boolean plural =
        (w.equals("'") || w.equals("’")) && before.endsWith("s")
            || (w.equals("'s") || w.equals("’s")) && IRREGULAR_PLURALS.contains(before);
    return plural
        && capitalised(before)
        && capitalised(words.get(k + 1))
        && gazetteer.byName(words.get(k - 1)).isEmpty()
        && gazetteer.byDemonym(words.get(k - 1)).isEmpty();
  }

  /**
   * Whether a body's name from token {@code start} to {@code end} opens a title held by one of its
   * ministers or secretaries ("Interior Cabinet Secretary Jane Roe", "Cabinet Minister John Doe"):
   * the words name the holder's office, and the body itself does nothing in the sentence.
   */
  private boolean memberTitle(List<String> words, int start, int end) {
    return gazetteer
        .titleAt(words, start)
        .filter(t -> t.span().end() > end)
        .filter(t -> MEMBER_ROLES.stream().anyMatch(t.value().role()::endsWith))
        .isPresent();
  }

  /** Whether a military rank starts at token {@code k}: "Navy [Capt.] Jane Doe" names a person. */
  private boolean beforeRank(List<String> words, int k) {
    return gazetteer
        .titleAt(words, k)
        .filter(t -> t.value().kind() == PersonTitle.Kind.RANK)
        .isPresent();
  }

  /** A word in lower case without leading non-letters ("(Production" → "production"). */
  private static String bareLower(String w) {
    int k = 0;
    while (k < w.length() && !Character.isLetter(w.charAt(k))) {
      k++;
    }
    return w.substring(k).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether an article stands before the name at {@code start}, in the text or in the name ("the
   * State Enterprises", "The Development Partners"): a description, not a business's name.
   */
  private static boolean afterArticle(List<String> words, int start) {
    return start > 0 && ARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a capitalised word ends organisation names ("Party", "Commission", "Movement",
   * "Holdings").
   */
  static boolean isOrganisationHead(String word) {
    return ORG_HEADS.contains(word) || BUSINESS_HEADS.contains(word);
  }

  /**
   * Whether a capitalised word ends business names ({@code business_heads.txt}): "Motors",
   * "Energy", "Cement".
   */
  public static boolean isBusinessHead(String word) {
    return BUSINESS_HEADS.contains(word);
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static Mention mention(
      Sentence s, TokenSpan span, EntityType type, String finder, double confidence, String body) {
    CharSpan chars = s.charSpan(span);
    return Mention.unkeyed(chars, body, type, s.index(), finder, confidence);
  }
}
