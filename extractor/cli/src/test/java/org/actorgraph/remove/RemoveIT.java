package org.actorgraph.remove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actorgraph.cli.Cli;
import org.actorgraph.cli.Main;
import org.actorgraph.server.ActorgraphServer;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actorgraph remove}, locally and against a running server: an actor and facts seen only in
 * the removed article leave the union graph and the text index; facts also stated elsewhere stay
 * with their other evidence; a dry run and a wrong password remove nothing.
 */
class RemoveIT {

  private static final String KEPT_URL = "https://other.ruritania.example/visit";

  @TempDir Path dir;

  private static List<Binding> local(Dataset ds, String q, Map<String, Node> params) {
    return Txn.calculateRead(
        ds,
        () -> {
          QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(q);
          params.forEach(b::substitution);
          List<Binding> rows = new ArrayList<>();
          try (QueryExec exec = b.build()) {
            exec.select().forEachRemaining(rows::add);
          }
          return rows;
        });
  }

  private static List<Binding> remote(String endpoint, String q, Map<String, Node> params) {
    QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).query(q);
    params.forEach(b::substitution);
    List<Binding> rows = new ArrayList<>();
    try (QueryExec exec = b.build()) {
      exec.select().forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void removingAnArticleLocallyTakesWhatOnlyItSupports() throws IOException {
    Path in = Articles.write(dir);
    Path data = dir.resolve("data");
    assertEquals(
        Main.OK, Main.run("load", "--no-parse", "--store", data.toString(), in.toString()));
    GraphChecks.Before before;
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      before =
          new GraphChecks((q, p) -> local(s.dataset(), q, p)).before(Articles.FIRST_URL, KEPT_URL);
    }

    Cli.Result dry =
        Cli.run("remove", "--store", data.toString(), "--url", Articles.FIRST_URL, "--dry-run");
    assertEquals(Main.OK, dry.code());
    assertTrue(dry.out().startsWith(before.removed() + "\t2025-03-10\t"), dry.out());
    assertTrue(dry.err().contains("Would remove 1 articles"), dry.err());
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      new GraphChecks((q, p) -> local(s.dataset(), q, p)).before(Articles.FIRST_URL, KEPT_URL);
    }

    Cli.Result done = Cli.run("remove", "--store", data.toString(), "--url", Articles.FIRST_URL);
    assertEquals(Main.OK, done.code(), done.err());
    assertTrue(done.err().contains("Removed 1 articles"), done.err());
    try (ActorgraphStore s = ActorgraphStore.open(data)) {
      new GraphChecks((q, p) -> local(s.dataset(), q, p)).after(before);
    }

    Cli.Result again = Cli.run("remove", "--store", data.toString(), "--url", Articles.FIRST_URL);
    assertEquals(Main.SOME_INPUTS_FAILED, again.code());
    assertTrue(again.err().contains("No article matched"), again.err());
  }

  @Test
  void removingAnArticleFromARunningServerTakesWhatOnlyItSupports() throws IOException {
    Path in = Articles.write(dir);
    Path passwd = Files.writeString(dir.resolve("passwd"), "admin: s3cret\n");
    Path pw = Files.writeString(dir.resolve("pw"), "s3cret\n");
    Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
    try (ActorgraphServer server =
        ActorgraphServer.builder()
            .port(0)
            .dataDir(dir.resolve("data"))
            .passwordFile(passwd)
            .localhostOnly(true)
            .withUi(false)
            .build()
            .start()) {
      String base = "http://127.0.0.1:" + server.port();
      assertEquals(
          Main.OK,
          Main.run(
              "load",
              "--no-parse",
              "--remote",
              base + "/kg-admin/data",
              "--user",
              "admin",
              "--password-file",
              pw.toString(),
              in.toString()));
      GraphChecks checks = new GraphChecks((q, p) -> remote(base + "/kg/sparql", q, p));
      GraphChecks.Before before = checks.before(Articles.FIRST_URL, KEPT_URL);

      Cli.Result refused =
          Cli.run(
              "remove",
              "--remote",
              base + "/kg-admin/update",
              "--user",
              "admin",
              "--password-file",
              wrong.toString(),
              "--article",
              before.removed());
      assertEquals(Main.USAGE, refused.code());
      assertTrue(refused.err().contains("401: wrong user or password"), refused.err());
      assertFalse(refused.err().contains("query="), refused.err());
      checks.before(Articles.FIRST_URL, KEPT_URL);

      Cli.Result dry =
          Cli.run(
              "remove",
              "--remote",
              base + "/kg-admin/data",
              "--user",
              "admin",
              "--password-file",
              pw.toString(),
              "--article",
              before.removed(),
              "--dry-run");
      assertEquals(Main.OK, dry.code(), dry.err());
      checks.before(Articles.FIRST_URL, KEPT_URL);

      Cli.Result done =
          Cli.run(
              "remove",
              "--remote",
              base + "/kg-admin/update",
              "--user",
              "admin",
              "--password-file",
              pw.toString(),
              "--article",
              before.removed());
      assertEquals(Main.OK, done.code(), done.err());
      assertTrue(done.out().startsWith(before.removed()), done.out());
      checks.after(before);
    }
  }
}
