package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;
import org.actorgraph.text.TokenSpan;

/**
 * Adds memberOf, partOf and locatedIn facts that the learned {@link RelationModel} finds between
 * two actors of one sentence to the facts of the rule finders it wraps. Not wired into the standard
 * pipeline: on the dev sets it added true locations on one set but a false one on another
 * (models/README.md), so it waits for a better model.
 *
 * <p>Policy: the rules go first, and their facts are kept as they are. The classifier is asked only
 * about ordered pairs of entities of one sentence that {@link RelationFeatures#candidate} allows
 * and that no rule fact (position, membership, part or location) already relates in either
 * direction; it adds a fact when its most probable relation other than none reaches the threshold
 * (standard: {@link #THRESHOLD}), chosen on held-out Re-DocRED documents (models/README.md), with
 * that probability as the fact's confidence. Positions are left to the rules (precision 0.91-1.00
 * on the dev sets; the classifier's positions added only false ones there, and a position also
 * needs a role). A location is not added when the gazetteer puts the located place or organisation
 * in another country.
 */
public final class LearnedRelationFinder implements RelationFinder {

  /**
   * The standard threshold: the lowest of 0.3, 0.4, ... 0.9 at which the classifier's precision on
   * held-out Re-DocRED documents reaches 0.7 (0.742 at 0.8; models/README.md).
   */
  public static final double THRESHOLD = 0.8;

  private final RelationFinder rules;
  private final DependencyParser parser;
  private final RelationModel model;
  private final Gazetteer gazetteer;
  private final double threshold;

  public LearnedRelationFinder(
      RelationFinder rules,
      DependencyParser parser,
      RelationModel model,
      Gazetteer gazetteer,
      double threshold) {
    this.rules = rules;
    this.parser = parser;
    this.model = model;
    this.gazetteer = gazetteer;
    this.threshold = threshold;
  }

  /** {@code rules} alone when the class path has no model; otherwise the standard finder. */
  public static RelationFinder standard(
      RelationFinder rules, DependencyParser parser, Gazetteer gazetteer) {
    return RelationModel.fromClassPath()
        .<RelationFinder>map(m -> new LearnedRelationFinder(rules, parser, m, gazetteer, THRESHOLD))
        .orElse(rules);
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>(rules.find(article));
    Set<String> related = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Position p) {
        relate(related, p.holder(), p.organisation());
      } else if (f instanceof Fact.Membership m) {
        relate(related, m.member(), m.organisation());
      } else if (f instanceof Fact.PartOf p) {
        relate(related, p.part(), p.whole());
      } else if (f instanceof Fact.LocatedIn l) {
        relate(related, l.located(), l.location());
      }
    }
    List<Fact> added = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      List<Located> mentions = actors(article, s);
      if (mentions.size() >= 2 && hasCandidate(mentions, related)) {
        classify(s, mentions, related, added);
      }
    }
    added.removeIf(f -> seatedElsewhere(article, f));
    facts.addAll(added);
    return facts;
  }

  private void classify(Sentence s, List<Located> mentions, Set<String> related, List<Fact> added) {
    DependencyTree tree = parser.parse(s);
    Map<Located, TokenSpan> spans = new LinkedHashMap<>();
    for (Located l : mentions) {
      int start = s.tokenAt(l.mention().span().start());
      int end = s.tokenAt(l.mention().span().end());
      if (end > start && end <= tree.size()) {
        spans.put(l, new TokenSpan(start, end));
      }
    }
    for (var a : spans.entrySet()) {
      for (var b : spans.entrySet()) {
        Entity first = a.getKey().entity();
        Entity second = b.getKey().entity();
        if (first.equals(second)
            || !RelationFeatures.candidate(first.type(), second.type())
            || related.contains(pair(first, second))) {
          continue;
        }
        RelationModel.Prediction p =
            model.predict(
                RelationFeatures.of(tree, a.getValue(), first.type(), b.getValue(), second.type()),
                first.type(),
                second.type());
        if (p.probability() < threshold) {
          continue;
        }
        Optional<Fact> fact = fact(p, first, second, s);
        if (fact.isPresent()) {
          added.add(fact.get());
          relate(related, first, second);
        }
      }
    }
  }

  private Optional<Fact> fact(RelationModel.Prediction p, Entity first, Entity second, Sentence s) {
    List<Evidence> evidence = List.of(new Evidence(s.index(), s.span()));
    double confidence = p.probability();
    return switch (p.relation()) {
      case POSITION, NONE -> Optional.empty();
      case MEMBER_OF -> Optional.of(new Fact.Membership(first, second, confidence, evidence));
      case PART_OF ->
          Optional.of(
              second.type() == EntityType.COUNTRY
                  ? BodyOwners.ofCountry(
                      first, second, first.subtype().orElse(""), confidence, evidence)
                  : new Fact.PartOf(first, second, confidence, evidence));
      case LOCATED_IN ->
          contradicted(first, second)
              ? Optional.empty()
              : Optional.of(new Fact.LocatedIn(first, second, confidence, evidence));
    };
  }

  /**
   * Whether a fact puts an organisation in a country while the words give it a seat outside it
   * ({@link WrittenSeats}: "the Port Aster-based Sylvanian Observatory").
   */
  private boolean seatedElsewhere(ResolvedArticle article, Fact f) {
    Entity part;
    Entity whole;
    if (f instanceof Fact.PartOf p) {
      part = p.part();
      whole = p.whole();
    } else if (f instanceof Fact.LocatedIn l) {
      part = l.located();
      whole = l.location();
    } else {
      return false;
    }
    Optional<String> iso = whole.isoCode();
    return part.type() == EntityType.ORGANISATION
        && whole.type() == EntityType.COUNTRY
        && WrittenSeats.elsewhere(
            article,
            part,
            e ->
                e.equals(whole)
                    || iso.isPresent()
                        && e.wikidata()
                            .flatMap(gazetteer::byWikidata)
                            .flatMap(GazetteerEntry::country)
                            .filter(c -> c.equalsIgnoreCase(iso.get()))
                            .isPresent());
  }

  /** Whether the gazetteer puts {@code located} in a country other than {@code location}. */
  private boolean contradicted(Entity located, Entity location) {
    if (location.type() != EntityType.COUNTRY || location.isoCode().isEmpty()) {
      return false;
    }
    Optional<String> country =
        located.wikidata().flatMap(gazetteer::byWikidata).flatMap(GazetteerEntry::country);
    return country.isPresent() && !country.get().equalsIgnoreCase(location.isoCode().get());
  }

  /** The mentions of entities in {@code s}, one per span, when two or more entities are named. */
  private static List<Located> actors(ResolvedArticle article, Sentence s) {
    List<Located> within = article.mentionsWithin(s.span());
    if (within.size() < 2) {
      return List.of();
    }
    Set<Entity> distinct = new HashSet<>();
    for (Located l : within) {
      distinct.add(l.entity());
    }
    return distinct.size() >= 2 ? within : List.of();
  }

  private static boolean hasCandidate(List<Located> mentions, Set<String> related) {
    for (Located a : mentions) {
      for (Located b : mentions) {
        if (!a.entity().equals(b.entity())
            && RelationFeatures.candidate(a.entity().type(), b.entity().type())
            && !related.contains(pair(a.entity(), b.entity()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void relate(Set<String> related, Entity a, Entity b) {
    related.add(pair(a, b));
    related.add(pair(b, a));
  }

  private static String pair(Entity a, Entity b) {
    return a.iri() + " " + b.iri();
  }
}
