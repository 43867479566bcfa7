package org.actorgraph.relate;

import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;

/**
 * The positions {@link PositionFinder} finds in invented articles, as "holder role organisation"
 * lines: the fixture of its tests and those of its readers of titles.
 */
final class FoundPositions {

  private FoundPositions() {}

  /** The positions found in {@code body} in {@link #world}, with the test lexicon of titles. */
  static Set<String> positions(String body) {
    return positions(world(), body);
  }

  /** The positions found in {@code body} in {@code world}, with the test lexicon of titles. */
  static Set<String> positions(TestArticles world, String body) {
    return found(TestArticles.roles(), world, body);
  }

  /** The positions found with the gazetteer's titles, lower-case and multi-word ones among them. */
  static Set<String> listed(String body) {
    return found(new GazetteerRoleLexicon(Gazetteer.standard()), world(), body);
  }

  /** Valdoria, Estrella, six persons and two organisations, all invented. */
  static TestArticles world() {
    return new TestArticles()
        .entity("Valdoria", EntityType.COUNTRY, "Valdoria", "Valdorian")
        .entity("Estrella", EntityType.COUNTRY, "Estrella", "Estrellan")
        .entity("Ana Ruiz", EntityType.PERSON, "Ana Ruiz", "Ruiz")
        .entity("Tomas Berg", EntityType.PERSON, "Tomas Berg", "Berg")
        .entity("Lina Moss", EntityType.PERSON, "Lina Moss", "Moss")
        .entity("Eva Lund", EntityType.PERSON, "Eva Lund")
        .entity("Northern Council", EntityType.ORGANISATION, "Northern Council")
        .entity("Jane Doe", EntityType.PERSON, "Jane Doe")
        .entity("John Roe", EntityType.PERSON, "John Roe")
        .entity("Northwind", EntityType.ORGANISATION, "Northwind");
  }

  /** The positions found with the supplement's titles ({@link SupplementRoles}). */
  static Set<String> supplemented(String body) {
    return found(SupplementRoles.standard(), world(), body);
  }

  /** The positions found in {@code body} in {@code world}, with the titles of {@code roles}. */
  static Set<String> found(RoleLexicon roles, TestArticles world, String body) {
    return new PositionFinder(roles)
        .find(world.resolve(body)).stream()
            .filter(f -> f instanceof Fact.Position)
            .map(f -> (Fact.Position) f)
            .map(p -> p.holder().label() + " " + p.role() + " " + p.organisation().label())
            .collect(Collectors.toSet());
  }
}
