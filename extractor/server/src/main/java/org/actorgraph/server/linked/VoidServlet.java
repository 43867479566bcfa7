package org.actorgraph.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code GET /.well-known/void}: a VoID and DCAT description of the dataset (RFC 5785 well-known
 * location, as the VoID guide suggests), computed from the store ({@link DatasetStatistics}):
 * triples, instances per class, triples per property, the number of articles, the vocabularies
 * used, the SPARQL endpoint, the dump, the data IRI space and the licence. Turtle by default;
 * JSON-LD, N-Triples and an HTML page by the {@code Accept} header or {@code ?format=}.
 *
 * <p>Addresses in the description (endpoint, dump) are made from the request's own scheme, host and
 * port, so behind a proxy that keeps the {@code Host} header they name the public addresses.
 */
final class VoidServlet extends HttpServlet {

  static final String PATH = "/.well-known/void";
  static final String VOID = "http://rdfs.org/ns/void#";
  static final List<Format> OFFER =
      List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.HTML);

  private final LinkedDataSettings settings;
  private final DatasetLookup lookup;
  private final DatasetStatistics statistics = new DatasetStatistics();

  VoidServlet(LinkedDataSettings settings, DatasetLookup lookup) {
    this.settings = settings;
    this.lookup = lookup;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<Format> format = Format.choose(request, OFFER);
    if (format.isEmpty()) {
      Format.notAcceptable(response, OFFER);
      return;
    }
    String root = PublicRoot.of(request);
    DatasetStatistics.Numbers numbers = statistics.of(lookup.dataset(getServletContext()));
    Model model = describe(root, numbers);
    if (format.get() == Format.HTML) {
      Format.sendHtml(response, VoidPage.html(model, root, numbers, settings));
    } else {
      format.get().send(response, model.getGraph(), model.getNsPrefixMap());
    }
  }

  /** The description of the dataset served at {@code root} (no trailing slash). */
  Model describe(String root, DatasetStatistics.Numbers numbers) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS);
    Resource document = m.createResource(root + PATH);
    Resource dataset = m.createResource(root + PATH + "#dataset");
    Resource service = m.createResource(root + lookup.serviceName() + "/sparql");
    Resource dump = m.createResource(root + DumpServlet.PATH);
    document
        .addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
        .addProperty(DCTerms.title, "Description of the actorgraph knowledge graph")
        .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), dataset);
    dataset
        .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
        .addProperty(RDF.type, DCAT.Dataset)
        .addProperty(DCTerms.title, settings.title())
        .addProperty(
            DCTerms.description,
            "People, countries, organisations and places, and the positions, memberships,"
                + " interactions (CAMEO), agreements and quotes that link them, extracted from news"
                + " articles; one named graph per article, every fact with its evidence sentences.")
        .addProperty(m.createProperty(VOID, "uriSpace"), settings.base())
        .addProperty(m.createProperty(VOID, "sparqlEndpoint"), service)
        .addProperty(m.createProperty(VOID, "dataDump"), dump)
        .addProperty(m.createProperty(VOID, "triples"), integer(m, numbers.triples()))
        .addProperty(
            m.createProperty(VOID, "documents"), integer(m, numbers.instances(AG.Article)));
    // The formats the data IRIs are served in (content negotiation at /id/).
    for (String f : new String[] {"Turtle", "N-Triples", "JSON-LD"}) {
      dataset.addProperty(
          m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/" + f));
    }
    settings
        .licence()
        .ifPresentOrElse(
            l -> dataset.addProperty(DCTerms.license, m.createResource(l)),
            () -> dataset.addProperty(DCTerms.rights, LinkedDataSettings.NO_LICENCE));
    numbers.modified().ifPresent(t -> dataset.addProperty(DCTerms.modified, m.asRDFNode(t)));
    numbers
        .vocabularies()
        .forEach(
            v -> dataset.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v)));
    partitions(m, dataset, numbers.classes(), "classPartition", "class", "entities");
    partitions(m, dataset, numbers.properties(), "propertyPartition", "property", "triples");
    distributions(m, dataset, service, dump);
    return m;
  }

  /** The dump and the SPARQL endpoint as DCAT distributions, the endpoint as a data service. */
  private static void distributions(Model m, Resource dataset, Resource service, Resource dump) {
    Resource distribution =
        m.createResource()
            .addProperty(RDF.type, DCAT.Distribution)
            .addProperty(DCTerms.title, "All article graphs as gzipped N-Quads")
            .addProperty(DCAT.downloadURL, dump)
            .addProperty(DCAT.mediaType, iana(m, "application/n-quads"))
            .addProperty(DCAT.compressFormat, iana(m, "application/gzip"));
    Resource access =
        m.createResource()
            .addProperty(RDF.type, DCAT.Distribution)
            .addProperty(DCTerms.title, "SPARQL endpoint (read only)")
            .addProperty(DCAT.accessURL, service)
            .addProperty(DCAT.accessService, service);
    service
        .addProperty(RDF.type, DCAT.DataService)
        .addProperty(DCAT.endpointURL, service)
        .addProperty(
            DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
        .addProperty(DCAT.servesDataset, dataset);
    dataset.addProperty(DCAT.distribution, distribution).addProperty(DCAT.distribution, access);
  }

  private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
    return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Resource iana(Model m, String type) {
    return m.createResource("https://www.iana.org/assignments/media-types/" + type);
  }

  private static void partitions(
      Model m, Resource dataset, Map<Node, Long> counts, String link, String key, String count) {
    Property partition = m.createProperty(VOID, link);
    Property keyProperty = m.createProperty(VOID, key);
    Property countProperty = m.createProperty(VOID, count);
    counts.forEach(
        (k, n) -> {
          if (k.isURI()) {
            dataset.addProperty(
                partition,
                m.createResource()
                    .addProperty(keyProperty, m.createResource(k.getURI()))
                    .addProperty(countProperty, integer(m, n)));
          }
        });
  }
}
