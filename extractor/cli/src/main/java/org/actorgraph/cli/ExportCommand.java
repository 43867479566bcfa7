package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actorgraph.export.ActorNetwork;
import org.actorgraph.export.CsvWriter;
import org.actorgraph.export.ExportFilter;
import org.actorgraph.export.ExportFilter.Option;
import org.actorgraph.export.ExportFormat;
import org.actorgraph.export.NetworkReader;
import org.actorgraph.export.SparqlSource;
import org.actorgraph.export.UnknownActorException;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code actorgraph export}: the actor network for Gephi, Cytoscape, yEd or Neo4j. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the network of actors (nodes) and relationships (typed, weighted, dated edges) as"
            + " GraphML, GEXF 1.3, Cytoscape.js JSON or CSV (nodes.csv + edges.csv for Gephi's"
            + " spreadsheet import and neo4j-admin import), from the local store or a SPARQL"
            + " endpoint.")
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "graphml, gexf, cyjs or csv.")
  String format;

  @CommandLine.Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "Write here (default: stdout). For csv: a folder that gets nodes.csv and edges.csv, or"
              + " a .zip file holding both.")
  Path output;

  @Mixin StoreOption store;

  @CommandLine.Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Read this SPARQL endpoint instead, e.g. http://localhost:3030/kg/sparql")
  String endpoint;

  @CommandLine.Option(
      names = "--kinds",
      paramLabel = "KIND",
      split = ",",
      description =
          "Keep only these kinds of relationship: Interaction, Position, Membership, PartWhole,"
              + " Location, Agreement, Contest (comma separated or repeated).")
  List<String> kinds = new ArrayList<>();

  @CommandLine.Option(
      names = "--cameo",
      paramLabel = "ROOT",
      split = ",",
      description =
          "Keep only interactions of these CAMEO root categories (01 to 20); other kinds stay"
              + " unless --kinds drops them.")
  List<String> cameo = new ArrayList<>();

  @CommandLine.Option(
      names = "--min-confidence",
      paramLabel = "P",
      description = "Keep only facts at least this confident (0 to 1).")
  String minConfidence;

  @CommandLine.Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Keep only facts dated on or after this day (YYYY-MM-DD).")
  String from;

  @CommandLine.Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Keep only facts dated on or before this day (YYYY-MM-DD).")
  String to;

  @CommandLine.Option(
      names = "--actor",
      paramLabel = "IRI|NAME",
      description = "Keep only this actor's neighbourhood (by IRI, or a name only it has).")
  String actor;

  @CommandLine.Option(
      names = "--depth",
      paramLabel = "N",
      description = "With --actor: how many relationships away (1 to 10, default 1).")
  String depth;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    ExportFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter = ExportFilter.parse(options(), true);
    } catch (IllegalArgumentException e) {
      String message =
          e.getMessage().startsWith("--") ? e.getMessage() : "--format: " + e.getMessage();
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
    if (f == ExportFormat.CSV && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--output: csv writes two files; name a folder or a .zip file");
    }
    ActorNetwork network;
    try {
      network = read(filter);
    } catch (UnknownActorException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--actor: " + e.getMessage());
    }
    write(f, network);
    spec.commandLine()
        .getErr()
        .printf(
            "%d actors, %d relationships%s%n",
            network.nodes().size(), network.edges().size(), output == null ? "" : " -> " + output);
    return Main.OK;
  }

  private Map<Option, String> options() {
    Map<Option, String> values = new EnumMap<>(Option.class);
    values.put(Option.KINDS, String.join(",", kinds));
    values.put(Option.CAMEO, String.join(",", cameo));
    values.put(Option.MIN_CONFIDENCE, minConfidence);
    values.put(Option.FROM, from);
    values.put(Option.TO, to);
    values.put(Option.ACTOR, actor);
    values.put(Option.DEPTH, depth);
    return values;
  }

  private ActorNetwork read(ExportFilter filter) {
    if (endpoint != null) {
      return new NetworkReader(SparqlSource.remote(endpoint)).read(filter);
    }
    if (!Files.isDirectory(store.dir.resolve(StoreConfig.TDB2_FOLDER))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--store: no store in " + store.dir + " (load articles first)");
    }
    try (ActorgraphStore s = ActorgraphStore.open(store.dir)) {
      return new NetworkReader(SparqlSource.local(s.dataset().asDatasetGraph())).read(filter);
    }
  }

  private void write(ExportFormat f, ActorNetwork network) throws IOException {
    if (output == null) {
      OutputStream out = new BufferedOutputStream(System.out);
      f.writer().write(network, out);
      out.flush();
      return;
    }
    if (f == ExportFormat.CSV && !output.getFileName().toString().endsWith(".zip")) {
      new CsvWriter().writeFolder(network, output);
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      f.writer().write(network, out);
    }
  }
}
