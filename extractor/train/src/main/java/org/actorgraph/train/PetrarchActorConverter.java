package org.actorgraph.train;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.train.PetrarchDictionary.Actor;
import org.actorgraph.train.PetrarchDictionary.Agent;
import org.actorgraph.train.PetrarchDictionary.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the PETRARCH2 actor and agent dictionaries (Open Event Data Alliance / Computational
 * Event Data System, MIT licence) into the gazetteer's generated files, next to the hand-curated
 * ones it reads to add only what is missing:
 *
 * <ul>
 *   <li>{@code countries_petrarch.tsv}: formal names and demonyms of the countries in {@code
 *       countries.tsv} ({@code Phoenix.Countries.actors.txt});
 *   <li>{@code people_petrarch.tsv}: leaders and officials with their country and dated offices
 *       (all three actor files);
 *   <li>{@code organisations_petrarch.tsv}: international organisations, NGOs and companies ({@code
 *       Phoenix.International.actors.txt}) and armed non-state groups ({@code
 *       Phoenix.MilNonState.actors.txt}), with unambiguous acronyms;
 *   <li>{@code places_petrarch.tsv}: cities, regions, rivers and mountains of a country, from the
 *       synonyms of its record ({@link PetrarchPlaces});
 *   <li>{@code person_titles_petrarch.tsv}: role words that are titles of people ({@code
 *       Phoenix.agents.txt});
 *   <li>{@code PETRARCH-LICENSE.txt}: the licence notice that must stay with the converted data.
 * </ul>
 *
 * Re-runnable: the same inputs give the same files. What is taken and what is left is in {@link
 * PetrarchActorRules}, {@link PetrarchTitleRules} and {@link PetrarchNames}.
 */
public final class PetrarchActorConverter {

  /** The English word list used when none is given (Debian package {@code wamerican}). */
  public static final Path DEFAULT_WORDS = Path.of("/usr/share/dict/words");

  static final String COUNTRIES = "Phoenix.Countries.actors.txt";
  static final String INTERNATIONAL = "Phoenix.International.actors.txt";
  static final String ARMED = "Phoenix.MilNonState.actors.txt";
  static final String AGENTS = "Phoenix.agents.txt";

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchActorConverter.class);

  /** How much was written. */
  public record Report(
      int countryAliases,
      int demonyms,
      int people,
      int offices,
      int organisations,
      int places,
      int titles) {}

  private PetrarchActorConverter() {}

  /** Converts with the {@link #DEFAULT_WORDS} word list. */
  public static Report convert(Path petrarch, Path gazetteer) {
    return convert(petrarch, gazetteer, DEFAULT_WORDS);
  }

  /**
   * Reads the four dictionaries in {@code petrarch} and the curated files in {@code gazetteer}, and
   * (re)writes the generated files in {@code gazetteer}.
   *
   * @param words an English word list, one word a line; its lower-case words are the dictionary
   *     words a single-word name or acronym may not be
   */
  public static Report convert(Path petrarch, Path gazetteer, Path words) {
    if (!Files.isRegularFile(words)) {
      throw new IllegalArgumentException(
          words + ": no English word list (install the Debian package wamerican or pass one)");
    }
    CuratedGazetteer curated = CuratedGazetteer.read(gazetteer);
    List<Actor> countries = read(petrarch, COUNTRIES, PetrarchDictionary::readActors);
    List<Actor> international = read(petrarch, INTERNATIONAL, PetrarchDictionary::readActors);
    List<Actor> armed = read(petrarch, ARMED, PetrarchDictionary::readActors);
    List<Agent> agents = read(petrarch, AGENTS, PetrarchDictionary::readAgents);
    List<Actor> all = new ArrayList<>(countries);
    all.addAll(international);
    all.addAll(armed);
    Set<String> english = englishWords(words);
    Set<String> first = firstNames(all);
    PetrarchNames plain = new PetrarchNames(english, first, Set.of());
    List<Actor> orgs = new ArrayList<>(international);
    orgs.addAll(armed);
    PetrarchNames names = new PetrarchNames(english, first, acronyms(orgs, plain));
    PetrarchActorRules rules = new PetrarchActorRules(names, curated);
    String source = "PETRARCH2 dictionaries" + commit(petrarch);

    Set<String> claimed = new HashSet<>(curated.forms);
    CountryForms cf = countryForms(countries, rules, names, curated);
    claimed.addAll(cf.folds);
    List<String> orgRows = new ArrayList<>();
    Set<String> keys = new HashSet<>(curated.keys);
    organisations(international, false, rules, claimed, keys, orgRows);
    organisations(armed, true, rules, claimed, keys, orgRows);
    People people = people(all, rules, claimed, keys);
    List<String> placeRows = new ArrayList<>();
    for (PetrarchPlaces.Place p :
        new PetrarchPlaces(rules, names, curated, personWords(all)).places(countries, claimed)) {
      claimed.add(fold(p.name()));
      placeRows.add(
          String.join(
              "\t",
              uniqueKey(slug(p.name()), keys),
              p.name(),
              p.subtype().orElse(""),
              p.country(),
              ""));
    }
    List<String> titleRows = titles(agents, new PetrarchTitleRules(names, curated.titles));

    write(
        gazetteer.resolve("countries_petrarch.tsv"),
        header("country name variants and demonyms", source, COUNTRIES),
        "iso3\taliases\tdemonyms",
        cf.rows);
    write(
        gazetteer.resolve("organisations_petrarch.tsv"),
        header(
            "international organisations, NGOs, companies, armed groups",
            source,
            INTERNATIONAL + ", " + ARMED),
        "id\tname\tsubtype\tcountry\taliases",
        orgRows);
    write(
        gazetteer.resolve("places_petrarch.tsv"),
        header("cities, regions, rivers and mountains of a country", source, COUNTRIES),
        "id\tname\tsubtype\tcountry\taliases",
        placeRows);
    write(
        gazetteer.resolve("people_petrarch.tsv"),
        header(
            "leaders and officials with dated offices",
            source,
            COUNTRIES + ", " + INTERNATIONAL + ", " + ARMED),
        "id\tname\tcountry\taliases\toffices",
        people.rows);
    write(
        gazetteer.resolve("person_titles_petrarch.tsv"),
        header("titles of people", source, AGENTS),
        "title\trole\tkind\thead\tcase\tambiguous",
        titleRows);
    copyLicence(petrarch, gazetteer);
    Report report =
        new Report(
            cf.aliases,
            cf.demonyms,
            people.rows.size(),
            people.offices,
            orgRows.size(),
            placeRows.size(),
            titleRows.size());
    LOG.info("PETRARCH conversion: {}", report);
    return report;
  }

  /** {@code java ... PetrarchActorConverter PETRARCH_DIR GAZETTEER_DIR [WORDS]}. */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: PetrarchActorConverter PETRARCH_DIR GAZETTEER_DIR [WORDS]");
      System.exit(2);
    }
    Path words = args.length == 3 ? Path.of(args[2]) : DEFAULT_WORDS;
    System.out.println(convert(Path.of(args[0]), Path.of(args[1]), words));
  }

  // ---- countries

  private record CountryForms(List<String> rows, Set<String> folds, int aliases, int demonyms) {}

  private static CountryForms countryForms(
      List<Actor> actors, PetrarchActorRules rules, PetrarchNames names, CuratedGazetteer cur) {
    Map<String, Set<String>> owners = new HashMap<>();
    Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
    Map<String, Map<String, String>> demonyms = new LinkedHashMap<>();
    for (Actor a : actors) {
      Optional<CuratedGazetteer.Country> country = rules.countryRecord(a);
      if (country.isEmpty()) {
        continue;
      }
      String iso3 = country.get().iso3();
      for (String phrase : a.phrases()) {
        List<String> tokens = PetrarchNames.tokens(phrase);
        String fold = String.join(" ", tokens);
        if (tokens.isEmpty()
            || cur.forms.contains(CuratedGazetteer.fold(fold))
            || !tokens.stream().allMatch(t -> t.matches("[A-Z][A-Z']*"))) {
          continue;
        }
        if (rules.isDemonym(tokens, country.get())) {
          String cased = names.personName(tokens);
          demonyms.computeIfAbsent(iso3, k -> new LinkedHashMap<>()).put(fold, cased);
          owners.computeIfAbsent(fold, k -> new HashSet<>()).add(iso3);
          if (cased.endsWith("an") || cased.endsWith("i")) {
            String plural = fold + "S";
            if (!cur.forms.contains(plural)) {
              demonyms.get(iso3).put(plural, cased + "s");
              owners.computeIfAbsent(plural, k -> new HashSet<>()).add(iso3);
            }
          }
        } else if (rules.isFormalName(tokens, country.get())) {
          aliases
              .computeIfAbsent(iso3, k -> new LinkedHashMap<>())
              .put(fold, names.personName(tokens));
          owners.computeIfAbsent(fold, k -> new HashSet<>()).add(iso3);
        }
      }
    }
    Set<String> iso3s = new LinkedHashSet<>(aliases.keySet());
    iso3s.addAll(demonyms.keySet());
    List<String> rows = new ArrayList<>();
    Set<String> folds = new HashSet<>();
    int aliasCount = 0;
    int demonymCount = 0;
    for (String iso3 : iso3s.stream().sorted().toList()) {
      List<String> a = unshared(aliases.get(iso3), owners, folds);
      List<String> d = unshared(demonyms.get(iso3), owners, folds);
      if (!a.isEmpty() || !d.isEmpty()) {
        rows.add(iso3 + "\t" + String.join("|", a) + "\t" + String.join("|", d));
        aliasCount += a.size();
        demonymCount += d.size();
      }
    }
    return new CountryForms(rows, folds, aliasCount, demonymCount);
  }

  /** The forms only this country claims (a form two countries share is left out). */
  private static List<String> unshared(
      Map<String, String> forms, Map<String, Set<String>> owners, Set<String> folds) {
    List<String> out = new ArrayList<>();
    if (forms != null) {
      forms.forEach(
          (fold, cased) -> {
            if (owners.get(fold).size() == 1) {
              out.add(cased);
              folds.add(fold);
            }
          });
    }
    return out;
  }

  // ---- organisations

  private static void organisations(
      List<Actor> actors,
      boolean armedGroups,
      PetrarchActorRules rules,
      Set<String> claimed,
      Set<String> keys,
      List<String> rows) {
    for (Actor a : actors) {
      Optional<String> subtype = PetrarchActorRules.organisationSubtype(a, armedGroups);
      if (subtype.isEmpty()) {
        continue;
      }
      List<String> forms = rules.organisationNames(a, subtype.get().equals("Company"));
      if (forms.isEmpty() || forms.stream().anyMatch(f -> claimed.contains(fold(f)))) {
        continue;
      }
      List<String> unique = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String f : forms) {
        if (seen.add(fold(f))) {
          unique.add(f);
        }
      }
      unique.forEach(f -> claimed.add(fold(f)));
      String key = uniqueKey(slug(unique.get(0)), keys);
      rows.add(
          String.join(
              "\t",
              key,
              unique.get(0),
              subtype.get(),
              rules.organisationCountry(a, armedGroups).orElse(""),
              String.join("|", unique.subList(1, unique.size()))));
    }
  }

  // ---- people

  private record People(List<String> rows, int offices) {}

  private record Person(
      String name, Optional<String> country, Set<String> aliases, Set<String> offices) {}

  private static People people(
      List<Actor> actors, PetrarchActorRules rules, Set<String> claimed, Set<String> keys) {
    Map<String, Person> byName = new LinkedHashMap<>();
    Set<String> conflicted = new HashSet<>();
    Map<String, Integer> formOwners = new HashMap<>();
    for (Actor a : actors) {
      if (!rules.isPerson(a)) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String phrase : a.phrases()) {
        rules.personName(phrase).filter(n -> !claimed.contains(fold(n))).ifPresent(forms::add);
      }
      if (forms.isEmpty()) {
        continue;
      }
      Optional<String> country = rules.personCountry(a);
      Set<String> offices = new LinkedHashSet<>();
      for (Code c : a.codes()) {
        if (c.dated()) {
          offices.add(
              c.code()
                  + " "
                  + c.from().map(Object::toString).orElse("")
                  + ".."
                  + c.to().map(Object::toString).orElse(""));
        }
      }
      String key = fold(forms.get(0));
      Person before = byName.get(key);
      if (before != null) {
        if (!before.country().equals(country)) {
          conflicted.add(key);
        } else {
          before.offices().addAll(offices);
          forms.subList(1, forms.size()).forEach(before.aliases()::add);
        }
        continue;
      }
      Person p = new Person(forms.get(0), country, new LinkedHashSet<>(), offices);
      forms.subList(1, forms.size()).forEach(p.aliases()::add);
      byName.put(key, p);
    }
    for (Map.Entry<String, Person> e : byName.entrySet()) {
      formOwners.merge(e.getKey(), 1, Integer::sum);
      for (String alias : e.getValue().aliases()) {
        formOwners.merge(fold(alias), 1, Integer::sum);
      }
    }
    List<String> rows = new ArrayList<>();
    int offices = 0;
    for (Map.Entry<String, Person> e : byName.entrySet()) {
      if (conflicted.contains(e.getKey()) || formOwners.get(e.getKey()) > 1) {
        continue;
      }
      Person p = e.getValue();
      List<String> aliases = new ArrayList<>();
      for (String alias : p.aliases()) {
        if (formOwners.get(fold(alias)) == 1 && !fold(alias).equals(e.getKey())) {
          aliases.add(alias);
        }
      }
      String key = uniqueKey(slug(p.name()), keys, "person-");
      offices += p.offices().size();
      rows.add(
          String.join(
              "\t",
              key,
              p.name(),
              p.country().orElse(""),
              String.join("|", aliases),
              String.join("|", p.offices())));
    }
    return new People(rows, offices);
  }

  // ---- titles

  private static List<String> titles(List<Agent> agents, PetrarchTitleRules rules) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Agent a : agents) {
      rules
          .title(a)
          .ifPresent(
              t ->
                  rows.putIfAbsent(
                      fold(t.title()),
                      String.join(
                          "\t",
                          t.title(),
                          t.role(),
                          t.kind(),
                          "no",
                          t.casing(),
                          t.ambiguous() ? "yes" : "no")));
    }
    return new ArrayList<>(rows.values());
  }

  // ---- helpers

  private static String fold(String name) {
    return CuratedGazetteer.fold(name);
  }

  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String uniqueKey(String slug, Set<String> keys) {
    return uniqueKey(slug, keys, "");
  }

  /** {@code slug}, or {@code slug-2}, {@code slug-3}... when the key is taken. */
  private static String uniqueKey(String slug, Set<String> keys, String prefix) {
    String base = slug.isEmpty() ? "entry" : slug;
    String key = base;
    for (int i = 2; keys.contains(prefix + key); i++) {
      key = base + "-" + i;
    }
    keys.add(prefix + key);
    return key;
  }

  private static Set<String> englishWords(Path words) {
    Set<String> out = new HashSet<>();
    try {
      for (String w : Files.readAllLines(words, StandardCharsets.UTF_8)) {
        if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && w.matches("[a-z]+")) {
          out.add(w.toUpperCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + words, e);
    }
    return out;
  }

  /** Acronyms written alone as a synonym of an undated record, or in parentheses. */
  private static Set<String> acronyms(List<Actor> actors, PetrarchNames names) {
    Set<String> out = new HashSet<>();
    for (Actor a : actors) {
      if (a.dated()) {
        continue;
      }
      for (String phrase : a.phrases()) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\(([A-Z]{2,8})\\)").matcher(phrase);
        while (m.find()) {
          if (!names.isEnglishWord(m.group(1))) {
            out.add(m.group(1));
          }
        }
        List<String> tokens = PetrarchNames.tokens(phrase);
        if (tokens.size() == 1 && names.isAcronym(tokens.get(0))) {
          out.add(tokens.get(0));
        }
      }
    }
    return out;
  }

  /**
   * Single words people bear as names: the listed given names, and the last tokens of every person
   * the dictionaries name (records with dated codes).
   */
  private static Set<String> personWords(List<Actor> actors) {
    Set<String> out = new HashSet<>();
    GivenNames.all().forEach(n -> out.add(n.toUpperCase(Locale.ROOT)));
    for (Actor a : actors) {
      if (a.dated()) {
        for (String phrase : a.phrases()) {
          List<String> tokens = PetrarchNames.tokens(phrase);
          if (tokens.size() >= 2) {
            out.add(tokens.get(tokens.size() - 1));
          }
        }
      }
    }
    return out;
  }

  /** First tokens of every person the dictionaries name (records with dated codes). */
  private static Set<String> firstNames(List<Actor> actors) {
    Set<String> out = new HashSet<>();
    for (Actor a : actors) {
      if (a.dated()) {
        for (String phrase : a.phrases()) {
          List<String> tokens = PetrarchNames.tokens(phrase);
          if (tokens.size() >= 2 && tokens.get(0).matches("[A-Z]{2,}")) {
            out.add(tokens.get(0));
          }
        }
      }
    }
    return out;
  }

  private static <T> T read(Path dir, String file, Function<Reader, T> parser) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (Reader r = new InputStreamReader(Files.newInputStream(dir.resolve(file)), utf8)) {
      return parser.apply(r);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + dir.resolve(file), e);
    }
  }

  private static String commit(Path petrarch) {
    Path commit = petrarch.resolve("COMMIT");
    try {
      if (Files.exists(commit)) {
        String line = Files.readAllLines(commit, StandardCharsets.UTF_8).get(0).trim();
        return " (petrarch2 commit " + line.split("\\s+")[0] + ")";
      }
    } catch (IOException | IndexOutOfBoundsException e) {
      LOG.debug("no commit id in {}", commit);
    }
    return "";
  }

  private static List<String> header(String what, String source, String files) {
    return List.of(
        "# "
            + what
            + ": generated by org.actorgraph.train.PetrarchActorConverter"
            + " (actorgraph build-lexicons) from "
            + source
            + ", "
            + files
            + "; do not edit.",
        "# Data: Open Event Data Alliance / Computational Event Data System, MIT licence:"
            + " see PETRARCH-LICENSE.txt. Rules: see SOURCES.md.");
  }

  private static void write(Path file, List<String> header, String columns, List<String> rows) {
    List<String> lines = new ArrayList<>(header);
    lines.add(columns);
    lines.addAll(rows);
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }

  private static void copyLicence(Path petrarch, Path gazetteer) {
    try {
      String licence = Files.readString(petrarch.resolve("LICENSE"), StandardCharsets.UTF_8);
      Files.writeString(
          gazetteer.resolve("PETRARCH-LICENSE.txt"),
          "The files *_petrarch.tsv in this folder are converted from the PETRARCH2 dictionaries"
              + " (the petrarch2 project)\nby the Open Event Data Alliance and the"
              + " Computational Event Data System project, under this licence:\n\n"
              + licence,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("copying the PETRARCH licence", e);
    }
  }
}
