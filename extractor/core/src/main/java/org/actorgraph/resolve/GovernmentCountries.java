package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;

/**
 * A known leader's name before a government noun ("the Biden administration imposed sanctions",
 * "the Modi government", {@link GovernmentMetonyms}) stands for the country the leader governs: the
 * administration acts for the state, and the person is no entity of the article there. Wraps a
 * resolver: each such phrase ("Biden administration") becomes one more mention of the country the
 * gazetteer gives the person, joined to the article's entity for that country, or to a new one when
 * the article names the country no other way. Only a person the gazetteer knows is read so: for
 * another name, the country it would lead is not known.
 */
public final class GovernmentCountries implements EntityResolver {

  private static final String FINDER = "government";
  private static final double CONFIDENCE = 0.6;

  private final EntityResolver names;
  private final Gazetteer gazetteer;
  private final Iris iris;

  /**
   * @param names the resolver that groups the named mentions into entities
   * @param gazetteer the people and the countries they belong to
   * @param iris mints the IRI of a country the article names only by its government
   */
  public GovernmentCountries(EntityResolver names, Gazetteer gazetteer, Iris iris) {
    this.names = names;
    this.gazetteer = gazetteer;
    this.iris = iris;
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions) {
    ResolvedArticle named = names.resolve(article, mentions);
    Set<CharSpan> kept = new HashSet<>();
    for (ResolvedArticle.Located l : named.located()) {
      kept.add(l.mention().span());
    }
    String body = article.body();
    Map<GazetteerEntry, List<Mention>> byCountry = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || m.key().isEmpty() || kept.contains(m.span())) {
        continue;
      }
      Optional<Integer> end = GovernmentMetonyms.nounEnd(body, m);
      Optional<GazetteerEntry> country =
          gazetteer
              .byKey(m.key().get())
              .filter(p -> p.type() == EntityType.PERSON)
              .flatMap(GazetteerEntry::country)
              .flatMap(gazetteer::byIsoCode);
      if (end.isPresent() && country.isPresent()) {
        CharSpan span = new CharSpan(m.span().start(), end.get());
        Mention phrase =
            new Mention(
                span,
                span.of(body),
                EntityType.COUNTRY,
                m.sentence(),
                FINDER,
                CONFIDENCE,
                Optional.of(country.get().key()));
        byCountry.computeIfAbsent(country.get(), k -> new ArrayList<>()).add(phrase);
      }
    }
    return byCountry.isEmpty() ? named : joined(named, byCountry);
  }

  /** {@code named} with each country's phrases joined to its entity, made when it has none. */
  private ResolvedArticle joined(
      ResolvedArticle named, Map<GazetteerEntry, List<Mention>> byCountry) {
    Map<Entity, List<Mention>> added = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>(named.entities());
    for (Map.Entry<GazetteerEntry, List<Mention>> e : byCountry.entrySet()) {
      GazetteerEntry c = e.getKey();
      Optional<Entity> existing =
          named.entities().stream()
              .filter(x -> x.type() == EntityType.COUNTRY && x.isoCode().equals(c.isoCode()))
              .findFirst();
      if (existing.isPresent()) {
        added.put(existing.get(), e.getValue());
      } else {
        entities.add(country(c, e.getValue()));
      }
    }
    entities.sort((a, b) -> a.mentions().get(0).span().compareTo(b.mentions().get(0).span()));
    return CountryDescriptions.withAdded(
        new ResolvedArticle(named.annotated(), named.iri(), entities), added);
  }

  /** A country entity the article names only by its government: its gazetteer name, no alias. */
  private Entity country(GazetteerEntry c, List<Mention> mentions) {
    return new Entity(
        iris.entity(EntityType.COUNTRY, c.wikidata().orElse(null), Names.normalise(c.name())),
        EntityType.COUNTRY,
        Optional.empty(),
        c.name(),
        List.of(),
        c.wikidata(),
        c.isoCode(),
        mentions,
        Confidence.of(EntityType.COUNTRY, mentions));
  }
}
