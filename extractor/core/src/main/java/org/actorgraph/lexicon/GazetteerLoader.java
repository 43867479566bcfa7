package org.actorgraph.lexicon;

import java.io.BufferedReader;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.NameCandidate.Form;

/**
 * Reads the gazetteer files, checks every line, and collects entries and their names for {@link
 * Gazetteer}. A malformed line fails with {@code file:line: problem}.
 */
final class GazetteerLoader {

  static final List<String> COUNTRY_COLUMNS =
      List.of(
          "id", "name", "iso2", "iso3", "status", "capital", "capital_id", "aliases", "demonyms");
  static final List<String> ORGANISATION_COLUMNS =
      List.of("id", "name", "subtype", "country", "aliases");
  static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "country", "aliases");
  static final List<String> TITLE_COLUMNS =
      List.of("title", "role", "kind", "head", "case", "ambiguous");
  static final List<String> GOVERNMENT_BODY_COLUMNS = List.of("words", "kind", "forms", "example");
  static final List<String> COUNTRY_VARIANT_COLUMNS = List.of("iso3", "aliases", "demonyms");
  static final List<String> LEADER_COLUMNS = List.of("id", "name", "country", "aliases", "offices");
  private static final Pattern OFFICE =
      Pattern.compile("([A-Z]{3,}) (\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

  static final Set<String> STATUSES = Set.of("member", "observer", "partial", "unrecognised");
  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");
  private static final Pattern KEY = Pattern.compile("Q[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final String CONTEXTUAL = "~";

  /** A name form of an entry, waiting to be indexed. */
  record NameForm(List<String> tokens, NameCandidate candidate) {}

  final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
  final List<NameForm> names = new ArrayList<>();
  final List<NameForm> demonyms = new ArrayList<>();
  final List<NameForm> capitals = new ArrayList<>();
  final Map<String, GazetteerEntry> capitalOf = new HashMap<>();
  final List<PersonTitle> titles = new ArrayList<>();
  final List<GovernmentBodyPattern> governmentBodies = new ArrayList<>();
  final List<String> stopNames = new ArrayList<>();
  final Map<String, List<String>> offices = new HashMap<>();
  final Set<String> generated = new HashSet<>();
  private final Map<String, TsvTable.Row> variants = new HashMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, String> countryCodes = new HashMap<>();

  /** Reads {@code countries.tsv}; must come before the files that name countries. */
  void countries(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, COUNTRY_COLUMNS)) {
      String status = row.required("status");
      if (!STATUSES.contains(status)) {
        throw row.fail("status '" + status + "' is not one of " + STATUSES);
      }
      Optional<String> iso2 = row.optional("iso2", ISO2);
      Optional<String> iso3 = row.optional("iso3", ISO3);
      if (iso2.isPresent() != iso3.isPresent()) {
        throw row.fail("iso2 and iso3 must both be given or both be empty");
      }
      Optional<TsvTable.Row> extra = iso3.map(variants::remove);
      List<String> moreAliases = extra.map(r -> r.list("aliases")).orElse(List.of());
      List<String> moreDemonyms = extra.map(r -> r.list("demonyms")).orElse(List.of());
      GazetteerEntry country =
          entry(
              row,
              EntityType.COUNTRY,
              Optional.empty(),
              iso2,
              iso3,
              Optional.empty(),
              moreAliases,
              moreDemonyms);
      for (String code : iso2.stream().toList()) {
        claimIsoCode(row, code, country);
      }
      iso3.ifPresent(code -> claimIsoCode(row, code, country));
      row.list("demonyms").forEach(d -> demonyms.add(form(d, country, Form.NAME)));
      moreDemonyms.forEach(d -> demonyms.add(form(d, country, Form.NAME)));
      capital(row, country, iso2);
    }
  }

  /**
   * Reads a generated file of country name variants ({@code iso3, aliases, demonyms}); must come
   * before {@link #countries}, which adds them to the country with that alpha-3 code.
   */
  void countryVariants(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, COUNTRY_VARIANT_COLUMNS)) {
      String iso3 = row.optional("iso3", ISO3).orElseThrow(() -> row.fail("iso3 is empty"));
      if (variants.putIfAbsent(iso3, row) != null) {
        throw row.fail("second line for " + iso3);
      }
    }
  }

  /** Fails when a country variant names a code that {@code countries.tsv} does not have. */
  void checkVariantsUsed() {
    for (TsvTable.Row row : variants.values()) {
      throw row.fail("iso3 '" + row.get("iso3") + "' is not a country in the gazetteer");
    }
  }

  /**
   * Reads a generated organisations file (same columns as {@code organisations.tsv}); its names
   * match only when every capitalised word is capitalised in the text ({@link #generated}).
   */
  void generatedOrganisations(String source, Reader reader) {
    int before = entries.size();
    organisations(source, reader, EntityType.ORGANISATION);
    entries.keySet().stream().skip(before).forEach(generated::add);
  }

  /**
   * Reads a generated places file (the organisation columns, {@code subtype} City, Region or empty
   * when the source does not say): places in a country, matched only as written with capitals.
   */
  void generatedPlaces(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, ORGANISATION_COLUMNS)) {
      Optional<String> label = row.optional("subtype", LABEL);
      Optional<EntitySubtype> subtype = label.flatMap(EntitySubtype::fromLabel);
      if (label.isPresent() && subtype.filter(s -> s.type() == EntityType.PLACE).isEmpty()) {
        throw row.fail("subtype '" + label.get() + "' is not a kind of " + EntityType.PLACE);
      }
      GazetteerEntry place =
          entry(
              row,
              EntityType.PLACE,
              subtype,
              Optional.empty(),
              Optional.empty(),
              knownCountry(row),
              List.of(),
              List.of());
      generated.add(place.key());
    }
  }

  /**
   * Reads a generated people file ({@code id, name, country, aliases, offices}): people with dated
   * offices ({@code CODE from..to}, either end may be empty), keyed {@code person-<id>}; their
   * names match only as written with capitals.
   */
  void leaders(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, LEADER_COLUMNS)) {
      String name = row.required("name");
      String id = row.optional("id", KEY).orElseThrow(() -> row.fail("id is empty"));
      Optional<String> country = knownCountry(row);
      List<String> aliases = row.list("aliases");
      GazetteerEntry person =
          new GazetteerEntry(
              "person-" + id,
              name,
              EntityType.PERSON,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              country,
              aliases,
              List.of());
      register(row, person);
      generated.add(person.key());
      names.add(form(name, person, Form.NAME));
      aliases.forEach(a -> names.add(form(a, person, Form.ALIAS)));
      List<String> held = row.list("offices");
      for (String item : held) {
        if (!OFFICE.matcher(item).matches()) {
          throw row.fail("office '" + item + "' is not CODE from..to");
        }
      }
      if (!held.isEmpty()) {
        offices.put(person.key(), held);
      }
    }
  }

  /**
   * Parses an office checked at load time ({@code CODE from..to}); offices are parsed only when
   * asked for, so that start-up does not pay for thousands of dates nobody reads.
   */
  static GazetteerOffice office(String item, Map<String, GazetteerEntry> countriesByIso3) {
    java.util.regex.Matcher m = OFFICE.matcher(item);
    if (!m.matches()) {
      throw new IllegalArgumentException("office '" + item + "' is not CODE from..to");
    }
    String code = m.group(1);
    Optional<String> country =
        Optional.ofNullable(countriesByIso3.get(code.substring(0, 3)))
            .flatMap(GazetteerEntry::isoCode);
    return new GazetteerOffice(
        code,
        country,
        Optional.ofNullable(m.group(2)).map(LocalDate::parse),
        Optional.ofNullable(m.group(3)).map(LocalDate::parse));
  }

  /** Reads an organisations or places file; every entry gets {@code type}. */
  void organisations(String source, Reader reader, EntityType type) {
    for (TsvTable.Row row : TsvTable.read(source, reader, ORGANISATION_COLUMNS)) {
      String label = row.required("subtype");
      EntitySubtype subtype =
          EntitySubtype.fromLabel(label)
              .filter(s -> s.type() == type)
              .orElseThrow(() -> row.fail("subtype '" + label + "' is not a kind of " + type));
      Optional<String> country = knownCountry(row);
      entry(
          row,
          type,
          Optional.of(subtype),
          Optional.empty(),
          Optional.empty(),
          country,
          List.of(),
          List.of());
    }
  }

  /**
   * Reads {@code people.tsv}: well-known people, keyed by their Wikidata id where it is known, else
   * by {@code person-<slug of name>}.
   */
  void people(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, PEOPLE_COLUMNS)) {
      String name = row.required("name");
      if (name.startsWith(CONTEXTUAL) || name.contains("|")) {
        throw row.fail("name '" + name + "' must be one plain name");
      }
      String id = row.optional("id", KEY).orElseThrow(() -> row.fail("id is empty"));
      Optional<String> wikidata = QID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
      Optional<String> country = knownCountry(row);
      List<String> aliases = row.list("aliases");
      GazetteerEntry person =
          new GazetteerEntry(
              wikidata.isPresent() ? id : "person-" + id,
              name,
              EntityType.PERSON,
              Optional.empty(),
              wikidata,
              Optional.empty(),
              Optional.empty(),
              country,
              aliases.stream().map(GazetteerLoader::bare).toList(),
              List.of());
      register(row, person);
      names.add(form(name, person, Form.NAME));
      aliases.forEach(a -> names.add(form(a, person, Form.ALIAS)));
    }
  }

  /** Reads {@code person_titles.tsv}. */
  void titles(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, TITLE_COLUMNS)) {
      String role = row.required("role");
      if (!role.equals(role.toLowerCase(Locale.ROOT))) {
        throw row.fail("role '" + role + "' must be lower case");
      }
      String kind = row.required("kind");
      String casing = row.required("case");
      if (!casing.equals("any") && !casing.equals("capitalised")) {
        throw row.fail("case must be any or capitalised (found '" + casing + "')");
      }
      titles.add(
          new PersonTitle(
              row.required("title"),
              role,
              parseEnum(row, "kind", kind, PersonTitle.Kind.class),
              row.flag("head"),
              casing.equals("capitalised"),
              row.flag("ambiguous")));
    }
  }

  /**
   * Reads {@code portfolios.txt} (one ministerial portfolio a line: "Finance", "Health") and adds
   * the titles of its minister: "Finance Minister", "Minister of Finance" and "Minister for
   * Finance", with the role of a listed "Finance Minister" or else "finance minister"; and the same
   * three forms of its secretary ("Trade Secretary", "Secretary of Trade"), with the role of a
   * listed "Trade Secretary" or else "trade secretary". Forms the title files list already are left
   * as they are. Call after the titles.
   */
  void portfolioTitles(String source, Reader reader) {
    Map<String, PersonTitle> listed = new HashMap<>();
    titles.forEach(t -> listed.putIfAbsent(t.title(), t));
    List<PersonTitle> derived = new ArrayList<>();
    new BufferedReader(reader)
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(
            portfolio -> {
              for (String office : List.of("Minister", "Secretary")) {
                PersonTitle base =
                    listed.getOrDefault(
                        portfolio + " " + office,
                        new PersonTitle(
                            portfolio + " " + office,
                            (portfolio + " " + office).toLowerCase(Locale.ROOT),
                            PersonTitle.Kind.ROLE,
                            false,
                            false,
                            false));
                derive(base, portfolio, office, listed, derived);
              }
            });
    if (derived.isEmpty()) {
      throw new IllegalStateException(source + ": no portfolio adds a title");
    }
    titles.addAll(derived);
  }

  /** Adds the forms of one portfolio's title that are not listed yet. */
  private static void derive(
      PersonTitle base,
      String portfolio,
      String office,
      Map<String, PersonTitle> listed,
      List<PersonTitle> derived) {
    for (String form :
        List.of(
            portfolio + " " + office, office + " of " + portfolio, office + " for " + portfolio)) {
      if (!listed.containsKey(form)) {
        PersonTitle t =
            new PersonTitle(
                form,
                base.role(),
                base.kind(),
                base.head(),
                base.capitalisedOnly(),
                base.ambiguous());
        listed.put(form, t);
        derived.add(t);
      }
    }
  }

  /** Reads {@code government_bodies.tsv}. */
  void governmentBodies(String source, Reader reader) {
    for (TsvTable.Row row : TsvTable.read(source, reader, GOVERNMENT_BODY_COLUMNS)) {
      String kind = row.required("kind");
      EnumSet<GovernmentBodyPattern.Form> forms = EnumSet.noneOf(GovernmentBodyPattern.Form.class);
      for (String form : row.list("forms")) {
        forms.add(parseEnum(row, "forms", form, GovernmentBodyPattern.Form.class));
      }
      try {
        governmentBodies.add(
            new GovernmentBodyPattern(
                List.of(row.required("words").split(" +")),
                parseEnum(row, "kind", kind, GovernmentBodyPattern.Kind.class),
                forms,
                row.get("example")));
      } catch (IllegalArgumentException e) {
        throw row.fail(e.getMessage());
      }
    }
  }

  /** Reads {@code stopnames.txt}: one name a line, {@code #} comments. */
  void stopNames(String source, Reader reader) {
    new BufferedReader(reader)
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .forEach(stopNames::add);
  }

  private void capital(TsvTable.Row row, GazetteerEntry country, Optional<String> iso2) {
    List<String> forms = row.list("capital");
    Optional<String> id = row.optional("capital_id", QID);
    if (forms.isEmpty()) {
      if (id.isPresent()) {
        throw row.fail("capital_id given without a capital");
      }
      return;
    }
    String name = bare(forms.get(0));
    String key = id.orElse("city-" + slug(name));
    List<String> aliases = forms.stream().skip(1).map(GazetteerLoader::bare).toList();
    GazetteerEntry city =
        new GazetteerEntry(
            key,
            name,
            EntityType.PLACE,
            Optional.of(EntitySubtype.CITY),
            id,
            Optional.empty(),
            Optional.empty(),
            iso2,
            aliases,
            List.of());
    register(row, city);
    capitalOf.put(country.key(), city);
    for (String form : forms) {
      names.add(form(form, city, Form.CAPITAL));
      capitals.add(form(form, country, Form.NAME));
    }
  }

  private GazetteerEntry entry(
      TsvTable.Row row,
      EntityType type,
      Optional<EntitySubtype> subtype,
      Optional<String> iso2,
      Optional<String> iso3,
      Optional<String> country,
      List<String> moreAliases,
      List<String> moreDemonyms) {
    String key = row.optional("id", KEY).orElseThrow(() -> row.fail("id is empty"));
    String name = row.required("name");
    if (name.startsWith(CONTEXTUAL) || name.contains("|")) {
      throw row.fail("name '" + name + "' must be one plain name");
    }
    List<String> aliases = new ArrayList<>(row.list("aliases"));
    aliases.addAll(moreAliases);
    List<String> demonymList =
        new ArrayList<>(type == EntityType.COUNTRY ? row.list("demonyms") : List.<String>of());
    demonymList.addAll(moreDemonyms);
    Optional<String> wikidata = QID.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    GazetteerEntry entry =
        new GazetteerEntry(
            key,
            name,
            type,
            subtype,
            wikidata,
            iso2,
            iso3,
            country,
            aliases.stream().map(GazetteerLoader::bare).toList(),
            demonymList.stream().map(GazetteerLoader::bare).toList());
    register(row, entry);
    names.add(form(name, entry, Form.NAME));
    aliases.forEach(a -> names.add(form(a, entry, Form.ALIAS)));
    return entry;
  }

  private void register(TsvTable.Row row, GazetteerEntry entry) {
    String before = origins.putIfAbsent(entry.key(), row.where());
    if (before != null) {
      throw row.fail("duplicate key " + entry.key() + " (first at " + before + ")");
    }
    entries.put(entry.key(), entry);
  }

  private void claimIsoCode(TsvTable.Row row, String code, GazetteerEntry country) {
    String before = countryCodes.putIfAbsent(code, country.key());
    if (before != null) {
      throw row.fail("ISO code " + code + " already belongs to " + before);
    }
  }

  private static NameForm form(String text, GazetteerEntry entry, Form strength) {
    Form form = text.startsWith(CONTEXTUAL) ? Form.CONTEXTUAL : strength;
    return new NameForm(NameTokens.tokenize(bare(text)), new NameCandidate(entry, form));
  }

  private static String bare(String text) {
    return text.startsWith(CONTEXTUAL) ? text.substring(1).trim() : text;
  }

  static String slug(String name) {
    String folded = NameTokens.fold(name).replaceAll("[^a-z0-9]+", "-");
    return folded.replaceAll("^-+|-+$", "");
  }

  private static <E extends Enum<E>> E parseEnum(
      TsvTable.Row row, String column, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.fail(column + " '" + value + "' is not one of " + EnumSet.allOf(type));
    }
  }

  /** The row's optional {@code country} code, which must name a country of the gazetteer. */
  private Optional<String> knownCountry(TsvTable.Row row) {
    Optional<String> country = row.optional("country", ISO2);
    if (country.isPresent() && !countryCodes.containsKey(country.get())) {
      throw row.fail("country '" + country.get() + "' is not a country in the gazetteer");
    }
    return country;
  }
}
