package org.actorgraph.eval;

import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport}'s totals as a fixed-width text table. */
final class ReportTable {

  private static final String COUNTS_ROW = "%-34s %6s %6s %6s %7s %7s %7s%n";
  private static final String RATIO_ROW = "%-34s %6s %6s %7s%n";

  private ReportTable() {}

  static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Evaluation of %d articles (%d with gold, %d failed), micro-averaged%n%n",
            report.articles().size(),
            report.scoredArticles(),
            report.failures().size()));
    out.append(String.format(Locale.ROOT, COUNTS_ROW, "measure", "tp", "fp", "fn", "P", "R", "F1"));
    for (Map.Entry<String, Counts> e : report.counts().entrySet()) {
      Counts c = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              COUNTS_ROW,
              e.getKey(),
              c.tp(),
              c.fp(),
              c.fn(),
              number(c.precision()),
              number(c.recall()),
              number(c.f1())));
    }
    out.append(String.format(Locale.ROOT, "%n" + RATIO_ROW, "accuracy", "right", "total", "acc"));
    report.ratios().forEach((measure, r) -> out.append(ratioRow(measure, r)));
    out.append(
        String.format(
            Locale.ROOT, "%n" + RATIO_ROW, "precision by confidence", "right", "of", "P"));
    report
        .bands()
        .forEach(
            (measure, table) ->
                table.forEach((band, r) -> out.append(ratioRow(measure + " " + band, r))));
    if (!report.failures().isEmpty()) {
      out.append(String.format("%nfailed articles (scored as empty extractions):%n"));
      report.failures().forEach(f -> out.append("  ").append(f).append(System.lineSeparator()));
    }
    return out.toString();
  }

  private static String ratioRow(String label, Ratio r) {
    return String.format(Locale.ROOT, RATIO_ROW, label, r.hits(), r.total(), number(r.value()));
  }

  static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
