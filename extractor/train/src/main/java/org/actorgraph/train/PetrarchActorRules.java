package org.actorgraph.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.train.PetrarchDictionary.Actor;
import org.actorgraph.train.PetrarchDictionary.Code;

/**
 * What the PETRARCH conversion takes from an actor record, and what it leaves (precision first).
 * Every rule is general; none names an entry. See {@code SOURCES.md} for the list in prose.
 */
final class PetrarchActorRules {

  /** Words a formal state name may add to a country's name ("Republic of", "Kingdom of"). */
  static final Set<String> FORMAL =
      Set.of(
          "REPUBLIC",
          "KINGDOM",
          "STATE",
          "STATES",
          "FEDERATION",
          "FEDERAL",
          "DEMOCRATIC",
          "PEOPLE'S",
          "PEOPLES",
          "ISLAMIC",
          "SOCIALIST",
          "COMMONWEALTH",
          "PRINCIPALITY",
          "DUCHY",
          "GRAND",
          "SULTANATE",
          "EMIRATE",
          "UNION",
          "OF",
          "THE",
          "AND",
          "ARAB",
          "HASHEMITE",
          "PLURINATIONAL",
          "BOLIVARIAN",
          "CONFEDERATION",
          "INDEPENDENT",
          "SOVEREIGN",
          "ORIENTAL",
          "COOPERATIVE",
          "UNITED");

  /** Endings of country adjectives and demonyms. */
  static final List<String> DEMONYM_ENDINGS =
      List.of("AN", "IAN", "EAN", "ESE", "I", "ISH", "ICH", "IC", "OT", "ER", "INE");

  /** Head nouns that make a phrase of dictionary words an organisation's name. */
  static final Set<String> ORGANISATION_HEADS =
      Set.of(
          "ORGANIZATION",
          "ORGANISATION",
          "UNION",
          "COUNCIL",
          "FUND",
          "BANK",
          "AGENCY",
          "COMMISSION",
          "COMMITTEE",
          "ASSOCIATION",
          "LEAGUE",
          "ALLIANCE",
          "MOVEMENT",
          "FRONT",
          "ARMY",
          "PARTY",
          "BRIGADE",
          "BRIGADES",
          "FORCES",
          "GROUP",
          "FEDERATION",
          "INSTITUTE",
          "COURT",
          "TRIBUNAL",
          "PROGRAMME",
          "PROGRAM",
          "OFFICE",
          "SOCIETY",
          "FOUNDATION",
          "CORPORATION",
          "COMPANY",
          "CONFERENCE",
          "COMMUNITY",
          "SECRETARIAT",
          "ASSEMBLY",
          "PARLIAMENT",
          "NETWORK",
          "WATCH",
          "INTERNATIONAL",
          "CROSS",
          "CRESCENT",
          "BOARD",
          "AUTHORITY",
          "CENTRE",
          "CENTER",
          "NATIONS",
          "INC",
          "LTD",
          "CORP",
          "CO",
          "LIMITED",
          "CONGRESS",
          "COALITION",
          "SYNDICATE",
          "CARTEL",
          "INITIATIVE",
          "FACTION",
          "MILITIA",
          "BATTALION",
          "GUARD",
          "PARTNERSHIP");

  /** Legal-form words left off a company's name ("Mylan Inc" is "Mylan" in news). */
  static final Set<String> LEGAL_SUFFIXES =
      Set.of("INC", "INC.", "CORP", "CORP.", "CO", "CO.", "LTD", "LTD.", "LLC", "PLC");

  /** Words of place and body names: a record with one of them in a phrase is not a person. */
  static final Set<String> NOT_PERSON =
      Set.of(
          "PROVINCE",
          "CITY",
          "REGION",
          "DISTRICT",
          "GOVERNORATE",
          "STATE",
          "COUNTY",
          "ISLAND",
          "ISLANDS",
          "RIVER",
          "MOUNTAINS",
          "VALLEY",
          "PORT",
          "AIRPORT",
          "BASE",
          "CAMP",
          "GOVERNMENT",
          "MINISTRY",
          "POLICE",
          "TROOPS",
          "SOLDIERS",
          "REBELS",
          "MILITARY",
          "PARLIAMENT",
          "CABINET",
          "ADMINISTRATION",
          "REGIME",
          "TERRITORY",
          "PEOPLE");

  /** Honorifics and nobility words that make a phrase a styled title rather than a name. */
  static final Set<String> HONORIFICS =
      Set.of(
          "LORD",
          "SIR",
          "BARON",
          "BARONESS",
          "DAME",
          "MR",
          "MRS",
          "MS",
          "DR",
          "JONKHEER",
          "HRH",
          "SAINT",
          "MADAME",
          "MONSIEUR",
          "SENOR",
          "COUNT",
          "DUKE",
          "EARL",
          "A.K.A.",
          "AKA");

  private final PetrarchNames names;
  private final CuratedGazetteer curated;
  private final Set<String> titleWords;

  PetrarchActorRules(PetrarchNames names, CuratedGazetteer curated) {
    this.names = names;
    this.curated = curated;
    Set<String> words = new LinkedHashSet<>(HONORIFICS);
    for (String t : curated.titles) {
      if (!t.contains(" ")) {
        words.add(t);
      }
    }
    this.titleWords = words;
  }

  // ---- countries

  /** The country an undated bare 3-letter code names ({@code [CAN]}), if the gazetteer has it. */
  Optional<CuratedGazetteer.Country> countryRecord(Actor a) {
    for (Code c : a.codes()) {
      if (!c.dated() && c.code().length() == 3 && curated.byIso3.containsKey(c.code())) {
        return Optional.of(curated.byIso3.get(c.code()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a variant is an adjective or demonym of one of the country's names: the name with at
   * most its last two letters dropped, then a demonym ending ("Canad" + "ian", "Pakistan" + "i").
   */
  boolean isDemonym(List<String> variant, CuratedGazetteer.Country country) {
    for (String name : country.names()) {
      List<String> base = PetrarchNames.tokens(CuratedGazetteer.fold(name));
      if (base.isEmpty() || base.size() != variant.size()) {
        continue;
      }
      int last = base.size() - 1;
      if (!base.subList(0, last).equals(variant.subList(0, last))) {
        continue;
      }
      String b = base.get(last);
      String v = variant.get(last);
      if (b.length() >= 4
          && v.matches("[A-Z]+")
          && isDerived(b, v)
          && !names.isEnglishWord(v)
          && !names.isFirstName(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code variant} is {@code base} less at most two final letters plus a demonym ending;
   * "i" only on the whole name ("Pakistani"), "ish" and "er" after at most one dropped letter.
   */
  private static boolean isDerived(String base, String variant) {
    for (int cut = 0; cut <= 2; cut++) {
      String stem = base.substring(0, base.length() - cut);
      if (variant.length() > stem.length() && variant.startsWith(stem)) {
        String ending = variant.substring(stem.length());
        boolean allowed =
            switch (ending) {
              case "I" -> cut == 0;
              case "ISH", "ER" -> cut <= 1;
              default -> true;
            };
        if (allowed && DEMONYM_ENDINGS.contains(ending)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a variant is a formal state name: one of the country's names plus formal words. */
  boolean isFormalName(List<String> variant, CuratedGazetteer.Country country) {
    for (String name : country.names()) {
      List<String> base = PetrarchNames.tokens(CuratedGazetteer.fold(name));
      if (base.isEmpty() || variant.size() <= base.size()) {
        continue;
      }
      for (int i = 0; i + base.size() <= variant.size(); i++) {
        if (variant.subList(i, i + base.size()).equals(base)) {
          List<String> rest = new ArrayList<>(variant.subList(0, i));
          rest.addAll(variant.subList(i + base.size(), variant.size()));
          if (FORMAL.containsAll(rest)
              && !rest.stream().allMatch(PetrarchNames.CONNECTORS::contains)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- people

  /** Whether a record is a person's: dated codes and no phrase with a place or body word. */
  boolean isPerson(Actor a) {
    if (!a.dated()) {
      return false;
    }
    for (String phrase : a.phrases()) {
      for (String t : PetrarchNames.tokens(phrase)) {
        if (NOT_PERSON.contains(t) || ORGANISATION_HEADS.contains(t)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The phrase as a person's full name, or empty when it is not one (see the class rules). */
  Optional<String> personName(String phrase) {
    List<String> tokens = PetrarchNames.tokens(phrase);
    if (tokens.size() < 2 || tokens.get(tokens.size() - 1).length() < 2) {
      return Optional.empty();
    }
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!t.matches("\\p{Lu}[\\p{Lu}'.-]*")
          || titleWords.contains(t) && i < tokens.size() - 1
          || t.equals("OF")
          || curated.countryForms.contains(t)) {
        return Optional.empty();
      }
    }
    return Optional.of(names.personName(tokens));
  }

  /** The country of a person: that of the latest dated code naming a gazetteer country. */
  Optional<String> personCountry(Actor a) {
    Code best = null;
    for (Code c : a.codes()) {
      if (c.dated() && country(c.code()).isPresent()) {
        if (best == null || end(c).compareTo(end(best)) > 0) {
          best = c;
        }
      }
    }
    return best == null ? Optional.empty() : country(best.code());
  }

  private static String end(Code c) {
    return c.to().map(Object::toString).orElse("9999");
  }

  /** The ISO alpha-2 code of a country a CAMEO actor code starts with ({@code CANGOV}: CA). */
  Optional<String> country(String code) {
    if (code.length() < 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(curated.byIso3.get(code.substring(0, 3)))
        .map(CuratedGazetteer.Country::iso2);
  }

  // ---- organisations

  /** The organisation subtype a record's first code gives, or empty for anything else. */
  static Optional<String> organisationSubtype(Actor a, boolean armedGroups) {
    if (a.codes().isEmpty() || a.dated()) {
      return Optional.empty();
    }
    if (armedGroups) {
      return Optional.of("ArmedGroup");
    }
    String code = a.codes().get(0).code();
    if (code.startsWith("IGO")) {
      return Optional.of("InternationalOrganisation");
    }
    if (code.startsWith("NGO")) {
      return Optional.of("NGO");
    }
    if (code.startsWith("MNC")) {
      return Optional.of("Company");
    }
    return Optional.empty();
  }

  /** The country of a company or armed group code ({@code MNCUSA}, {@code FRAREB}). */
  Optional<String> organisationCountry(Actor a, boolean armedGroups) {
    String code = a.codes().get(0).code();
    if (armedGroups) {
      return country(code);
    }
    return code.startsWith("MNC") && code.length() >= 6
        ? country(code.substring(3))
        : Optional.empty();
  }

  /**
   * The cased names of an organisation record, its name first and acronyms last; empty when no
   * phrase passes. Acronyms: all capitals, 2+ letters, not an English word nor a first name.
   */
  List<String> organisationNames(Actor a, boolean company) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    Set<String> acronyms = new LinkedHashSet<>();
    for (String phrase : a.phrases()) {
      String p = phrase;
      int open = p.indexOf('(');
      if (open >= 0) {
        int close = p.indexOf(')', open);
        if (close > open) {
          String inner = p.substring(open + 1, close).replace("_", "");
          if (inner.matches("[A-Z]{2,8}") && !names.isEnglishWord(inner)) {
            acronyms.add(inner);
          }
          p = p.substring(0, open) + p.substring(close + 1);
        }
      }
      List<String> tokens = new ArrayList<>();
      for (String t : PetrarchNames.tokens(p)) {
        tokens.add(t.replaceAll("[,;:]+$", ""));
      }
      if (!tokens.isEmpty() && tokens.get(0).equals("THE")) {
        tokens.remove(0);
      }
      if (tokens.size() > 1 && LEGAL_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
        tokens.remove(tokens.size() - 1);
      }
      if (!tokens.isEmpty() && tokens.stream().allMatch(t -> t.matches("[A-Z0-9][A-Z0-9'&.-]*"))) {
        phrases.put(String.join(" ", tokens), tokens);
      }
    }
    List<String> full = new ArrayList<>();
    for (List<String> tokens : phrases.values()) {
      if (tokens.size() == 1) {
        String t = tokens.get(0);
        boolean acronym = company ? names.isAcronym(t) : t.matches("[A-Z]{2,8}");
        if (isInitials(t, phrases.values())
            || (acronym && !names.isEnglishWord(t) && !names.isFirstName(t))) {
          acronyms.add(t);
        } else if (t.length() >= 4
            && t.matches("[A-Z]+")
            && !names.isEnglishWord(t)
            && !names.isFirstName(t)) {
          full.add(names.organisationName(tokens));
        }
      } else if (isOrganisationPhrase(tokens)) {
        full.add(names.organisationName(tokens));
      }
    }
    List<String> out = new ArrayList<>(full);
    for (String acronym : acronyms) {
      if (!names.isEnglishWord(acronym) && !names.isFirstName(acronym)) {
        out.add(acronym);
      }
    }
    return out;
  }

  private boolean isOrganisationPhrase(List<String> tokens) {
    String first = tokens.get(0);
    String last = tokens.get(tokens.size() - 1);
    if (titleWords.contains(last)
        || titleWords.contains(first)
        || PetrarchTitleRules.HEADS.contains(first)
        || PetrarchNames.CONNECTORS.contains(last)) {
      return false;
    }
    if (last.endsWith("S") && names.isEnglishWord(last) && !ORGANISATION_HEADS.contains(last)) {
      return false;
    }
    return tokens.stream().anyMatch(ORGANISATION_HEADS::contains);
  }

  /** Whether {@code token} spells the initials of another phrase of the record. */
  private static boolean isInitials(String token, Iterable<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (p.size() < 2) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (String t : p) {
        if (!PetrarchNames.CONNECTORS.contains(t) && !t.isEmpty()) {
          initials.append(t.charAt(0));
        }
      }
      if (initials.toString().equals(token.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
