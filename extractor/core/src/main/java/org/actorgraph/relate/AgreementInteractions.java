package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Agreements, and the interactions they imply between their parties: parties to an agreement that
 * is signed, ratified, in force or announced cooperate diplomatically (CAMEO 05), parties that
 * negotiate one consult (04), and parties to a proposed one state an intent to cooperate (03), at
 * each stage the article tells of it ({@link Fact.Agreement#stages}); not parties kept apart, each
 * the partner of others only ({@link Fact.Agreement#apart}).
 */
public final class AgreementInteractions implements RelationFinder {

  private static final double CONFIDENCE = 0.6;

  private final RelationFinder agreements;

  /**
   * @param agreements the finder whose agreements are kept and read for interactions
   */
  public AgreementInteractions(RelationFinder agreements) {
    this.agreements = agreements;
  }

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : agreements.find(article)) {
      out.add(f);
      if (f instanceof Fact.Agreement a) {
        out.addAll(interactions(a));
      }
    }
    return out;
  }

  /**
   * The exchanges of its parties that an agreement's stages tell, one per CAMEO root: the most
   * advanced stage's with the agreement's date and all its evidence, an earlier stage's ("plans to
   * sign" before "negotiations on") with that stage's date and evidence.
   */
  static List<Fact.Interaction> interactions(Fact.Agreement a) {
    Map<String, List<Fact.AgreementStage>> byCode = new TreeMap<>();
    for (Fact.AgreementStage stage : a.stages()) {
      String code = cameo(stage.status());
      if (!code.isEmpty() && !code.equals(cameo(a.status()))) {
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(stage);
      }
    }
    List<Fact.Interaction> out = new ArrayList<>();
    if (!cameo(a.status()).isEmpty()) {
      out.addAll(pairs(a, cameo(a.status()), a.date(), a.evidence()));
    }
    byCode.forEach(
        (code, stages) ->
            out.addAll(
                pairs(
                    a,
                    code,
                    stages.stream().flatMap(s -> s.date().stream()).findFirst(),
                    stages.stream().flatMap(s -> s.evidence().stream()).distinct().toList())));
    return out;
  }

  private static String cameo(Fact.AgreementStatus status) {
    return switch (status) {
      case NEGOTIATING -> "04";
      case PROPOSED -> "03";
      case REJECTED, ENDED -> "";
      default -> "05";
    };
  }

  private static List<Fact.Interaction> pairs(
      Fact.Agreement a, String cameo, Optional<String> date, List<Evidence> evidence) {
    List<Fact.Interaction> out = new ArrayList<>();
    for (int i = 0; i < a.parties().size(); i++) {
      for (int j = i + 1; j < a.parties().size(); j++) {
        if (a.apart().contains(new HashSet<>(List.of(a.parties().get(i), a.parties().get(j))))) {
          continue;
        }
        out.add(
            new Fact.Interaction(
                a.parties().get(i),
                a.parties().get(j),
                cameo,
                "agreement",
                date,
                Math.min(CONFIDENCE, a.confidence()),
                evidence));
      }
    }
    return out;
  }
}
