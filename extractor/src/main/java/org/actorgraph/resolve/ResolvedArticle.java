package org.actorgraph.resolve;

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
 */
public record ResolvedArticle(AnnotatedArticle annotated, String iri, List<Entity> entities) {

  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(iri, "iri");
    entities = List.copyOf(entities);
  }

  /** The entity one of whose mentions covers exactly {@code span}. */
  public Optional<Entity> entityAt(CharSpan span) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.span().equals(span)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** The mentions of all entities inside {@code span}, in text order, with their entities. */
  public List<Located> mentionsWithin(CharSpan span) {
    return entities.stream()
        .flatMap(e -> e.mentions().stream().map(m -> new Located(m, e)))
        .filter(l -> span.contains(l.mention().span()))
        .sorted((a, b) -> a.mention().span().compareTo(b.mention().span()))
        .toList();
  }

  /** A mention together with the entity it names. */
  public record Located(Mention mention, Entity entity) {}
}
