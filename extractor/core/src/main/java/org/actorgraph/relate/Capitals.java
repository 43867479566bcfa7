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
 * Capitals that stand for their state, as news writes "Tokyo has signed" or "Moscow and Pyongyang
 * would sign": a place entity whose name is a capital the gazetteer knows, in an article that also
 * names that capital's country. Relation rules that need actors use the country in its place.
 */
public final class Capitals {

  private final Optional<Gazetteer> gazetteer;

  public Capitals(Gazetteer gazetteer) {
    this.gazetteer = Optional.of(gazetteer);
  }

  private Capitals() {
    this.gazetteer = Optional.empty();
  }

  /** Knows no capital: no place stands for a country. */
  public static Capitals none() {
    return new Capitals();
  }

  /** For each capital place of the article, the article's entity for its country. */
  public Map<Entity, Entity> standIns(ResolvedArticle article) {
    Map<String, Entity> countries = new HashMap<>();
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.COUNTRY) {
        e.isoCode().ifPresent(code -> countries.put(code, e));
      }
    }
    Map<Entity, Entity> out = new HashMap<>();
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.PLACE) {
        country(e.label())
            .flatMap(GazetteerEntry::isoCode)
            .map(countries::get)
            .ifPresent(c -> out.put(e, c));
      }
    }
    return out;
  }

  private Optional<GazetteerEntry> country(String name) {
    if (gazetteer.isEmpty()) {
      return Optional.empty();
    }
    Gazetteer g = gazetteer.get();
    return g.byCapital(name)
        .flatMap(
            entry ->
                entry.isCountry() ? Optional.of(entry) : entry.country().flatMap(g::byIsoCode));
  }
}
