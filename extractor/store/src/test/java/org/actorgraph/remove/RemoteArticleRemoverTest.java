package org.actorgraph.remove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which endpoints a remote removal talks to. */
class RemoteArticleRemoverTest {

  @Test
  void updateAndQueryEndpointsComeFromAnyServiceOfTheDataset() {
    String base = "http://127.0.0.1:3030/kg-admin";
    for (String given : new String[] {base + "/update", base + "/data", base + "/update/"}) {
      assertEquals(base + "/update", RemoteArticleRemover.sibling(given, "update"));
      assertEquals(base + "/sparql", RemoteArticleRemover.sibling(given, "sparql"));
    }
    assertEquals(base, RemoteArticleRemover.sibling(base, "sparql"));
  }
}
