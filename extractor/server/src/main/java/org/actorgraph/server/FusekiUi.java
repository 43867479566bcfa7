package org.actorgraph.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;

/**
 * Serves the Fuseki UI (the {@code jena-fuseki-ui} jar's {@code /webapp}) at {@code /}, its index
 * page with links to the graph page and the ontology ({@link HomePage}), with the read-only server
 * endpoints it calls: {@code /$/server} (dataset list), {@code /$/ping}, {@code /$/stats} and the
 * {@code /$/validate/*} checkers. All but {@code /$/ping} are for the admin only ({@link
 * org.actorgraph.server.guard.AdminOnlyFilter}), so the browser asks for the admin login when the
 * UI loads its dataset list; the public SPARQL endpoint and the graph page need no UI.
 *
 * <p>Design decision: this does what Fuseki's {@code FMod_UI} module does, without it. That module
 * needs the admin module's server-control object, and its class path lookup of {@code webapp} fails
 * (a combined Jetty resource with no URI) when the UI jar is reachable twice, as it is in the
 * integration tests (once from the Maven repository, once through the packaged jar's {@code lib/}
 * manifest class path). The admin module is left out on purpose: it creates a {@code run/} folder
 * in the working directory and adds dataset creation and deletion at {@code /$/datasets}, protected
 * only by its Shiro setup.
 */
final class FusekiUi {

  private static final String INDEX = "/webapp/index.html";

  private FusekiUi() {}

  /** Adds the UI and its endpoints to {@code builder}. */
  static void install(FusekiServer.Builder builder) {
    builder
        .staticFileBase(uiFiles())
        .addServlet("", new HomePage(INDEX))
        .addServlet("/index.html", new HomePage(INDEX))
        .addServlet("/$/server", new ActionServerStatus())
        .addServlet("/$/validate/query", new QueryValidator())
        .addServlet("/$/validate/update", new UpdateValidator())
        .addServlet("/$/validate/iri", new IRIValidator())
        .addServlet("/$/validate/langtag", new LangTagValidator())
        .addServlet("/$/validate/data", new DataValidator())
        .enablePing(true)
        .enableStats(true);
  }

  /** The UI files' folder: a {@code jar:} URI, or a directory path when not packed in a jar. */
  private static String uiFiles() {
    URL index = FusekiUi.class.getResource(INDEX);
    if (index == null) {
      throw new IllegalStateException(
          INDEX
              + ": Fuseki UI files not on the class path (dependency org.apache.jena:jena-fuseki-ui)");
    }
    String url = index.toString();
    String folder = url.substring(0, url.length() - "index.html".length());
    if ("file".equals(index.getProtocol())) {
      try {
        return Path.of(index.toURI()).getParent().toString();
      } catch (URISyntaxException e) {
        throw new IllegalStateException(url + ": not a usable file location", e);
      }
    }
    return folder;
  }
}
