package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.KindNameFinder;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Countries one sentence names only as the home of a company: {@code signed a deal with Freedonia's
 * Kovo Aerospace}, {@code Sylvania's state-owned oil company Petrosyl}, {@code sued the Freedonian
 * carmaker Kovo}, {@code the U.S. chipmaker Kovo}. The company is the one that acts and deals
 * there; its country's possessive or adjective says where it lies ({@link StructureFinder}), so the
 * country is no party to the company's agreement and no side of what is done to or by it.
 *
 * <p>Design decision: only companies (the gazetteer's, or a name with a legal form, {@link
 * StructureFinder#companyName}, or one a kind of organisation describes: "oil company Petrosyl"),
 * and right after a possessive the armed groups and political parties of the gazetteer
 * ("Freedonia's Rebel Front and Sylvania signed a truce" has two sides, the Front and Sylvania); a
 * state body after its country's possessive ("Freedonia's National Police") acts for the state, and
 * the country stays the party. After a demonym, or a name that follows an article, only a company
 * or a kind of organisation that is no organ of a state: "the Freedonian space agency Kosmo" and
 * "the Freedonian government" act for Freedonia.
 */
final class CompanyOwners {

  /** How many lower-case words may describe the company between the possessive and its name. */
  private static final int MAX_DESCRIPTION = 4;

  /** Finder name of a country's demonym ({@code GazetteerMentionFinder}). */
  private static final String DEMONYM = "gazetteer:demonym";

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Kinds of organisation that, after their country's possessive, act for themselves and not for
   * the state ("Freedonia's Rebel Front", "Freedonia's Labour Party"): an armed group or a
   * political party is no organ of the state (the ontology's ag:ArmedGroup and ag:PoliticalParty,
   * neither a ag:GovernmentBody), and the armed group often fights it.
   */
  private static final Set<String> NO_ORGANS =
      Set.of(EntitySubtype.ARMED_GROUP.label(), EntitySubtype.POLITICAL_PARTY.label());

  private CompanyOwners() {}

  /**
   * The country each sentence mention of which is the possessive owner of a company, mapped to that
   * company; a country named once on its own in the sentence is left out.
   */
  static Map<Entity, Entity> of(SentenceActors sa) {
    List<Located> ms = sa.mentions();
    Map<Entity, Entity> owned = new HashMap<>();
    Set<Entity> alone = new HashSet<>();
    for (int k = 0; k < ms.size(); k++) {
      Entity country = ms.get(k).entity();
      if (country.type() != EntityType.COUNTRY) {
        continue;
      }
      Entity company = k + 1 < ms.size() ? companyAfter(sa, ms.get(k), ms.get(k + 1)) : null;
      if (company == null || owned.getOrDefault(country, company) != company) {
        alone.add(country);
      } else {
        owned.put(country, company);
      }
    }
    alone.forEach(owned::remove);
    return owned;
  }

  /**
   * The parties of an agreement with each country that its sentence names only as a company's home
   * ({@link #of}) taken by that company, once.
   */
  static List<Entity> parties(List<Entity> parties, Map<Entity, Entity> owned) {
    List<Entity> out = new ArrayList<>();
    for (Entity p : parties) {
      Entity company = owned.getOrDefault(p, p);
      if (!out.contains(company)) {
        out.add(company);
      }
    }
    return out;
  }

  /**
   * Whether {@code next} is a company that {@code country}'s possessive or adjective right before
   * it gives a home ({@code Freedonia's Kovo Aerospace}, {@code Freedonia's state oil company
   * Petrosyl}, {@code the Freedonian carmaker Kovo}).
   */
  static boolean homeOf(SentenceActors sa, Located country, Located next) {
    return country.entity().type() == EntityType.COUNTRY && companyAfter(sa, country, next) != null;
  }

  /**
   * Whether a country named without a possessive modifies what follows: a demonym ("Freedonian
   * carmaker Kovo") or a name after an article ("the Freedonia carmaker Kovo", "the U.S. chipmaker
   * Kovo"); a bare name is a clause's subject or object ("Freedonia fines carmaker Kovo").
   */
  private static boolean attributive(SentenceActors sa, Located country) {
    int first = sa.firstToken(country);
    return country.mention().finder().equals(DEMONYM)
        || first > 0
            && ARTICLES.contains(sa.tokens().get(first - 1).text().toLowerCase(Locale.ROOT));
  }

  private static Entity companyAfter(SentenceActors sa, Located country, Located next) {
    Entity org = next.entity();
    if (org.type() != EntityType.ORGANISATION) {
      return null;
    }
    List<Token> tokens = sa.tokens();
    int from = sa.lastToken(country) + 1;
    int to = sa.firstToken(next);
    boolean possessive = from < to && tokens.get(from).text().matches("['’]s");
    if (possessive) {
      from++;
    } else if (from > to || !attributive(sa, country)) {
      return null;
    }
    if (to - from > MAX_DESCRIPTION) {
      return null;
    }
    boolean verb = false;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (!t.text().matches("[a-z-]+") || !t.pos().matches("ADJ|NOUN|PUNCT|VERB")) {
        return null;
      }
      verb |= t.pos().equals("VERB");
    }
    String kind = to > from ? tokens.get(to - 1).text() : "";
    boolean described = KindNameFinder.isOrganisationKind(kind);
    boolean company =
        org.subtype().filter(EntitySubtype.COMPANY.label()::equals).isPresent()
            || StructureFinder.companyName(org)
            || possessive && from == to && org.subtype().filter(NO_ORGANS::contains).isPresent();
    if (!possessive
        && (StructureFinder.STATE_KINDS.contains(kind)
            || org.subtype().filter(EntitySubtype.GOVERNMENT_BODY.label()::equals).isPresent())) {
      return null; // the Freedonian space agency Kosmo: the state's own organ stands for it
    }
    // a verb in a gap no kind word ends is the clause's: "Freedonia's regulator fined Kovo Ltd"
    return described || company && !verb ? org : null;
  }
}
