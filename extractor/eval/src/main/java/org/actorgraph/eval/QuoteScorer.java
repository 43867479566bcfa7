package org.actorgraph.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores quotes: an extracted quote matches a gold quote when its text starts with the gold {@code
 * starts} words, both normalised ({@link Names#startsWithWords}; so quotation marks and commas do
 * not matter, and the prefix must end at a word boundary). Matching is one to one and maximum.
 * {@code quotes/speaker} is the share of matched quotes whose extracted speaker is the extracted
 * entity matched to the gold speaker; it is skipped when {@code speaker} is partial.
 */
final class QuoteScorer {

  private QuoteScorer() {}

  static void score(
      EvalDocument gold, EvalDocument extracted, Map<String, String> extToGold, ScoreSheet sheet) {
    if (gold.skips("quotes")) {
      return;
    }
    List<EvalQuote> golds = gold.quotes();
    List<EvalQuote> exts =
        extracted.quotes().stream()
            .sorted(Comparator.comparingDouble((EvalQuote q) -> -q.confidence().orElse(0)))
            .toList();
    int[] match =
        BipartiteMatcher.match(
            exts.size(),
            golds.size(),
            (i, j) -> Names.startsWithWords(exts.get(i).starts(), golds.get(j).starts()));
    sheet.add("quotes", Counts.of(BipartiteMatcher.count(match), exts.size(), golds.size()));
    if (gold.skips("speaker")) {
      return;
    }
    sheet.add("quotes/speaker", Ratio.ZERO);
    for (int i = 0; i < exts.size(); i++) {
      if (match[i] >= 0) {
        String expected = golds.get(match[i]).speaker();
        sheet.add(
            "quotes/speaker", Ratio.of(expected.equals(extToGold.get(exts.get(i).speaker()))));
      }
    }
  }
}
