package org.actorgraph.server.guard;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The services of a Fuseki configuration that anyone may use (no {@code fuseki:allowedUsers}). */
public final class PublicServices {

  private static final String FUSEKI = "http://jena.apache.org/fuseki#";

  private PublicServices() {}

  /** Their names with a leading slash, e.g. {@code /kg}. */
  public static Set<String> names(Model config) {
    Property name = config.createProperty(FUSEKI, "name");
    Property allowedUsers = config.createProperty(FUSEKI, "allowedUsers");
    Resource service = config.createResource(FUSEKI + "Service");
    Set<String> names = new TreeSet<>();
    for (Resource s : config.listResourcesWithProperty(RDF.type, service).toList()) {
      RDFNode n = s.hasProperty(name) ? s.getProperty(name).getObject() : null;
      if (n != null && n.isLiteral() && !s.hasProperty(allowedUsers)) {
        String label = n.asLiteral().getLexicalForm();
        names.add(label.startsWith("/") ? label : "/" + label);
      }
    }
    return names;
  }
}
