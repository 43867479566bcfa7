package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.resolve.Entity;
import org.junit.jupiter.api.Test;

/**
 * People named with a quoted nickname, through the whole extractor (without the dependency parser):
 * the whole name wins over the given name the model stops at, and the surname alone later joins it.
 */
class NicknameExtractionTest {

  @Test
  void aNameWithAQuotedNicknameIsOnePersonThatTheSurnameJoins() {
    Set<String> found = new TreeSet<>();
    String body =
        "The band's singer, Peter \"Pete\" Dorwin, left the group in May. Dorwin now lives in Peru.";
    for (Entity e : WholeExtractor.NO_PARSE.extract(Article.of("t", body)).resolved().entities()) {
      found.add(e.type().label() + ":" + e.label() + " " + e.aliases());
    }
    assertTrue(found.contains("Person:Peter \"Pete\" Dorwin [Dorwin]"), found.toString());
  }
}
