package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * Agreements, and the interactions they imply between their parties: parties to an agreement that
 * is signed, ratified, in force or announced cooperate diplomatically (CAMEO 05), parties that
 * negotiate one consult (04), and parties to a proposed one state an intent to cooperate (03); not
 * parties kept apart, each the partner of others only ({@link Fact.Agreement#apart}).
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

  static List<Fact.Interaction> interactions(Fact.Agreement a) {
    String cameo =
        switch (a.status()) {
          case NEGOTIATING -> "04";
          case PROPOSED -> "03";
          case REJECTED, ENDED -> "";
          default -> "05";
        };
    List<Fact.Interaction> out = new ArrayList<>();
    if (cameo.isEmpty()) {
      return out;
    }
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
                a.date().or(Optional::empty),
                Math.min(CONFIDENCE, a.confidence()),
                a.evidence()));
      }
    }
    return out;
  }
}
