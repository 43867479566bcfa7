package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;

/**
 * A title written short after it was written in full: {@code Deputy Secretary of State Jane Doe ...
 * Deputy Secretary Doe}. The short one names the same office, so its position takes the full title
 * (and keeps its own evidence) instead of standing as a second office of the same holder there.
 */
final class ShortTitles {

  private ShortTitles() {}

  /**
   * {@code facts} with each position whose role is the leading words of another role the same
   * holder has at the same organisation with the same status renamed to the longest such role.
   */
  static List<Fact> widened(List<Fact> facts) {
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (!(f instanceof Fact.Position p)) {
        out.add(f);
        continue;
      }
      String full = p.role();
      for (Fact g : facts) {
        if (g instanceof Fact.Position q
            && q.holder().equals(p.holder())
            && q.organisation().equals(p.organisation())
            && q.status() == p.status()
            && q.role().length() > full.length()
            && q.role().startsWith(p.role() + " ")) {
          full = q.role();
        }
      }
      out.add(
          full.equals(p.role())
              ? p
              : new Fact.Position(
                  p.holder(),
                  p.organisation(),
                  full,
                  p.status(),
                  p.head(),
                  p.confidence(),
                  p.evidence()));
    }
    return out;
  }
}
