package org.actorgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores relations loosely (predicate and ends) and strictly (also role and CAMEO code).
 *
 * <p>Interpretations of the README:
 *
 * <ul>
 *   <li>Ends match through the entity matching: an extracted end must be the extracted entity
 *       matched to the gold end. For interaction and opponentOf (the extracted predicate) the ends
 *       may be swapped.
 *   <li>Loose: relations with the same predicate (gold: the same predicate list) and the same ends
 *       (unordered for the symmetric predicates) are one item on each side, so several interactions
 *       of one pair count once, and so do several positions of one person in one organisation.
 *   <li>Strict: items are distinct relations; exact repeats (and, for the symmetric predicates, the
 *       same relation in the other direction) are one item. Role: where the gold gives one, the
 *       extracted role must contain it, ignoring case. CAMEO: where the gold gives a code, the
 *       extracted code must equal it.
 *   <li>Matching is one to one and maximum on each level, extracted items placed in order of
 *       falling confidence; a merged extracted item keeps its highest confidence.
 *   <li>Partial: a gold file naming a predicate in {@code partial} removes that predicate from both
 *       sides (a gold list keeps its other predicates); naming {@code role} or {@code cameo} drops
 *       that check (and that field when merging); naming {@code relations} skips relations.
 *   <li>Per-predicate counts: matched and missed items count under the gold predicate (a list is
 *       named by joining it with {@code |}), spurious ones under the extracted predicate.
 * </ul>
 */
final class RelationScorer {

  private RelationScorer() {}

  static void score(
      EvalDocument gold, EvalDocument extracted, Map<String, String> extToGold, ScoreSheet sheet) {
    if (gold.skips("relations")) {
      return;
    }
    List<EvalRelation> golds = keep(gold.relations(), gold);
    List<EvalRelation> exts = keep(extracted.relations(), gold);
    level(
        "relations/loose",
        merge(golds, true),
        surestFirst(merge(exts, true)),
        extToGold,
        false,
        sheet);
    level(
        "relations/strict",
        merge(golds, false),
        surestFirst(merge(exts, false)),
        extToGold,
        true,
        sheet);
  }

  private static void level(
      String measure,
      List<EvalRelation> golds,
      List<EvalRelation> exts,
      Map<String, String> extToGold,
      boolean strict,
      ScoreSheet sheet) {
    int[] match =
        BipartiteMatcher.match(
            exts.size(),
            golds.size(),
            (i, j) -> matches(exts.get(i), golds.get(j), extToGold, strict));
    sheet.add(measure, Counts.of(BipartiteMatcher.count(match), exts.size(), golds.size()));
    boolean[] goldMatched = new boolean[golds.size()];
    for (int i = 0; i < exts.size(); i++) {
      if (match[i] >= 0) {
        goldMatched[match[i]] = true;
      } else {
        sheet.add(measure + "/" + exts.get(i).p().get(0), new Counts(0, 1, 0));
      }
    }
    for (int j = 0; j < golds.size(); j++) {
      String label = String.join("|", golds.get(j).p());
      sheet.add(measure + "/" + label, goldMatched[j] ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
    }
    if (strict) {
      sheet.bands(measure);
      for (int i = 0; i < exts.size(); i++) {
        sheet.band(measure, exts.get(i).confidence(), match[i] >= 0);
      }
    }
  }

  static boolean matches(
      EvalRelation ext, EvalRelation gold, Map<String, String> extToGold, boolean strict) {
    String p = ext.p().get(0);
    if (!gold.p().contains(p)) {
      return false;
    }
    String s = extToGold.get(ext.s());
    String o = extToGold.get(ext.o());
    boolean ends =
        Objects.equals(s, gold.s()) && Objects.equals(o, gold.o())
            || GoldTerms.SYMMETRIC.contains(p)
                && Objects.equals(s, gold.o())
                && Objects.equals(o, gold.s());
    if (!ends || !strict) {
      return ends;
    }
    boolean role =
        gold.role().isEmpty()
            || ext.role().map(r -> lower(r).contains(lower(gold.role().get()))).orElse(false);
    boolean cameo = gold.cameo().isEmpty() || gold.cameo().equals(ext.cameo());
    return role && cameo;
  }

  /** Drops partial predicates and fields. */
  private static List<EvalRelation> keep(List<EvalRelation> relations, EvalDocument gold) {
    List<EvalRelation> out = new ArrayList<>();
    for (EvalRelation r : relations) {
      List<String> p = r.p().stream().filter(each -> !gold.skips(each)).toList();
      if (p.isEmpty()) {
        continue;
      }
      Optional<String> role = gold.skips("role") ? Optional.empty() : r.role();
      Optional<String> cameo = gold.skips("cameo") ? Optional.empty() : r.cameo();
      out.add(new EvalRelation(r.s(), p, r.o(), role, cameo, r.confidence()));
    }
    return out;
  }

  /** One item per key (see the class comment), keeping the highest confidence. */
  private static List<EvalRelation> merge(List<EvalRelation> relations, boolean loose) {
    Map<List<Object>, EvalRelation> items = new LinkedHashMap<>();
    for (EvalRelation r : relations) {
      EvalRelation item =
          loose
              ? new EvalRelation(
                  r.s(), r.p(), r.o(), Optional.empty(), Optional.empty(), r.confidence())
              : r;
      boolean swap = item.symmetric() && item.s().compareTo(item.o()) > 0;
      List<Object> key =
          List.of(
              item.p().stream().sorted().toList(),
              swap ? item.o() : item.s(),
              swap ? item.s() : item.o(),
              item.role(),
              item.cameo());
      items.merge(key, item, RelationScorer::surer);
    }
    return List.copyOf(items.values());
  }

  private static List<EvalRelation> surestFirst(List<EvalRelation> relations) {
    return relations.stream()
        .sorted(Comparator.comparingDouble((EvalRelation r) -> -r.confidence().orElse(0)))
        .toList();
  }

  private static EvalRelation surer(EvalRelation a, EvalRelation b) {
    OptionalDouble ca = a.confidence();
    OptionalDouble cb = b.confidence();
    return cb.isPresent() && (ca.isEmpty() || cb.getAsDouble() > ca.getAsDouble()) ? b : a;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).strip();
  }
}
