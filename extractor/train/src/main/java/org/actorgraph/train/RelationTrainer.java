package org.actorgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.relate.LearnedRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the learned relation classifier (OpenNLP maxent over {@link RelationExample}s from
 * Re-DocRED), measures it on held-out documents per relation and over a range of probability
 * thresholds, then retrains on every document and writes the model.
 */
public final class RelationTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(RelationTrainer.class);

  /** The thresholds measured on the held-out documents. */
  static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  /**
   * What to train.
   *
   * @param corpus the Re-DocRED folder
   * @param cache where parsed corpus sentences are kept between runs
   * @param output where the model is written (nothing is written when null)
   * @param heldOut the fraction of documents held out
   * @param seed the shuffle seed
   * @param iterations maxent iterations
   * @param cutoff feature cutoff
   */
  public record Config(
      Path corpus,
      Path cache,
      Path output,
      double heldOut,
      long seed,
      int iterations,
      int cutoff) {}

  private RelationTrainer() {}

  /** Trains, measures and writes; returns the report as text. */
  public static String train(Config config) {
    Map<String, List<RelationExample>> byDocument;
    try (ParseCache parses = new ParseCache(Nlp4jDependencyParser.standard(), config.cache())) {
      byDocument = new ReDocRedRelations(Gazetteer.standard(), parses).read(config.corpus());
    }
    List<TrainingDocument> ids =
        byDocument.keySet().stream().map(id -> new TrainingDocument(id, List.of())).toList();
    DocumentSplit split = DocumentSplit.of(ids, config.heldOut(), config.seed());
    List<RelationExample> training = examples(byDocument, split.training());
    List<RelationExample> heldOut = examples(byDocument, split.heldOut());
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Re-DocRED: %d documents, %d candidate pairs; held out %d documents (%d pairs, seed %d)%n",
            ids.size(),
            training.size() + heldOut.size(),
            split.heldOut().size(),
            heldOut.size(),
            config.seed()));
    report.append("gold pairs: ").append(goldCounts(training, heldOut)).append('\n');
    long start = System.nanoTime();
    MaxentModel model = fit(training, config);
    report.append(
        String.format(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9));
    report.append(RelationScore.table(model, heldOut, THRESHOLDS));
    if (config.output() != null) {
      List<RelationExample> all = new ArrayList<>(training);
      all.addAll(heldOut);
      AbstractModel full = (AbstractModel) fit(all, config);
      write(full, config.output());
      report.append("model (trained on all documents) written to ").append(config.output());
    }
    return report.toString();
  }

  private static String goldCounts(List<RelationExample> training, List<RelationExample> heldOut) {
    Map<LearnedRelation, int[]> counts = new EnumMap<>(LearnedRelation.class);
    for (RelationExample e : training) {
      counts.computeIfAbsent(e.gold(), k -> new int[2])[0]++;
    }
    for (RelationExample e : heldOut) {
      counts.computeIfAbsent(e.gold(), k -> new int[2])[1]++;
    }
    StringBuilder s = new StringBuilder();
    counts.forEach(
        (r, c) ->
            s.append(r.outcome()).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
    return s.append("(training/held out)").toString();
  }

  private static List<RelationExample> examples(
      Map<String, List<RelationExample>> byDocument, List<TrainingDocument> documents) {
    List<RelationExample> out = new ArrayList<>();
    for (TrainingDocument d : documents) {
      out.addAll(byDocument.get(d.id()));
    }
    return out;
  }

  static MaxentModel fit(List<RelationExample> examples, Config config) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 2);
    List<Event> events =
        examples.stream()
            .map(e -> new Event(e.gold().outcome(), e.features().toArray(String[]::new)))
            .toList();
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("relation training failed", e);
    }
  }

  private static void write(AbstractModel model, Path output) {
    try {
      if (output.getParent() != null) {
        Files.createDirectories(output.getParent());
      }
      new GenericModelWriter(model, output.toFile()).persist();
      LOG.info("wrote {} ({} bytes)", output, Files.size(output));
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": cannot write model", e);
    }
  }
}
