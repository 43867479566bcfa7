package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;

/**
 * Visits read off a parse: a person who is in, arrives in or travels to a country other than their
 * own ({@code Freedonian President A was in Port Aster, Sylvania}), or who comes there to attend a
 * gathering ({@code A flew to Sylvania for the Union summit}), visits it (CAMEO 04, codebook 042
 * Make a visit). The verbs of presence are data ({@code clause-words.tsv}, class presence).
 */
final class Visits {

  /** A visitor and the country they visit. */
  record Visit(ActorPhrase visitor, ActorPhrase country) {}

  /** Prepositions of a verb of presence that name where its subject is. */
  private static final Set<String> PRESENCE_PREPS = Set.of("in", "to", "into", "at");

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final Function<ActorPhrase, Set<Entity>> officesOf;

  /**
   * @param officesOf the countries and bodies a person's phrase or the article ties them to
   */
  Visits(ParsedActors actors, ParsedClauses clauses, Function<ActorPhrase, Set<Entity>> officesOf) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.officesOf = officesOf;
  }

  /**
   * {@code Freedonian President A was in Port Aster, Sylvania}, {@code A arrived in Sylvania},
   * {@code A flew to Sylvania's capital}, {@code A met B in Port Aster, Sylvania}: a person who
   * holds an office of one country and is in another, or meets someone there, visits it (CAMEO 04,
   * codebook 042). After a verb of meeting the place may hang on its object ({@code met B in X},
   * {@code held talks in X}). The place is the country itself, a capital standing for it, or a
   * place written with its country; a person with no known office of another country (a traveller,
   * a resident) visits no one unless the clause says they came for a gathering. A country's
   * officials named by their title alone ({@code Freedonia's foreign minister}) visit for it.
   */
  List<Visit> at(int v) {
    List<ActorPhrase> visitors =
        clauses.subject(v).phrases().stream()
            .filter(p -> p.head().type() == EntityType.PERSON || official(p))
            .toList();
    List<Visit> out = new ArrayList<>();
    if (visitors.isEmpty()) {
      return out;
    }
    boolean presence = DependencyWords.presence(tree.lemma(v));
    List<Integer> preps = new ArrayList<>(tree.children(v));
    int o = tree.child(v, "dobj");
    if (!presence && o >= 0 && metThere(o)) {
      preps.addAll(tree.children(o));
    }
    for (int prep : preps) {
      String p = word(prep);
      if (!tree.label(prep).equals("prep")
          || !(presence ? PRESENCE_PREPS.contains(p) : p.equals("in"))) {
        continue;
      }
      for (int place : tree.children(prep)) {
        if (tree.label(place).equals("pobj")) {
          for (int each : withConjuncts(place)) {
            placeCountry(each).ifPresent(c -> visitors.forEach(s -> visit(out, s, c, v)));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether a place after the object {@code o} of a verb of meeting says where the meeting was:
   * after whom it met ({@code met B in X}, {@code met officials in X}) or the gathering it held
   * ({@code held talks in X}); not after the topic of a consultation ({@code discussed the
   * situation in X}, {@code called B to discuss the war in X}), which names no place the subject
   * went to.
   */
  private boolean metThere(int o) {
    return !actors.actors(o).isEmpty()
        || DependencyWords.official(word(o))
        || CameoLexicon.nounCameo(word(o), tree.lemma(o))
            .filter(DependencyWords.CONSULT::equals)
            .isPresent();
  }

  /** The token and those coordinated with it: "to Egypt and Israel" is a trip to both. */
  private List<Integer> withConjuncts(int t) {
    List<Integer> out = new ArrayList<>(List.of(t));
    for (int i = 0; i < out.size(); i++) {
      for (int c : tree.children(out.get(i))) {
        if (tree.label(c).equals("conj")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private void visit(List<Visit> out, ActorPhrase visitor, ActorPhrase country, int v) {
    Set<Entity> offices =
        visitor.head().type() == EntityType.PERSON
            ? officesOf.apply(visitor)
            : Set.of(visitor.head());
    boolean abroad =
        offices.stream().anyMatch(e -> e.type() == EntityType.COUNTRY && !e.equals(country.head()));
    if ((abroad || attending(v)) && !offices.contains(country.head())) {
      out.add(new Visit(visitor, country));
    }
  }

  /**
   * {@code Freedonia's prime minister arrived in Sylvania}, {@code a Freedonian delegation flew to
   * Sylvania}: a country standing in through a noun for its officials (class official of
   * clause-words.tsv) that its phrase takes in, not through its troops or people; the phrase may be
   * the parser's (indirect) or the word-order reading's ({@link ActorPhrases}: "the Freedonian
   * president").
   */
  private boolean official(ActorPhrase p) {
    if (p.head().type() != EntityType.COUNTRY) {
      return false;
    }
    for (int t = p.first(); t <= p.last(); t++) {
      if (DependencyWords.official(word(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of a verb of presence at {@code v} says its subject came to take part in a
   * gathering ({@code A was in Port Aster, Sylvania, to attend a meeting of the Union}, {@code A
   * flew to Sylvania for talks}): a person with no office in that country who comes there for a
   * gathering visits it, as the gold codes such visits (CAMEO 04, codebook 042). Coming to host or
   * chair one says the opposite.
   */
  private boolean attending(int v) {
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      String lemma = tree.lemma(c);
      boolean takePart =
          lemma.equals("take")
              && tree.child(c, "dobj") >= 0
              && word(tree.child(c, "dobj")).equals("part");
      if ((l.equals("xcomp") || l.equals("advcl"))
          && tree.tag(c).startsWith("VB")
          && (takePart || DependencyWords.join(lemma) && !DependencyWords.broker(lemma))) {
        return true;
      }
      if (l.equals("prep") && word(c).equals("for")) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")
              && CameoLexicon.nounCameo(word(o), tree.lemma(o))
                  .filter(DependencyWords.CONSULT::equals)
                  .isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The country a place at {@code o} lies in: a country or a capital standing for it, named by
   * itself; or a country written with the place ({@code Port Aster, Sylvania}, {@code Sylvania's
   * capital}).
   */
  private Optional<ActorPhrase> placeCountry(int o) {
    Optional<ActorPhrase> self = actors.actor(o).filter(p -> !p.indirect());
    if (self.isPresent()) {
      return self.filter(p -> p.head().type() == EntityType.COUNTRY);
    }
    for (int c : tree.children(o)) {
      String l = tree.label(c);
      if (l.equals("appos") || l.equals("poss") || l.equals("npadvmod")) {
        Optional<ActorPhrase> country =
            actors.actor(c).filter(p -> !p.indirect() && p.head().type() == EntityType.COUNTRY);
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }
}
