package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.AgreementForm;
import org.actorgraph.relate.Fact.AgreementKind;
import org.actorgraph.relate.Fact.AgreementStatus;
import org.actorgraph.resolve.Entity;

/**
 * Joins the statements of agreements into agreements: a statement joins an earlier agreement when
 * they share two parties, or when it refers back ("the accord", or a name with no parties of its
 * own) and shares a party or names none. People who hold office in two different countries stand
 * for their countries ("Putin and Kim signed" is Russia and North Korea); otherwise they stay
 * parties in their own name (a president's alliance with a businessman). A merged agreement takes
 * the status of its most advanced statement, also one that refers back to it by a name of its own
 * ("the comprehensive treaty", not a bare "the deal", which may refer to another), and that
 * statement's date, but a date when something was done beats a date when it was reported; it keeps
 * every statement's stage ({@link Fact.AgreementStage}). An agreement needs two parties, unless the
 * text calls it by its proper name: "Sylvania ratified the Port Aster Accord" is Sylvania's act on
 * a treaty whose other parties it leaves unsaid; or names its other side by what they are rather
 * than as an actor: "the nuclear deal between Iran and world powers".
 */
final class AgreementStatements {

  /**
   * One sentence's statement of an agreement; {@code standsAlone} when one party is enough for it
   * (its proper name, or a side named by no actor: {@link #loneParty}); {@code listed} when its
   * sentence lists it beside another agreement ({@link AgreementPhrases#listed}), which it is not.
   */
  record Statement(
      List<String> names,
      AgreementForm form,
      AgreementKind kind,
      AgreementStatus status,
      List<Entity> parties,
      Optional<String> date,
      boolean dateReported,
      double confidence,
      List<Evidence> evidence,
      boolean anaphoric,
      boolean named,
      boolean standsAlone,
      boolean listed,
      Set<Set<Entity>> apart,
      List<Fact.AgreementStage> joined) {

    Statement {
      apart = Set.copyOf(apart);
      joined = List.copyOf(joined);
    }

    /**
     * The stages the agreement went through as the statements joined into this one tell them: its
     * own status, date and evidence when no other was joined to it.
     */
    List<Fact.AgreementStage> stages() {
      return joined.isEmpty() ? List.of(new Fact.AgreementStage(status, date, evidence)) : joined;
    }

    Statement withParties(List<Entity> p) {
      return with(p, apart, listed);
    }

    /** This statement with the pairs of parties that deal only with others. */
    Statement withApart(Set<Set<Entity>> pairs) {
      return with(parties, pairs, listed);
    }

    /** This statement as one its sentence lists beside another agreement. */
    Statement asListed() {
      return with(parties, apart, true);
    }

    private Statement with(List<Entity> p, Set<Set<Entity>> pairs, boolean isListed) {
      return new Statement(
          names,
          form,
          kind,
          status,
          p,
          date,
          dateReported,
          confidence,
          evidence,
          anaphoric,
          named,
          standsAlone,
          isListed,
          pairs,
          joined);
    }

    /** Whether this statement has both of {@code pair} as parties dealing with each other. */
    boolean together(Set<Entity> pair) {
      return parties.containsAll(pair) && !apart.contains(pair);
    }
  }

  private AgreementStatements() {}

  /**
   * Each person's country, from positions held in a country, and each government body's country,
   * from part-of facts ("the Hungarian Parliament ratified" is Hungary ratifying); a person with no
   * office in a country but one in an international organisation stands for that organisation
   * ("Azerbaijan's President Aliyev and European Commission President von der Leyen signed" is
   * Azerbaijan and the Commission). Offices in companies and other bodies are not taken: a
   * businessman who signs may do so in his own name.
   */
  static Map<Entity, Entity> countries(List<Fact> facts) {
    Map<Entity, Entity> out = new HashMap<>();
    Map<Entity, Entity> bodies = new HashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p
          && p.status() == Fact.RoleStatus.CURRENT
          && p.organisation().type() == EntityType.COUNTRY) {
        out.putIfAbsent(p.holder(), p.organisation());
      } else if (f instanceof Fact.Position p
          && p.status() == Fact.RoleStatus.CURRENT
          && international(p.organisation())) {
        bodies.putIfAbsent(p.holder(), p.organisation());
      } else if (f instanceof Fact.PartOf p && p.whole().type() == EntityType.COUNTRY) {
        out.putIfAbsent(p.part(), p.whole());
      }
    }
    bodies.forEach(out::putIfAbsent);
    return out;
  }

  /** Whether {@code e} is an international organisation (the Union, a development bank). */
  static boolean international(Entity e) {
    return e.subtype().filter(EntitySubtype.INTERNATIONAL_ORGANISATION.label()::equals).isPresent();
  }

  /**
   * @param mainActors the article's two main countries, or none: an agreement the text names by a
   *     title ("the Treaty of Alliance") or says was signed, with no second party stated anywhere,
   *     is between them when it names no other party
   */
  static List<Fact> merge(
      List<Statement> statements, Map<Entity, Entity> countries, List<Entity> mainActors) {
    List<Statement> merged = new ArrayList<>();
    for (Statement raw : statements) {
      Statement s =
          likePrevious(
              ownSidesApart(raw.withParties(asCountries(raw.parties(), countries)), countries),
              merged);
      int same = sameNoun(merged, s);
      for (int i = merged.size() - 1; i >= 0 && same < 0; i--) {
        if (joins(merged.get(i), s)) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(s);
      } else {
        merged.set(same, join(merged.get(same), s));
      }
    }
    // Agreements given the main actors join one another when stated in one sentence ("reached a
    // consensus, according to a joint statement"); the others stand as they are.
    List<Statement> filled = new ArrayList<>();
    List<Statement> given = new ArrayList<>();
    for (Statement stated : merged) {
      Statement s = withMainActors(stated, mainActors);
      if (s == stated) {
        filled.add(s);
        continue;
      }
      int same = -1;
      for (int i = 0; i < given.size() && same < 0; i++) {
        if (sameSentence(given.get(i), s) && !s.listed()) {
          same = i;
        }
      }
      if (same >= 0) {
        given.set(same, join(given.get(same), s));
      } else {
        given.add(s);
      }
    }
    filled.addAll(given);
    List<Fact> out = new ArrayList<>();
    for (Statement s : filled) {
      if (s.parties().size() >= 2 || loneParty(s)) {
        double confidence = Math.min(0.9, s.confidence() + 0.05 * (s.evidence().size() - 1));
        out.add(
            new Fact.Agreement(
                s.names(),
                s.form(),
                s.kind(),
                s.status(),
                s.parties(),
                s.date(),
                confidence,
                s.evidence(),
                s.apart(),
                s.stages()));
      }
    }
    return out;
  }

  /**
   * {@code A and B announced an agreement in a joint statement ... C severed relations with A in
   * 2016 ... The tripartite statement said}: a statement that refers back by a noun of its own, not
   * a generic "the deal", means the agreement earlier called by that noun, even when another it
   * could join was stated in between; the latest such one, or -1 when none was.
   */
  private static int sameNoun(List<Statement> merged, Statement s) {
    if (!s.anaphoric() || generic(s)) {
      return -1;
    }
    Set<String> nouns = nouns(s);
    for (int i = merged.size() - 1; i >= 0; i--) {
      Statement m = merged.get(i);
      if (!Collections.disjoint(nouns, nouns(m)) && joins(m, s)) {
        return i;
      }
    }
    return -1;
  }

  /** The head nouns of a statement's names, singular: "joint statement" gives "statement". */
  private static Set<String> nouns(Statement s) {
    Set<String> out = new HashSet<>();
    for (String n : s.names()) {
      String head = n.substring(n.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      out.add(
          head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head);
    }
    return out;
  }

  private static final Set<AgreementStatus> CONCLUDED =
      Set.of(AgreementStatus.SIGNED, AgreementStatus.RATIFIED, AgreementStatus.IN_FORCE);

  /**
   * Whether a statement with one party stands as an agreement: the text calls the agreement by its
   * proper name, or names its other side by a common noun ("with world powers"), and says the party
   * did something to it (signed, ratified, joined it, is bound by it, left it); one that only
   * endorses, cites or threatens to leave it is not shown a party.
   */
  private static boolean loneParty(Statement s) {
    return s.parties().size() == 1
        && s.standsAlone()
        && (CONCLUDED.contains(s.status()) || s.status() == AgreementStatus.ENDED);
  }

  private static Statement withMainActors(Statement s, List<Entity> mainActors) {
    if (s.parties().size() >= 2
        || mainActors.isEmpty()
        || !mainActors.containsAll(s.parties())
        || !(titled(s) || CONCLUDED.contains(s.status()))) {
      return s;
    }
    return s.withParties(mainActors);
  }

  /** Whether one of its names is a title: "Treaty of Alliance", "the Port Aster Accord". */
  private static boolean titled(Statement s) {
    return s.names().stream()
        .anyMatch(n -> n.matches("(?:[A-Z][\\w-]*(?: of| on| for)? )+[A-Z]\\w*"));
  }

  /**
   * {@code A dropped its objection to Sylvania's accession after talks with Sylvanian Prime
   * Minister Jane Doe}: a person left a party in their own name ({@link #asCountries}) beside the
   * country they hold office in is that country's side, not its partner; the pair is kept apart, so
   * that the country is not read as cooperating with its own office holder.
   */
  private static Statement ownSidesApart(Statement s, Map<Entity, Entity> countries) {
    Set<Set<Entity>> apart = new HashSet<>(s.apart());
    for (Entity e : s.parties()) {
      Entity own = countries.get(e);
      if (e.type() == EntityType.PERSON && own != null && s.parties().contains(own)) {
        apart.add(Set.of(e, own));
      }
    }
    return apart.size() == s.apart().size() ? s : s.withApart(apart);
  }

  private static List<Entity> asCountries(List<Entity> parties, Map<Entity, Entity> countries) {
    Set<Entity> states = new LinkedHashSet<>();
    for (Entity e : parties) {
      if (e.type() == EntityType.COUNTRY || international(e)) {
        states.add(e);
      } else if (countries.containsKey(e)) {
        states.add(countries.get(e));
      }
    }
    if (states.size() < 2) {
      return parties;
    }
    Set<Entity> out = new LinkedHashSet<>();
    for (Entity e : parties) {
      out.add(countries.getOrDefault(e, e));
    }
    out.removeIf(e -> e.type() == EntityType.PERSON);
    return List.copyOf(out);
  }

  private static boolean joins(Statement a, Statement b) {
    if (sameSentence(a, b) && (another(b) || b.listed())) {
      // "a defence pact and a trade deal": a second agreement stated beside the first
      return false;
    }
    if (relations(a) != relations(b) && a.kind() != b.kind() && !(b.anaphoric() && generic(b))
        || endedBefore(a, b)
        || endedBefore(b, a)) {
      return false;
    }
    boolean kinds =
        a.kind() == b.kind() || a.kind() == AgreementKind.OTHER || b.kind() == AgreementKind.OTHER;
    long shared = b.parties().stream().filter(a.parties()::contains).count();
    if (shared >= 2 && (kinds || b.anaphoric() && generic(b))) {
      return true;
    }
    boolean refersBack = b.anaphoric() || b.named() && b.parties().size() < 2;
    return refersBack && kinds && (shared >= 1 || b.parties().isEmpty());
  }

  /**
   * Whether a statement is of diplomatic relations ("restored diplomatic ties", "an agreement to
   * normalise relations"): relations between two states are an accord of their own, which an
   * agreement of another kind between the same states (trade, cooperation) does not join; "the
   * agreement" referring back still may.
   */
  private static boolean relations(Statement s) {
    return s.names().stream().anyMatch(n -> n.matches("(?s).*\\b(relations|ties)"));
  }

  /**
   * Whether {@code ended} says an agreement ended before {@code other} was made: "severed relations
   * in 2016" is an earlier accord than the one restoring them in 2023, not that one's end.
   */
  private static boolean endedBefore(Statement other, Statement ended) {
    if (ended.status() != AgreementStatus.ENDED
        || other.status() == AgreementStatus.ENDED
        || ended.date().isEmpty()
        || other.date().isEmpty()) {
      return false;
    }
    String end = ended.date().get();
    String made = other.date().get();
    int n = Math.min(end.length(), made.length());
    return end.substring(0, n).compareTo(made.substring(0, n)) < 0;
  }

  /**
   * Whether {@code b} is stated in a sentence that already states {@code a}: there, an agreement
   * that calls itself another ("the accord also covers a separate fisheries deal") stays apart.
   */
  private static boolean sameSentence(Statement a, Statement b) {
    for (Evidence e : b.evidence()) {
      for (Evidence f : a.evidence()) {
        if (e.sentence() == f.sentence()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "a separate fisheries deal", "another accord": a name that says it is a second agreement. */
  private static boolean another(Statement s) {
    return s.names().stream()
        .anyMatch(
            n ->
                n.toLowerCase(java.util.Locale.ROOT)
                    .matches("(separate|another|second|additional|further|other) .*"));
  }

  /**
   * "equivalent pacts", "similar agreements", "such deals": an agreement of unstated kind that
   * compares itself to the one before takes that one's kind.
   */
  private static Statement likePrevious(Statement s, List<Statement> before) {
    boolean compared =
        s.names().stream()
            .anyMatch(
                n -> n.toLowerCase(java.util.Locale.ROOT).matches("(equivalent|similar|such) .*"));
    if (s.kind() != AgreementKind.OTHER || !compared || before.isEmpty()) {
      return s;
    }
    return new Statement(
        s.names(),
        s.form(),
        before.get(before.size() - 1).kind(),
        s.status(),
        s.parties(),
        s.date(),
        s.dateReported(),
        s.confidence(),
        s.evidence(),
        s.anaphoric(),
        s.named(),
        s.standsAlone(),
        s.listed(),
        s.apart(),
        s.joined());
  }

  /**
   * Whether a statement names its agreement only by a generic word ("the deal", "the agreement"),
   * which may refer back to any agreement, unlike "the purchase" or "the admission".
   */
  private static boolean generic(Statement s) {
    return s.names().stream()
        .allMatch(
            n ->
                n.toLowerCase(java.util.Locale.ROOT)
                    .matches("(the )?(agreement|deal|pact|accord|treaty|document|arrangement)s?"));
  }

  private static Statement join(Statement a, Statement b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    Set<Entity> parties = new LinkedHashSet<>(a.parties());
    if (a.parties().size() < 2 || !b.anaphoric()) {
      parties.addAll(b.parties());
    }
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.addAll(b.evidence());
    // a statement that refers back by a name of its own ("the comprehensive treaty"), not by a
    // bare "the deal", which may mean another, tells a later stage of the same agreement
    boolean bStatus = b.status().ordinal() > a.status().ordinal() && !(b.anaphoric() && generic(b));
    Statement first = bStatus ? b : a;
    Statement second = bStatus ? a : b;
    Statement dated =
        first.date().isEmpty()
                || first.dateReported() && second.date().isPresent() && !second.dateReported()
            ? second
            : first;
    return new Statement(
        List.copyOf(names),
        a.form() != AgreementForm.AGREEMENT ? a.form() : b.form(),
        a.kind() != AgreementKind.OTHER ? a.kind() : b.kind(),
        bStatus ? b.status() : a.status(),
        List.copyOf(parties),
        dated.date(),
        dated.dateReported(),
        Math.max(a.confidence(), b.confidence()),
        evidence,
        a.anaphoric(),
        a.named() || b.named(),
        a.standsAlone() || b.standsAlone(),
        a.listed(),
        apart(a, b),
        Stream.concat(a.stages().stream(), b.stages().stream()).toList());
  }

  /**
   * The pairs of parties that one statement keeps apart and the other does not state together: "A
   * has a pact with B and C" stays apart for B and C unless another statement has them sign.
   */
  private static Set<Set<Entity>> apart(Statement a, Statement b) {
    Set<Set<Entity>> out = new HashSet<>();
    a.apart().stream().filter(p -> !b.together(p)).forEach(out::add);
    b.apart().stream().filter(p -> !a.together(p)).forEach(out::add);
    return out;
  }
}
