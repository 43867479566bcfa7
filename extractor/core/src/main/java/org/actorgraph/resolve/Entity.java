package org.actorgraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * One real-world actor or place named in an article, with every mention of it.
 *
 * @param iri its IRI, the same in every article that names it
 * @param type what kind of thing it is
 * @param subtype a finer class local name ({@code GovernmentBody}, {@code City}, ...) when known
 * @param label its fullest name
 * @param aliases the other surface forms the article uses for it
 * @param wikidata its Wikidata id ({@code Q736}) when linked
 * @param isoCode its ISO 3166-1 alpha-2 code, for countries
 * @param mentions the spans that name it, in text order
 * @param confidence how sure the extractor is that it exists and is typed right, 0..1
 */
public record Entity(
    String iri,
    EntityType type,
    Optional<String> subtype,
    String label,
    List<String> aliases,
    Optional<String> wikidata,
    Optional<String> isoCode,
    List<Mention> mentions,
    double confidence) {

  public Entity {
    Objects.requireNonNull(iri, "iri");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(isoCode, "isoCode");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + label + " has no mention");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence (" + confidence + ") outside 0..1");
    }
  }

  /**
   * Entities are equal when their IRIs are: an IRI names one entity, and comparing or hashing the
   * mention lists instead would cost time in proportion to the article at every set lookup.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Entity e && iri.equals(e.iri);
  }

  @Override
  public int hashCode() {
    return iri.hashCode();
  }
}
