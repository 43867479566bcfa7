package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.TokenSpan;
import org.junit.jupiter.api.Test;

class RelationFeaturesTest {

  /** "Port Aster , Freedonia": Aster the root, Port its compound, Freedonia its apposition. */
  private static DependencyTree tree() {
    return new DependencyTree(
        List.of(1, DependencyTree.ROOT, 1, 1),
        List.of("compound", "root", "punct", "appos"),
        List.of("NNP", "NNP", ",", "NNP"),
        List.of("port", "aster", ",", "freedonia"));
  }

  @Test
  void featuresNameTypesOrderWordsAndPath() {
    List<String> f =
        List.of(
            RelationFeatures.of(
                tree(),
                new TokenSpan(0, 2),
                EntityType.PLACE,
                new TokenSpan(3, 4),
                EntityType.COUNTRY));
    assertTrue(f.contains("t=PLACE>COUNTRY"), f.toString());
    assertTrue(f.contains("order=12"), f.toString());
    assertTrue(f.contains("bs=,"), f.toString());
    assertTrue(f.contains("pathL=^>appos"), f.toString());
    assertTrue(f.contains("lca=aster"), f.toString());
  }

  @Test
  void theHeadOfASpanIsTheTokenWhoseHeadLiesOutside() {
    assertEquals(1, RelationFeatures.head(tree(), new TokenSpan(0, 2)));
  }

  @Test
  void onlyPairsSomeRelationAllowsAreCandidates() {
    assertTrue(RelationFeatures.candidate(EntityType.PERSON, EntityType.ORGANISATION));
    assertFalse(RelationFeatures.candidate(EntityType.COUNTRY, EntityType.PERSON));
    assertFalse(RelationFeatures.candidate(EntityType.PLACE, EntityType.ORGANISATION));
    assertTrue(LearnedRelation.LOCATED_IN.allows(EntityType.PLACE, EntityType.COUNTRY));
    assertFalse(LearnedRelation.LOCATED_IN.allows(EntityType.ORGANISATION, EntityType.COUNTRY));
    assertFalse(LearnedRelation.POSITION.allows(EntityType.COUNTRY, EntityType.ORGANISATION));
  }
}
