package org.actorgraph.resolve;

import java.io.BufferedReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.NameCandidate.Form;

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

  static final Set<String> STATUSES = Set.of("member", "observer", "partial", "unrecognised");
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
      GazetteerEntry country =
          entry(row, EntityType.COUNTRY, Optional.empty(), iso2, iso3, Optional.empty());
      for (String code : iso2.stream().toList()) {
        claimIsoCode(row, code, country);
      }
      iso3.ifPresent(code -> claimIsoCode(row, code, country));
      row.list("demonyms").forEach(d -> demonyms.add(form(d, country, Form.NAME)));
      capital(row, country, iso2);
    }
  }

  /** Reads an organisations or places file; every entry gets {@code type}. */
  void organisations(String source, Reader reader, EntityType type) {
    for (TsvTable.Row row : TsvTable.read(source, reader, ORGANISATION_COLUMNS)) {
      String label = row.required("subtype");
      EntitySubtype subtype =
          EntitySubtype.fromLabel(label)
              .filter(s -> s.type() == type)
              .orElseThrow(() -> row.fail("subtype '" + label + "' is not a kind of " + type));
      Optional<String> country = row.optional("country", ISO2);
      if (country.isPresent() && !countryCodes.containsKey(country.get())) {
        throw row.fail("country '" + country.get() + "' is not a country in the gazetteer");
      }
      entry(row, type, Optional.of(subtype), Optional.empty(), Optional.empty(), country);
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
      Optional<String> country = row.optional("country", ISO2);
      if (country.isPresent() && !countryCodes.containsKey(country.get())) {
        throw row.fail("country '" + country.get() + "' is not a country in the gazetteer");
      }
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
      Optional<String> country) {
    String key = row.optional("id", KEY).orElseThrow(() -> row.fail("id is empty"));
    String name = row.required("name");
    if (name.startsWith(CONTEXTUAL) || name.contains("|")) {
      throw row.fail("name '" + name + "' must be one plain name");
    }
    List<String> aliases = row.list("aliases");
    List<String> demonymList =
        type == EntityType.COUNTRY ? row.list("demonyms") : List.<String>of();
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
}
