package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/** The extractor (parser off) finds the actors the generator planted. */
class SyntheticCorpusIT {

  @Test
  void theExtractorFindsThePlantedActors() {
    Pipeline pipeline = Pipeline.standard(ExtractorConfig.defaults().withParse(false));
    new SyntheticCorpus(42)
        .articles(5)
        .forEach(
            s -> {
              Extraction x = pipeline.extract(s.article());
              Set<String> names = new HashSet<>();
              for (Entity e : x.resolved().entities()) {
                names.add(e.label());
                names.addAll(e.aliases());
              }
              for (String actor : s.actors()) {
                assertTrue(names.contains(actor), actor + " not found in " + names);
              }
            });
  }
}
