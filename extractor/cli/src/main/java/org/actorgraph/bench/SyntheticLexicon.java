package org.actorgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The words synthetic articles are built from, read from the lexicons the extractor ships: people,
 * countries (with capitals and demonyms), international organisations and news outlets from the
 * gazetteer, role titles from {@code person_titles.tsv}, and CAMEO verbs (roots 02-20) from {@code
 * relate/cameo-verbs.tsv}. Every list is in file order, so a seed picks the same words every time.
 *
 * @param people gazetteer people (full names, with their country code)
 * @param countries UN member states with a capital and a demonym
 * @param organisations international organisations
 * @param outlets news outlets (publishers for the SOURCE header)
 * @param titles role titles written before a name ("Foreign Minister")
 * @param verbs CAMEO verb lemmas that state an exchange between two actors
 */
record SyntheticLexicon(
    List<Person> people,
    List<Country> countries,
    List<String> organisations,
    List<String> outlets,
    List<String> titles,
    List<String> verbs) {

  /** A gazetteer person: full name and ISO country code. */
  record Person(String name, String iso2) {}

  /** A gazetteer country: name, ISO code, capital and first demonym. */
  record Country(String name, String iso2, String capital, String demonym) {}

  SyntheticLexicon {
    people = List.copyOf(people);
    countries = List.copyOf(countries);
    organisations = List.copyOf(organisations);
    outlets = List.copyOf(outlets);
    titles = List.copyOf(titles);
    verbs = List.copyOf(verbs);
    for (List<?> l : List.of(people, countries, organisations, outlets, titles, verbs)) {
      if (l.isEmpty()) {
        throw new IllegalStateException("synthetic lexicon: a word list is empty");
      }
    }
  }

  private static final String GAZETTEER = "/org/actorgraph/gazetteer/";
  private static final String RELATE = "/org/actorgraph/relate/";

  /** Reads the lists from the class path. */
  static SyntheticLexicon load() {
    List<Person> people = new ArrayList<>();
    rows(GAZETTEER + "people.tsv", r -> people.add(new Person(r[1], r[2])));
    List<Country> countries = new ArrayList<>();
    rows(
        GAZETTEER + "countries.tsv",
        r -> {
          if (r.length > 8 && r[4].equals("member") && !r[5].isEmpty() && !r[8].isEmpty()) {
            countries.add(new Country(r[1], r[2], r[5], r[8].split("\\|")[0]));
          }
        });
    List<String> organisations = new ArrayList<>();
    rows(GAZETTEER + "international_organisations.tsv", r -> organisations.add(r[1]));
    List<String> outlets = new ArrayList<>();
    rows(
        GAZETTEER + "organisations.tsv",
        r -> {
          if (r[2].equals("MediaOutlet")) {
            outlets.add(r[1]);
          }
        });
    List<String> titles = new ArrayList<>();
    rows(
        GAZETTEER + "person_titles.tsv",
        r -> {
          if (r[2].equals("role") && r[4].equals("any") && r[5].equals("no")) {
            titles.add(r[0]);
          }
        });
    List<String> verbs = new ArrayList<>();
    rows(
        RELATE + "cameo-verbs.tsv",
        r -> {
          if (r[0].equals("verb") && r.length > 2 && exchange(r[2]) && r[1].matches("[a-z]{4,}")) {
            verbs.add(r[1]);
          }
        });
    return new SyntheticLexicon(people, countries, organisations, outlets, titles, verbs);
  }

  /** CAMEO roots 02-20 are exchanges between two actors (01 is a statement, - none). */
  private static boolean exchange(String root) {
    return root.matches("\\d\\d") && !root.equals("01") && !root.equals("00");
  }

  /** Calls {@code row} for every data row (not a comment, not the header) of a TSV resource. */
  private static void rows(String resource, Consumer<String[]> row) {
    try (InputStream in = SyntheticLexicon.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource + ": not on the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = resource.contains("gazetteer/");
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }
}
