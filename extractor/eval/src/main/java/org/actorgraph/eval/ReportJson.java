package org.actorgraph.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The JSON form of a set of scores: {@code counts}, {@code accuracy} and {@code bands}. */
final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  static ObjectNode scores(
      Map<String, Counts> counts,
      Map<String, Ratio> ratios,
      Map<String, Map<String, Ratio>> bands) {
    ObjectNode root = NODES.objectNode();
    ObjectNode c = root.putObject("counts");
    counts.forEach(
        (measure, n) -> {
          ObjectNode node =
              c.putObject(measure).put("tp", n.tp()).put("fp", n.fp()).put("fn", n.fn());
          number(node, "precision", n.precision());
          number(node, "recall", n.recall());
          number(node, "f1", n.f1());
        });
    ObjectNode a = root.putObject("accuracy");
    ratios.forEach((measure, r) -> ratio(a.putObject(measure), r));
    ObjectNode b = root.putObject("bands");
    bands.forEach(
        (measure, table) -> {
          ObjectNode node = b.putObject(measure);
          table.forEach((band, r) -> ratio(node.putObject(band), r));
        });
    return root;
  }

  private static void ratio(ObjectNode node, Ratio r) {
    node.put("hits", r.hits()).put("total", r.total());
    number(node, "value", r.value());
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
