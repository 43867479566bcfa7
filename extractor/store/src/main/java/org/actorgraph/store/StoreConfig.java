package org.actorgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki configuration ({@code fuseki-config/config.ttl}) as an RDF model, and the same model
 * with its storage locations moved into a data folder.
 *
 * <p>The configuration must describe exactly one {@code text:TextDataset} with exactly one {@code
 * tdb2:location} and one {@code text:directory}; {@link #withDataDir} replaces them with {@code
 * <dataDir>/tdb2} and {@code <dataDir>/lucene}. Everything else (services, union default graph,
 * entity map, query timeout) stays as written, so the store, the embedded server and the stock
 * {@code jena-fuseki-server} all serve the same dataset layout.
 */
public final class StoreConfig {

  /** Class path resource of the configuration; the build copies {@code fuseki-config/} there. */
  public static final String RESOURCE = "/org/actorgraph/fuseki-config/config.ttl";

  /** Folder under the data folder that holds the TDB2 database. */
  public static final String TDB2_FOLDER = "tdb2";

  /** Folder under the data folder that holds the Lucene index. */
  public static final String LUCENE_FOLDER = "lucene";

  private StoreConfig() {}

  /** Reads the configuration bundled on the class path ({@link #RESOURCE}). */
  public static Model readDefault() {
    try (InputStream in = StoreConfig.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + ": not on the class path (the build copies fuseki-config/ there)");
      }
      return parse(RDFParser.source(in).lang(Lang.TURTLE), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads a configuration file (Turtle or any syntax known by its extension). */
  public static Model read(Path configFile) {
    if (!Files.isReadable(configFile)) {
      throw new IllegalArgumentException(configFile + ": no such readable configuration file");
    }
    return parse(RDFParser.source(configFile), configFile.toString());
  }

  private static Model parse(RDFParserBuilder parser, String where) {
    Model model = ModelFactory.createDefaultModel();
    try {
      parser.parse(model);
    } catch (RiotException e) {
      throw new IllegalArgumentException(where + ": not valid RDF: " + e.getMessage(), e);
    }
    return model;
  }

  /**
   * A copy of {@code config} whose TDB2 location is {@code <dataDir>/tdb2} and whose Lucene
   * directory is {@code <dataDir>/lucene} (absolute paths).
   *
   * @throws IllegalArgumentException if the configuration does not have exactly one of each
   */
  public static Model withDataDir(Model config, Path dataDir) {
    Path base = dataDir.toAbsolutePath().normalize();
    Model copy = ModelFactory.createDefaultModel().add(config);
    copy.setNsPrefixes(config.getNsPrefixMap());
    replaceOnly(copy, VocabTDB2.pLocation, base.resolve(TDB2_FOLDER).toString());
    replaceOnly(copy, TextVocab.pDirectory, base.resolve(LUCENE_FOLDER).toString());
    return copy;
  }

  /** The one {@code text:TextDataset} resource that the store assembles. */
  public static Resource textDataset(Model config) {
    List<Resource> found =
        config.listResourcesWithProperty(RDF.type, TextVocab.textDataset).toList();
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "configuration: expected exactly one text:TextDataset (found " + found.size() + ")");
    }
    return found.get(0);
  }

  private static void replaceOnly(Model model, Property property, String value) {
    List<Statement> found = model.listStatements(null, property, (RDFNode) null).toList();
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "configuration: expected exactly one "
              + model.shortForm(property.getURI())
              + " (found "
              + found.size()
              + ")");
    }
    Statement old = found.get(0);
    model.remove(old);
    model.add(old.getSubject(), property, value);
  }
}
