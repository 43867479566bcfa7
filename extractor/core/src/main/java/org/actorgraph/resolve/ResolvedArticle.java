package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.mention.Mention;
import org.actorgraph.text.CharSpan;

/**
 * An annotated article with its mentions grouped into entities.
 *
 * @param annotated the annotated article
 * @param iri the article's IRI, which also names its graph
 * @param entities the entities named in it
 * @param located every mention of every entity with its entity, in text order (derived from {@code
 *     entities}; use the three-argument constructor)
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, String iri, List<Entity> entities, List<Located> located) {

  private static final Comparator<Located> TEXT_ORDER =
      Comparator.comparing((Located l) -> l.mention().span());

  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(iri, "iri");
    entities = List.copyOf(entities);
    located = List.copyOf(located);
  }

  public ResolvedArticle(AnnotatedArticle annotated, String iri, List<Entity> entities) {
    this(annotated, iri, entities, locate(entities));
  }

  private static List<Located> locate(List<Entity> entities) {
    List<Located> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new Located(m, e));
      }
    }
    all.sort(TEXT_ORDER);
    return all;
  }

  /** The entity one of whose mentions covers exactly {@code span}. */
  public Optional<Entity> entityAt(CharSpan span) {
    for (Located l : mentionsWithin(span)) {
      if (l.mention().span().equals(span)) {
        return Optional.of(l.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * The mentions of all entities inside {@code span}, in text order, with their entities. Costs a
   * binary search plus the mentions found, so relation rules may call it once per sentence.
   */
  public List<Located> mentionsWithin(CharSpan span) {
    int low = 0;
    int high = located.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (located.get(mid).mention().span().start() >= span.start()) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    List<Located> within = new ArrayList<>();
    for (int i = low; i < located.size(); i++) {
      CharSpan m = located.get(i).mention().span();
      if (m.start() >= span.end()) {
        break;
      }
      if (span.contains(m)) {
        within.add(located.get(i));
      }
    }
    return within;
  }

  /** A mention together with the entity it names. */
  public record Located(Mention mention, Entity entity) {}
}
