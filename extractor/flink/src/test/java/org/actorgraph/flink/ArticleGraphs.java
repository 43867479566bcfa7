package org.actorgraph.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Reading the job's part files back, and comparing article graphs without their run metadata. */
final class ArticleGraphs {

  private static final Set<Node> RUN_PREDICATES =
      Set.of(AG.extractedAt.asNode(), AG.extractorVersion.asNode(), AG.extractedBy.asNode());

  private ArticleGraphs() {}

  /** The committed part files under {@code dir} (in-progress and pending ones are hidden). */
  static List<Path> partFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().endsWith(".nq.gz"))
          .sorted()
          .toList();
    }
  }

  /** Every quad of the committed part files under {@code dir}, duplicates kept. */
  static List<Quad> quads(Path dir) throws IOException {
    List<Quad> quads = new ArrayList<>();
    for (Path part : partFiles(dir)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
        RDFParser.source(in)
            .lang(Lang.NQUADS)
            .parse(
                new StreamRDFBase() {
                  @Override
                  public void quad(Quad q) {
                    quads.add(q);
                  }
                });
      }
    }
    return quads;
  }

  /**
   * How often each article graph was written: the number of its {@code rdf:type ag:Article} quads,
   * which one writing of the graph holds once.
   */
  static Map<String, Integer> writings(List<Quad> quads) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Quad q : quads) {
      if (q.getPredicate().equals(RDF.type.asNode())
          && q.getObject().equals(AG.Article.asNode())
          && q.getSubject().equals(q.getGraph())) {
        counts.merge(q.getGraph().getURI(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The quads grouped into one graph per graph name. */
  static Map<String, Graph> graphs(List<Quad> quads) {
    Map<String, Graph> graphs = new HashMap<>();
    for (Quad q : quads) {
      graphs
          .computeIfAbsent(q.getGraph().getURI(), g -> GraphFactory.createDefaultGraph())
          .add(q.asTriple());
    }
    return graphs;
  }

  /**
   * A copy of an article graph without what differs between runs: when it was extracted, by which
   * extractor version and run ({@code ag:extractedAt}, {@code ag:extractorVersion}, {@code
   * ag:extractedBy}, see rdf/ArticleGraphWriter), and the triples about the run itself.
   */
  static Graph withoutRun(Graph g) {
    Set<Node> runs =
        g.find(Node.ANY, AG.extractedBy.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
    Graph out = GraphFactory.createDefaultGraph();
    g.find()
        .filterDrop(t -> RUN_PREDICATES.contains(t.getPredicate()))
        .filterDrop(t -> runs.contains(t.getSubject()))
        .forEachRemaining(out::add);
    return out;
  }

  /** Asserts both sides hold the same article graphs, each isomorphic without run metadata. */
  static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "article graph names");
    for (Map.Entry<String, Graph> e : expected.entrySet()) {
      Graph want = withoutRun(e.getValue());
      Graph got = withoutRun(actual.get(e.getKey()));
      assertTrue(want.size() > 0, e.getKey() + " is empty");
      if (!want.isIsomorphicWith(got)) {
        fail(e.getKey() + " differs.\nexpected:\n" + turtle(want) + "\nactual:\n" + turtle(got));
      }
    }
  }

  /**
   * What the pipeline gives for the article files in {@code folders}, read as {@code actorgraph
   * extract} reads them, one graph per article.
   */
  static Map<String, Graph> direct(JobOptions options, RunInfo run, Path... folders) {
    Pipeline pipeline = Pipeline.standard(options.extractorConfig());
    Inputs inputs = new Inputs(options.maxArticleBytes());
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = inputs.expand(List.of(folders), problems::add);
    assertEquals(List.of(), problems);
    assertTrue(files.size() >= 5, "the folders hold articles: " + files);
    Map<String, Graph> graphs = new HashMap<>();
    for (Path file : files) {
      Dataset ds = pipeline.extractFile(file, inputs, run);
      ds.asDatasetGraph()
          .listGraphNodes()
          .forEachRemaining(n -> graphs.put(n.getURI(), ds.asDatasetGraph().getGraph(n)));
    }
    assertEquals(files.size(), graphs.size(), "one graph per article file");
    return graphs;
  }

  /**
   * Writes {@code n} invented articles (distinct bodies, so distinct graph IRIs) into {@code
   * folder} as {@code article-NN.txt}.
   */
  static void writeInventedArticles(Path folder, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      String body =
          "Jane Doe, the president of Freedonia, met John Roe, the prime minister of Sylvania, in"
              + " Port Aster on Monday for talks number "
              + i
              + ". Freedonia and Sylvania signed a trade agreement.\n";
      Files.writeString(
          folder.resolve(String.format("article-%02d.txt", i)),
          "TITLE: Talks " + i + "\n\n" + body);
    }
  }

  static String turtle(Graph g) {
    StringWriter w = new StringWriter();
    RDFDataMgr.write(w, ModelFactory.createModelForGraph(g), Lang.TURTLE);
    return w.toString();
  }

  /** The names of graphs written more than once, with their counts. */
  static Map<String, Integer> duplicates(Map<String, Integer> writings) {
    return writings.entrySet().stream()
        .filter(e -> e.getValue() != 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
