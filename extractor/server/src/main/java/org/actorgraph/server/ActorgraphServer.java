package org.actorgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.actorgraph.resolve.Iris;
import org.actorgraph.server.explore.ExploreServlet;
import org.actorgraph.server.guard.AdminOnlyFilter;
import org.actorgraph.server.guard.BoundedQueryService;
import org.actorgraph.server.guard.PasswordWatchers;
import org.actorgraph.server.guard.PublicServices;
import org.actorgraph.server.guard.QuerySizeFilter;
import org.actorgraph.server.linked.LinkedData;
import org.actorgraph.server.linked.LinkedDataSettings;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki server for the actorgraph dataset: the services described by the Fuseki
 * configuration ({@code /kg} public and read only, {@code /kg-admin} for the user {@code admin}),
 * over a data folder, with the Fuseki UI's query editor at {@code /} and the ontology at its own
 * paths ({@code /ns}, {@code /cameo/NN}, {@code /ontology/context.jsonld}; see {@link
 * OntologyServlet}) and the linked-data addresses ({@code /id/...}, {@code /.well-known/void},
 * {@code /dump.nq.gz}; see {@link LinkedData}), and the graph page at {@code /explore/} ({@link
 * ExploreServlet}).
 *
 * <p>Safe to expose (package {@link org.actorgraph.server.guard}): the public services refuse
 * queries over {@link Builder#maxQueryBytes} (413), answer at most {@link Builder#maxResultRows}
 * SELECT rows (with a header saying so), report a timeout as 503 rather than a cut-off 200, and
 * refuse {@code SERVICE}; the {@code /$/} endpoints except {@code /$/ping} are for the admin; and
 * {@link #stop()} also stops the password file's watcher, which Jetty would leave running.
 *
 * <p>The dataset is assembled from the same configuration as {@link ActorgraphStore}, with the same
 * locations, so what the store wrote is what the server serves. A data folder can be held by one
 * store or server at a time in a JVM: close the store before starting a server over its folder.
 *
 * <pre>{@code
 * ActorgraphServer server = ActorgraphServer.builder()
 *     .dataDir(Path.of("data"))
 *     .passwordFile(Path.of("fuseki-config/passwd"))
 *     .port(3030)
 *     .addServlet("/hello", helloServlet)   // extra servlets
 *     .build()
 *     .start();
 * }</pre>
 */
public final class ActorgraphServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ActorgraphServer.class);

  /** Default of {@link Builder#maxQueryBytes}: 256 KiB. */
  public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;

  /** Default of {@link Builder#maxResultRows}. */
  public static final int DEFAULT_MAX_RESULT_ROWS = 10_000;

  private final FusekiServer fuseki;
  private final Path dataDir;
  private final List<Object> passwordWatchers;
  private final int requestedPort;
  private boolean stopped;

  private ActorgraphServer(FusekiServer fuseki, Path dataDir, int requestedPort) {
    this.fuseki = fuseki;
    this.dataDir = dataDir;
    // Started while Fuseki built the server, not stopped by Jetty: see PasswordWatchers.
    this.passwordWatchers = PasswordWatchers.of(fuseki.getJettyServer());
    this.requestedPort = requestedPort;
  }

  /** A builder; {@link Builder#dataDir} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; returns this server. If it cannot (the port is in use), the dataset is
   * released again before the error, which names the process holding the port when it can.
   */
  public ActorgraphServer start() {
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      int asked = requestedPort;
      releaseAfterFailedStart();
      if (asked > 0 && !PortOwners.isFree(asked, false)) {
        throw new IllegalStateException(PortOwners.describe(asked), e);
      }
      throw e;
    }
    LOG.info("Serving {} at http://localhost:{}/", dataDir.toAbsolutePath(), port());
    return this;
  }

  /** The bound HTTP port (the real one once started, also when the builder asked for port 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The Fuseki server underneath, for what this class does not wrap. */
  public FusekiServer fusekiServer() {
    return fuseki;
  }

  /** The datasets the services serve, each once (services may share one). */
  public Set<DatasetGraph> datasets() {
    Set<DatasetGraph> datasets = Collections.newSetFromMap(new IdentityHashMap<>());
    for (DataAccessPoint dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
      datasets.add(dap.getDataService().getDataset());
    }
    return datasets;
  }

  /**
   * Stops the server and releases the dataset (text index and TDB2 database) so that a store or
   * another server can open the data folder in this JVM. Idempotent.
   */
  public void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    // The registry is gone once Jetty has stopped: collect the datasets first.
    Set<DatasetGraph> datasets = datasets();
    fuseki.stop();
    PasswordWatchers.stop(passwordWatchers);
    datasets.forEach(ActorgraphStore::release);
    LOG.info("Stopped server over {}", dataDir.toAbsolutePath());
  }

  private void releaseAfterFailedStart() {
    try {
      stop();
    } catch (RuntimeException e) {
      LOG.warn("cleaning up after a failed start", e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Builds an {@link ActorgraphServer}; validation happens in {@link #build()}. */
  public static final class Builder {
    private static final String REALM = "actorgraph";
    private int port = FusekiServer.DefaultServerPort;
    private Path dataDir;
    private Path configFile;
    private Path passwordFile;
    private boolean localhostOnly;
    private boolean withUi = true;
    private boolean withOntology = true;
    private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
    private int maxResultRows = DEFAULT_MAX_RESULT_ROWS;
    private LinkedDataSettings linkedData = LinkedDataSettings.defaults();
    private boolean withExplore = true;
    private final List<Map.Entry<String, HttpServlet>> servlets = new ArrayList<>();
    private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();

    private Builder() {}

    /** HTTP port; 0 picks a free one (see {@link ActorgraphServer#port()}). Default 3030. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The data folder: the database is {@code dataDir/tdb2}, the text index {@code dataDir/lucene}.
     */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** A Fuseki configuration file; default: the bundled {@code fuseki-config/config.ttl}. */
    public Builder configFile(Path configFile) {
      this.configFile = configFile;
      return this;
    }

    /**
     * A Jetty password file ({@code user: password} per line). Without one nobody can log in, so
     * the admin service refuses every request.
     */
    public Builder passwordFile(Path passwordFile) {
      this.passwordFile = passwordFile;
      return this;
    }

    /** Listen on the loopback interface only. Default false. */
    public Builder localhostOnly(boolean localhostOnly) {
      this.localhostOnly = localhostOnly;
      return this;
    }

    /** Serve the Fuseki UI at {@code /}. Default true. */
    public Builder withUi(boolean withUi) {
      this.withUi = withUi;
      return this;
    }

    /**
     * Serve the ontology at {@code /ns}, {@code /ns/0.1.0}, {@code /cameo}, {@code /cameo/NN} and
     * {@code /ontology/context.jsonld} (HTML reference page or RDF by content negotiation). Default
     * true.
     */
    public Builder withOntology(boolean withOntology) {
      this.withOntology = withOntology;
      return this;
    }

    /**
     * The largest query accepted by the public services (query string or request body); larger
     * requests get 413 before they are parsed. Default {@link #DEFAULT_MAX_QUERY_BYTES}.
     */
    public Builder maxQueryBytes(long maxQueryBytes) {
      this.maxQueryBytes = maxQueryBytes;
      return this;
    }

    /**
     * The most rows a SELECT on the public services answers (header {@value
     * BoundedQueryService#ROW_LIMIT_HEADER}; {@value BoundedQueryService#TRUNCATED_HEADER} {@code
     * true} when cut). Default {@link #DEFAULT_MAX_RESULT_ROWS}.
     */
    public Builder maxResultRows(int maxResultRows) {
      this.maxResultRows = maxResultRows;
      return this;
    }

    /**
     * Serve the linked-data addresses ({@code /id/}, {@code /.well-known/void}, {@code
     * /dump.nq.gz}, CORS on the public endpoint; see {@link LinkedData}) with these settings, or
     * not at all if null. Default: {@link LinkedDataSettings#defaults()}.
     */
    public Builder linkedData(LinkedDataSettings settings) {
      this.linkedData = settings;
      return this;
    }

    /**
     * Serve the graph page and its JSON API at {@code /explore/} ({@link ExploreServlet}). Default
     * true.
     */
    public Builder withExplore(boolean withExplore) {
      this.withExplore = withExplore;
      return this;
    }

    /**
     * Adds a servlet, e.g. {@code "/ontology"} or {@code "/id/*"} (Jetty path spec). Dataset names
     * ({@code /kg}, {@code /kg-admin}) are dispatched first; the UI is the fallback at {@code /}.
     */
    public Builder addServlet(String pathSpec, HttpServlet servlet) {
      servlets.add(Map.entry(pathSpec, servlet));
      return this;
    }

    /** Adds a servlet filter that runs before Fuseki's dispatch, e.g. for content negotiation. */
    public Builder addFilter(String pathSpec, Filter filter) {
      filters.add(Map.entry(pathSpec, filter));
      return this;
    }

    /** Validates the settings, assembles the dataset and builds the (not yet started) server. */
    public ActorgraphServer build() {
      Objects.requireNonNull(dataDir, "dataDir is required");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port: expected 0..65535 (found " + port + ")");
      }
      if (passwordFile != null && !Files.isReadable(passwordFile)) {
        throw new IllegalArgumentException(passwordFile + ": no such readable password file");
      }
      Model config = configFile == null ? StoreConfig.readDefault() : StoreConfig.read(configFile);
      Model located = StoreConfig.withDataDir(config, dataDir);
      // Opening the store loads the ontology and CAMEO graphs (idempotent); closing it lets
      // Fuseki assemble the same folder below.
      ActorgraphStore.open(dataDir, config).close();

      FusekiServer.Builder fuseki = FusekiServer.create().port(port).loopback(localhostOnly);
      // No modules found by service loading: what is served is exactly what is listed here.
      fuseki.fusekiModules(FusekiModules.create());
      // The public services' bounds (see org.actorgraph.server.guard), and /$/ for the admin.
      fuseki.registerOperation(
          Operation.Query,
          WebContent.contentTypeSPARQLQuery,
          new BoundedQueryService(maxResultRows));
      fuseki.addFilter(
          QuerySizeFilter.PATH_SPEC,
          new QuerySizeFilter(PublicServices.names(located), maxQueryBytes));
      fuseki.addFilter(AdminOnlyFilter.PATH_SPEC, new AdminOnlyFilter(REALM));
      fuseki.realm(REALM);
      if (withUi) {
        FusekiUi.install(fuseki);
      }
      if (passwordFile != null) {
        fuseki.passwordFile(passwordFile.toString());
      }
      if (withOntology) {
        OntologyServlet ontology = new OntologyServlet();
        OntologyServlet.PATH_SPECS.forEach(spec -> fuseki.addServlet(spec, ontology));
      }
      fuseki.addServlet(ExportServlet.PATH_SPEC, new ExportServlet());
      fuseki.addServlet(SummaryServlet.PATH_SPEC, new SummaryServlet());
      if (linkedData != null) {
        LinkedData.install(fuseki, linkedData);
      }
      if (withExplore) {
        fuseki.addServlet(
            ExploreServlet.PATH_SPEC,
            new ExploreServlet(linkedData != null ? linkedData.base() : Iris.DEFAULT_BASE));
      }
      servlets.forEach(e -> fuseki.addServlet(e.getKey(), e.getValue()));
      filters.forEach(e -> fuseki.addFilter(e.getKey(), e.getValue()));
      parse(fuseki, located);
      return new ActorgraphServer(fuseki.build(), dataDir, port);
    }

    private void parse(FusekiServer.Builder fuseki, Model located) {
      try {
        fuseki.parseConfig(located);
      } catch (RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof LockObtainFailedException) {
            throw new IllegalStateException(
                dataDir + ": the text index is already open in this JVM (close the store first)",
                e);
          }
        }
        throw e;
      }
    }
  }
}
