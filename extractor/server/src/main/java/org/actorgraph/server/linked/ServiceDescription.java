package org.actorgraph.server.linked;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 service description of the public endpoint: SPARQL 1.1 Query, the result formats
 * Fuseki writes, the union default graph, jena-text's {@code text:query} property function, and the
 * default dataset, which is the dataset the VoID description at {@code /.well-known/void}
 * describes.
 */
final class ServiceDescription {

  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  private static final String FORMATS = "http://www.w3.org/ns/formats/";

  private ServiceDescription() {}

  /**
   * The description of the endpoint at {@code endpointUrl} (the request's URL) of the service
   * {@code service}, e.g. {@code /kg}.
   */
  static Model of(String endpointUrl, String service) {
    int at = endpointUrl.lastIndexOf(service + "/");
    String root = at < 0 ? endpointUrl : endpointUrl.substring(0, at);
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("sd", SD).setNsPrefix("void", VoidServlet.VOID).setNsPrefix("rdfs", RDFS.uri);
    Property feature = m.createProperty(SD, "feature");
    Property resultFormat = m.createProperty(SD, "resultFormat");
    Resource endpoint = m.createResource(endpointUrl);
    Resource voidDataset = m.createResource(root + VoidServlet.PATH + "#dataset");
    Resource described =
        m.createResource()
            .addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(m.createProperty(SD, "endpoint"), endpoint)
            .addProperty(
                m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
            .addProperty(feature, m.createResource(SD + "UnionDefaultGraph"))
            .addProperty(
                m.createProperty(SD, "propertyFeature"),
                m.createResource("http://jena.apache.org/text#query"))
            .addProperty(m.createProperty(SD, "defaultDataset"), voidDataset)
            .addProperty(RDFS.seeAlso, m.createResource(root + VoidServlet.PATH));
    for (String f :
        new String[] {
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "N-Triples",
          "JSON-LD",
          "RDF_XML"
        }) {
      described.addProperty(resultFormat, m.createResource(FORMATS + f));
    }
    voidDataset
        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
        .addProperty(
            m.createProperty(SD, "defaultGraph"),
            m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(
                    RDFS.comment,
                    "The union of the named graphs: one graph per article, named by its IRI."));
    return m;
  }
}
