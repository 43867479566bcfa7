package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Where an organisation lies when its own name says so: {@code the Freedonian embassy in Port
 * Aster} (a name ending "in" and a place of the article), {@code the Port Aster Embassy} (a name
 * opening with the place and ending with a word for a local office or site, {@code
 * seat_heads.txt}). Only places other than countries are used: a country in a name usually owns the
 * body rather than housing it ("the Freedonian Embassy"), which {@link BodyOwners} handles.
 */
final class OrganisationSeats {

  private static final Set<String> HEADS = WordLists.set("seat_heads.txt");

  private OrganisationSeats() {}

  static List<Fact> find(ResolvedArticle article) {
    List<Entity> places =
        article.entities().stream().filter(e -> e.type() == EntityType.PLACE).toList();
    List<Fact> out = new ArrayList<>();
    if (places.isEmpty()) {
      return out;
    }
    for (Entity org : article.entities()) {
      if (org.type() != EntityType.ORGANISATION || org.mentions().isEmpty()) {
        continue;
      }
      for (Entity place : places) {
        double confidence = seat(names(org), names(place));
        if (confidence > 0) {
          Mention m = org.mentions().get(0);
          out.add(
              new Fact.LocatedIn(
                  org, place, confidence, List.of(new Evidence(m.sentence(), m.span()))));
          break;
        }
      }
    }
    return out;
  }

  /** How sure the names make it that the organisation lies in the place; 0 when they do not. */
  private static double seat(List<String> orgNames, List<String> placeNames) {
    for (String o : orgNames) {
      for (String p : placeNames) {
        if (o.endsWith(" in " + p)) {
          return 0.65;
        }
        if (o.startsWith(p + " ") && HEADS.contains(o.substring(o.lastIndexOf(' ') + 1))) {
          return 0.6;
        }
      }
    }
    return 0;
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(normal(e.label()));
    e.aliases().forEach(a -> out.add(normal(a)));
    return out;
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^the ", "").strip();
  }
}
