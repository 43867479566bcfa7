package org.actorgraph.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import org.actorgraph.relate.LearnedRelation;
import org.actorgraph.relate.RelationModel;

/** Precision, recall and F1 per relation of a relation model on labelled pairs. */
final class RelationScore {

  private RelationScore() {}

  /** A table: for each threshold, P/R/F1 per relation and micro-averaged over the four. */
  static String table(MaxentModel model, List<RelationExample> examples, double[] thresholds) {
    RelationModel relations = new RelationModel(model);
    RelationModel.Prediction[] predictions = new RelationModel.Prediction[examples.size()];
    for (int i = 0; i < predictions.length; i++) {
      RelationExample e = examples.get(i);
      predictions[i] =
          relations.predict(e.features().toArray(String[]::new), e.first(), e.second());
    }
    StringBuilder out = new StringBuilder("threshold relation  P  R  F1 (tp/predicted/gold)\n");
    for (double t : thresholds) {
      Map<LearnedRelation, int[]> counts = new EnumMap<>(LearnedRelation.class);
      for (LearnedRelation r : LearnedRelation.values()) {
        counts.put(r, new int[3]);
      }
      for (int i = 0; i < predictions.length; i++) {
        LearnedRelation gold = examples.get(i).gold();
        LearnedRelation guess =
            predictions[i].probability() >= t ? predictions[i].relation() : LearnedRelation.NONE;
        counts.get(gold)[2]++;
        counts.get(guess)[1]++;
        if (gold == guess) {
          counts.get(gold)[0]++;
        }
      }
      int[] micro = new int[3];
      for (LearnedRelation r : LearnedRelation.values()) {
        if (r == LearnedRelation.NONE) {
          continue;
        }
        int[] c = counts.get(r);
        for (int k = 0; k < 3; k++) {
          micro[k] += c[k];
        }
        out.append(row(t, r.outcome(), c));
      }
      out.append(row(t, "all", micro));
    }
    return out.toString();
  }

  private static String row(double threshold, String name, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(
        Locale.ROOT,
        "%.1f %-10s %.3f %.3f %.3f (%d/%d/%d)%n",
        threshold,
        name,
        p,
        r,
        f,
        c[0],
        c[1],
        c[2]);
  }
}
