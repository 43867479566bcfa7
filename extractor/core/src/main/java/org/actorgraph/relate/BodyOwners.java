package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Finds the country an organisation belongs to from the organisation itself rather than from the
 * words around it:
 *
 * <ul>
 *   <li>its name carries the country: {@code the Hungarian Parliament}, {@code the Russian Defence
 *       Ministry}, {@code National Assembly of Hungary};
 *   <li>the gazetteer knows its country: the Kremlin (Russia), the White House (United States), a
 *       Korean arms agency or company;
 *   <li>its name is an international organisation's and a kind of body ({@code the Union refugee
 *       agency}): part of that organisation, when the article names it too;
 *   <li>a national government body named without a country ({@code the National Police}) in an
 *       article clearly about one country ({@link ArticleCountry}), unless the gazetteer gives it
 *       another country the article does not name.
 * </ul>
 *
 * A government body (or an organisation of unknown kind) is part of its country; a company is
 * located in it. A party (also one of unknown kind whose name says "Party") is located in a country
 * only when its own name carries it ({@code the Sylvanian Unity Party}), never by the gazetteer or
 * the article's country; media and international bodies are left to what the text says of them
 * (news rarely treats a broadcaster's home country as a fact worth stating), and so is an
 * organisation of unknown kind whose name is a country word before a listed group's name ({@code
 * the Sylvanian Taliban}). Only countries the article names are used.
 */
public final class BodyOwners implements RelationFinder {

  private final Optional<Gazetteer> gazetteer;

  /**
   * The facts of the last article each thread asked about: the interaction and agreement finders
   * ask again.
   */
  private final ArticleMemo<List<Fact>> found =
      new ArticleMemo<>(article -> List.copyOf(findAll(article)));

  /**
   * @param gazetteer where organisations' countries are looked up
   */
  public BodyOwners(Gazetteer gazetteer) {
    this.gazetteer = Optional.of(gazetteer);
  }

  private BodyOwners() {
    this.gazetteer = Optional.empty();
  }

  /** Uses only names and the article's main country, no gazetteer. */
  public static BodyOwners withoutGazetteer() {
    return new BodyOwners();
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    return found.of(article);
  }

  private List<Fact> findAll(ResolvedArticle article) {
    Map<String, Entity> byIso = new HashMap<>();
    Map<String, Entity> byName = new LinkedHashMap<>();
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.COUNTRY) {
        e.isoCode().ifPresent(code -> byIso.put(code, e));
        byName.put(e.label().toLowerCase(Locale.ROOT), e);
        e.aliases().forEach(a -> byName.put(a.toLowerCase(Locale.ROOT), e));
        // "the Peruvian Congress" where the article writes "Peruvian" nowhere else
        entry(e).ifPresent(c -> demonyms(c).forEach(d -> byName.putIfAbsent(d, e)));
      }
    }
    Optional<Entity> home = ArticleCountry.of(article);
    List<Fact> facts = new ArrayList<>();
    Map<String, Entity> blocs = internationalByName(article);
    for (Entity org : article.entities()) {
      if (org.type() == EntityType.PLACE) {
        place(article, org, byIso, home).ifPresent(facts::add);
        continue;
      }
      if (org.type() != EntityType.ORGANISATION) {
        continue;
      }
      namedBloc(org, blocs).ifPresent(facts::add);
      String sub = org.subtype().orElse("");
      boolean party =
          sub.equals("PoliticalParty") || sub.isEmpty() && StructureFinder.partyName(org);
      if (party) {
        // "the Chilean Workers' Party": a party its own name places in a country
        namedCountry(org, byName).ifPresent(c -> facts.add(fact(org, c, "PoliticalParty", 0.75)));
        continue;
      }
      if (!sub.isEmpty() && !sub.equals("GovernmentBody") && !sub.equals("Company")
          || sub.isEmpty() && listedGroupOfCountry(org, byName)) {
        continue;
      }
      Optional<Entity> named =
          namedCountry(org, byName)
              .filter(c -> !WrittenSeats.elsewhere(article, org, e -> inCountry(e, c)));
      Optional<String> listedIso = listedCountry(org);
      Optional<Entity> listed = listedIso.map(byIso::get);
      Optional<Entity> country = named.or(() -> listed);
      double confidence = named.isPresent() ? 0.8 : 0.7;
      // the article's country stands in only for a body the gazetteer places nowhere: "the U.S.
      // State Department" in an article about Turkey that names the United States nowhere else
      // is still no Turkish body
      if (country.isEmpty()
          && listedIso.isEmpty()
          && sub.equals("GovernmentBody")
          && home.isPresent()) {
        country = home;
        confidence = 0.55;
      }
      if (country.isPresent()) {
        facts.add(fact(org, country.get(), sub, confidence));
      }
    }
    return facts;
  }

  /** {@code the Union refugee agency}: a name of a bloc, at most two words and a kind of body. */
  private static final Pattern BLOC_BODY =
      Pattern.compile("([a-z-]+('s)? ){0,2}(" + Appositions.BODY_NOUNS + ")\\b.*");

  /** The article's international organisations by each of their names, in lower case. */
  private Map<String, Entity> internationalByName(ResolvedArticle article) {
    Map<String, Entity> out = new LinkedHashMap<>();
    for (Entity e : article.entities()) {
      if (e.subtype().filter("InternationalOrganisation"::equals).isPresent()) {
        out.putIfAbsent(e.label().toLowerCase(Locale.ROOT), e);
        e.aliases().forEach(a -> out.putIfAbsent(a.toLowerCase(Locale.ROOT), e));
        // "UN" where the article writes "United Nations" elsewhere
        entry(e)
            .ifPresent(
                g -> g.aliases().forEach(a -> out.putIfAbsent(a.toLowerCase(Locale.ROOT), e)));
      }
    }
    return out;
  }

  /**
   * {@code the Union refugee agency Refco}, {@code the Union nuclear watchdog}: an organisation
   * written as an international organisation's name, lower-case words and a kind of body is part of
   * that organisation, when the article names it too. A news agency is a media outlet.
   */
  private static Optional<Fact> namedBloc(Entity org, Map<String, Entity> blocs) {
    for (Mention m : org.mentions()) {
      String text = m.text().replace('’', '\'').replaceFirst("^(?i)the ", "");
      for (Map.Entry<String, Entity> b : blocs.entrySet()) {
        String rest =
            text.regionMatches(true, 0, b.getKey() + " ", 0, b.getKey().length() + 1)
                ? text.substring(b.getKey().length() + 1)
                : "";
        if (!b.getValue().equals(org)
            && BLOC_BODY.matcher(rest).matches()
            && !rest.contains("news agency")) {
          return Optional.of(new Fact.PartOf(org, b.getValue(), 0.7, List.of(evidence(m))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A place in the country the gazetteer gives it; else a one-word place the text puts things "in"
   * (a town), in an article clearly about one country, is taken to lie in that country when the
   * sentence saying so names that country (or its demonym) and no other.
   */
  private Optional<Fact> place(
      ResolvedArticle article, Entity place, Map<String, Entity> byIso, Optional<Entity> home) {
    List<Evidence> evidence = List.of(evidence(place.mentions().get(0)));
    Optional<GazetteerEntry> entry = entry(place);
    if (entry.isPresent()) {
      return entry
          .filter(e -> e.type() == EntityType.PLACE)
          .flatMap(GazetteerEntry::country)
          .map(byIso::get)
          .map(c -> new Fact.LocatedIn(place, c, 0.7, evidence));
    }
    if (home.isEmpty() || !place.label().matches("\\p{Lu}\\p{Ll}+")) {
      return Optional.empty();
    }
    for (Mention m : place.mentions()) {
      Sentence s = article.annotated().sentences().get(m.sentence());
      List<Token> tokens = s.tokens();
      int i = s.tokenAt(m.span().start());
      if (i > 0 && tokens.get(i - 1).text().equals("in") && onlyCountry(article, s, home.get())) {
        return Optional.of(new Fact.LocatedIn(place, home.get(), 0.5, List.of(evidence(m))));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the sentence names this country and no other, not counting a country word joined by a
   * hyphen to the word after it ({@code a British-led battlegroup based in Tapa}, {@code
   * Russian-backed}): it names who leads or backs something, not where the sentence takes place.
   */
  private static boolean onlyCountry(ResolvedArticle article, Sentence s, Entity country) {
    String body = article.annotated().body();
    List<Entity> named =
        article.mentionsWithin(s.span()).stream()
            .filter(l -> !hyphenated(body, l.mention().span().end()))
            .map(ResolvedArticle.Located::entity)
            .filter(e -> e.type() == EntityType.COUNTRY)
            .distinct()
            .toList();
    return named.equals(List.of(country));
  }

  private static boolean hyphenated(String body, int end) {
    return end + 1 < body.length()
        && body.charAt(end) == '-'
        && Character.isLetter(body.charAt(end + 1));
  }

  private static Fact fact(Entity org, Entity country, String sub, double confidence) {
    return ofCountry(org, country, sub, confidence, List.of(evidence(org.mentions().get(0))));
  }

  /**
   * An organisation of a country, of subtype {@code sub}: part of it when it is a body of the state
   * (or of no known kind), located in it when it is a party, company, armed group or other body of
   * its own ("the Sylvanian Workers' Party", al-Shabaab in Somalia).
   */
  static Fact ofCountry(
      Entity org, Entity country, String sub, double confidence, List<Evidence> evidence) {
    if (sub.isEmpty() || sub.equals("GovernmentBody")) {
      return new Fact.PartOf(org, country, confidence, evidence);
    }
    return new Fact.LocatedIn(org, country, confidence, evidence);
  }

  private static Evidence evidence(Mention m) {
    return new Evidence(m.sentence(), m.span());
  }

  /**
   * A country whose name or demonym opens one of the organisation's names ("Hungarian Parliament")
   * or closes it after "of" ("National Assembly of Hungary").
   */
  private static Optional<Entity> namedCountry(Entity org, Map<String, Entity> byName) {
    List<String> names = new ArrayList<>(org.aliases());
    names.add(org.label());
    for (String name : names) {
      String n = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
      for (Map.Entry<String, Entity> c : byName.entrySet()) {
        String k = c.getKey();
        if (n.startsWith(k + " ") || n.startsWith(k + "'s ") || n.endsWith(" of " + k)) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether one of the organisation's names is a country's name or demonym before the name of a
   * listed organisation that is no body of a state ({@code the Sylvanian Taliban}, {@code Iraqi
   * Hezbollah}): the country word says where the group is or fights, not that the state owns it,
   * and the group's own entry decides, as it does when written alone.
   */
  private boolean listedGroupOfCountry(Entity org, Map<String, Entity> byName) {
    if (gazetteer.isEmpty()) {
      return false;
    }
    List<String> names = new ArrayList<>(org.aliases());
    names.add(org.label());
    for (String name : names) {
      String n = name.replaceFirst("^(?i)the ", "");
      String lower = n.toLowerCase(Locale.ROOT);
      for (String k : byName.keySet()) {
        if (lower.startsWith(k + " ")
            && gazetteer
                .get()
                .byName(n.substring(k.length() + 1))
                .filter(e -> e.type() == EntityType.ORGANISATION)
                .flatMap(GazetteerEntry::subtype)
                .filter(st -> st != EntitySubtype.GOVERNMENT_BODY)
                .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The demonyms that name this country alone ("Peruvian"; not "Korean", which two countries
   * share), in lower case.
   */
  private List<String> demonyms(GazetteerEntry country) {
    Gazetteer g = gazetteer.get();
    return country.demonyms().stream()
        .filter(d -> g.byDemonym(d).filter(country::equals).isPresent())
        .map(d -> d.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** Whether an entity is this country or a place the gazetteer puts in it. */
  private boolean inCountry(Entity e, Entity country) {
    return e.equals(country)
        || e.type() == EntityType.PLACE
            && country.isoCode().isPresent()
            && entry(e).flatMap(GazetteerEntry::country).equals(country.isoCode());
  }

  /** The ISO code of the country the gazetteer gives the organisation. */
  private Optional<String> listedCountry(Entity org) {
    return entry(org)
        .filter(e -> e.type() == EntityType.ORGANISATION)
        .flatMap(GazetteerEntry::country);
  }

  /** The gazetteer's entry for an entity: by a mention's key, its Wikidata id, or its name. */
  private Optional<GazetteerEntry> entry(Entity e) {
    if (gazetteer.isEmpty()) {
      return Optional.empty();
    }
    Gazetteer g = gazetteer.get();
    return e.mentions().stream()
        .flatMap(m -> m.key().stream())
        .findFirst()
        .or(e::wikidata)
        .flatMap(g::byKey)
        .or(() -> g.byName(e.label()));
  }
}
