package org.actorgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.actorgraph.query.QueryLibrary;
import org.actorgraph.query.QueryRunner;
import org.actorgraph.sink.RemoteFailure;
import org.actorgraph.store.ActorgraphStore;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph query}: a ready query or a .rq file against the store or an endpoint. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Run a query from queries/ by name (actors, offices-of-country, why, search,"
            + " actor-profile, ego-network, shortest-connection, meetings-in-date-range, ...;"
            + " each file's header says its question, parameters and an example) or a .rq file,"
            + " against the local store or a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUERY", description = "A query name or a .rq file.")
  String query;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "Bind ?NAME to VALUE (a string; <...> for an IRI). Repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Mixin StoreOption store;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Query this SPARQL endpoint instead, e.g. http://localhost:3030/kg/sparql")
  String endpoint;

  @Option(
      names = {"-f", "--format"},
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  String format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Query q = QueryLibrary.load(query);
    var bound = QueryLibrary.parameters(params);
    Set<String> takes = QueryLibrary.parametersOf(query);
    for (String name : bound.keySet()) {
      if (!takes.contains(name)) {
        throw new ParameterException(
            spec.commandLine(),
            "query '"
                + query
                + "' has no parameter '"
                + name
                + "' (it takes "
                + (takes.isEmpty() ? "none" : String.join(", ", takes))
                + ")");
      }
    }
    QueryRunner.Format f = QueryRunner.Format.parse(format);
    if (endpoint != null) {
      try {
        QueryRunner.runRemote(endpoint, q, bound, f, System.out);
      } catch (RuntimeException e) {
        throw new IllegalStateException(RemoteFailure.of(e, endpoint).message(), e);
      }
    } else {
      store.requireExisting();
      try (ActorgraphStore s = ActorgraphStore.open(store.dir)) {
        QueryRunner.run(s.dataset(), q, bound, f, System.out);
      }
    }
    System.out.flush();
    return Main.OK;
  }
}
