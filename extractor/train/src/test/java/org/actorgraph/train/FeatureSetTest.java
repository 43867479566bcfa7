package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import org.junit.jupiter.api.Test;

class FeatureSetTest {

  @Test
  void everyDescriptorBuildsOpenNlpFeatureGenerators() {
    for (FeatureSet features : FeatureSet.values()) {
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(features.descriptor(), Map.of(), new BioCodec());
      assertNotNull(factory.createFeatureGenerators(), features.name());
    }
  }
}
