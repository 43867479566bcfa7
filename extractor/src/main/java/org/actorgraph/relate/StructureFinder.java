package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.mention.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Finds part-of, located-in and membership links from how they are written:
 *
 * <ul>
 *   <li>part of: {@code Ecuador's National Police}, {@code the Police of Ecuador} (an organisation
 *       owned by a country or organisation);
 *   <li>located in: {@code Manta, Ecuador}; {@code Baghdad in Iraq} (a place next to a country);
 *   <li>member of: {@code NATO member Sweden}, {@code Sweden joins NATO}, {@code Sweden's accession
 *       to NATO}, {@code X, a member of Y}.
 * </ul>
 */
public final class StructureFinder implements RelationFinder {

  private static final Set<String> JOIN = Set.of("join", "accede", "admit", "enter");

  @Override
  public List<Fact> find(ResolvedArticle article) {
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      SentenceActors sa = SentenceActors.of(article, s);
      List<Located> ms = sa.mentions();
      for (int k = 0; k + 1 < ms.size(); k++) {
        Located a = ms.get(k);
        Located b = ms.get(k + 1);
        int gapStart = sa.lastToken(a) + 1;
        int gapEnd = sa.firstToken(b);
        String gap = text(sa.tokens(), gapStart, gapEnd);
        pair(sa, a.entity(), b.entity(), gap).ifPresent(facts::add);
      }
    }
    return facts;
  }

  private Optional<Fact> pair(SentenceActors sa, Entity a, Entity b, String gap) {
    EntityType ta = a.type();
    EntityType tb = b.type();
    Evidence ev = sa.evidence();
    if (a == b) {
      return Optional.empty();
    }
    if ((gap.equals("'s") || gap.equals("’s")) && owner(ta) && tb == EntityType.ORGANISATION) {
      return Optional.of(new Fact.PartOf(b, a, 0.75, List.of(ev)));
    }
    if (gap.matches("of( the)?") && ta == EntityType.ORGANISATION && tb == EntityType.COUNTRY) {
      return Optional.of(new Fact.PartOf(a, b, 0.6, List.of(ev)));
    }
    if ((gap.equals(",") || gap.equals("in"))
        && ta == EntityType.PLACE
        && tb == EntityType.COUNTRY) {
      return Optional.of(new Fact.LocatedIn(a, b, gap.equals(",") ? 0.8 : 0.6, List.of(ev)));
    }
    if (gap.matches("members?|member state|ally")
        && tb != EntityType.PLACE
        && ta == EntityType.ORGANISATION) {
      return Optional.of(new Fact.Membership(b, a, 0.8, List.of(ev)));
    }
    if (tb == EntityType.ORGANISATION && ta != EntityType.PLACE && isJoin(sa, gap)) {
      return Optional.of(new Fact.Membership(a, b, 0.75, List.of(ev)));
    }
    if (gap.matches(", (a|an|the) (\\w+ )?member of( the)?") && tb == EntityType.ORGANISATION) {
      return Optional.of(new Fact.Membership(a, b, 0.8, List.of(ev)));
    }
    return Optional.empty();
  }

  private static boolean isJoin(SentenceActors sa, String gap) {
    if (gap.matches("('s|’s) (membership in|accession to|bid to join)( the)?")) {
      return true;
    }
    String[] words = gap.split(" ");
    if (words.length == 0 || words.length > 3) {
      return false;
    }
    for (Token t : sa.tokens()) {
      if (gap.startsWith(t.text()) && JOIN.contains(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean owner(EntityType t) {
    return t == EntityType.COUNTRY || t == EntityType.ORGANISATION;
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }
}
