package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.actorgraph.cli.Main;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two articles naming the same actors give them the same IRIs, so the union graph has one node per
 * actor, mentioned in both articles, with the names of both as labels and aliases.
 */
class CrossArticleIdentityIT {

  @TempDir Path dir;

  private static final String PREFIXES =
      "PREFIX ag: <https://w3id.org/actorgraph/ns#> PREFIX rdfs:"
          + " <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos:"
          + " <http://www.w3.org/2004/02/skos/core#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";

  @Test
  void theSameActorIsOneNodeAcrossArticles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "URL: https://example.org/a\n\nPresident Daniel Noboa of Ecuador spoke with the United"
            + " States about security.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "URL: https://example.org/b\n\nEcuadorian officials said Daniel Noboa would travel to"
            + " Washington next week.\n");
    Path data = dir.resolve("data");
    assertEquals(Main.OK, Main.run("load", "--store", data.toString(), in.toString()));

    try (ActorgraphStore store = ActorgraphStore.open(data)) {
      Dataset ds = store.dataset();
      Txn.executeRead(
          ds,
          () -> {
            assertEquals(
                1,
                count(ds, "SELECT DISTINCT ?p { ?p a ag:Person ; rdfs:label \"Daniel Noboa\" }"));
            assertEquals(
                2,
                count(
                    ds,
                    "SELECT DISTINCT ?a { ?p a ag:Person ; rdfs:label \"Daniel Noboa\" ;"
                        + " ag:mentionedIn ?a }"));
            Set<String> names = new HashSet<>();
            try (QueryExec q =
                QueryExec.dataset(ds.asDatasetGraph())
                    .query(
                        PREFIXES
                            + "SELECT ?n { <https://w3id.org/actorgraph/id/entity/Q736>"
                            + " rdfs:label|skos:altLabel ?n ; owl:sameAs"
                            + " <http://www.wikidata.org/entity/Q736> }")
                    .build()) {
              q.select().forEachRemaining(b -> names.add(b.get("n").getLiteralLexicalForm()));
            }
            assertTrue(names.containsAll(Set.of("Ecuador", "Ecuadorian")), names.toString());
          });
    }
  }

  private static long count(Dataset ds, String select) {
    try (QueryExec q = QueryExec.dataset(ds.asDatasetGraph()).query(PREFIXES + select).build()) {
      return q.select().stream().count();
    }
  }
}
