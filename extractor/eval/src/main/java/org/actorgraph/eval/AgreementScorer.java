package org.actorgraph.eval;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores agreements: an extracted agreement matches a gold one when one of its names shares a
 * content word ({@link Names#contentWords}) with one of the gold names and at least one of its
 * parties is the extracted entity matched to one of the gold parties. Matching is one to one and
 * maximum, surest extracted agreements placed first, each trying the gold agreements it fits best
 * first ({@link #fit}).
 *
 * <p>Per field, over matched pairs only: {@code agreements/parties} counts the party sets (an
 * extracted party counts as its matched gold entity; an unmatched one is spurious) and sums the
 * counts over pairs (micro F1); {@code agreements/kind} and {@code agreements/status} are the share
 * of pairs with the gold value; {@code agreements/date} is the share, among pairs whose gold has a
 * date, whose extracted date is the same ISO string (a more or less precise date counts as wrong).
 * Each field is skipped when named in the gold file's {@code partial}; {@code agreements} skips
 * them all.
 */
final class AgreementScorer {

  private AgreementScorer() {}

  static void score(
      EvalDocument gold, EvalDocument extracted, Map<String, String> extToGold, ScoreSheet sheet) {
    if (gold.skips("agreements")) {
      return;
    }
    List<EvalAgreement> golds = gold.agreements();
    List<EvalAgreement> exts =
        extracted.agreements().stream()
            .sorted(Comparator.comparingDouble((EvalAgreement a) -> -a.confidence().orElse(0)))
            .toList();
    int[] match =
        BipartiteMatcher.match(
            exts.size(),
            golds.size(),
            (i, j) -> matches(exts.get(i), golds.get(j), extToGold),
            (i, j) -> fit(exts.get(i), golds.get(j), extToGold));
    sheet.add("agreements", Counts.of(BipartiteMatcher.count(match), exts.size(), golds.size()));
    sheet.bands("agreements");
    for (int i = 0; i < exts.size(); i++) {
      sheet.band("agreements", exts.get(i).confidence(), match[i] >= 0);
    }
    fieldsStart(gold, sheet);
    for (int i = 0; i < exts.size(); i++) {
      if (match[i] >= 0) {
        fields(gold, exts.get(i), golds.get(match[i]), extToGold, sheet);
      }
    }
  }

  static boolean matches(EvalAgreement ext, EvalAgreement gold, Map<String, String> extToGold) {
    return sharedParties(ext, gold, extToGold) > 0 && !sharedWords(ext, gold).isEmpty();
  }

  /**
   * How well a candidate pair fits: the gold parties the extracted agreement names plus the content
   * words their names share. Two extracted agreements that share a word ("agreement") and a party
   * with two gold ones are thus each paired with the gold agreement they share most with, not
   * crosswise.
   */
  static int fit(EvalAgreement ext, EvalAgreement gold, Map<String, String> extToGold) {
    return sharedParties(ext, gold, extToGold) + sharedWords(ext, gold).size();
  }

  /**
   * How many of the gold agreement's parties the extracted one names (through matched entities).
   */
  private static int sharedParties(
      EvalAgreement ext, EvalAgreement gold, Map<String, String> extToGold) {
    return (int)
        ext.parties().stream()
            .map(extToGold::get)
            .filter(g -> g != null && gold.parties().contains(g))
            .distinct()
            .count();
  }

  /** The content words ({@link Names#contentWords}) the two agreements' names share. */
  private static Set<String> sharedWords(EvalAgreement ext, EvalAgreement gold) {
    Set<String> shared = contentWords(ext.names());
    shared.retainAll(contentWords(gold.names()));
    return shared;
  }

  private static Set<String> contentWords(List<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.addAll(Names.contentWords(n)));
    return out;
  }

  private static void fieldsStart(EvalDocument gold, ScoreSheet sheet) {
    if (!gold.skips("parties")) {
      sheet.add("agreements/parties", Counts.ZERO);
    }
    for (String field : List.of("kind", "status", "date")) {
      if (!gold.skips(field)) {
        sheet.add("agreements/" + field, Ratio.ZERO);
      }
    }
  }

  private static void fields(
      EvalDocument doc,
      EvalAgreement ext,
      EvalAgreement gold,
      Map<String, String> extToGold,
      ScoreSheet sheet) {
    if (!doc.skips("parties")) {
      Set<String> found = new HashSet<>();
      for (String party : ext.parties()) {
        found.add(extToGold.getOrDefault(party, "unmatched " + party));
      }
      Set<String> expected = Set.copyOf(gold.parties());
      long tp = found.stream().filter(expected::contains).count();
      sheet.add("agreements/parties", new Counts(tp, found.size() - tp, expected.size() - tp));
    }
    field(doc, "kind", ext.kind(), gold.kind(), sheet);
    field(doc, "status", ext.status(), gold.status(), sheet);
    field(doc, "date", ext.date(), gold.date(), sheet);
  }

  private static void field(
      EvalDocument doc,
      String name,
      Optional<String> ext,
      Optional<String> gold,
      ScoreSheet sheet) {
    if (!doc.skips(name) && gold.isPresent()) {
      sheet.add("agreements/" + name, Ratio.of(gold.equals(ext)));
    }
  }
}
