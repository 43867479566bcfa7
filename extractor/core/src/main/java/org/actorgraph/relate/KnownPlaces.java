package org.actorgraph.relate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The country the gazetteer puts a place in, for rules that must know whether two places lie in one
 * country before reading one as inside the other ("Columbus, Ohio" but not "Salisbury, England",
 * when the gazetteer's Salisbury is another country's), or which country force used on a place hits
 * ({@link #countriesOf}).
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

  /**
   * For each place of the article that the gazetteer puts in a country the article also names, the
   * article's entity for that country: "drones struck Port Aster" in an article about Freedonia
   * hits Freedonia when the gazetteer's Port Aster is Freedonia's. A place whose country the
   * article does not name stands for none, as no actor of the article is that country.
   */
  public Map<Entity, Entity> countriesOf(ResolvedArticle article) {
    Map<String, Entity> countries = new HashMap<>();
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.COUNTRY) {
        e.isoCode().ifPresent(code -> countries.putIfAbsent(code, e));
      }
    }
    Map<Entity, Entity> out = new HashMap<>();
    for (Entity e : article.entities()) {
      country(e).map(countries::get).ifPresent(c -> out.put(e, c));
    }
    return out;
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
