package org.actorgraph.relate;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Who a country's title names when the article never gave anyone that exact office: {@code Vladimir
 * Putin met … “We are ready,” the Russian president said} or {@code Jean Doe, France's foreign
 * minister, … the French minister said}. The speaker is the one person named before the quotation
 * whose known office there fits the title: a position the article gave (its role is the title or
 * ends in it, "foreign minister" for "minister", "prime minister" for "premier"), or, for a
 * leader's title, the gazetteer's knowledge that the person leads or serves that country ({@link
 * RoleLexicon#countryServedBy}). Two candidates name no one: no speaker is better than a wrong one.
 */
final class TitledSpeakers {

  /** Titles of a state's leader, which a known office-holder of that country may be given. */
  private static final Pattern LEADER =
      Pattern.compile("leader|president|prime minister|premier|chancellor|head of state");

  private final RoleLexicon roles;

  TitledSpeakers(RoleLexicon roles) {
    this.roles = roles;
  }

  /**
   * The one person named before offset {@code before} whose office in {@code country} fits {@code
   * title} (lower case); empty when none or several.
   */
  Optional<Entity> holder(
      ResolvedArticle article,
      ActorPhrases.Holders holders,
      Entity country,
      String title,
      int before) {
    if (country.type() != EntityType.COUNTRY) {
      return Optional.empty();
    }
    Set<Entity> found = new HashSet<>();
    Set<Entity> placed = new HashSet<>();
    for (Map.Entry<String, Entity> e :
        holders.byOrganisation().getOrDefault(country, Map.of()).entrySet()) {
      placed.add(e.getValue());
      if (fits(e.getKey(), title) && namedBefore(e.getValue(), before)) {
        found.add(e.getValue());
      }
    }
    if (LEADER.matcher(title).matches() && country.isoCode().isPresent()) {
      for (Entity p : article.entities()) {
        if (p.type() == EntityType.PERSON
            && !placed.contains(p)
            && namedBefore(p, before)
            && served(p).equals(country.isoCode())) {
          found.add(p);
        }
      }
    }
    return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
  }

  /** A role fits a title it equals or ends in, but a deputy's does not ("vice president"). */
  private static boolean fits(String role, String title) {
    if (role.matches("(vice|deputy|former)[ -].*")) {
      return false;
    }
    if (title.equals("premier")) {
      return role.equals("premier") || role.equals("prime minister");
    }
    return role.equals(title)
        || role.endsWith(" " + title)
        || title.equals("leader") && LEADER.matcher(role).matches();
  }

  private static boolean namedBefore(Entity e, int before) {
    return e.mentions().stream().anyMatch(m -> m.span().end() <= before);
  }

  private Optional<String> served(Entity person) {
    return person.mentions().stream()
        .map(Mention::key)
        .flatMap(Optional::stream)
        .findFirst()
        .flatMap(roles::countryServedBy);
  }
}
