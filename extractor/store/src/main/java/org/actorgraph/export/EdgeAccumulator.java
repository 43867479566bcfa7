package org.actorgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.actorgraph.text.DateInterval;

/** Gathers facts into edges: one per source, target, kind and CAMEO root. */
final class EdgeAccumulator {

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::source)
          .thenComparing(Key::target)
          .thenComparing(Key::kind)
          .thenComparing(k -> Objects.requireNonNullElse(k.cameo(), ""));

  private final Map<Key, Totals> totals = new HashMap<>();

  void add(RelationKind kind, NetworkReader.FactRow fact, DateInterval days) {
    Key key = new Key(fact.source(), fact.target(), kind, fact.cameo());
    totals.computeIfAbsent(key, k -> new Totals()).add(fact.confidence(), days);
  }

  /** The edges, sorted, with ids {@code e1}, {@code e2}, ... in that order. */
  List<RelationEdge> edges() {
    List<Key> keys = new ArrayList<>(totals.keySet());
    keys.sort(ORDER);
    List<RelationEdge> out = new ArrayList<>(keys.size());
    for (Key k : keys) {
      Totals t = totals.get(k);
      out.add(
          new RelationEdge(
              "e" + (out.size() + 1),
              k.source(),
              k.target(),
              k.kind(),
              k.cameo(),
              CameoLabels.edgeLabel(k.kind(), k.cameo()),
              t.facts,
              t.confidence,
              t.days == null ? null : t.days.start(),
              t.days == null ? null : t.days.end()));
    }
    return out;
  }

  private record Key(String source, String target, RelationKind kind, String cameo) {}

  private static final class Totals {
    int facts;
    double confidence;
    DateInterval days;

    void add(double c, DateInterval d) {
      facts++;
      confidence = Math.max(confidence, c);
      days = d == null ? days : d.span(days);
    }
  }
}
