package org.actorgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one article's extraction against its gold file, following the rules of {@code
 * /work/shared/eval/README.md}; {@link EvaluationReport} sums the counts over articles
 * (micro-average).
 *
 * <p>Measures (keys of {@link ArticleScore}): {@code entities} and {@code entities/TYPE}; {@code
 * relations/loose}, {@code relations/strict} and per predicate; {@code agreements} and per-field
 * {@code agreements/parties} (counts), {@code agreements/kind}, {@code agreements/status}, {@code
 * agreements/date} (accuracy); {@code quotes} and {@code quotes/speaker}; {@code wikidata} and
 * {@code wikidata/TYPE}; and precision per confidence band for {@code entities}, {@code
 * relations/strict} and {@code agreements}.
 *
 * <p>Interpretations, where the README is not explicit (details in the classes named):
 *
 * <ul>
 *   <li>Every matching (entities, relations, agreements, quotes) is one to one and maximum, so each
 *       gold item and each extracted item is matched at most once and an extracted duplicate of a
 *       matched item is a false positive ({@link BipartiteMatcher}). Among equally good matchings,
 *       surer extracted items (higher confidence) are placed first.
 *   <li>Normalisation drops punctuation without leaving a space and drops only a leading word
 *       "the"; symbols such as {@code $} are kept ({@link Names}).
 *   <li>Relation ends, agreement parties and quote speakers match through the entity matching: the
 *       extracted entity must be the one matched to the gold entity; an extracted end that is not a
 *       matched entity never matches.
 *   <li>Loose relations merge items with the same predicate and ends (for any predicate, not only
 *       interactions); strict ones merge exact repeats and symmetric reversals. The role check is a
 *       case-insensitive substring test ({@link RelationScorer}).
 *   <li>"Shared content word" means a shared normalised word that is not an English function word,
 *       compared whole ({@link Names#contentWords}). Agreement fields are scored on matched pairs
 *       only; the party sets give micro-summed counts; kind, status and date are exact ({@link
 *       AgreementScorer}).
 *   <li>A quote matches when the normalised text starts with the normalised gold words at a word
 *       boundary ({@link QuoteScorer}).
 *   <li>Wikidata ids compare ignoring case and surrounding space; a matched entity whose gold has
 *       an id and whose extraction has none counts as wrong.
 *   <li>{@code partial}: naming {@code entities}, {@code wikidata}, {@code relations}, {@code
 *       agreements}, {@code quotes} skips that measure; a predicate name removes that predicate
 *       from both sides of the relation scores; {@code role}, {@code cameo} drop that strict check;
 *       {@code parties}, {@code kind}, {@code status}, {@code date} skip that agreement field;
 *       {@code speaker} skips speaker accuracy. The entity matching is still made when {@code
 *       entities} is partial, since relations need it.
 *   <li>Confidence bands count the extracted items that carry a confidence (after merging, for
 *       relations); items without one are left out of the band tables only. Bands are computed on
 *       strict relations.
 *   <li>The extraction's {@code partial} and {@code date} are not used.
 * </ul>
 */
public final class Scorer {

  private final List<ConfidenceBand> bands;

  /** A scorer with the bands {@link ConfidenceBand#DEFAULT}. */
  public Scorer() {
    this(ConfidenceBand.DEFAULT);
  }

  public Scorer(List<ConfidenceBand> bands) {
    this.bands = List.copyOf(bands);
  }

  /** Scores one article: {@code extracted} against {@code gold}. */
  public ArticleScore score(EvalDocument gold, EvalDocument extracted) {
    return score(gold, extracted, Optional.empty());
  }

  /**
   * Scores one article, recording that its extraction failed (then {@code extracted} is usually
   * empty, so everything in the gold counts as missed).
   */
  public ArticleScore score(EvalDocument gold, EvalDocument extracted, Optional<String> failure) {
    ScoreSheet sheet = new ScoreSheet(bands);
    Map<String, String> extToGold = EntityScorer.score(gold, extracted, sheet);
    RelationScorer.score(gold, extracted, extToGold, sheet);
    AgreementScorer.score(gold, extracted, extToGold, sheet);
    QuoteScorer.score(gold, extracted, extToGold, sheet);
    return sheet.toScore(gold.doc(), failure);
  }
}
