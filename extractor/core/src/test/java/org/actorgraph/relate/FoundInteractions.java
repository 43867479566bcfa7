package org.actorgraph.relate;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * The interactions {@link DependencyInteractionFinder} reads off the parse of invented sentences,
 * as "source cameo target" lines, in a small world of invented countries, persons, a place and an
 * organisation: the fixture of its tests and those of its readers.
 */
final class FoundInteractions {

  private FoundInteractions() {}

  /** Freedonia, Sylvania, Ruritania, Jane Doe, John Roe, Port Aster and the Northern Union. */
  static TestArticles world() {
    return new TestArticles()
        .entity("Freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian")
        .entity("Sylvania", EntityType.COUNTRY, "Sylvania", "Sylvanian")
        .entity("Ruritania", EntityType.COUNTRY, "Ruritania", "Ruritanian")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe", "Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe", "Roe")
        .entity("Port Aster", EntityType.PLACE, "Port Aster")
        .entity("Northern Union", EntityType.ORGANISATION, "Northern Union");
  }

  /** The interactions of {@code text} in {@link #world}, no one holding a position. */
  static Set<String> found(String text) {
    return found(world().resolve(text), Map.of());
  }

  /**
   * The interactions of {@code article}, {@code own} giving for each person the countries and
   * bodies they hold a position in.
   */
  static Set<String> found(ResolvedArticle article, Map<Entity, Set<Entity>> own) {
    return found(article, own, Map.of());
  }

  /**
   * The interactions of {@code article}, {@code own} as above, {@code places} giving for each place
   * the country it lies in.
   */
  static Set<String> found(
      ResolvedArticle article, Map<Entity, Set<Entity>> own, Map<Entity, Entity> places) {
    Set<String> out = new TreeSet<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      ActorPhrases phrases = ActorPhrases.of(sa, TestArticles.roles(), ActorPhrases.Holders.none());
      DependencyTree tree = Nlp4jDependencyParser.standard().parse(s);
      ParsedActors actors = new ParsedActors(article, s.tokens(), phrases, tree, own, places);
      for (Fact.Interaction f : new DependencyInteractionFinder(sa, actors, own).find()) {
        out.add(f.source().label() + " " + f.cameo() + " " + f.target().label());
      }
    }
    return out;
  }

  /** The entity of {@code a} labelled {@code label}. */
  static Entity entity(ResolvedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
  }
}
