package org.actorgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates XML against the published GraphML 1.1 and GEXF 1.3 schemas bundled in the test
 * resources ({@code schemas/SOURCES.md} says where they come from). Every schema document,
 * including those the GraphML schemas name by their {@code http://graphml.graphdrawing.org/}
 * address and the xlink schema they import, is read from the class path: nothing is fetched.
 */
final class SchemaValidation {

  static final String GRAPHML = "schemas/graphml-1.1/graphml.xsd";
  static final String GEXF = "schemas/gexf-1.3/gexf.xsd";

  private SchemaValidation() {}

  /** Validates {@code xml}; throws {@link SAXException} with line and column if invalid. */
  static void validate(String schemaResource, byte[] xml) throws SAXException, IOException {
    schema(schemaResource).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Schema schema(String resource) throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Only class-path documents: an unresolved http address fails instead of going online.
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
    factory.setResourceResolver(
        (type, namespace, publicId, systemId, baseUri) -> {
          if (systemId == null || !systemId.startsWith("http")) {
            return null;
          }
          String file = systemId.substring(systemId.lastIndexOf('/') + 1);
          return input(url(dir + file));
        });
    URL main = url(resource);
    return factory.newSchema(new StreamSource(main.toExternalForm()));
  }

  private static URL url(String resource) {
    URL url = SchemaValidation.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + ": not in the test resources");
    }
    return url;
  }

  private static LSInput input(URL url) {
    try {
      DOMImplementationLS ls =
          (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
      LSInput in = ls.createLSInput();
      InputStream stream = url.openStream();
      in.setByteStream(stream);
      in.setSystemId(url.toExternalForm());
      return in;
    } catch (ReflectiveOperationException | IOException e) {
      throw new IllegalStateException(url + ": " + e.getMessage(), e);
    }
  }
}
