package org.actorgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.actorgraph.remove.ArticleRemover;
import org.actorgraph.remove.ArticleSelection;
import org.actorgraph.remove.LocalArticleRemover;
import org.actorgraph.remove.RemoteArticleRemover;
import org.actorgraph.remove.SelectedArticle;
import org.actorgraph.sink.RemoteStores;
import org.actorgraph.store.ActorgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph remove}: withdraw article graphs, with everything only they support. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description =
        "Remove articles (a retracted story, an unreliable source, a takedown) by article IRI,"
            + " source URL or site, or publication date range, in one transaction, from the local"
            + " store or a remote one. Every fact lives in its article's graph, so facts and actors"
            + " seen only in the removed articles go with them, and the text index follows."
            + " Options of different kinds must all hold; values of one kind are alternatives.")
final class RemoveCommand implements Callable<Integer> {

  @Option(names = "--article", paramLabel = "IRI", description = "An article graph IRI.")
  List<String> articles = new ArrayList<>();

  @Option(names = "--url", paramLabel = "URL", description = "An article's source URL.")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--site",
      paramLabel = "SITE",
      description =
          "A site (example.org, also matching news.example.org) or a publisher name (any case).")
  List<String> sites = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Published on or before DATE (yyyy-mm-dd, yyyy-mm or yyyy).")
  String to;

  @Option(names = "--dry-run", description = "List what would be removed; remove nothing.")
  boolean dryRun;

  @Mixin StoreOption store;

  @Option(
      names = "--remote",
      paramLabel = "URL",
      description =
          "SPARQL Update endpoint of a remote store instead of the local one, e.g."
              + " http://localhost:3030/kg-admin/update")
  String remote;

  @Mixin RemoteLoginOption login;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArticleSelection selection =
        new ArticleSelection(
            articles, urls, sites, Optional.ofNullable(from), Optional.ofNullable(to));
    if (remote != null) {
      int code =
          run(
              new RemoteArticleRemover(
                  remote, RemoteStores.httpClient(login.user(), login.password())),
              selection);
      Reports.remoteSummary(remote, login, code == Main.OK && !dryRun, spec.commandLine().getErr());
      return code;
    }
    store.requireExisting();
    try (ActorgraphStore s = ActorgraphStore.open(store.dir)) {
      return run(new LocalArticleRemover(s), selection);
    }
  }

  private int run(ArticleRemover remover, ArticleSelection selection) {
    List<SelectedArticle> chosen = dryRun ? remover.select(selection) : remover.remove(selection);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (SelectedArticle a : chosen) {
      out.println(a.line());
    }
    out.flush();
    if (chosen.isEmpty()) {
      err.println("No article matched; nothing removed.");
      err.flush();
      return Main.SOME_INPUTS_FAILED;
    }
    err.printf(
        dryRun
            ? "Would remove %d articles (dry run: nothing removed).%n"
            : "Removed %d articles.%n",
        chosen.size());
    err.flush();
    return Main.OK;
  }
}
