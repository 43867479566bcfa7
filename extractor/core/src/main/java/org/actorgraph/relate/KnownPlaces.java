package org.actorgraph.relate;

import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.Entity;

/**
 * The country the gazetteer puts a place in, for rules that must know whether two places lie in one
 * country before reading one as inside the other ("Columbus, Ohio" but not "Salisbury, England",
 * when the gazetteer's Salisbury is another country's).
 */
public final class KnownPlaces {

  private final Optional<Gazetteer> gazetteer;

  public KnownPlaces(Gazetteer gazetteer) {
    this.gazetteer = Optional.of(gazetteer);
  }

  private KnownPlaces() {
    this.gazetteer = Optional.empty();
  }

  /** Knows no place. */
  public static KnownPlaces none() {
    return new KnownPlaces();
  }

  /** Whether both are places the gazetteer puts in one and the same country. */
  boolean sameCountry(Entity a, Entity b) {
    Optional<String> country = country(a);
    return country.isPresent() && country.equals(country(b));
  }

  /** The ISO 3166-1 alpha-2 code of the country a place entity lies in, if the gazetteer says. */
  Optional<String> country(Entity place) {
    if (gazetteer.isEmpty() || place.type() != EntityType.PLACE) {
      return Optional.empty();
    }
    return place.mentions().stream()
        .flatMap(m -> m.key().stream())
        .findFirst()
        .flatMap(gazetteer.get()::byKey)
        .filter(e -> e.type() == EntityType.PLACE)
        .flatMap(GazetteerEntry::country);
  }
}
