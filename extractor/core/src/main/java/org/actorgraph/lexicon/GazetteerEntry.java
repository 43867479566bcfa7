package org.actorgraph.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One known actor or place: a country, an organisation, a capital city or another place.
 *
 * @param key the Wikidata id when known ({@code Q736}), else a stable lower-case slug ({@code
 *     kremlin}); unique in the gazetteer
 * @param name the canonical English name
 * @param type what kind of thing it is
 * @param subtype the finer kind for organisations and places (empty for countries)
 * @param wikidata the Wikidata id, when known
 * @param isoCode the ISO 3166-1 alpha-2 code, for countries that have one
 * @param isoAlpha3 the ISO 3166-1 alpha-3 code, for countries that have one
 * @param country the alpha-2 code of the country an organisation or place belongs to
 * @param aliases other names (short and formal forms, acronyms), context-dependent ones included
 * @param demonyms adjectives and plural nouns for a country's people ("Ecuadorian", "Ecuadorians")
 */
public record GazetteerEntry(
    String key,
    String name,
    EntityType type,
    Optional<EntitySubtype> subtype,
    Optional<String> wikidata,
    Optional<String> isoCode,
    Optional<String> isoAlpha3,
    Optional<String> country,
    List<String> aliases,
    List<String> demonyms) {

  public GazetteerEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(isoCode, "isoCode");
    Objects.requireNonNull(isoAlpha3, "isoAlpha3");
    Objects.requireNonNull(country, "country");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    if (key.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("key ('" + key + "') and name ('" + name + "') required");
    }
    if (subtype.isPresent() && subtype.get().type() != type) {
      throw new IllegalArgumentException(
          "subtype " + subtype.get().label() + " is not a kind of " + type.label());
    }
  }

  /** Whether this is a country (a sovereign or de facto state). */
  public boolean isCountry() {
    return type == EntityType.COUNTRY;
  }
}
