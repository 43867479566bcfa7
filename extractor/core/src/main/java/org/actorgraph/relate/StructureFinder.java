package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.KindNameFinder;
import org.actorgraph.mention.PatternMentionFinder;
import org.actorgraph.mention.RuleMentionFinder;
import org.actorgraph.mention.SelfReferenceNameFinder;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.LegalForms;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds part-of, located-in and membership links from how they are written:
 *
 * <ul>
 *   <li>part of: {@code Freedonia's National Police}, {@code the Police of Freedonia}, {@code the
 *       Sylvanian Parliament} (a government body of a country, or of an organisation); a company of
 *       the company that owns it ({@link Subsidiaries});
 *   <li>located in: {@code Aster Bay, Freedonia}; {@code Port Aster in Freedonia}; {@code northern
 *       Freedonia} (when the article names Freedonia by itself too); {@code Sylvania's ruling
 *       Progressive Party} (a party or company of a country); {@code in Port Aster} (a capital,
 *       when the article names its country); {@code Freedonia's North and Aster provinces} (places
 *       a country's possessive opens, not before a noun for its edge: {@code Freedonia's Aster Sea
 *       coast}); {@code Port Aster's Korvo district} (a place's possessive before a place written
 *       with its kind); {@code the Freedonian embassy in Port Aster}, {@code the Port Aster
 *       Embassy} ({@link OrganisationSeats});
 *   <li>from an apposition ({@link Appositions}): {@code Aster Coast, the former Sylvanian
 *       territory in North Ruritania}; {@code Aster Defense, the defence unit of Aster Industries};
 *   <li>member of: {@code Union member Freedonia}, {@code Freedonia's Union membership}, {@code X,
 *       a member of Y}; party members ({@link PartyMembers}, {@link PartyAdjectives}); lists of
 *       members next to the organisation and joining it ({@link MemberLists}); those who ratify
 *       another's entry ({@link Ratifiers}); military units and who serves in them ({@link
 *       UnitMembers}).
 * </ul>
 */
public final class StructureFinder implements RelationFinder {

  /**
   * {@code the Freedonian city of Port Aster}, {@code Freedonia's northern region of Aster}: a
   * country (or its demonym) before a kind of place and "of" names the place's country.
   */
  /**
   * {@code ORG, which is based in PLACE}, {@code ORG is headquartered in PLACE}, {@code ORG, based
   * in PLACE}: where an organisation has its seat.
   */
  private static final Pattern SEATED_IN =
      Pattern.compile(
          "(, )?((which|that) )?((is|was|are|were|has been|had been) )?(now )?"
              + "(based|headquartered|located) in( the)?");

  /** {@code the PLACE-based firm ORG}, {@code PLACE-based ORG}: the seat written before. */
  private static final Pattern PLACE_BASED =
      Pattern.compile("- ?based( the)?( [a-z]+){0,3}", Pattern.CASE_INSENSITIVE);

  private static final Pattern PLACE_OF =
      Pattern.compile(
          "(['’]s )?([\\w-]+ )?(village|town|city|port|district|province|region|state|island"
              + "|capital|territory|enclave) of");

  private final Capitals capitals;
  private final KnownPlaces known;

  /**
   * @param capitals which places are capitals of which of the article's countries
   */
  public StructureFinder(Capitals capitals) {
    this(capitals, KnownPlaces.none());
  }

  /**
   * @param capitals which places are capitals of which of the article's countries
   * @param known which country the gazetteer puts a place in
   */
  public StructureFinder(Capitals capitals, KnownPlaces known) {
    this.capitals = capitals;
    this.known = known;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    Map<Entity, Entity> capitalOf = capitals.standIns(article);
    Optional<Entity> bloc = Optional.empty();
    BlocMeetings meetings = new BlocMeetings();
    Optional<Entity> home = ArticleCountry.of(article);
    Map<String, Entity> places = placesByName(article);
    List<Entity> parties = PartyAdjectives.parties(article.entities());
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<Located> ms = sa.mentions();
      for (int k = 0; k < ms.size(); k++) {
        Located a = ms.get(k);
        inCapital(sa, a, capitalOf).ifPresent(facts::add);
        directionPartOf(sa, a, places).ifPresent(facts::add);
        home.flatMap(h -> townOfHome(sa, a, h, capitalOf)).ifPresent(facts::add);
        if (k + 1 < ms.size()) {
          Located b = ms.get(k + 1);
          String gap = text(sa.tokens(), sa.lastToken(a) + 1, sa.firstToken(b));
          if (gap.matches("((" + DIVISIONS + ") )?,") && (speaks(sa, b) || premodifies(sa, b))) {
            continue;
          }
          if (!(gap.matches("['’]s") && entryAfter(sa, b))) {
            pair(sa, a.entity(), b.entity(), gap)
                .filter(f -> !(f instanceof Fact.Membership && membershipEnded(sa, a)))
                .filter(f -> !(f instanceof Fact.LocatedIn && StaffSeats.holdersSeat(sa, a, gap)))
                .filter(f -> !(f instanceof Fact.LocatedIn && inList(sa, b, gap)))
                .filter(f -> !(f instanceof Fact.PartOf && memberOfTwo(sa, a, b, gap)))
                .ifPresent(facts::add);
          }
          if (gap.matches("(, )?in") && a.entity().type() == EntityType.PLACE) {
            // "Korvo in Freedonia's Aster region": in the region as well as the country
            Appositions.possessedPlace(sa, k + 1)
                .filter(p -> !p.equals(a.entity()))
                .ifPresent(
                    p -> facts.add(new Fact.LocatedIn(a.entity(), p, 0.6, List.of(sa.evidence()))));
          }
          if (gap.matches("((" + DIVISIONS + ") )?,") && directionAfterComma(sa, ms, k)) {
            facts.add(new Fact.LocatedIn(a.entity(), b.entity(), 0.6, List.of(sa.evidence())));
          }
          if (gap.equals(",") && placeInPlace(sa, ms, k)) {
            facts.add(new Fact.LocatedIn(a.entity(), b.entity(), 0.7, List.of(sa.evidence())));
          }
        }
      }
      facts.addAll(listedDivisions(sa));
      facts.addAll(possessedPlaces(sa));
      Appositions.find(sa).forEach(facts::add);
      PartyMembers.find(sa).forEach(facts::add);
      facts.addAll(PartyAdjectives.find(sa, parties));
      UnitMembers.find(sa).forEach(facts::add);
      facts.addAll(Ratifiers.find(sa, places));
      facts.addAll(MemberLists.find(sa, bloc));
      facts.addAll(Admissions.find(sa, bloc));
      facts.addAll(meetings.find(sa, bloc));
      bloc = MemberLists.lastBloc(sa, bloc);
    }
    facts.addAll(OrganisationSeats.find(article));
    return facts;
  }

  /**
   * {@code Columbus, Ohio}: a place, a comma and another place of the same country (by the
   * gazetteer) that does not go on as a list ("Ohio, Texas and Utah" are three places).
   */
  private boolean placeInPlace(SentenceActors sa, List<Located> ms, int k) {
    Entity a = ms.get(k).entity();
    Entity b = ms.get(k + 1).entity();
    if (a.equals(b) || !known.sameCountry(a, b) && !unknownInKnown(sa, ms.get(k), b)) {
      return false;
    }
    return !listGoesOn(sa, ms, k);
  }

  /**
   * {@code exploded in Karrada, Aster}: a place the gazetteer does not know, named after "in", "at"
   * or "near", then a comma and a city it knows: the district or suburb of that city.
   */
  private boolean unknownInKnown(SentenceActors sa, Located a, Entity b) {
    int before = sa.firstToken(a) - 1;
    return a.entity().type() == EntityType.PLACE
        && a.entity().mentions().stream().allMatch(m -> m.key().isEmpty())
        && known.country(b).isPresent()
        && before >= 0
        && Set.of("in", "at", "near").contains(sa.tokens().get(before).text());
  }

  /** What may join the mentions of a list: {@code A, B and C}. */
  private static final Pattern LIST_JOINT = Pattern.compile(",|and|or|, and|, or");

  /**
   * Whether the mention after the pair at {@code k} follows it as the next item of a list ({@code
   * in Korvo, Aster and Brill}), so that the pair is two items, not a place and its whole.
   */
  private static boolean listGoesOn(SentenceActors sa, List<Located> ms, int k) {
    if (k + 2 >= ms.size()) {
      return false;
    }
    String next = text(sa.tokens(), sa.lastToken(ms.get(k + 1)) + 1, sa.firstToken(ms.get(k + 2)));
    return LIST_JOINT.matcher(next).matches();
  }

  /**
   * {@code the Union's Pact members}: a noun after the second of two international organisations
   * joined by a possessive says who belongs to both, not that one is a body of the other.
   */
  private static boolean memberOfTwo(SentenceActors sa, Located a, Located b, String gap) {
    return gap.matches("['’]s")
        && a.entity().type() == EntityType.ORGANISATION
        && b.entity().subtype().filter("InternationalOrganisation"::equals).isPresent()
        && premodifies(sa, b);
  }

  /**
   * {@code in Korvo, in the North Coast and in Aster}: places each after its own "in", a list of
   * where something happened, not one place in the next.
   */
  private static boolean inList(SentenceActors sa, Located b, String gap) {
    List<Token> tokens = sa.tokens();
    int next = sa.lastToken(b) + 1;
    if (!gap.startsWith(", in") || next >= tokens.size()) {
      return false;
    }
    String after = text(tokens, next, Math.min(tokens.size(), next + 3));
    return after.matches("(, )?(and|or) in\\b.*|, in\\b.*");
  }

  /**
   * {@code Korvo, southern Freedonia}: a place, a comma and a part of another place named by its
   * direction, that does not go on as a list.
   */
  private static boolean directionAfterComma(SentenceActors sa, List<Located> ms, int k) {
    Entity a = ms.get(k).entity();
    Entity b = ms.get(k + 1).entity();
    if (a.equals(b)
        || a.type() != EntityType.PLACE
        || b.type() != EntityType.PLACE
        || !PatternMentionFinder.isDirectionPart(b.label())) {
      return false;
    }
    return !listGoesOn(sa, ms, k);
  }

  /** Nouns for a settlement that "of" and its name follow: "the coastal city of Port Aster". */
  /**
   * Kinds of organisation that a state runs, so that a country's one is part of it: Oxford
   * Learner's agency ("a government department that provides a particular service"), regulator ("a
   * person or an organization that officially controls an area of business or industry") and
   * watchdog ("a person or group of people whose job is to check that companies obey the law").
   */
  static final Set<String> STATE_KINDS = Set.of("agency", "regulator", "watchdog");

  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "port");

  /**
   * {@code the coastal city of Port Aster}, in a sentence that names no other country: a settlement
   * named after "city of", "town of", "village of" or "port of" lies in the country the article is
   * about ({@link ArticleCountry}), at lower confidence; not a capital of another country.
   */
  private static Optional<Fact> townOfHome(
      SentenceActors sa, Located l, Entity home, Map<Entity, Entity> capitalOf) {
    int first = sa.firstToken(l);
    if (l.entity().type() != EntityType.PLACE
        || first < 2
        || !sa.tokens().get(first - 1).text().equals("of")
        || !SETTLEMENTS.contains(sa.tokens().get(first - 2).text())
        || capitalOf.containsKey(l.entity()) && !capitalOf.get(l.entity()).equals(home)
        || sa.mentions().stream()
            .anyMatch(m -> m.entity().type() == EntityType.COUNTRY && !m.entity().equals(home))) {
      return Optional.empty();
    }
    return Optional.of(new Fact.LocatedIn(l.entity(), home, 0.55, List.of(sa.evidence())));
  }

  /** The word classes of a noun (the annotator's universal tags). */
  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

  /**
   * Nouns for a part of a city or region, written after its name ("Aster district"): the place
   * kinds the mention stage reads after a name (PatternMentionFinder).
   */
  private static final Set<String> PART_KINDS =
      Set.of("district", "province", "governorate", "region", "neighbourhood", "neighborhood");

  /** The subtypes of an organisation that lies in a country rather than being part of its state. */
  private static final Set<String> BUSINESS_KINDS =
      Set.of("Company", "PoliticalParty", "MediaOutlet");

  /** Nouns for a country's edge along a place ("the Aster Sea coast"). */
  private static final Set<String> EDGE_NOUNS = WordLists.set("edge_nouns.txt");

  /** The most capitalised title words between a demonym and the person it titles. */
  private static final int TITLE_WORDS = 4;

  /**
   * {@code Speaking in Aster Bay, Freedonian President X said}: the actor after a comma opens a
   * noun phrase it modifies (a noun follows it right away, or capitalised title words and a
   * person's name: "Freedonian Prime Minister Jane Doe", where the tagger may read "Prime" as an
   * adjective), the subject of the next clause, not an apposition that says where the place before
   * it lies ("Aster Bay, Freedonia, on Monday" ends the country at a comma, a preposition or the
   * sentence's end).
   */
  private static boolean premodifies(SentenceActors sa, Located b) {
    List<Token> tokens = sa.tokens();
    int next = sa.lastToken(b) + 1;
    if (next < tokens.size() && NOUNS.contains(tokens.get(next).pos())) {
      return true;
    }
    for (int i = next; i < tokens.size() && i <= next + TITLE_WORDS; i++) {
      int at = i;
      if (sa.mentions().stream()
          .anyMatch(m -> m.entity().type() == EntityType.PERSON && sa.firstToken(m) == at)) {
        return i > next;
      }
      if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code fighting in Aster region, Freedonia said}: the actor after a comma is the subject of a
   * verb of speech right after it (or after one adverb), reporting the clause before, not an
   * apposition that says where the place before it lies.
   */
  private static boolean speaks(SentenceActors sa, Located b) {
    List<Token> tokens = sa.tokens();
    int next = sa.lastToken(b) + 1;
    if (next + 1 < tokens.size() && tokens.get(next).text().matches("(?i)also|later|earlier")) {
      next++;
    }
    return next < tokens.size() && ReportedQuotes.SPEECH.contains(tokens.get(next).lemma());
  }

  /**
   * Whether the noun of an entry follows an organisation right after a possessive ({@code
   * Freedonia's Union membership}, {@code Freedonia's Union bid}): the possessive is a member or
   * would-be member ({@link Ratifiers} reads who approves it), not the organisation's owner.
   */
  private static boolean entryAfter(SentenceActors sa, Located org) {
    int after = sa.lastToken(org) + 1;
    return after < sa.tokens().size()
        && Ratifiers.ENTRY_NOUNS.contains(sa.tokens().get(after).text().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code the Union revoked Freedonia's membership in the Union}: a verb that ends a membership
   * ({@link Ratifiers#endsMembership}) right before the member.
   */
  private static boolean membershipEnded(SentenceActors sa, Located member) {
    int before = sa.firstToken(member) - 1;
    return before >= 0 && Ratifiers.endsMembership(sa.tokens().get(before).text());
  }

  /** The article's countries and places by each of their names, in lower case. */
  private static Map<String, Entity> placesByName(ResolvedArticle article) {
    Map<String, Entity> out = new HashMap<>();
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE) {
        out.putIfAbsent(e.label().toLowerCase(Locale.ROOT), e);
        e.aliases().forEach(n -> out.putIfAbsent(n.toLowerCase(Locale.ROOT), e));
      }
    }
    return out;
  }

  /**
   * {@code fighting in northern Freedonia}: a part of a place named by its direction lies in the
   * place it is part of, when the article names that place (or country) by itself too.
   */
  private static Optional<Fact> directionPartOf(
      SentenceActors sa, Located l, Map<String, Entity> places) {
    if (l.entity().type() != EntityType.PLACE) {
      return Optional.empty();
    }
    return PatternMentionFinder.directionWhole(l.mention().text())
        .map(name -> places.get(name.toLowerCase(Locale.ROOT)))
        .filter(whole -> !whole.equals(l.entity()))
        .map(whole -> new Fact.LocatedIn(l.entity(), whole, 0.7, List.of(sa.evidence())));
  }

  /** {@code in Manila}: a capital in its country, when the article names the country. */
  private static Optional<Fact> inCapital(
      SentenceActors sa, Located l, Map<Entity, Entity> capitalOf) {
    Entity country = capitalOf.get(l.entity());
    int first = sa.firstToken(l);
    if (country == null || first == 0 || !sa.tokens().get(first - 1).text().equals("in")) {
      return Optional.empty();
    }
    return Optional.of(new Fact.LocatedIn(l.entity(), country, 0.7, List.of(sa.evidence())));
  }

  /**
   * {@code Freedonia's Aster province}, {@code Freedonia's North, East and Aster provinces}: places
   * a country's possessive opens, and the places listed with the first, lie in that country.
   */
  static List<Fact> possessedPlaces(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k + 1 < ms.size(); k++) {
      Entity country = ms.get(k).entity();
      String gap = sPossessive(sa, ms.get(k), gapBetween(sa, ms.get(k), ms.get(k + 1)));
      if (POSSESSED_CAPITAL.matcher(gap).matches()
          && country.type() != EntityType.ORGANISATION
          && country.type() != EntityType.PERSON
          && ms.get(k + 1).entity().type() == EntityType.PLACE) {
        // "Puerto Rico's capital San Juan", "Pakistan's commercial capital Karachi"
        out.add(new Fact.LocatedIn(ms.get(k + 1).entity(), country, 0.75, List.of(sa.evidence())));
        continue;
      }
      if (!gap.matches("['’]s")) {
        continue;
      }
      if (country.type() == EntityType.PLACE && namedWithKind(sa, ms.get(k + 1))) {
        // "Sylvania City's Aster district": a place written with its kind lies in the owner
        out.add(new Fact.LocatedIn(ms.get(k + 1).entity(), country, 0.7, List.of(sa.evidence())));
        continue;
      }
      if (country.type() != EntityType.COUNTRY) {
        continue;
      }
      for (int m = k + 1; m < ms.size(); m++) {
        Located place = ms.get(m);
        if (place.entity().type() != EntityType.PLACE
            || (m > k + 1 && !gapBetween(sa, ms.get(m - 1), place).matches(",|(, )?and"))
            || beforeEdgeNoun(sa, place)) {
          break;
        }
        out.add(new Fact.LocatedIn(place.entity(), country, 0.7, List.of(sa.evidence())));
      }
    }
    return out;
  }

  /**
   * The gap after a name ending in "s" with an apostrophe alone written as "'s" ({@code the
   * Philippines' Aster province}, {@code the Bahamas' capital}), so that one pattern reads both.
   */
  private static String sPossessive(SentenceActors sa, Located owner, String gap) {
    return gap.matches("['’]( .*)?") && sa.tokens().get(sa.lastToken(owner)).text().endsWith("s")
        ? "'s" + gap.substring(1)
        : gap;
  }

  /** A possessive before "capital" and a name: {@code Freedonia's (commercial) capital Korvo}. */
  private static final Pattern POSSESSED_CAPITAL =
      Pattern.compile("['’]s( [a-z]+)? capital( city)?( ,)?");

  /** The plural kinds of division: "the Aster and Brill regions of Freedonia". */
  private static final Pattern DIVISIONS_OF_OR_IN =
      Pattern.compile(
          "(regions|provinces|districts|states|counties|governorates|oblasts|prefectures"
              + "|municipalities) (of|in)( the)?");

  /**
   * {@code the Aster and Brill regions of Freedonia}, {@code Aster, Brill and Korvo states in
   * northern Freedonia}: places listed before a plural kind of division and "of" or "in" lie, each
   * of them, in the place or country that follows (as one place before the singular kind does).
   */
  static List<Fact> listedDivisions(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 1; k < ms.size(); k++) {
      Entity whole = ms.get(k).entity();
      String gap = gapBetween(sa, ms.get(k - 1), ms.get(k));
      if (whole.type() == EntityType.ORGANISATION
          || whole.type() == EntityType.PERSON
          || !DIVISIONS_OF_OR_IN.matcher(gap).matches()) {
        continue;
      }
      double confidence = gap.contains(" of") ? 0.7 : 0.55;
      for (int m = k - 1; m >= 0; m--) {
        Located part = ms.get(m);
        if (part.entity().type() != EntityType.PLACE
            || part.entity().equals(whole)
            || m < k - 1 && !LIST_JOINT.matcher(gapBetween(sa, part, ms.get(m + 1))).matches()) {
          break;
        }
        out.add(new Fact.LocatedIn(part.entity(), whole, confidence, List.of(sa.evidence())));
      }
    }
    return out;
  }

  /**
   * Whether a place's mention ends in a noun for a part of a city or region ("Aster district",
   * "Aster province"), so that a place's possessive before it names the whole it lies in.
   */
  private static boolean namedWithKind(SentenceActors sa, Located place) {
    return place.entity().type() == EntityType.PLACE
        && PART_KINDS.contains(sa.tokens().get(sa.lastToken(place)).text());
  }

  /**
   * Whether an edge noun ({@code edge_nouns.txt}) follows the place: in {@code Freedonia's Aster
   * Sea coast} the possessive owns the coast, and the sea lies in no one country.
   */
  private static boolean beforeEdgeNoun(SentenceActors sa, Located place) {
    int next = sa.lastToken(place) + 1;
    return next < sa.tokens().size() && EDGE_NOUNS.contains(sa.tokens().get(next).text());
  }

  private static String gapBetween(SentenceActors sa, Located a, Located b) {
    return text(sa.tokens(), sa.lastToken(a) + 1, sa.firstToken(b));
  }

  private Optional<Fact> pair(SentenceActors sa, Entity a, Entity b, String gap) {
    EntityType ta = a.type();
    EntityType tb = b.type();
    Evidence ev = sa.evidence();
    if (a == b) {
      return Optional.empty();
    }
    Optional<Fact> owned = Subsidiaries.of(a, b, gap, ev);
    if (owned.isPresent()) {
      return owned; // "Valdo Group's Kovo", "Kovo owner Valdo Group"
    }
    if (ta == EntityType.ORGANISATION
        && tb == EntityType.ORGANISATION
        && BODY_BEFORE.matcher(gap).matches()
        && !gap.matches(".*\\bnews agency.*")) {
      // "Aster's armed wing, the Red Brigades", "the Union border agency Frontex"
      return Optional.of(new Fact.PartOf(b, a, 0.65, List.of(ev)));
    }
    if (gap.matches("['’]s (\\w+ )?membership( in| to| of)?( the)?")
        && !MemberLists.excluded(gap)
        && tb == EntityType.ORGANISATION
        && ta != EntityType.PLACE) {
      return Optional.of(new Fact.Membership(a, b, 0.75, List.of(ev)));
    }
    // "Sweden completed its accession to NATO": an entry that is over (Oxford Learner's accession
    // "the act of becoming a member of an organization"; complete, finalize); a pending accession
    // ("Turkey approved Sweden's accession") is no membership yet
    if (gap.matches(
            "(has |have |had )?(\\w+ly )?(completed|finalised|finalized|formalised|formalized)"
                + " (its|their) (accession|admission|entry) (to|into)( the)?")
        && tb == EntityType.ORGANISATION
        && (ta == EntityType.COUNTRY || ta == EntityType.ORGANISATION)) {
      return Optional.of(new Fact.Membership(a, b, 0.75, List.of(ev)));
    }
    if (gap.matches("['’]s( (ruling|main|opposition|governing|national|state|federal))?")
        && owner(ta)
        && tb == EntityType.ORGANISATION) {
      String sub = b.subtype().orElse("");
      if (sub.isEmpty() && (gap.matches(".* (ruling|main|opposition|governing)") || partyName(b))) {
        sub = "PoliticalParty";
      }
      if (sub.isEmpty() && companyName(b)) {
        sub = "Company";
      }
      if (BUSINESS_KINDS.contains(sub)) {
        return ta == EntityType.COUNTRY
            ? Optional.of(new Fact.LocatedIn(b, a, 0.75, List.of(ev)))
            : Optional.empty();
      }
      if (sub.equals("InternationalOrganisation")
          && a.subtype().filter("InternationalOrganisation"::equals).isPresent()
          && gap.matches("['’]s")) {
        // "the Union's Food Office": a body of an international organisation
        return Optional.of(new Fact.PartOf(b, a, 0.7, List.of(ev)));
      }
      if (sub.equals("ArmedGroup") && ta == EntityType.COUNTRY) {
        // "Colombia's ELN rebels", "Nigeria's Boko Haram": an armed group of a country fights in
        // it, it is no body of its state (the Qassam Brigades are part of Hamas, below)
        return Optional.of(BodyOwners.ofCountry(b, a, sub, 0.75, List.of(ev)));
      }
      if (sub.isEmpty() || sub.equals("GovernmentBody") || sub.equals("ArmedGroup")) {
        return Optional.of(new Fact.PartOf(b, a, 0.75, List.of(ev)));
      }
      return Optional.empty();
    }
    if (ta == EntityType.ORGANISATION
        && (tb == EntityType.PLACE || tb == EntityType.COUNTRY)
        && SEATED_IN.matcher(gap).matches()) {
      return Optional.of(new Fact.LocatedIn(a, b, 0.75, List.of(ev)));
    }
    if (ta == EntityType.COUNTRY
        && tb == EntityType.ORGANISATION
        && (kindOfOrganisation(gap)
            || gap.matches("['’]s .+") && kindOfOrganisation(gap.substring(3)))) {
      // "Chile's oil company X" lies in Chile; "Indonesia's disaster agency X" is part of its state
      return Optional.of(
          STATE_KINDS.contains(gap.substring(gap.lastIndexOf(' ') + 1))
              ? new Fact.PartOf(b, a, 0.7, List.of(ev))
              : new Fact.LocatedIn(b, a, 0.7, List.of(ev)));
    }
    if (ta == EntityType.PLACE
        && tb == EntityType.ORGANISATION
        && PLACE_BASED.matcher(gap).matches()) {
      return Optional.of(new Fact.LocatedIn(b, a, 0.75, List.of(ev)));
    }
    if (gap.matches("of( the)?") && ta == EntityType.ORGANISATION && tb == EntityType.COUNTRY) {
      // "the National Police of Ecuador" is part of its state; "Samsung of South Korea" lies there
      return Optional.of(
          business(a)
              ? new Fact.LocatedIn(a, b, 0.6, List.of(ev))
              : new Fact.PartOf(a, b, 0.6, List.of(ev)));
    }
    if (ta == EntityType.COUNTRY && tb == EntityType.PLACE && PLACE_OF.matcher(gap).matches()) {
      return Optional.of(new Fact.LocatedIn(b, a, 0.7, List.of(ev)));
    }
    if ((gap.equals(",") || gap.equals("in") || gap.equals(", in"))
        && ta == EntityType.PLACE
        && tb == EntityType.COUNTRY) {
      return Optional.of(new Fact.LocatedIn(a, b, gap.equals(",") ? 0.8 : 0.6, List.of(ev)));
    }
    // "X, in eastern Congo": a part of a place named by its direction; "in Paris, in London" lists
    if (gap.equals(", in")
        && ta == EntityType.PLACE
        && tb == EntityType.PLACE
        && PatternMentionFinder.isDirectionPart(b.label())) {
      return Optional.of(new Fact.LocatedIn(a, b, 0.55, List.of(ev)));
    }
    if (ta == EntityType.PLACE
        && (tb == EntityType.COUNTRY || tb == EntityType.PLACE)
        && (DIVISION_OF.matcher(gap).matches()
            || gap.matches("of( the)?") && DIVISION_NAME.matcher(a.label()).matches())) {
      return Optional.of(new Fact.LocatedIn(a, b, 0.7, List.of(ev)));
    }
    if (ta == EntityType.PLACE
        && (tb == EntityType.PLACE || tb == EntityType.COUNTRY)
        && (DIVISION_IN.matcher(gap).matches()
            || IN_THE.matcher(gap).matches()
                && (gap.startsWith(",")
                    || gap.equals("in the")
                    || PatternMentionFinder.isDirectionPart(b.label())))) {
      // "Aster state in northern Freedonia", "Korvo, in the occupied North Coast", "Korvo in the
      // southern Aster Strip"; an adjective without the comma or a direction may say where else
      // something happened ("routes in the Pacific in the old Korvo base")
      return Optional.of(new Fact.LocatedIn(a, b, 0.55, List.of(ev)));
    }
    if (ta == EntityType.PLACE
        && tb == EntityType.COUNTRY
        && gap.matches("(" + DIVISIONS + ") ,")) {
      return Optional.of(new Fact.LocatedIn(a, b, 0.75, List.of(ev)));
    }
    if (gap.equals("in") && ta == EntityType.PLACE && tb == EntityType.PLACE) {
      return Optional.of(new Fact.LocatedIn(a, b, 0.55, List.of(ev)));
    }
    if (gap.matches("members?|member state|ally")
        && tb != EntityType.PLACE
        && ta == EntityType.ORGANISATION) {
      return Optional.of(new Fact.Membership(b, a, 0.8, List.of(ev)));
    }
    if (gap.matches(", (a|an|the) (\\w+ )?member of( the)?")
        && !MemberLists.excluded(gap)
        && tb == EntityType.ORGANISATION) {
      return Optional.of(new Fact.Membership(a, b, 0.8, List.of(ev)));
    }
    return Optional.empty();
  }

  /** A country's division named with its kind: "region", "province", "district", ... */
  private static final String DIVISIONS =
      "region|province|district|state|county|governorate|oblast|prefecture|municipality";

  /** {@code the Aster region of Freedonia}: the kind of division, then "of". */
  private static final Pattern DIVISION_OF = Pattern.compile("(" + DIVISIONS + ") of( the)?");

  /** {@code Aster state in northern Freedonia}: the kind of division, then "in". */
  private static final Pattern DIVISION_IN = Pattern.compile("(" + DIVISIONS + ") in( the)?");

  /** {@code Korvo in the southern Aster Strip}, {@code Korvo, in the occupied North Coast}. */
  private static final Pattern IN_THE = Pattern.compile("(, )?in the( [a-z]+)?");

  /**
   * {@code the Union's border agency, Frontex}, {@code Aster's armed wing, the Red Brigades}: the
   * whole, its possessive if any, at most two lower-case words and a noun for a body, then the
   * body's name (after a comma, or right away).
   */
  private static final Pattern BODY_BEFORE =
      Pattern.compile("(['’]s )?([a-z-]+ ){0,2}(" + Appositions.BODY_NOUNS + ")( ,)?( the)?");

  /** {@code the Aster Province of Freedonia}: a place whose name ends in its kind of division. */
  private static final Pattern DIVISION_NAME = Pattern.compile("(?i).* (" + DIVISIONS + ")");

  /** Whether one of the organisation's names is a party's ("Progressive Party"). */
  static boolean partyName(Entity e) {
    return e.label().matches("(?i).* party")
        || e.aliases().stream().anyMatch(a -> a.matches("(?i).* party"));
  }

  /**
   * Whether one of the organisation's names ends in a company's legal form ("Kovo Motor Corp",
   * {@link LegalForms}): a company the gazetteer does not know lies in its country's possessive
   * ("Freedonia's Kovo Motor Corp"), it is no body of the state. So does a name that ends in a word
   * of business ({@link RuleMentionFinder#isBusinessHead}): "Freedonia's Kovo Motors", "Kovo
   * Energy", "Kovo Cement" are firms; a state body is named by its office ("Ministry", "Agency").
   * So is one found as a company speaking of itself ("Freedonia's Kovo said it would cut jobs",
   * {@link SelfReferenceNameFinder}).
   */
  static boolean companyName(Entity e) {
    return LegalForms.registered(e.label())
        || e.aliases().stream().anyMatch(LegalForms::registered)
        || RuleMentionFinder.isBusinessHead(lastWord(e.label()))
        || e.mentions().stream().anyMatch(m -> m.finder().equals(SelfReferenceNameFinder.FINDER));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /**
   * Whether {@code e} is a company, party or outlet: it lies in a country, no part of its state.
   */
  private static boolean business(Entity e) {
    return e.subtype().filter(BUSINESS_KINDS::contains).isPresent() || companyName(e);
  }

  private static boolean owner(EntityType t) {
    return t == EntityType.COUNTRY || t == EntityType.ORGANISATION;
  }

  /**
   * {@code German carmaker Volkswagen}, {@code the Freedonian electric vehicle maker Kovo}: one to
   * four lower-case words between a country's demonym and an organisation, the last a kind of
   * organisation ({@link KindNameFinder#isOrganisationKind}); the organisation lies in the country.
   * A participle joined to the country by a hyphen other than one of a seat ("the Freedonia-backed
   * group X", read by {@link HyphenAgents}) makes the country its agent, not the organisation's
   * home. A hyphenated kind the tokenizer split ("start - up") is read whole.
   */
  static boolean kindOfOrganisation(String gap) {
    String[] words = gap.replace(" - ", "-").split(" ");
    if (gap.isEmpty() || words.length > 4 || agentParticiple(words)) {
      return false;
    }
    for (String w : words) {
      if (!w.matches("[a-z-]+")) {
        return false;
      }
    }
    return KindNameFinder.isOrganisationKind(words[words.length - 1]);
  }

  /**
   * {@code - backed group}: the words after a country start with a hyphen and a past participle
   * that is not one of a seat ("based", "headquartered"), so the country is the participle's agent.
   */
  private static boolean agentParticiple(String[] words) {
    return words.length > 1
        && DependencyWords.hyphen(words[0])
        && words[1].endsWith("ed")
        && !words[1].matches("based|headquartered");
  }

  static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }
}
