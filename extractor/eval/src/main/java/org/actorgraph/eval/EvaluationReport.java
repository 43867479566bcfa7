package org.actorgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The scores of a run over several articles and their micro-averaged totals: counts and hits are
 * summed over the articles that score a measure (articles whose gold marks it partial add nothing),
 * then precision, recall, F1 and accuracies are computed from the sums.
 *
 * <p>{@link #table()} is the text the CLI prints; {@link #toJson()} the machine-readable form
 * (precision, recall, F1 and accuracies with nothing to divide by are {@code null} there, {@code -}
 * in the table).
 *
 * @param articles one score per article, in the order they were run
 */
public record EvaluationReport(List<ArticleScore> articles) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> ORDER =
      List.of(
          "entities", "relations/loose", "relations/strict", "agreements", "quotes", "wikidata");

  public EvaluationReport {
    articles = List.copyOf(articles);
  }

  /** Counts summed over articles, by measure. */
  public Map<String, Counts> counts() {
    return sum(articles.stream().map(ArticleScore::counts).toList(), Counts::plus);
  }

  /** Accuracy hits summed over articles, by measure. */
  public Map<String, Ratio> ratios() {
    return sum(articles.stream().map(ArticleScore::ratios).toList(), Ratio::plus);
  }

  /** Band precision summed over articles, by measure, then band label. */
  public Map<String, Map<String, Ratio>> bands() {
    Map<String, List<Map<String, Ratio>>> byMeasure = new LinkedHashMap<>();
    for (ArticleScore a : articles) {
      a.bands().forEach((m, t) -> byMeasure.computeIfAbsent(m, k -> new ArrayList<>()).add(t));
    }
    Map<String, Map<String, Ratio>> out = new LinkedHashMap<>();
    for (String m : sorted(byMeasure.keySet())) {
      out.put(m, sumInOrder(byMeasure.get(m), Ratio::plus));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The articles whose extraction failed, as {@code doc: reason}. */
  public List<String> failures() {
    return articles.stream()
        .filter(a -> a.failure().isPresent())
        .map(a -> a.doc() + ": " + a.failure().get())
        .toList();
  }

  /** Number of articles that had a gold file. */
  public long scoredArticles() {
    return articles.stream().filter(ArticleScore::scored).count();
  }

  /** The totals as a text table. */
  public String table() {
    return ReportTable.render(this);
  }

  /** Totals and per-article scores as JSON. */
  public ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("articles", articles.size());
    root.put("scored", scoredArticles());
    root.set("total", ReportJson.scores(counts(), ratios(), bands()));
    var list = root.putArray("perArticle");
    for (ArticleScore a : articles) {
      ObjectNode node = list.addObject().put("doc", a.doc()).put("scored", a.scored());
      a.failure().ifPresent(f -> node.put("failure", f));
      node.setAll(ReportJson.scores(a.counts(), a.ratios(), a.bands()));
    }
    return root;
  }

  /** {@link #toJson()} as text. */
  public String toJsonString() {
    try {
      return JSON.writeValueAsString(toJson()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  /** Writes {@link #toJson()} to a file. */
  public void writeJson(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Files.writeString(file, toJsonString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + file, e);
    }
  }

  private static <V> Map<String, V> sum(List<Map<String, V>> maps, BinaryOperator<V> plus) {
    Map<String, V> total = sumInOrder(maps, plus);
    Map<String, V> out = new LinkedHashMap<>();
    sorted(total.keySet()).forEach(k -> out.put(k, total.get(k)));
    return Collections.unmodifiableMap(out);
  }

  private static <V> Map<String, V> sumInOrder(List<Map<String, V>> maps, BinaryOperator<V> plus) {
    Map<String, V> total = new LinkedHashMap<>();
    maps.forEach(m -> m.forEach((k, v) -> total.merge(k, v, plus)));
    return total;
  }

  /** Measures in report order: the main measures in {@link #ORDER}, each followed by its parts. */
  static List<String> sorted(java.util.Collection<String> measures) {
    return measures.stream()
        .sorted(
            Comparator.comparingInt(EvaluationReport::rank)
                .thenComparing(m -> ORDER.contains(m) ? 0 : 1)
                .thenComparing(m -> m.toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static int rank(String measure) {
    int best = ORDER.size();
    int bestLength = -1;
    for (int i = 0; i < ORDER.size(); i++) {
      String prefix = ORDER.get(i);
      boolean under = measure.equals(prefix) || measure.startsWith(prefix + "/");
      if (under && prefix.length() > bestLength) {
        best = i;
        bestLength = prefix.length();
      }
    }
    return best;
  }
}
