package org.actorgraph.relate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.actorgraph.lexicon.EntityType;

/**
 * The learned relation classifier: an OpenNLP maxent model over {@link RelationFeatures}, trained
 * by {@code actorgraph train-relations} (see models/README.md). Thread-safe (evaluation only).
 */
public final class RelationModel {

  /** Where the standard model lives on the class path. */
  public static final String RESOURCE = "/org/actorgraph/models/en-relations-actorgraph.bin";

  private final MaxentModel model;

  /** The model's maxent model, for measuring it. */
  public MaxentModel maxent() {
    return model;
  }

  public RelationModel(MaxentModel model) {
    this.model = model;
  }

  /**
   * The best relation and its probability.
   *
   * @param relation the most probable outcome other than none
   * @param probability its probability
   */
  public record Prediction(LearnedRelation relation, double probability) {}

  /** The standard model, or empty when the class path has none. */
  public static Optional<RelationModel> fromClassPath() {
    InputStream in = RelationModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    try (InputStream stream = new BufferedInputStream(in)) {
      return Optional.of(
          new RelationModel(new GenericModelReader(new BinaryFileDataReader(stream)).getModel()));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read relation model", e);
    }
  }

  /**
   * The most probable relation other than none for {@code features}, among those {@link
   * LearnedRelation#allows} from {@code first} to {@code second}.
   */
  public Prediction predict(String[] features, EntityType first, EntityType second) {
    double[] probs = model.eval(features);
    LearnedRelation best = LearnedRelation.NONE;
    double p = 0;
    for (int i = 0; i < probs.length; i++) {
      Optional<LearnedRelation> r = LearnedRelation.ofOutcome(model.getOutcome(i));
      if (r.isPresent()
          && r.get() != LearnedRelation.NONE
          && r.get().allows(first, second)
          && probs[i] > p) {
        p = probs[i];
        best = r.get();
      }
    }
    return new Prediction(best, p);
  }
}
