package org.actorgraph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;

/**
 * Loads the files of {@code ontology/}, which the build copies to the class path under {@value
 * #RESOURCE_DIR}. Each call parses afresh and returns a new, independent object.
 */
public final class Ontology {

  /** Where the build puts the ontology files on the class path. */
  public static final String RESOURCE_DIR = "/org/actorgraph/ontology/";

  /** The ontology IRI (the namespace without its {@code #}). */
  public static final String IRI = "https://w3id.org/actorgraph/ns";

  /** The IRI of this version of the ontology. */
  public static final String VERSION_IRI = "https://w3id.org/actorgraph/ns/0.1.0";

  private Ontology() {}

  /** The OWL ontology, {@code actorgraph.ttl}. */
  public static Model ontology() {
    return turtle("actorgraph.ttl");
  }

  /** The CAMEO concept scheme, {@code cameo.ttl}. */
  public static Model cameo() {
    return turtle("cameo.ttl");
  }

  /** The SHACL shapes for an article graph, {@code shapes.ttl}, ready for validation. */
  public static Shapes shapes() {
    return Shapes.parse(turtle("shapes.ttl").getGraph());
  }

  /** The JSON-LD 1.1 context, {@code context.jsonld}, as text. */
  public static String jsonLdContext() {
    return text("context.jsonld");
  }

  /**
   * Parses one Turtle file of the ontology directory.
   *
   * @throws IllegalStateException if the file is missing or is not valid Turtle, naming the file
   *     and the parser's line and column
   */
  public static Model turtle(String fileName) {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = open(fileName)) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(model);
      return model;
    } catch (RiotException e) {
      throw new IllegalStateException(RESOURCE_DIR + fileName + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE_DIR + fileName, e);
    }
  }

  /** Reads one file of the ontology directory as UTF-8 text. */
  public static String text(String fileName) {
    try (InputStream in = open(fileName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE_DIR + fileName, e);
    }
  }

  private static InputStream open(String fileName) {
    InputStream in = Ontology.class.getResourceAsStream(RESOURCE_DIR + fileName);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE_DIR + fileName + ": not on the class path (is ontology/ copied by the build?)");
    }
    return in;
  }
}
