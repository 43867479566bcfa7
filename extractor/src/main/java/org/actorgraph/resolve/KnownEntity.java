package org.actorgraph.resolve;

import java.util.Objects;
import java.util.Optional;
import org.actorgraph.mention.EntityType;

/**
 * What a gazetteer knows of an entity a mention's key points at.
 *
 * @param key the key mentions carry ({@link org.actorgraph.mention.Mention#key()})
 * @param name its canonical name
 * @param type its type
 * @param subtype a finer class local name, when known
 * @param wikidata its Wikidata id, when known
 * @param isoCode its ISO 3166-1 alpha-2 code, for countries
 */
public record KnownEntity(
    String key,
    String name,
    EntityType type,
    Optional<String> subtype,
    Optional<String> wikidata,
    Optional<String> isoCode) {

  public KnownEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(isoCode, "isoCode");
  }
}
