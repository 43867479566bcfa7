package org.actorgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.actorgraph.store.ActorgraphStore;
import org.actorgraph.store.StoreConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki server for the actorgraph dataset: the services described by the Fuseki
 * configuration ({@code /kg} public and read only, {@code /kg-admin} for the user {@code admin}),
 * over a data folder, with the Fuseki UI's query editor at {@code /} and the ontology at its own
 * paths ({@code /ns}, {@code /cameo/NN}, {@code /ontology/context.jsonld}; see {@link
 * OntologyServlet}).
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
 *     .addServlet("/id/*", linkedDataServlet)   // extra servlets: ontology page, dereferencing
 *     .build()
 *     .start();
 * }</pre>
 */
public final class ActorgraphServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ActorgraphServer.class);

  private final FusekiServer fuseki;
  private final Path dataDir;
  private boolean stopped;

  private ActorgraphServer(FusekiServer fuseki, Path dataDir) {
    this.fuseki = fuseki;
    this.dataDir = dataDir;
  }

  /** A builder; {@link Builder#dataDir} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this server. */
  public ActorgraphServer start() {
    fuseki.start();
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
    Map<DatasetGraph, Boolean> datasets = new IdentityHashMap<>();
    for (DataAccessPoint dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
      datasets.put(dap.getDataService().getDataset(), Boolean.TRUE);
    }
    fuseki.stop();
    datasets.keySet().forEach(ActorgraphStore::release);
    LOG.info("Stopped server over {}", dataDir.toAbsolutePath());
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Builds an {@link ActorgraphServer}; validation happens in {@link #build()}. */
  public static final class Builder {
    private int port = FusekiServer.DefaultServerPort;
    private Path dataDir;
    private Path configFile;
    private Path passwordFile;
    private boolean localhostOnly;
    private boolean withUi = true;
    private boolean withOntology = true;
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
      servlets.forEach(e -> fuseki.addServlet(e.getKey(), e.getValue()));
      filters.forEach(e -> fuseki.addFilter(e.getKey(), e.getValue()));
      parse(fuseki, located);
      return new ActorgraphServer(fuseki.build(), dataDir);
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
