package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * A title written after "as": {@code Jane Doe was sworn in as president of Freedonia}, {@code
 * Freedonia ousted John Roe as president}, {@code she took office as Freedonia's foreign minister}.
 * The holder is the person right before "as" (only verbs and adverbs between); the owner is the
 * actor after "of", a possessive or demonym before the title, or a country that is the subject of
 * the verb right before the holder. A verb of leaving office ({@code role_end_verbs.txt}) makes the
 * role a former one; after "replaced" or "succeeded" the person before the verb holds it now
 * ({@code Jane Doe replaced John Roe as president}). In the future ({@code Jane Doe will succeed
 * John Roe as president}, {@code is set to replace}) the holder keeps the office and the successor
 * has it only as one not yet taken up (elect); so has {@code John Roe will be sworn in as
 * president}.
 */
final class AsTitles {

  private static final Set<String> ENDING = WordLists.set("role_end_verbs.txt");

  private static final int MAX_GAP = 5;

  private AsTitles() {}

  /**
   * The titles after "as" in {@code sa}.
   *
   * @param near the one country of the sentence and the one before ({@link
   *     UnownedTitles#contextCountry}): the owner, less surely, of an office of state in a sentence
   *     that names no country or organisation ({@code Valdoria's parliament was dissolved. Jane Doe
   *     was sworn in as interim president})
   */
  static List<Fact> find(RoleLexicon roles, SentenceActors sa, Optional<Entity> near) {
    List<Fact> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int a = 1; a + 1 < tokens.size(); a++) {
      if (tokens.get(a).text().equals("as") && !sa.negatedOrHypothetical(a)) {
        out.addAll(at(roles, sa, a, near));
      }
    }
    return out;
  }

  private static List<Fact> at(RoleLexicon roles, SentenceActors sa, int a, Optional<Entity> near) {
    List<Token> tokens = sa.tokens();
    Optional<Located> holder = holderBefore(sa, a);
    if (holder.isEmpty()) {
      return List.of();
    }
    int first = sa.firstToken(holder.get());
    RoleStatus status =
        servedBefore(tokens, sa.lastToken(holder.get()), a)
            ? RoleStatus.FORMER
            : RoleStatus.CURRENT;
    boolean future = false;
    for (int j = Math.max(0, first - 2); j < a; j++) {
      boolean outside = j < first || j > sa.lastToken(holder.get());
      if (outside && endsOffice(tokens.get(j))) {
        future = AppointmentWords.future(tokens, j);
        status = future ? RoleStatus.CURRENT : RoleStatus.FORMER;
      } else if (j > sa.lastToken(holder.get())
          && tokens.get(j).pos().equals("VERB")
          && AppointmentWords.future(tokens, j)) {
        status = RoleStatus.ELECT;
      }
    }
    int i = a + 1;
    if (tokens.get(i).text().equalsIgnoreCase("the")) {
      i++;
    }
    Optional<Located> owner = TitleContexts.startingAt(sa, i);
    if (owner.isPresent()) {
      i = sa.lastToken(owner.get()) + 1;
      if (i < tokens.size() && tokens.get(i).text().matches("['’]s")) {
        i++;
      }
    }
    if (i < tokens.size() && PositionFinder.statusWord(tokens.get(i)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(i)).get();
      i++;
    }
    Optional<RoleLexicon.Role> role =
        i < tokens.size() ? roles.roleAt(tokens, i) : Optional.empty();
    if (role.isEmpty()) {
      return List.of();
    }
    int after = i + role.get().length();
    if (TitleContexts.personAt(sa, after)) {
      return List.of();
    }
    if (owner.isEmpty() && after + 1 < tokens.size() && tokens.get(after).text().equals("of")) {
      int from = tokens.get(after + 1).text().equalsIgnoreCase("the") ? after + 2 : after + 1;
      owner = TitleContexts.startingAt(sa, from).map(o -> TitleContexts.possessed(sa, o));
      if (owner.isEmpty() && PositionFinder.isLocal(role.get())) {
        // "served as mayor of Port Aster": a city's or region's office, as TitlesAfter reads it
        owner =
            sa.mentions().stream()
                .filter(l -> l.entity().type() == EntityType.PLACE && sa.firstToken(l) == from)
                .findFirst();
      }
    }
    if (owner.isEmpty()) {
      owner = subjectCountry(sa, sa.firstToken(holder.get()));
    }
    double confidence = 0.65;
    Optional<Entity> org = owner.map(Located::entity);
    if (org.isEmpty() && UnownedTitles.stateRole(role.get().name()) && noBody(sa)) {
      org = near;
      confidence = 0.5;
    }
    Entity person = holder.get().entity();
    if (org.isEmpty() || org.get().equals(person)) {
      return List.of();
    }
    Entity where = org.get();
    double successorConfidence = Math.min(confidence, 0.6);
    List<Fact> out = new ArrayList<>();
    out.add(PositionFinder.position(sa, person, where, role.get(), status, tokens, i, confidence));
    if (status == RoleStatus.FORMER || future) {
      int role0 = i;
      RoleStatus next = future ? RoleStatus.ELECT : RoleStatus.CURRENT;
      successor(sa, sa.firstToken(holder.get()))
          .filter(s -> !s.entity().equals(where))
          .ifPresent(
              s ->
                  out.add(
                      PositionFinder.position(
                          sa,
                          s.entity(),
                          where,
                          role.get(),
                          next,
                          tokens,
                          role0,
                          successorConfidence)));
    }
    return out;
  }

  /**
   * Whether {@code sa} names no country or organisation: one it names, such as an appointing body
   * ("Freedonia's parliament elected X as president"), tells whose the office is better than the
   * sentences around.
   */
  private static boolean noBody(SentenceActors sa) {
    return sa.mentions().stream()
        .allMatch(
            l -> l.entity().type() == EntityType.PERSON || l.entity().type() == EntityType.PLACE);
  }

  /** Verbs whose subject takes the office of their object: "A replaced B as president". */
  private static final Set<String> SUCCEEDING = Set.of("replace", "succeed");

  /**
   * {@code Jane Doe replaced John Roe as president}: the person right before a verb of succession
   * (auxiliaries, adverbs and words of the future may come between: "is expected to replace") that
   * stands right before the holder.
   */
  private static Optional<Located> successor(SentenceActors sa, int holderStart) {
    int v = holderStart - 1;
    if (v < 1) {
      return Optional.empty();
    }
    Token verb = sa.tokens().get(v);
    String stem = verb.text().toLowerCase(Locale.ROOT).replaceFirst("(d|ed|s)$", "");
    if (!SUCCEEDING.contains(verb.lemma()) && !SUCCEEDING.contains(stem)) {
      return Optional.empty();
    }
    int end = v - 1;
    while (end > 0 && AppointmentWords.auxiliary(sa.tokens().get(end))) {
      end--;
    }
    return sa.endingAt(end, EntityType.PERSON);
  }

  /**
   * A verb, auxiliary or adverb; or a lower-case word in "-ed", which the tagger sometimes leaves
   * untagged as a verb ("ousted").
   */
  private static boolean verbal(Token t) {
    return t.pos().matches("VERB|AUX|ADV") || t.text().matches("\\p{Ll}+ed");
  }

  /** A verb of leaving office, by lemma or, when the lemmatiser left it, by its stem. */
  private static boolean endsOffice(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String word = t.text().toLowerCase(Locale.ROOT);
    return ENDING.contains(lemma)
        || ENDING.contains(word.replaceFirst("(p?ed|d|s)$", ""))
        || ENDING.contains(word.replaceFirst("ed$", ""));
  }

  /**
   * Whether a past "served" stands between the holder and "as" ("Jane Doe, who served as envoy from
   * 2010 to 2014", "Doe served as mayor for two decades before she became president"): the simple
   * past of holding an office tells of one she has left. After "has", "have" or "having" (and
   * adverbs: "has long served") she holds it still.
   */
  private static boolean servedBefore(List<Token> tokens, int holderEnd, int a) {
    for (int j = holderEnd + 1; j < a; j++) {
      if (tokens.get(j).text().equalsIgnoreCase("served")) {
        int k = j - 1;
        while (k > holderEnd && tokens.get(k).pos().equals("ADV")) {
          k--;
        }
        return !tokens.get(k).text().matches("(?i)has|have|having");
      }
    }
    return false;
  }

  /**
   * The person whose name ends at most {@value #MAX_GAP} tokens before "as", with only verbs,
   * adverbs and the words of taking office between ("was sworn in", "ousted", "took office"), or a
   * comma that opens an apposition ("Jane Doe, as chair of the Union," and "Jane Doe, in her
   * capacity as chair of the Union,"), or a comma and "who" that open a relative clause of taking
   * or holding office ("Jane Doe, who took office as president", "John Roe, who served as envoy").
   * An aside between the name and those words is passed over ({@link #afterAside}: "Jane Doe, 61,
   * served as", "John Roe, the former foreign minister, took over as").
   */
  private static Optional<Located> holderBefore(SentenceActors sa, int a) {
    List<Token> tokens = sa.tokens();
    Located best = null;
    for (Located l : sa.mentions()) {
      int last = sa.lastToken(l);
      if (l.entity().type() == EntityType.PERSON
          && last < a
          && a - afterAside(sa, last + 1, a) < MAX_GAP) {
        best = l;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int j = afterAside(sa, sa.lastToken(best) + 1, a);
    if (j < a && tokens.get(j).text().equals(",") && j + 1 < a) {
      j = tokens.get(j + 1).text().equalsIgnoreCase("who") ? j + 1 : j;
    }
    if (j < a && tokens.get(j).text().equalsIgnoreCase("who")) {
      // "Jane Doe, who took office as president in May,": a relative clause of taking office, or
      // of holding it ("who served as"), whose tense gives the status (servedBefore)
      boolean taking = false;
      for (int w = j + 1; w < a; w++) {
        taking |= AppointmentWords.takingOffice(tokens.get(w)) || serving(tokens.get(w));
      }
      if (!taking) {
        return Optional.empty();
      }
      j++;
    } else if (j < a && tokens.get(j).text().equals(",")) {
      j = afterCapacity(tokens, j + 1); // "Jane Doe, (in her capacity) as chair of the Union,"
      return j == a ? Optional.of(best) : Optional.empty();
    }
    for (; j < a; j++) {
      Token t = tokens.get(j);
      if (!verbal(t) && !AppointmentWords.takingOffice(t)) {
        return Optional.empty();
      }
    }
    return Optional.of(best);
  }

  /** A form of "serve", the verb of holding an office ("who served as envoy"). */
  private static boolean serving(Token t) {
    return t.text().matches("(?i)serves|served|serving");
  }

  /**
   * Past an aside set off after a name at {@code j}, when one stands there before {@code a}: an age
   * or a description between commas ("Jane Doe, 61, served as", "John Roe, the former foreign
   * minister, took over as"), or a description that a relative clause ends ("John Roe, a career
   * diplomat who served as"; the index of "who" then). An aside holds no verb and no person (a
   * clause or a list is none), and at most eight words. {@code j} when there is none.
   */
  private static int afterAside(SentenceActors sa, int j, int a) {
    List<Token> tokens = sa.tokens();
    if (j >= a || !tokens.get(j).text().equals(",")) {
      return j;
    }
    for (int k = j + 1; k < a && k - j <= 9; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k > j + 1 ? k + 1 : j;
      }
      if (t.text().equalsIgnoreCase("who")) {
        return k > j + 1 ? k : j;
      }
      if (t.pos().matches("VERB|AUX") || TitleContexts.personAt(sa, k)) {
        return j;
      }
    }
    return j;
  }

  /**
   * Past "in his capacity" (or "her", "its", "their") at {@code j}; {@code j} when none is there.
   */
  private static int afterCapacity(List<Token> tokens, int j) {
    return j + 2 < tokens.size()
            && tokens.get(j).text().equalsIgnoreCase("in")
            && tokens.get(j + 1).text().matches("(?i)his|her|its|their")
            && tokens.get(j + 2).text().equalsIgnoreCase("capacity")
        ? j + 3
        : j;
  }

  /** {@code Freedonia ousted John Roe}: the country right before the verb before the holder. */
  private static Optional<Located> subjectCountry(SentenceActors sa, int holderStart) {
    List<Token> tokens = sa.tokens();
    int j = holderStart - 1;
    int verbs = 0;
    while (j >= 0 && verbal(tokens.get(j)) && verbs < 3) {
      j--;
      verbs++;
    }
    if (verbs == 0 || j < 0) {
      return Optional.empty();
    }
    int end = j;
    return sa.mentions().stream()
        .filter(l -> sa.lastToken(l) == end && l.entity().type() == EntityType.COUNTRY)
        .findFirst();
  }
}
