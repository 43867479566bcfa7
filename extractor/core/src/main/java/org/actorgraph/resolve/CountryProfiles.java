package org.actorgraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.text.WordFiles;

/**
 * What a description can say of each country: the M49 regions and member groups it belongs to
 * ({@code country_regions.tsv}), the words that name those regions ({@code description_words.tsv}),
 * and the words of its formal names ("Hashemite Kingdom of Jordan" gives {@code hashemite}, {@code
 * kingdom}). The nouns of government forms that may head a description ("the kingdom", "the
 * republic", "the sultanate") are read from the formal names too, so that no form is listed by
 * hand.
 */
final class CountryProfiles {

  private static final String DIR = "/org/actorgraph/resolve/";

  /**
   * One country as descriptions see it.
   *
   * @param groups the names of its M49 region, sub-region, intermediate region and member groups
   * @param forms the lower-case words of its formal names before the name proper ("islamic",
   *     "republic" of "Islamic Republic of Iran")
   * @param heads the nouns its formal names end their government form with ("republic")
   */
  record Profile(Set<String> groups, Set<String> forms, Set<String> heads) {
    Profile {
      groups = Set.copyOf(groups);
      forms = Set.copyOf(forms);
      heads = Set.copyOf(heads);
    }
  }

  private final Map<String, Profile> byKey;
  private final Map<String, Set<String>> regionWords;
  private final Set<String> formWords;
  private final Set<String> formHeads;
  private final Set<String> nouns;
  private final Set<String> qualifiedNouns;
  private final Set<String> blockers;
  private final int longestRegionWords;

  private CountryProfiles(
      Map<String, Profile> byKey,
      Map<String, Set<String>> regionWords,
      List<String> nouns,
      Set<String> blockers) {
    this.byKey = Map.copyOf(byKey);
    this.regionWords = Map.copyOf(regionWords);
    Set<String> words = new HashSet<>();
    Set<String> heads = new HashSet<>();
    for (Profile p : byKey.values()) {
      words.addAll(p.forms());
      heads.addAll(p.heads());
    }
    this.formWords = Set.copyOf(words);
    this.formHeads = Set.copyOf(heads);
    Set<String> all = new HashSet<>();
    Set<String> qualified = new HashSet<>();
    for (String line : nouns) {
      String[] f = line.toLowerCase(Locale.ROOT).split("\\s+");
      all.add(f[0]);
      if (f.length > 1 && f[1].equals("qualified")) {
        qualified.add(f[0]);
      }
    }
    this.nouns = Set.copyOf(all);
    this.qualifiedNouns = Set.copyOf(qualified);
    this.blockers = Set.copyOf(blockers);
    this.longestRegionWords =
        regionWords.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** The profiles of every country of {@code gazetteer}, with the shipped region data. */
  static CountryProfiles standard(Gazetteer gazetteer) {
    Map<String, Set<String>> groupsByIso = isoGroups(WordFiles.read(DIR + "country_regions.tsv"));
    Map<String, Profile> byKey = new HashMap<>();
    Set<String> ofHeads = new HashSet<>();
    for (GazetteerEntry c : gazetteer.countries()) {
      for (String name : formalNames(c)) {
        int of = name.indexOf(" of ");
        if (of > 0) {
          ofHeads.add(lastWord(name.substring(0, of)));
        }
      }
    }
    for (GazetteerEntry c : gazetteer.countries()) {
      Set<String> forms = new HashSet<>();
      Set<String> heads = new HashSet<>();
      for (String name : formalNames(c)) {
        int of = name.indexOf(" of ");
        String form = of > 0 ? name.substring(0, of) : name;
        if (of > 0 || ofHeads.contains(lastWord(form))) {
          if (!lastWord(form).endsWith("s")) {
            heads.add(lastWord(form)); // "United States": a plural is no description's head
          }
          for (String w : form.toLowerCase(Locale.ROOT).split(" ")) {
            forms.add(w);
          }
        }
      }
      Set<String> groups = c.isoCode().map(groupsByIso::get).orElse(Set.of());
      byKey.put(c.key(), new Profile(groups, forms, heads));
    }
    Map<String, Set<String>> words = regionWords(WordFiles.read(DIR + "description_words.tsv"));
    Set<String> known = new HashSet<>();
    groupsByIso.values().forEach(known::addAll);
    for (Map.Entry<String, Set<String>> w : words.entrySet()) {
      for (String g : w.getValue()) {
        if (!known.contains(g)) {
          throw new IllegalStateException(
              "description_words.tsv: '" + w.getKey() + "' names " + g + ", no region or group");
        }
      }
    }
    return new CountryProfiles(
        byKey,
        words,
        WordFiles.read(DIR + "country_nouns.txt"),
        lower(WordFiles.read(DIR + "description_blockers.txt")));
  }

  /** The country with gazetteer key {@code key}, if it is one. */
  Optional<Profile> of(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Whether {@code noun} (lower case) heads a description of a country. */
  boolean isHead(String noun) {
    return nouns.contains(noun) || formHeads.contains(noun);
  }

  /** Whether {@code noun} describes any country ("country", "nation", "state"). */
  boolean isGenericNoun(String noun) {
    return nouns.contains(noun);
  }

  /**
   * Whether {@code noun} may describe a country with no modifier: a government form ("the kingdom")
   * or a noun not marked {@code qualified} ("the country", but not "the state").
   */
  boolean standsAlone(String noun) {
    return nouns.contains(noun) ? !qualifiedNouns.contains(noun) : formHeads.contains(noun);
  }

  /** Whether the lower-case {@code word} is part of some country's formal government form. */
  boolean isFormWord(String word) {
    return formWords.contains(word);
  }

  /** Whether the lower-case modifier {@code word} keeps a description from referring back. */
  boolean blocks(String word) {
    return blockers.contains(word);
  }

  /** The regions or groups that the lower-case words {@code words} name, if any. */
  Optional<Set<String>> region(String words) {
    return Optional.ofNullable(regionWords.get(words));
  }

  /** The most words a region name has ("south east asian": 3). */
  int longestRegionWords() {
    return longestRegionWords;
  }

  private static List<String> formalNames(GazetteerEntry c) {
    List<String> names = new java.util.ArrayList<>();
    names.add(c.name());
    for (String a : c.aliases()) {
      if (!a.startsWith("~")) {
        names.add(a);
      }
    }
    return names;
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Reads {@code iso2, name, region, sub_region, intermediate_region, groups} rows. */
  private static Map<String, Set<String>> isoGroups(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      Set<String> groups = new HashSet<>();
      for (int i = 2; i < f.length; i++) {
        for (String g : f[i].split("\\|")) {
          if (!g.isBlank()) {
            groups.add(g.strip());
          }
        }
      }
      if (out.put(f[0], groups) != null) {
        throw new IllegalStateException("country_regions.tsv: " + f[0] + " listed twice");
      }
    }
    return out;
  }

  /** Reads {@code words, groups} rows. */
  private static Map<String, Set<String>> regionWords(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("description_words.tsv: expected 2 columns in: " + line);
      }
      out.put(f[0].strip(), Set.of(f[1].strip().split("\\|")));
    }
    return out;
  }
}
