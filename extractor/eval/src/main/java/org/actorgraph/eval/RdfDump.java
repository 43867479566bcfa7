package org.actorgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Reads one article's extraction from its named graph (graph model in {@code ontology/README.md})
 * into an {@link EvalDocument}, with SPARQL only. The graph name and article id are bound into
 * fixed query texts by substitution, never pasted in.
 *
 * <p>What is read: entities typed ag:Person, ag:Country, ag:Organisation or ag:Place (id = entity
 * IRI, names = rdfs:label then the skos:altLabels sorted, ag:wikidataId, ag:confidence); relations
 * from assertion nodes (see {@link RdfDumpQueries}); agreements (ag:Agreement: rdfs:label names,
 * ag:party, ag:agreementKind, ag:status, ag:date, ag:confidence); quotes (ag:Quote: ag:text,
 * ag:speaker, ag:confidence); the document date from the article's ag:datePublished.
 *
 * <p>Interpretations, where the graph model leaves a choice:
 *
 * <ul>
 *   <li>An entity with several of the four top types gets the first of Person, Country,
 *       Organisation, Place. Subclasses (ag:City, ag:GovernmentBody, ...) are not read: the model
 *       says such entities also carry the top type.
 *   <li>A Position with several ag:role values gives one relation whose role joins them with {@code
 *       "; "} (strict scoring asks the role to contain the gold role). An Interaction with several
 *       ag:cameo values gives one relation per code. The CAMEO code is the concept IRI's last
 *       segment.
 *   <li>A Contest with n contestants gives one opponentOf relation per unordered pair, each with
 *       the contest's confidence.
 *   <li>A node with several ag:confidence values (or a relation row repeated) takes the highest; a
 *       node with several ag:wikidataId values takes the alphabetically first and logs it.
 *   <li>An entity or agreement without any label, a quote without text or speaker, and an unknown
 *       kind or status concept are model violations and raise {@link EvalInputException}.
 * </ul>
 */
public final class RdfDump {

  private static final Var G = Var.alloc("g");

  private RdfDump() {}

  /**
   * Reads the article {@code doc} from a dataset: the named graph whose ag:Article has ag:articleId
   * {@code doc}, or else the dataset's only named graph.
   *
   * @throws EvalInputException when no such graph, or several, are found
   */
  public static EvalDocument readArticle(Dataset dataset, String doc) {
    return readArticle(dataset.asDatasetGraph(), doc);
  }

  /** As {@link #readArticle(Dataset, String)}, on a dataset graph. */
  public static EvalDocument readArticle(DatasetGraph dsg, String doc) {
    return inRead(dsg, () -> readInTransaction(dsg, articleGraph(dsg, doc), doc));
  }

  /** Reads the extraction held in the named graph {@code graph} as document {@code doc}. */
  public static EvalDocument read(DatasetGraph dsg, Node graph, String doc) {
    return inRead(dsg, () -> readInTransaction(dsg, graph, doc));
  }

  private static EvalDocument readInTransaction(DatasetGraph dsg, Node graph, String doc) {
    return new EvalDocument(
        doc,
        date(dsg, graph),
        entities(dsg, graph, doc),
        relations(dsg, graph),
        agreements(dsg, graph, doc),
        quotes(dsg, graph, doc),
        Set.of());
  }

  private static <T> T inRead(DatasetGraph dsg, Supplier<T> action) {
    return dsg.supportsTransactions() ? Txn.calculateRead(dsg, action) : action.get();
  }

  private static Node articleGraph(DatasetGraph dsg, String doc) {
    List<Node> byId = new ArrayList<>();
    try (QueryExec exec =
        QueryExec.dataset(dsg)
            .query(RdfDumpQueries.GRAPH_BY_ARTICLE_ID)
            .substitution(Var.alloc("id"), NodeFactory.createLiteralString(doc))
            .build()) {
      exec.select().forEachRemaining(row -> byId.add(row.get(G)));
    }
    if (byId.size() == 1) {
      return byId.get(0);
    }
    if (byId.size() > 1) {
      throw new EvalInputException(
          doc, byId.size() + " named graphs hold ag:articleId '" + doc + "'");
    }
    List<Node> all = new ArrayList<>();
    try (QueryExec exec = QueryExec.dataset(dsg).query(RdfDumpQueries.NAMED_GRAPHS).build()) {
      exec.select().forEachRemaining(row -> all.add(row.get(G)));
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    throw new EvalInputException(
        doc,
        "no named graph holds an ag:Article with ag:articleId '"
            + doc
            + "' and the dataset has "
            + all.size()
            + " named graphs, not one");
  }

  private static void select(DatasetGraph dsg, Node graph, String query, Consumer<Binding> row) {
    try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(G, graph).build()) {
      exec.select().forEachRemaining(row);
    }
  }

  private static Optional<String> date(DatasetGraph dsg, Node graph) {
    Set<String> dates = new TreeSet<>();
    select(
        dsg, graph, RdfDumpQueries.DATE, row -> dates.add(row.get("date").getLiteralLexicalForm()));
    return dates.stream().findFirst();
  }

  private static List<EvalEntity> entities(DatasetGraph dsg, Node graph, String doc) {
    Map<String, RdfFacts.NodeFacts> facts = new LinkedHashMap<>();
    select(
        dsg,
        graph,
        RdfDumpQueries.ENTITIES,
        row -> facts.computeIfAbsent(id(row.get("e")), RdfFacts.NodeFacts::new).add(row));
    List<EvalEntity> out = new ArrayList<>();
    for (RdfFacts.NodeFacts f : facts.values()) {
      String type =
          GoldTerms.TYPES.stream().filter(f.values("type")::contains).findFirst().orElseThrow();
      out.add(
          new EvalEntity(f.id, type, f.names(doc, "entity"), f.single("wikidata"), f.confidence()));
    }
    return out;
  }

  private static List<EvalRelation> relations(DatasetGraph dsg, Node graph) {
    Map<List<String>, RdfFacts.RelationFacts> facts = new LinkedHashMap<>();
    select(
        dsg,
        graph,
        RdfDumpQueries.RELATIONS,
        row -> {
          List<String> key =
              List.of(
                  id(row.get("a")),
                  row.get("p").getLiteralLexicalForm(),
                  id(row.get("s")),
                  id(row.get("o")));
          facts.computeIfAbsent(key, k -> new RdfFacts.RelationFacts()).add(row);
        });
    List<EvalRelation> out = new ArrayList<>();
    facts.forEach((key, f) -> out.addAll(f.relations(key.get(1), key.get(2), key.get(3))));
    return out;
  }

  private static List<EvalAgreement> agreements(DatasetGraph dsg, Node graph, String doc) {
    Map<String, RdfFacts.NodeFacts> facts = new LinkedHashMap<>();
    select(
        dsg,
        graph,
        RdfDumpQueries.AGREEMENTS,
        row -> facts.computeIfAbsent(id(row.get("a")), RdfFacts.NodeFacts::new).add(row));
    List<EvalAgreement> out = new ArrayList<>();
    for (RdfFacts.NodeFacts f : facts.values()) {
      out.add(
          new EvalAgreement(
              f.id,
              f.names(doc, "agreement"),
              f.single("kind").map(iri -> concept(doc, f.id, iri, RdfDumpQueries.KINDS)),
              List.copyOf(f.values("party")),
              f.single("status").map(iri -> concept(doc, f.id, iri, RdfDumpQueries.STATUSES)),
              f.single("date"),
              f.confidence()));
    }
    return out;
  }

  private static List<EvalQuote> quotes(DatasetGraph dsg, Node graph, String doc) {
    Map<String, RdfFacts.NodeFacts> facts = new LinkedHashMap<>();
    select(
        dsg,
        graph,
        RdfDumpQueries.QUOTES,
        row -> facts.computeIfAbsent(id(row.get("q")), RdfFacts.NodeFacts::new).add(row));
    List<EvalQuote> out = new ArrayList<>();
    for (RdfFacts.NodeFacts f : facts.values()) {
      String speaker =
          f.single("speaker")
              .orElseThrow(
                  () -> new EvalInputException(doc, "quote <" + f.id + "> has no ag:speaker"));
      String text =
          f.single("text")
              .orElseThrow(
                  () -> new EvalInputException(doc, "quote <" + f.id + "> has no ag:text"));
      out.add(new EvalQuote(speaker, text, f.confidence()));
    }
    return out;
  }

  private static String concept(String doc, String node, String iri, Map<String, String> names) {
    String name = names.get(iri);
    if (name == null) {
      throw new EvalInputException(doc, "<" + node + "> has unknown concept <" + iri + ">");
    }
    return name;
  }

  /** The id of a resource node: its IRI, or {@code _:label} for a blank node. */
  static String id(Node node) {
    if (node.isURI()) {
      return node.getURI();
    }
    if (node.isBlank()) {
      return "_:" + node.getBlankNodeLabel();
    }
    return node.getLiteralLexicalForm();
  }

  static String lastSegment(String iri) {
    int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return iri.substring(cut + 1);
  }
}
