package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;

/**
 * "The North" and "the South" for the one country the article names by that word ({@code North
 * Korea and Mongolia signed ..., the North's media said}; "the South" for South Sudan): news writes
 * them so once the country is named (AP style for the two Koreas). The finders read the bare word
 * as a name of its own, an organisation or a place; wraps a resolver and joins that entity's
 * mentions to the country's. Only when every mention of the entity is "the North" (or "the
 * North's"), no person, and the article names exactly one country whose name starts with the word:
 * with both Koreas named, "the North" still means North Korea, but with "North Macedonia" and
 * "North Korea" both named it means neither for certain.
 */
public final class CompassCountries implements EntityResolver {

  private static final Set<String> WORDS = Set.of("North", "South");
  private static final String FINDER = "compass";

  private final EntityResolver inner;

  /**
   * @param inner the resolver whose entities are read
   */
  public CompassCountries(EntityResolver inner) {
    this.inner = inner;
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions) {
    ResolvedArticle named = inner.resolve(article, mentions);
    String body = article.body();
    List<Entity> kept = new ArrayList<>();
    Map<Entity, List<Mention>> added = new HashMap<>();
    for (Entity e : named.entities()) {
      Optional<Entity> country = country(named, e, body);
      if (country.isEmpty()) {
        kept.add(e);
        continue;
      }
      List<Mention> moved = added.computeIfAbsent(country.get(), k -> new ArrayList<>());
      for (Mention m : e.mentions()) {
        moved.add(
            new Mention(
                m.span(),
                m.text(),
                EntityType.COUNTRY,
                m.sentence(),
                FINDER,
                m.confidence(),
                Optional.empty()));
      }
    }
    if (added.isEmpty()) {
      return named;
    }
    return CountryDescriptions.withAdded(
        new ResolvedArticle(named.annotated(), named.iri(), kept), added);
  }

  /** The country entity {@code e} stands for, if it is a bare "the North" or "the South". */
  private static Optional<Entity> country(ResolvedArticle named, Entity e, String body) {
    if (e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY) {
      return Optional.empty();
    }
    String word = e.mentions().get(0).text();
    for (Mention m : e.mentions()) {
      int at = m.span().start();
      if (!m.text().equals(word)
          || !WORDS.contains(word)
          || at < 4
          || !body.substring(at - 4, at).equalsIgnoreCase("the ")) {
        return Optional.empty();
      }
    }
    List<Entity> candidates =
        named.entities().stream()
            .filter(c -> c.type() == EntityType.COUNTRY && c.label().startsWith(word + " "))
            .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}
