package org.actorgraph.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.ActorPhrases.Holders;
import org.actorgraph.relate.AgreementStatements.Statement;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;

/**
 * Finds agreements: a named one ("Reciprocal Access Agreement") or a described one ("strategic
 * alliance", "memorandum of understanding", "contract", "ceasefire", "Sweden's accession", "agreed
 * to normalize relations"), with its parties from the sentence's structure ("between X and Y", the
 * subject of the verb that governs it, "with Y" after it, an owner before it), its kind and form
 * from its words, its status from the sentence's verbs, and its date normalised against the article
 * date. Statements of one agreement in several sentences become one fact ({@link
 * AgreementStatements}); "X has signed agreements with Y and Z" is one agreement per partner. Those
 * who broker, mediate or host it ({@link AgreementBrokers}) are no parties, and consult each party
 * (CAMEO 04) when the text says their good offices were given. A country named only as a company's
 * home ("a deal with Freedonia's Kovo Aerospace") gives its place as party to the company ({@link
 * CompanyOwners}).
 */
public final class AgreementFinder implements RelationFinder {

  /**
   * "their countries", "both sides", "the two former foes": the two actors the text is about, named
   * by a pair noun of {@link PairAntecedents#nouns()} after up to two modifiers.
   */
  private static final Pattern BOTH_SIDES =
      Pattern.compile(
          "(?i)\\b(?:their|the two|both|the 2)(?: \\w+){0,2} (?:"
              + String.join("|", new java.util.TreeSet<>(PairAntecedents.nouns()))
              + ")\\b|"
              + AgreementFinder.WARRING);

  /**
   * "the warring parties", "the sides to the conflict": the two sides of a war, whoever they are
   * (Oxford Learner's Dictionary: party, "one of the people or groups of people involved in a legal
   * agreement or argument"; warring, "involved in a war": "the warring factions").
   */
  private static final String WARRING =
      "\\bthe (?:warring (?:parties|sides|factions)"
          + "|(?:parties|sides) (?:to|in) the (?:conflict|war|fighting))\\b";

  private static final Pattern WARRING_SIDES = Pattern.compile("(?i)" + WARRING);

  static final Set<String> PARTY_VERBS = WordLists.set("agreement_party_verbs.txt");
  private static final Set<String> OBSERVER_VERBS = WordLists.set("agreement_observer_verbs.txt");

  /**
   * The described names of an alliance between states, a bond that stands once made: "the
   * alliance", "treaty allies"; not a treaty named after one ("the treaty of alliance"), nor a
   * proper name ("the Treaty of Alliance", "the Alliance"), which is signed.
   */
  private static final Pattern STANDING_BOND =
      Pattern.compile(
          "\\ball(?:y|ies)$|^(?!.*\\b(?:treat(?:y|ies)|pacts?|accords?) of ).*\\balliance$");

  /** The verbs that make an alliance ({@code agreement_forming_verbs.txt}). */
  private static final Set<String> FORMING_VERBS = WordLists.set("agreement_forming_verbs.txt");

  /**
   * Prepositions that open the circumstance an agreement's news stands in ("the deal collapsed amid
   * tensions between A and B", "signed despite a row between A and B"; Oxford Learner's amid "in
   * the middle of or during something", despite "without being affected by something"): a "with" or
   * "between" after them names the sides of that circumstance, not the agreement's partners.
   */
  private static final String CIRCUMSTANCE = "(?i)amid|amidst|despite";

  /** Nouns of a dispute ({@code dispute_nouns.txt}: dispute, row, tensions, rift). */
  private static final Set<String> DISPUTES = WordLists.set("dispute_nouns.txt");

  /** How many words may stand between a dispute noun and its "over" ("tensions with B over"). */
  private static final int DISPUTE_REACH = 4;

  private static final Set<String> IN_FORCE_MODIFIERS =
      WordLists.set("agreement_in_force_modifiers.txt");

  private static final int BOTH_SIDES_REACH = 8;

  /**
   * Phrases that say something is done as an agreement after them requires ({@code
   * agreement_governing_phrases.txt}: "in accordance with", "pursuant to"), as word lists.
   */
  private static final List<List<String>> GOVERNING =
      WordLists.set("agreement_governing_phrases.txt").stream()
          .map(p -> List.of(p.split(" ")))
          .toList();

  /** How many words may stand between a governing phrase and the agreement ("its bilateral"). */
  private static final int GOVERNING_REACH = 3;

  /** Confidence of a broker's consultation with a party, as of an agreement's own interactions. */
  private static final double MEDIATION_CONFIDENCE = 0.6;

  /** How often a country must be named to be one of the article's two main actors. */
  private static final int MAIN_ACTOR_MENTIONS = 2;

  private final RelationFinder positions;
  private final Capitals capitals;
  private final RoleLexicon roles;

  /**
   * @param roles titles, to read actor phrases ("Mexican President Claudia Sheinbaum")
   * @param positions positions, to tell a person's country, and part-of facts, to tell a government
   *     body's
   * @param capitals capitals that stand for their country
   */
  public AgreementFinder(RoleLexicon roles, RelationFinder positions, Capitals capitals) {
    this.roles = roles;
    this.positions = positions;
    this.capitals = capitals;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    Optional<LocalDate> date = RelativeDates.articleDate(article.annotated().article());
    String body = article.annotated().article().body();
    int leadEnd = AgreementDates.leadEnd(body);
    Sentence previous = null;
    List<Fact> positionFacts = positions.find(article);
    Holders holders = InteractionFinder.holders(positionFacts, capitals.standIns(article));
    List<Statement> found = new ArrayList<>();
    List<Mediation> brokers = new ArrayList<>();
    List<Entity> recentCountries = new ArrayList<>();
    Map<Entity, Integer> countryMentions = new HashMap<>();
    List<Entity> lastSides = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<AgreementPhrases.Phrase> phrases = AgreementPhrases.of(sa);
      if (!phrases.isEmpty()) {
        Clause clause = new Clause(article, sa, ActorPhrases.of(sa, roles, holders));
        Optional<String> context = AgreementDates.context(body, previous, s, date, leadEnd);
        Set<CharSpan> listed = AgreementPhrases.listed(s, phrases);
        Map<Entity, Entity> companies = CompanyOwners.of(sa);
        for (AgreementPhrases.Phrase phrase : phrases) {
          int first = s.tokenAt(phrase.span().start());
          int last = s.tokenAt(phrase.span().end()) - 1;
          AgreementBrokers.Brokered brokered =
              AgreementBrokers.of(clause, sa.tokens(), first, last);
          List<Entity> bothSides =
              bothSides(article, sa, phrase.span(), recentCountries, brokered.brokers());
          List<Statement> stated =
              statements(
                  sa, clause, phrase.span(), phrase.proper(), date, context, bothSides, brokered);
          if (!companies.isEmpty()) {
            stated =
                stated.stream()
                    .map(st -> st.withParties(CompanyOwners.parties(st.parties(), companies)))
                    .toList();
          }
          if (listed.contains(phrase.span())) {
            stated = stated.stream().map(Statement::asListed).toList();
          }
          if (found.isEmpty()) {
            stated = stated.stream().map(st -> withPartnerBefore(st, lastSides)).toList();
          }
          found.addAll(stated);
          stated.forEach(st -> brokers.add(new Mediation(st, brokered)));
        }
      }
      if (Allies.anyIn(sa.tokens())) {
        found.addAll(alliances(sa, ActorPhrases.of(sa, roles, holders)));
      }
      previous = s;
      lastSides.clear();
      for (var l : sa.mentions()) {
        Entity e = l.entity();
        if (AgreementStatements.international(e)) {
          lastSides.add(e);
        }
        if (e.type() == EntityType.COUNTRY) {
          recentCountries.remove(e);
          recentCountries.add(e);
          if (!venue(s, l.mention().span())) {
            countryMentions.merge(e, 1, Integer::sum);
            lastSides.add(e);
          }
        }
      }
    }
    List<Fact> agreements =
        AgreementStatements.merge(
            found, AgreementStatements.countries(positionFacts), mainActors(countryMentions));
    List<Fact> out = new ArrayList<>(agreements);
    for (Fact f : agreements) {
      if (f instanceof Fact.Agreement a) {
        brokers.forEach(m -> out.addAll(m.interactions(a)));
      }
    }
    return out;
  }

  private static final Set<Fact.AgreementStatus> DEEDS =
      EnumSet.of(
          Fact.AgreementStatus.SIGNED,
          Fact.AgreementStatus.RATIFIED,
          Fact.AgreementStatus.REJECTED,
          Fact.AgreementStatus.ENDED);

  /**
   * {@code Sylvania has offered Freedonia patrol boats. Freedonia signed the defence pact on
   * Tuesday}: the first agreement an article tells of, called by "the" as one the reader knows,
   * with one country as its party that did something to it (signed, ratified, rejected or left it),
   * is made with the country or international organisation the sentence before spoke of, when it
   * named one other than the party (the definite article points back to what the text has just set
   * up: "The Union spent two years negotiating with Freedonia. Freedonia rejected the trade deal").
   * Unchanged otherwise: when the sentence before named none, or two or more ("A and B pledged
   * support. C signed the security pact": which of them, or a third, is not said).
   */
  private static Statement withPartnerBefore(Statement st, List<Entity> before) {
    if (st.parties().size() != 1
        || !st.anaphoric()
        || !DEEDS.contains(st.status())
        || st.parties().get(0).type() != EntityType.COUNTRY) {
      return st;
    }
    Entity party = st.parties().get(0);
    Set<Entity> others = new LinkedHashSet<>(before);
    others.remove(party);
    return others.size() == 1 ? st.withParties(List.of(party, others.iterator().next())) : st;
  }

  /**
   * {@code Freedonia is a longtime ally of Sylvania}, {@code Sylvania's allies Freedonia and
   * Ruritania}: an ally is "a country that has agreed to help and support another country" (Oxford
   * Learner's Dictionary), so the bond {@link Allies} reads is an alliance between the two, in
   * force as the sentence states it; a former or denied bond is none.
   */
  private static List<Statement> alliances(SentenceActors sa, ActorPhrases phrases) {
    return Allies.bonds(sa, phrases).stream()
        .map(
            b ->
                new Statement(
                    List.of(b.noun()),
                    Fact.AgreementForm.AGREEMENT,
                    Fact.AgreementKind.ALLIANCE,
                    Fact.AgreementStatus.IN_FORCE,
                    List.of(b.a(), b.b()),
                    Optional.empty(),
                    false,
                    ALLY_CONFIDENCE,
                    List.of(sa.evidence()),
                    false,
                    false,
                    false,
                    false,
                    Set.of(),
                    List.of()))
        .toList();
  }

  /** Confidence of an alliance read from an "ally" noun, as of a described agreement. */
  private static final double ALLY_CONFIDENCE = 0.6;

  /** The third parties of one statement of an agreement. */
  private record Mediation(Statement statement, AgreementBrokers.Brokered brokered) {

    /**
     * {@code a deal brokered by C}, {@code C and D are mediating between A and B in talks aimed at
     * a truce}: a third party whose good offices the sentence states consults each party to the
     * agreement it brought about (CAMEO 04; codebook 045 Mediate), once the agreement's statements
     * are joined (its parties may be named in another phrase of the sentence); empty for another
     * agreement.
     */
    List<Fact> interactions(Fact.Agreement a) {
      if (!a.names().containsAll(statement.names())
          || !a.evidence().containsAll(statement.evidence())) {
        return List.of();
      }
      List<Fact> out = new ArrayList<>();
      for (Entity third : brokered.acting()) {
        for (Entity party : a.parties()) {
          if (!brokered.brokers().contains(party)) {
            out.add(
                new Fact.Interaction(
                    third,
                    party,
                    DependencyWords.CONSULT,
                    "mediation",
                    a.date(),
                    MEDIATION_CONFIDENCE,
                    statement.evidence()));
          }
        }
      }
      return out;
    }
  }

  /**
   * "talks began in South Africa": a country named right after "in" is where something happened,
   * which does not count toward the article's main actors.
   */
  private static boolean venue(Sentence s, CharSpan mention) {
    int at = s.tokenAt(mention.start());
    return at > 0 && s.tokens().get(at - 1).text().equals("in");
  }

  /**
   * The two countries the article is about: the two named most often, each at least {@link
   * #MAIN_ACTOR_MENTIONS} times and clearly more often than any third; empty when no two stand out.
   */
  static List<Entity> mainActors(Map<Entity, Integer> mentions) {
    List<Map.Entry<Entity, Integer>> ranked = new ArrayList<>(mentions.entrySet());
    ranked.sort(Map.Entry.<Entity, Integer>comparingByValue().reversed());
    if (ranked.size() < 2 || ranked.get(1).getValue() < MAIN_ACTOR_MENTIONS) {
      return List.of();
    }
    if (ranked.size() > 2 && ranked.get(2).getValue() >= ranked.get(1).getValue()) {
      return List.of();
    }
    return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
  }

  /**
   * The two actors that "their countries", "both sides", "the two parties", "the warring parties"
   * or an opening "They" mean when they stand in the agreement's own clause: right after "between"
   * or "with" it, or as the subject a few words before it ("both sides signed the accord"). Sides
   * or parties, which may be a state and an armed group, and countries or governments are the two
   * actors of that kind the article named together last ({@link PairAntecedents}: {@code A and B
   * will fund C's schools, the two governments said in a joint statement}); otherwise, or when no
   * pair was named together, the two countries named last before the phrase, in this sentence or an
   * earlier one. Empty when no such words stand there. The agreement's {@code brokers} are none of
   * its sides ({@code C and D brokered a truce between the warring parties}: two others).
   */
  private static List<Entity> bothSides(
      ResolvedArticle article,
      SentenceActors sa,
      CharSpan phrase,
      List<Entity> recentCountries,
      List<Entity> brokers) {
    Sentence s = sa.sentence();
    List<Token> tokens = sa.tokens();
    int first = s.tokenAt(phrase.start());
    int last = s.tokenAt(phrase.end()) - 1;
    Matcher m = BOTH_SIDES.matcher(s.text());
    // "to deepen their strategic partnership": the agreement is the pair's own; "They signed a
    // pact" opening a sentence: the pair the text spoke of before
    boolean stated =
        first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("their")
            || theyOpen(tokens, first);
    String sides = "";
    int pairAt = phrase.start();
    while (m.find() && !stated) {
      int at = s.tokenAt(s.span().start() + m.start());
      int end = s.tokenAt(s.span().start() + m.end()) - 1;
      if (at > last && at - last <= BOTH_SIDES_REACH) {
        stated = tokens.get(at - 1).text().matches("(?i)between|with");
      } else if (end < first && first - end <= BOTH_SIDES_REACH) {
        stated = true;
        for (int k = end + 1; k < first; k++) {
          stated &= !tokens.get(k).text().matches("[,;:()]");
        }
      }
      String noun = tokens.get(end).text().toLowerCase(Locale.ROOT);
      sides =
          !stated
              ? ""
              : WARRING_SIDES.matcher(m.group()).matches()
                  ? "any"
                  : PairAntecedents.kindOfNoun(noun).filter(k -> !k.equals("person")).orElse("");
      pairAt = s.span().start() + m.start();
    }
    if (!stated) {
      return List.of();
    }
    if (!sides.isEmpty()) {
      List<Entity> pair = PairAntecedents.before(article, pairAt, sides, Set.copyOf(brokers));
      if (pair.size() == 2) {
        return pair;
      }
    }
    List<Entity> recent = new ArrayList<>(recentCountries);
    for (var l : sa.mentions()) {
      if (l.entity().type() == EntityType.COUNTRY && l.mention().span().end() <= phrase.start()) {
        recent.remove(l.entity());
        recent.add(l.entity());
      }
    }
    recent.removeAll(brokers);
    int n = recent.size();
    return n < 2 ? List.of() : List.of(recent.get(n - 2), recent.get(n - 1));
  }

  /**
   * Whether a phrase of {@link #GOVERNING} ends right before the agreement phrase at {@code first},
   * or before up to {@value #GOVERNING_REACH} lower-case words ("in accordance with its bilateral
   * agreements"): what is done so obeys an agreement that stands.
   */
  private static boolean governing(List<Token> tokens, int first) {
    for (int end = first; end >= 0 && first - end <= GOVERNING_REACH; end--) {
      for (List<String> phrase : GOVERNING) {
        int start = end - phrase.size();
        if (start >= 0
            && phrase.equals(
                tokens.subList(start, end).stream()
                    .map(t -> t.text().toLowerCase(Locale.ROOT))
                    .toList())) {
          return true;
        }
      }
      if (end > 0 && !Character.isLowerCase(tokens.get(end - 1).text().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with "They" as the subject of the clause the phrase belongs to: no
   * punctuation between, within {@link #BOTH_SIDES_REACH} words.
   */
  private static boolean theyOpen(List<Token> tokens, int first) {
    if (first > BOTH_SIDES_REACH || first < 2 || !tokens.get(0).text().equals("They")) {
      return false;
    }
    for (int k = 1; k < first; k++) {
      if (tokens.get(k).text().matches("[,;:()]")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the verb governing the agreement has a subject, and no subject of it is a party the
   * phrase names: someone else rejects it, which leaves the agreement as it was.
   */
  private static boolean rejectedByOutsider(
      Clause clause, int verb, Set<Entity> own, Set<Entity> partners) {
    if (verb < 0 || own.isEmpty() && partners.isEmpty()) {
      return false;
    }
    List<Entity> subjects = clause.subjectOf(verb).stream().map(p -> p.head()).toList();
    return !subjects.isEmpty()
        && subjects.stream().noneMatch(e -> own.contains(e) || partners.contains(e));
  }

  private List<Statement> statements(
      SentenceActors sa,
      Clause clause,
      CharSpan phrase,
      boolean proper,
      Optional<LocalDate> date,
      Optional<String> context,
      List<Entity> bothSides,
      AgreementBrokers.Brokered brokered) {
    Sentence s = sa.sentence();
    int offset = s.span().start();
    String name =
        s.text()
            .substring(phrase.start() - offset, phrase.end() - offset)
            .replaceAll("\\s+of$", "")
            .replaceFirst("^The ", "");
    String lower = name.toLowerCase(Locale.ROOT);
    int first = s.tokenAt(phrase.start());
    int last = s.tokenAt(phrase.end()) - 1;
    List<Token> tokens = sa.tokens();
    boolean definite = first > 0 && tokens.get(first - 1).text().matches("(?i)the|this|that");
    boolean named = Character.isUpperCase(name.charAt(0)) && !definite || name.matches("[A-Z]{2,}");
    Set<Entity> own = new LinkedHashSet<>();
    Set<Entity> partners = new LinkedHashSet<>();
    boolean mutual = false;
    String partnerWord =
        lower.matches(".*(accession|admission)")
            ? "(?i)with|between|to"
            : lower.startsWith("purchase") ? "(?i)with|between|from" : "(?i)with|between";
    int j = last + 1;
    while (j < tokens.size()
        && j - last <= 7
        && !tokens.get(j).text().matches(partnerWord)
        && !tokens.get(j).text().matches("[,;:.]")
        && !tokens.get(j).text().matches(CIRCUMSTANCE)) {
      j++;
    }
    boolean unnamedSide = false;
    if (j < tokens.size() && j - last <= 7 && tokens.get(j).text().matches(partnerWord)) {
      List<ActorPhrase> after = partnersAfter(clause, tokens, j + 1);
      after.forEach(p -> partners.add(p.head()));
      mutual = tokens.get(j).text().equalsIgnoreCase("between") && !partners.isEmpty();
      unnamedSide =
          after.isEmpty()
              ? groupFollows(tokens, j + 1)
              : after.size() == 1 && mutual && groupBeside(tokens, j, after.get(0));
    }
    List<Entity> owned = owners(clause, tokens, first);
    own.addAll(owned);
    List<Entity> agents = agents(clause, tokens, first, last);
    own.addAll(agents);
    // "B could join the pact that A signed with C": the relative clause names the parties, A and C
    List<Entity> relative = relativeParties(clause, tokens, last);
    own.addAll(relative);
    boolean possessed = false;
    boolean stated = !own.isEmpty() && !partners.isEmpty();
    int verb = governingVerb(tokens, first);
    // "A and B are locked in a dispute over the port deal": what they quarrel about, not theirs
    boolean disputed = disputedOver(tokens, first);
    if (partners.isEmpty() && verb >= 0 && !disputed) {
      partnersBefore(clause, tokens, verb, first).forEach(partners::add);
    }
    boolean observed = verb >= 0 && OBSERVER_VERBS.contains(tokens.get(verb).lemma());
    List<Entity> urged = urged(clause, tokens, verb);
    own.addAll(urged);
    if (!mutual && !observed && urged.isEmpty() && !disputed) {
      boolean partyVerb = verb >= 0 && PARTY_VERBS.contains(tokens.get(verb).lemma());
      // the subject of a verb that governs an agreement whose relative clause names both sides
      // is a party only by a verb of making it, stated as done ("B joined the pact that A signed
      // with C"); so too when two agents of a participle name them ("C rejected the deal reached
      // by A and B"), and then no subject of a verb whose object is another noun is one ("C issued
      // a statement on the deal reached by A and B")
      // and so when the agreement's own modifiers name two sides ("C rejected the A-B deal")
      boolean sidesNamed =
          !relative.isEmpty() && !partners.isEmpty() || agents.size() >= 2 || owned.size() >= 2;
      boolean outside =
          sidesNamed
              && (!partyVerb
                  || verb >= 0 && sa.negatedOrHypothetical(verb)
                  || agents.size() >= 2 && !objectOf(tokens, verb, first));
      if (verb >= 0 && (!stated || partyVerb) && !outside) {
        possessed = tokens.get(verb).lemma().equals("have");
        clause.subjectOf(controlling(tokens, verb)).forEach(p -> own.add(p.head()));
        own.addAll(relativeSubjects(clause, tokens, verb));
      }
      // "A, which chairs the Union, signed a pact with B", "A said it had signed a pact with B":
      // a verb of making the agreement whose subject is not read is the first actors'
      boolean unread = partyVerb && own.isEmpty() && subjectUnread(tokens, verb);
      // "C said the two sides would negotiate a deal": the pair is the subject, not C
      boolean paired = !bothSides.isEmpty() && pairSubject(tokens, verb);
      if (own.isEmpty() && !paired && (partners.isEmpty() || definite || unread)) {
        List<ActorPhrase> firstActors = clause.firstActors();
        if (!firstActors.isEmpty() && !brokersAgents(tokens, firstActors.get(0).first())) {
          firstActors.stream().filter(p -> p.last() < first).forEach(p -> own.add(p.head()));
        }
      }
    }
    if (partners.isEmpty() && verb >= 0 && !disputed) {
      // "A met B in C and signed a pact": A signs with whom A met
      MetPartners.before(clause, tokens, verb).stream()
          .filter(e -> !own.contains(e))
          .forEach(partners::add);
    }
    // "C and D are mediating between A and B in talks aimed at a truce": no broker is a party
    own.removeAll(brokered.brokers());
    partners.removeAll(brokered.brokers());
    if (own.size() + partners.size() < 2) {
      own.addAll(brokered.sides());
    }
    if (own.isEmpty() && partners.isEmpty()) {
      // "Under a ceasefire brokered by C, A and B exchanged prisoners": those who act under it
      own.addAll(actingUnder(clause, tokens, first));
    }
    if (inForceModifier(tokens, first)) {
      possessed = true;
    }
    String sentence = s.text().toLowerCase(Locale.ROOT);
    Optional<String> done = AgreementDates.done(s, phrase, date);
    Optional<String> saidOn = AgreementDates.reported(s, phrase, date);
    Optional<AgreementWords.Act> written = AgreementWords.act(tokens, first);
    Optional<AgreementWords.Act> act = written.filter(a -> !sa.negatedOrHypothetical(a.at()));
    // "Freedonia did not join the Aster Convention": its subject is no party
    boolean refused = written.isPresent() && act.isEmpty();
    Fact.AgreementStatus status =
        act.isPresent() ? act.get().status() : AgreementWords.status(tokens, sentence, possessed);
    if (!urged.isEmpty() || supposed(tokens, verb) || calledFor(tokens, verb, first)) {
      // "A urged B to accept a truce": a truce proposed to B; "if A and B reached a deal": one
      // only supposed; "C called for a ceasefire between A and B": one asked for
      status = Fact.AgreementStatus.PROPOSED;
    }
    if (status == Fact.AgreementStatus.ANNOUNCED
        && !named
        && own.size() + partners.size() >= 2
        && STANDING_BOND.matcher(lower).find()
        && (verb < 0 || !FORMING_VERBS.contains(tokens.get(verb).lemma()))) {
      // "the alliance between A and B remains strong", "A and B are treaty allies": an alliance
      // is a standing bond, in force unless the sentence forms it ("formed an alliance"); only
      // where the sentence names both sides ("the alliance would support B" is a bloc's act, and
      // an agreement in force without its parties would take the article's main actors)
      status = Fact.AgreementStatus.IN_FORCE;
    }
    if (status == Fact.AgreementStatus.ANNOUNCED && governing(tokens, first)) {
      // "repatriation in accordance with its bilateral agreements with B": done as an agreement
      // requires, which stands; a status the sentence states ("the deal it signed on Monday")
      // stays
      status = Fact.AgreementStatus.IN_FORCE;
    }
    if (status == Fact.AgreementStatus.SIGNED && act.isEmpty() && lower.endsWith("consensus")) {
      // "reached a consensus": a consensus is "an opinion that all members of a group agree with"
      // (Oxford Learner's Dictionary), made known, not a text signed
      status = Fact.AgreementStatus.ANNOUNCED;
    }
    if (status == Fact.AgreementStatus.ENDED && conditional(tokens, first)) {
      // "if the truce collapses": an end only supposed of an agreement that stands
      status = Fact.AgreementStatus.ANNOUNCED;
    }
    if (status == Fact.AgreementStatus.REJECTED
        && rejectedByOutsider(clause, verb, own, partners)) {
      // "Tanzania rejected Kenya's deal with Uganda": a stance on the deal, not its fate
      status = Fact.AgreementStatus.ANNOUNCED;
    }
    if (status == Fact.AgreementStatus.ENDED
        && done.filter(d -> AgreementDates.later(d, date)).isPresent()) {
      // "the pact expires in 2030": still in force, and 2030 is when it ends, not its date
      status = Fact.AgreementStatus.IN_FORCE;
      done = Optional.empty();
    }
    // "Kenya and Ethiopia have signed a defence pact": a deed the lead reports is of the article's
    // day; "both are signatories to the treaty" is a standing, of no day
    boolean state = act.filter(a -> standing(tokens, a.at())).isPresent();
    Optional<String> reported =
        done.isEmpty() && saidOn.isEmpty()
            ? AgreementDates.implied(s, phrase, status, state, context)
            : saidOn;
    Statement base =
        new Statement(
            List.of(name),
            AgreementWords.form(lower),
            AgreementWords.kind(lower, sentence),
            status,
            List.of(),
            done.or(() -> reported),
            done.isEmpty() && reported.isPresent(),
            named ? 0.8 : 0.6,
            List.of(sa.evidence()),
            definite && !named,
            named,
            proper || unnamedSide,
            false,
            Set.of(),
            List.of());
    boolean plural = lower.matches(".*(agreements|pacts|accords|deals|contracts|treaties)$");
    if (plural && partners.size() >= 2 && !own.isEmpty()) {
      List<Statement> each = new ArrayList<>();
      for (Entity p : partners) {
        Set<Entity> parties = new LinkedHashSet<>(own);
        parties.add(p);
        each.add(base.withParties(List.copyOf(parties)));
      }
      return each;
    }
    Set<Entity> parties = new LinkedHashSet<>(own);
    parties.addAll(partners);
    parties.removeIf(e -> e.type() == EntityType.PLACE);
    if (parties.size() < 2 && !bothSides.isEmpty() && !disputed) {
      parties.addAll(bothSides);
    }
    if (refused && parties.size() < 2) {
      return List.of();
    }
    // "A violated the ceasefire with B": the agreement stands, but this sentence tells of no
    // cooperation between its parties
    boolean breached = act.filter(a -> BREACHES.contains(tokens.get(a.at()).lemma())).isPresent();
    Set<Set<Entity>> apart = breached ? allPairs(parties) : apart(own, partners, mutual);
    return List.of(base.withParties(List.copyOf(parties)).withApart(apart));
  }

  /**
   * {@code C called for an immediate ceasefire between A and B}, {@code C urged a truce}, {@code C
   * demanded a new deal}: whether the agreement is the object of an appeal or a demand (CAMEO 02,
   * 10 as {@link InteractionFinder#trigger} reads the verb, and PETRARCH2's CALLED_FOR "call for"),
   * right after the verb or its "for" with only modifiers between. What is asked for is not yet
   * made, whoever asks. Only the agreement the verb governs: a statement "calling for calm" makes
   * no agreement it names a call.
   */
  private static boolean calledFor(List<Token> tokens, int verb, int first) {
    if (verb < 0) {
      return false;
    }
    int k = verb + 1;
    boolean callFor = k < first && lower(tokens, k).equals("for");
    if (callFor) {
      k++;
    }
    // "call for" is PETRARCH2's CALLED_FOR (020), which the verb lexicon reads only as "call on"
    boolean appeal =
        callFor && tokens.get(verb).lemma().equals("call")
            || InteractionFinder.trigger(tokens, verb).filter(CALLS::contains).isPresent();
    if (!appeal) {
      return false;
    }
    for (; k < first; k++) {
      if (!tokens.get(k).pos().matches("DET|ADJ|NUM|ADV")) {
        return false;
      }
    }
    return true;
  }

  /** The CAMEO roots of an appeal (02) and a demand (10). */
  private static final Set<String> CALLS = Set.of("02", "10");

  /** How many words before a verb or an agreement a condition may open its clause. */
  private static final int CONDITION_REACH = 6;

  /**
   * Whether the verb at {@code verb} makes the agreement ({@link #PARTY_VERBS}) in a condition
   * ({@link #conditional}: "If A and B reached a deal, ...", "... if they signed the accord"), so
   * the agreement is supposed, not made.
   */
  private static boolean supposed(List<Token> tokens, int verb) {
    return verb >= 0 && PARTY_VERBS.contains(tokens.get(verb).lemma()) && conditional(tokens, verb);
  }

  /**
   * Whether "if" or "unless" opens the clause of the word at {@code at}: within {@link
   * #CONDITION_REACH} words before it, with no comma between.
   */
  private static boolean conditional(List<Token> tokens, int at) {
    for (int j = at - 1; j >= 0 && at - j <= CONDITION_REACH; j--) {
      String w = lower(tokens, j);
      if (w.equals("if") || w.equals("unless")) {
        return true;
      }
      if (w.matches("[,;:]")) {
        return false;
      }
    }
    return false;
  }

  /** Acts of breaking an agreement's terms ({@code agreement_acts.tsv}: violate, breach). */
  private static final Set<String> BREACHES = Set.of("violate", "breach");

  /** Every pair of {@code parties}. */
  private static Set<Set<Entity>> allPairs(Collection<Entity> parties) {
    List<Entity> all = List.copyOf(parties);
    Set<Set<Entity>> out = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        out.add(Set.of(all.get(i), all.get(j)));
      }
    }
    return out;
  }

  /**
   * {@code A has a similar agreement with B and C}: partners coordinated after "with" are each a
   * partner of the agreement's own parties, not of one another; after "between" they are sides of
   * it together.
   */
  private static Set<Set<Entity>> apart(Set<Entity> own, Set<Entity> partners, boolean mutual) {
    if (mutual || own.isEmpty()) {
      return Set.of();
    }
    return allPairs(partners.stream().filter(p -> !own.contains(p)).toList());
  }

  /** How many words may open the noun phrase of a side named by no actor ("its foreign"). */
  private static final int GROUP_OPENERS = 3;

  /**
   * Whether a plural common noun, after at most {@link #GROUP_OPENERS} lower-case words, numbers or
   * adjectives (no preposition or conjunction), starts at {@code from} and ends its phrase: the
   * other side of "the deal with world powers", "the truce between A and the rebels", which the
   * text names by what they are rather than as an actor.
   */
  private static boolean groupFollows(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k - from <= GROUP_OPENERS; k++) {
      Token t = tokens.get(k);
      boolean phraseEnds = k + 1 == tokens.size() || !tokens.get(k + 1).pos().matches("NOUN|PROPN");
      if (t.pos().equals("NOUN") && plural(t) && phraseEnds) {
        return true;
      }
      // the tagger may read an opener as a verb ("world powers"), so any lower-case word opens, and
      // an adjective ("three Chinese companies")
      boolean opener = t.text().matches("\\p{Ll}[\\p{L}-]*|\\d[\\d,.]*") || t.pos().equals("ADJ");
      if (!opener || t.pos().matches("ADP|CCONJ|AUX|PART")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "between" at {@code between} joins one actor and a side named by no actor, in either
   * order: "between Iran and world powers", "between the rebels and Colombia".
   */
  private static boolean groupBeside(List<Token> tokens, int between, ActorPhrase actor) {
    int and = actor.last() + 1;
    if (and + 1 < tokens.size() && tokens.get(and).text().equals("and")) {
      return groupFollows(tokens, and + 1);
    }
    return actor.first() > between + 2
        && tokens.get(actor.first() - 1).text().equals("and")
        && groupFollows(tokens, between + 1);
  }

  /**
   * Whether the actors at {@code first} are the agents of a participle of good offices ({@code the
   * talks, co-hosted by C and D, aim to secure a ceasefire}): they host or broker what others
   * negotiate, so they are not the sides the article's first actors would otherwise be taken for.
   */
  private static boolean brokersAgents(List<Token> tokens, int first) {
    int by = first - 1;
    if (by >= 1 && tokens.get(by).text().equals("the")) {
      by--;
    }
    if (by < 1 || !lower(tokens, by).equals("by")) {
      return false;
    }
    int participle = by - 1;
    if (participle >= 1 && lower(tokens, participle).equals("jointly")) {
      participle--;
    }
    return DependencyWords.broker(tokens.get(participle).lemma());
  }

  /** Whether a noun is plural: its lemma is not the word, which ends in "s" ("powers"). */
  private static boolean plural(Token t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    return lower.endsWith("s") && !t.lemma().equals(lower);
  }

  /**
   * The partners after "with" or "between": the actors right after it, or one named as "the
   * breakaway region of X" a few words on.
   */
  private static List<ActorPhrase> partnersAfter(Clause clause, List<Token> tokens, int from) {
    List<ActorPhrase> near = clause.actorsAfter(from, 4);
    if (!near.isEmpty()) {
      return near;
    }
    for (int k = from + 1; k < tokens.size() && k - from <= 6; k++) {
      Token t = tokens.get(k - 1);
      if (t.text().matches("[,;:.]") || t.pos().equals("VERB")) {
        break;
      }
      if (t.text().equals("of")) {
        return clause.actorsAfter(k, 0);
      }
    }
    return List.of();
  }

  /**
   * Verbs of buying, whose seller after "from" is the other party to the deal they are made under
   * ({@code bought 36 jets from France under a contract}); Oxford Learner's senses of buy,
   * purchase, acquire, order and import.
   */
  private static final Set<String> BUYING = Set.of("buy", "purchase", "acquire", "order", "import");

  /**
   * {@code restored ties with Y in a deal}, {@code agreed with Y on a truce}, {@code bought jets
   * from Y under a contract}: the partners after a "with" (or a buying verb's "from") between the
   * verb that governs the phrase and the phrase.
   */
  private static List<Entity> partnersBefore(
      Clause clause, List<Token> tokens, int verb, int first) {
    boolean buying = BUYING.contains(tokens.get(verb).lemma());
    for (int k = verb + 1; k < first; k++) {
      if (tokens.get(k).text().equalsIgnoreCase("with")
          || buying && tokens.get(k).text().equalsIgnoreCase("from")) {
        return clause.actorsAfter(k + 1, 2).stream()
            .filter(p -> p.last() < first)
            .map(ActorPhrase::head)
            .toList();
      }
    }
    return List.of();
  }

  /**
   * Whether the subject of the verb at {@code verb} is one the clause reading leaves unread: a
   * personal pronoun ({@code A said it had signed}) or a phrase closed by a comma ({@code A, which
   * chairs the Union, signed}), right before the verb and its auxiliaries.
   */
  private static boolean subjectUnread(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && (tokens.get(j).pos().equals("AUX") || tokens.get(j).pos().equals("ADV"))) {
      j--;
    }
    return j >= 0 && tokens.get(j).text().matches("(?i),|it|they|he|she|we");
  }

  /**
   * Whether the subject of the verb at {@code verb} ends in a pair noun right before it, its
   * auxiliaries and adverbs aside: "the two sides would negotiate", "the warring parties have
   * signed".
   */
  private static boolean pairSubject(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && (tokens.get(j).pos().equals("AUX") || tokens.get(j).pos().equals("ADV"))) {
      j--;
    }
    return j >= 0 && PairAntecedents.kindOfNoun(lower(tokens, j)).isPresent();
  }

  /**
   * How many words a date and a place between a participle and its agents may take ("in March
   * 2020", "in Abu Dhabi on Monday").
   */
  private static final int DATE_ADJUNCT = 5;

  /** Auxiliaries of a passive between an agreement and its participle ("was signed by"). */
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "being");

  private static String lower(List<Token> tokens, int j) {
    return tokens.get(j).text().toLowerCase(Locale.ROOT);
  }

  /**
   * Verbs of making a statement public, which name its authors as agents like {@code issue} does
   * (Oxford Learner's Dictionary: release, "to make information available to the public"; publish,
   * "to make something available to the public"): {@code the joint statement released by A and B}.
   * Read only as a participle after the phrase, not as a governing verb ("A released prisoners
   * under the deal" makes no party).
   */
  private static final Set<String> ISSUING = Set.of("release", "publish");

  /**
   * {@code the Port Aster Declaration, issued by Freedonia and Sylvania}; {@code a pact signed
   * jointly by}; {@code the treaty was signed by}; {@code an accord brokered by C and signed by A
   * and B}: the agents of a party verb's participle right after the phrase, or after the
   * auxiliaries of its passive, or after another participle and its agents joined by "and" (the
   * last party verb's agents: "negotiated by C and signed by A and B" binds A and B); and {@code a
   * joint statement by A, B and C}: two or more actors right after the phrase's "by", the joint
   * authors of the text it names. Agents named by their office stand for their states as {@link
   * #partnersAfter} reads them ("signed by the foreign ministers of A and B"). After "of" ("the
   * rejection of the deal by A and B") the "by" names the agents of the noun before, not the
   * agreement's authors.
   */
  private static List<Entity> agents(Clause clause, List<Token> tokens, int first, int last) {
    int j = last + 1;
    if (j < tokens.size() && lower(tokens, j).equals("by") && !ofNoun(tokens, first)) {
      List<ActorPhrase> authors = partnersAfter(clause, tokens, j + 1);
      return authors.size() >= 2 ? authors.stream().map(ActorPhrase::head).toList() : List.of();
    }
    if (j < tokens.size() && tokens.get(j).text().equals(",")) {
      j++;
    }
    for (int k = 0;
        k < 3 && j < tokens.size() && PASSIVE_AUXILIARIES.contains(lower(tokens, j));
        k++) {
      j++;
    }
    List<Entity> out = new ArrayList<>();
    while (j < tokens.size()) {
      if (tokens.get(j).text().equalsIgnoreCase("jointly")) {
        j++;
      }
      if (j >= tokens.size()) {
        break;
      }
      Token participle = tokens.get(j);
      boolean party =
          PARTY_VERBS.contains(participle.lemma()) || ISSUING.contains(participle.lemma());
      if (!party && !participle.pos().equals("VERB")) {
        break;
      }
      List<ActorPhrase> by = byAgents(clause, tokens, j);
      if (by.isEmpty()) {
        break;
      }
      if (party) {
        // "negotiated by C and signed by A and B": those who sign it last are its parties
        out.clear();
        by.forEach(p -> out.add(p.head()));
      }
      int next = by.get(by.size() - 1).last() + 1;
      if (next + 1 >= tokens.size() || !tokens.get(next).text().equals("and")) {
        break;
      }
      j = next + 1;
    }
    return out;
  }

  /**
   * Whether the phrase at {@code first}, after its article and modifiers, follows "of": {@code the
   * violation of the ceasefire by A}, the complement of another noun.
   */
  private static boolean ofNoun(List<Token> tokens, int first) {
    int j = first - 1;
    while (j >= 0 && tokens.get(j).pos().matches("DET|ADJ|NUM")) {
      j--;
    }
    return j >= 0 && lower(tokens, j).equals("of");
  }

  /**
   * The agents after the "by" of the participle at {@code j}, right after it or after a date or a
   * place ("signed in 1994 by", "signed last year by", "signed in Baku on Monday by"); empty if
   * none.
   */
  private static List<ActorPhrase> byAgents(Clause clause, List<Token> tokens, int j) {
    for (int k = j + 1; k < tokens.size() && k - j <= DATE_ADJUNCT + 1; k++) {
      Token t = tokens.get(k);
      if (t.text().equalsIgnoreCase("by")) {
        return partnersAfter(clause, tokens, k + 1);
      }
      if (k == j + 1 && !t.text().matches("(?i)in|on|last|earlier")) {
        break;
      }
      if (t.text().matches("[,;:.()]") || t.pos().equals("VERB")) {
        break;
      }
    }
    return List.of();
  }

  /**
   * {@code the trade agreement (that) Freedonia and Sylvania signed in 2015}, {@code the pact,
   * which Freedonia and Sylvania signed}, {@code the deal that the Union negotiated}: the subjects
   * of a relative clause right after the agreement whose verb makes its subjects parties.
   */
  private static List<Entity> relativeParties(Clause clause, List<Token> tokens, int last) {
    int k = last + 1;
    // "the pact, which India and Bhutan signed": a comma before the relative pronoun
    if (k + 1 < tokens.size()
        && tokens.get(k).text().equals(",")
        && tokens.get(k + 1).text().matches("(?i)which")) {
      k++;
    }
    if (k < tokens.size() && tokens.get(k).text().matches("(?i)that|which")) {
      k++;
    }
    // "the deal that the Aster Union negotiated": an article may open the subject
    List<ActorPhrase> subjects = clause.actorsAfter(k, 1);
    if (subjects.isEmpty()) {
      return List.of();
    }
    int verb = subjects.get(subjects.size() - 1).last() + 1;
    while (verb < tokens.size() && tokens.get(verb).pos().equals("AUX")) {
      verb++;
    }
    return verb < tokens.size()
            && tokens.get(verb).pos().equals("VERB")
            && PARTY_VERBS.contains(tokens.get(verb).lemma())
        ? subjects.stream().map(ActorPhrase::head).toList()
        : List.of();
  }

  /** {@code China, which last year struck a pact}: the actor a relative pronoun stands for. */
  static Optional<Entity> relativeSubject(Clause clause, List<Token> tokens, int verb) {
    return antecedent(clause, tokens, verb).map(ActorPhrase::head);
  }

  /**
   * {@code Kenya and Somalia, which signed a maritime pact in 2019}: the actors a relative pronoun
   * stands for, with those joined to the nearest by "and" or a comma.
   */
  static List<Entity> relativeSubjects(Clause clause, List<Token> tokens, int verb) {
    return conjoined(clause, tokens, antecedent(clause, tokens, verb));
  }

  /**
   * {@code Egypt, Qatar and the United States, the guarantors}: the actors of the phrase ending at
   * token {@code end}, with those joined to it by "and" or a comma.
   */
  static List<Entity> conjoinedEndingAt(Clause clause, List<Token> tokens, int end) {
    return end >= 0 ? conjoined(clause, tokens, clause.endingAt(end)) : List.of();
  }

  private static List<Entity> conjoined(
      Clause clause, List<Token> tokens, Optional<ActorPhrase> last) {
    Optional<ActorPhrase> p = last;
    List<Entity> out = new ArrayList<>();
    while (p.isPresent()) {
      out.add(0, p.get().head());
      int k = p.get().first() - 1;
      if (k >= 0 && tokens.get(k).text().equalsIgnoreCase("the")) {
        k--; // "Egypt and the United States"
      }
      p =
          k >= 1 && tokens.get(k).text().matches("and|,")
              ? clause.endingAt(k - 1)
              : Optional.empty();
    }
    return out;
  }

  /** The actor phrase right before the relative pronoun of the verb at {@code verb}, if any. */
  private static Optional<ActorPhrase> antecedent(Clause clause, List<Token> tokens, int verb) {
    for (int j = verb - 1; j >= 1 && verb - j <= 4; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals("which") || w.equals("who")) {
        int before = tokens.get(j - 1).text().equals(",") ? j - 2 : j - 1;
        return before >= 0 ? clause.endingAt(before) : Optional.empty();
      }
      if (tokens.get(j).text().matches("[,;:]")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How many words before the phrase, or before the owner after it, an owner may start. */
  private static final int OWNER_REACH = 6;

  /**
   * Actors written just before the phrase: {@code Freedonia's Union accession}, {@code
   * Freedonia-Sylvania}, and those coordinated with an owner ({@code Freedonia and Sylvania's
   * deal}, {@code A, B and C's pact}), each within a few words of the next.
   */
  private static List<Entity> owners(Clause clause, List<Token> tokens, int first) {
    List<Entity> out = new ArrayList<>();
    int j = first - 1;
    int from = first;
    while (j >= 0 && from - j <= OWNER_REACH) {
      Optional<ActorPhrase> p = clause.endingAt(j);
      if (p.isPresent()) {
        out.add(p.get().head());
        j = p.get().first() - 1;
        continue;
      }
      if (!out.isEmpty()
          && j > 0
          && tokens.get(j).text().matches("(?i)and|,")
          && clause.endingAt(j - 1).isPresent()) {
        from = j;
        j--;
        continue;
      }
      if (!tokens.get(j).text().matches("['’]s|-|–")) {
        break;
      }
      j--;
    }
    return out;
  }

  /**
   * {@code A urged B and C to accept a truce}, {@code A pressed B to sign the accord}: the actors
   * an appeal or a demand (CAMEO 02, 10) asks to take up the agreement, when the agreement's verb
   * is that appeal's "to" complement. They, not the appeal's subject, are the parties; empty when
   * the verb is no such complement.
   */
  private static List<Entity> urged(Clause clause, List<Token> tokens, int verb) {
    if (verb < 2 || !tokens.get(verb - 1).text().equalsIgnoreCase("to")) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>();
    int j = verb - 2;
    while (j >= 0) {
      Optional<ActorPhrase> p = clause.endingAt(j);
      if (p.isPresent()) {
        out.add(0, p.get().head());
        j = p.get().first() - 1;
      } else if (tokens.get(j).text().matches("(?i)and|,|both|on|upon")) {
        j--;
      } else {
        break;
      }
    }
    if (out.isEmpty() || j < 0) {
      return List.of();
    }
    Optional<String> cameo = InteractionFinder.trigger(tokens, j);
    return cameo.filter(c -> c.equals("02") || c.equals("10")).isPresent() ? out : List.of();
  }

  /**
   * {@code a proposed trade deal}, {@code the signed agreements}: a participle right after an
   * article, which describes the agreement rather than governs it; the verb that governs it stands
   * right before the article, or none does ({@code said that the signed agreements open}).
   */
  private static boolean attributive(List<Token> tokens, int j) {
    return j > 0 && tokens.get(j - 1).text().matches("(?i)an?|the");
  }

  /**
   * Whether the act at {@code at} follows a form of "be", with at most an article between: {@code
   * are signatories to}, {@code is a signatory to} (a standing, not a deed).
   */
  private static boolean standing(List<Token> tokens, int at) {
    int j = at - 1;
    if (j >= 0 && tokens.get(j).pos().equals("DET")) {
      j--;
    }
    return j >= 0 && tokens.get(j).lemma().equals("be");
  }

  /**
   * Whether a word of {@code agreement_in_force_modifiers.txt} stands right before the agreement
   * phrase starting at {@code first} ("their existing agreement") or opens it: the phrase takes in
   * a noun or a hyphenated word before its head ("their longstanding agreement", "a long-standing
   * pact", whose "long-standing" the tokenizer splits into three).
   */
  private static boolean inForceModifier(List<Token> tokens, int first) {
    return WordLists.endingAt(IN_FORCE_MODIFIERS, tokens, first - 1) > 0
        || WordLists.startingAt(IN_FORCE_MODIFIERS, tokens, first) > 0;
  }

  /**
   * {@code a dispute over the port deal}, {@code tensions with B over a disputed deal}, {@code a
   * row about the accord}: whether the agreement phrase starting at {@code first} (after its
   * article and modifiers) follows an "over" or "about" that follows a noun of dispute within
   * {@link #DISPUTE_REACH} words, with no verb or punctuation between.
   */
  private static boolean disputedOver(List<Token> tokens, int first) {
    int j = first - 1;
    while (j >= 0 && first - j <= 3 && modifierOfPhrase(tokens.get(j))) {
      j--;
    }
    if (j < 1 || !tokens.get(j).text().matches("(?i)over|about")) {
      return false;
    }
    for (int k = j - 1; k >= 0 && j - k <= DISPUTE_REACH; k--) {
      Token t = tokens.get(k);
      if (WordLists.endingAt(DISPUTES, tokens, k) > 0) { // also "stand-off", three tokens
        return true;
      }
      if (t.pos().equals("VERB") || t.text().matches("[,;:.]")) {
        return false;
      }
    }
    return false;
  }

  /** An article, adjective, number, possessive or participle before an agreement's words. */
  private static boolean modifierOfPhrase(Token t) {
    String pos = t.pos();
    return pos.equals("DET")
        || pos.equals("ADJ")
        || pos.equals("NUM")
        || pos.equals("PRON")
        || pos.equals("VERB") && t.text().endsWith("ed");
  }

  /**
   * {@code Egypt said A and B had agreed to extend the truce}: the verb whose subject an infinitive
   * at {@code verb} shares, the verb right before its "to" ("agreed to extend", "decided to renew",
   * "voted to ratify"), followed up a chain of such infinitives; {@code verb} itself if it is no
   * such infinitive. A verb with its own object before "to" ("urged B to sign") is not followed:
   * its object does the act. A date or an adverb may stand between that verb and "to" ("agreed on
   * Thursday to extend", "decided last week to suspend", "voted unanimously to ratify"), as wire
   * copy puts the day right after the verb.
   */
  static int controlling(List<Token> tokens, int verb) {
    int v = verb;
    while (v >= 2 && tokens.get(v - 1).text().equalsIgnoreCase("to")) {
      int k = v - 2;
      while (k >= 0 && v - 2 - k < TIME_ADJUNCT && AgreementWords.timeWord(tokens.get(k))) {
        k--;
      }
      if (k < 0 || !tokens.get(k).pos().equals("VERB")) {
        break;
      }
      v = k;
    }
    return v;
  }

  /** How many words a date or adverb between a verb and its "to" may take ("on March 3"). */
  private static final int TIME_ADJUNCT = 4;

  /**
   * Whether the phrase at {@code first} is the verb's own object: only modifiers of it stand
   * between ({@code joined the accord}), no noun whose phrase it would only be part of ({@code
   * issued a statement on the accord}).
   */
  private static boolean objectOf(List<Token> tokens, int verb, int first) {
    for (int k = verb + 1; k < first; k++) {
      if (tokens.get(k).pos().matches("NOUN|PROPN|ADP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The two or more actors that open the main clause after a sentence's opening "Under" phrase
   * naming the agreement at {@code first}: {@code Under a truce brokered by C, A and B exchanged
   * prisoners} names A and B as those bound by the truce (Oxford Learner's: under, "according to an
   * agreement, a law or a system"); empty when the sentence does not open so, or a single actor
   * opens the main clause ("Under the deal, A will ship oil" names no other side).
   */
  private static List<Entity> actingUnder(Clause clause, List<Token> tokens, int first) {
    int comma = underEnd(tokens, first);
    if (comma < 0) {
      return List.of();
    }
    List<Entity> actors =
        clause.actorsAfter(comma + 1, 2).stream()
            .filter(p -> p.first() > comma) // "brokered by C, A and B": C is no conjunct of A
            .map(ActorPhrase::head)
            .distinct()
            .toList();
    return actors.size() >= 2 ? actors : List.of();
  }

  /**
   * The comma that closes a sentence's opening "Under" phrase naming the agreement at {@code first}
   * ({@code Under a truce brokered by C, A and B ...}); -1 when the sentence does not open so.
   */
  static int underEnd(List<Token> tokens, int first) {
    if (tokens.isEmpty() || !tokens.get(0).text().equals("Under") || first > UNDER_REACH) {
      return -1;
    }
    for (int k = first; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
      if (tokens.get(k).text().matches("[;:]")) {
        return -1;
      }
    }
    return -1;
  }

  /** How far after "Under" the agreement's phrase may start: "Under the 2020 ceasefire deal". */
  private static final int UNDER_REACH = 4;

  /** The verb a phrase is the object of: {@code signed a key defence pact}; -1 if none near. */
  private static int governingVerb(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 8; j--) {
      Token t = tokens.get(j);
      boolean compound = t.pos().equals("VERB") && hyphenated(tokens, j);
      if (compound) {
        // "signed a UN-backed deal": the participle and the word glued to it describe the deal
        j -= 2;
      }
      if (t.pos().equals("VERB") && attributive(tokens, j)) {
        // "rejected a proposed deal": the verb right before the article, if any
        boolean governed = j >= 2 && tokens.get(j - 2).pos().equals("VERB");
        return governed ? j - 2 : -1;
      }
      if (compound) {
        continue;
      }
      if (t.pos().equals("VERB") || t.lemma().equals("have") || inTalks(tokens, j)) {
        return j;
      }
      if (t.text().matches("[,;:]")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the word at {@code j} is glued by a hyphen to the word before it: {@code UN-backed},
   * {@code Qatar-mediated}, {@code long-awaited}. A participle so written is one compound adjective
   * with that word (Oxford Learner's Dictionary writes such compounds hyphenated before a noun: "a
   * government-funded project"), which describes the noun after it rather than taking it as object.
   */
  private static boolean hyphenated(List<Token> tokens, int j) {
    return j >= 2
        && tokens.get(j - 1).text().equals("-")
        && tokens.get(j - 2).span().end() == tokens.get(j - 1).span().start()
        && tokens.get(j - 1).span().end() == tokens.get(j).span().start();
  }

  /**
   * Whether the token at {@code j} is a "be" that puts its subject in talks: {@code A is in talks
   * with B on a treaty}, {@code A and B are in direct negotiations}, a state that governs the
   * agreement talked of as "held talks" does (Oxford Learner's: be in talks, "to be discussing
   * something formally").
   */
  private static boolean inTalks(List<Token> tokens, int j) {
    int k = j + 2;
    while (k < tokens.size() && k - j <= IN_TALKS_REACH && tokens.get(k).pos().equals("ADJ")) {
      k++;
    }
    return tokens.get(j).lemma().equals("be")
        && j + 1 < tokens.size()
        && tokens.get(j + 1).text().equals("in")
        && k < tokens.size()
        && AgreementWords.talks(tokens.get(k));
  }

  /** How far after "be" the noun of talks may stand: "is in direct, formal talks" at most. */
  private static final int IN_TALKS_REACH = 4;
}
