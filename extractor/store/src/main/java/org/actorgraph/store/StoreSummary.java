package org.actorgraph.store;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's summary: counts kept at load time so that whole-store aggregations ({@code actors},
 * {@code facts-by-number-of-sources}, {@code co-occurrence-network}, {@code contradicting-offices})
 * read a few thousand rows instead of every mention and view of the store. Documented in {@code
 * ontology/actorgraph.ttl} (the terms {@code ag:Summary}, {@code ag:articleCount}, {@code
 * ag:sourceCount}, ...).
 *
 * <p>Where: the summary is in the <em>stored default graph</em> of the TDB2 dataset, which the
 * store's union default graph does not include; queries read it with {@code GRAPH
 * <urn:x-arq:DefaultGraph> { ... }}. So no query over the article graphs sees it, and removing or
 * listing article graphs never touches it. What it holds:
 *
 * <ul>
 *   <li>{@code <urn:actorgraph:summary> a ag:Summary}: the marker; without it the store has no
 *       summary and no write maintains one (run {@code actorgraph summarise});
 *   <li>{@code ?entity ag:articleCount n}: the {@code ag:mentionedIn} triples of the entity;
 *   <li>{@code ?fact ag:factArticleCount n ; ag:sourceCount k}: the articles with a view of the
 *       {@code ag:Assertion}, and its distinct sources (publishers, or the article itself);
 *   <li>{@code ?c ag:countedFact ?fact ; ag:countedSource ?source ; ag:sourceArticleCount n}:
 *       articles of one source (kept so that {@code ag:sourceCount} can be kept by differences);
 *   <li>{@code ?p ag:firstActor ?e1 ; ag:secondActor ?e2 ; ag:sentenceCount n ; ag:pairArticleCount
 *       m}: two actors (STR(?e1) &lt; STR(?e2)) named in the same sentences;
 *   <li>{@code ?c ag:countedPosition ?position ; ag:spanStart ?first ; ag:spanEnd ?last ;
 *       ag:currentArticleCount n}: the articles that state the position as current and are dated
 *       from {@code ?first} to {@code ?last} ({@code contradicting-offices} compares these spans);
 *   <li>{@code ?position ag:currentOffice ?office ; ag:currentArticleCount n ; ag:exampleArticleId
 *       "id"} and {@code ?office ag:holderCount k}: the dated articles that state the position as
 *       current, the smallest of their ids ({@link PositionExamples}), and how many positions of
 *       the office (its organisation and role; one per holder) are stated as current, so that
 *       {@code contradicting-offices} reads only the offices with two holders.
 * </ul>
 *
 * <p>How it is kept: every count is a sum of per-article contributions computed from the article
 * graph alone ({@link SummaryCounts}), so a write changes it by differences in its own write
 * transaction: {@link ActorgraphStore#replaceGraphs} subtracts the old graph's contribution and
 * adds the new one's, {@code remove} subtracts, and the bulk loader (which writes below the
 * dataset) rebuilds it afterwards ({@link #rebuild}). Compaction copies it like any other triples.
 *
 * <p>This class is the entry point; the work is in {@link SummaryCounts} (what an article graph
 * contributes), {@link StoredCount} (how a count is written), {@link ComputedSummary} (the summary
 * from scratch), {@link SummaryUpdate} (a write's differences) and {@link SummaryCheck}.
 */
public final class StoreSummary {

  private static final Logger LOG = LoggerFactory.getLogger(StoreSummary.class);

  /** The graph the summary is in: the stored default graph. */
  public static final Node GRAPH = Quad.defaultGraphIRI;

  /** The marker's subject. */
  public static final Node MARKER = NodeFactory.createURI("urn:actorgraph:summary");

  private StoreSummary() {}

  /** Whether the store keeps a summary (has the marker). Call inside a transaction. */
  public static boolean isKept(DatasetGraph dsg) {
    return dsg.contains(GRAPH, MARKER, RDF.type.asNode(), SummaryTerms.SUMMARY);
  }

  /**
   * Starts a summary in a store that holds no article graph (an empty summary is exact), so that
   * every later write keeps it. Does nothing if the store has one or holds articles (those need
   * {@link #rebuild}). Runs its own write transaction when one is needed.
   */
  public static void startIfEmpty(DatasetGraph dsg) {
    boolean start =
        Txn.calculateRead(dsg, () -> !isKept(dsg) && !BulkLoader.holdsArticleGraphs(dsg));
    if (start) {
      Txn.executeWrite(dsg, () -> dsg.add(GRAPH, MARKER, RDF.type.asNode(), SummaryTerms.SUMMARY));
    }
  }

  /**
   * The change that replacing (or removing, if {@code content} is null) the graph {@code name}
   * makes, added to {@code delta}. Call in the write transaction, before the graph is changed.
   */
  static void replacing(DatasetGraph dsg, Node name, Graph content, SummaryCounts delta) {
    if (ActorgraphStore.VOCABULARY_GRAPHS.contains(name)) {
      return;
    }
    if (dsg.containsGraph(name)) {
      delta.addGraph(dsg.getGraph(name), -1);
    }
    if (content != null) {
      delta.addGraph(content, 1);
    } else {
      delta.examples().leaving(name);
    }
  }

  /**
   * Subtracts the contribution of the graphs {@code names} from the summary, if the store keeps
   * one. Call in the write transaction that removes them, before they are removed.
   */
  public static void removing(DatasetGraph dsg, Collection<Node> names) {
    if (!isKept(dsg)) {
      return;
    }
    SummaryCounts delta = new SummaryCounts();
    for (Node name : names) {
      replacing(dsg, name, null, delta);
    }
    apply(dsg, delta);
  }

  /** Adds {@code delta} to the stored counts (inside a write transaction). */
  static void apply(DatasetGraph store, SummaryCounts delta) {
    SummaryUpdate.apply(belowTextIndex(store), delta);
  }

  /**
   * The dataset below the text index, where the summary is written: its labels would otherwise be
   * indexed for text search a second time (the transaction of the text dataset covers it).
   */
  private static DatasetGraph belowTextIndex(DatasetGraph dsg) {
    return dsg instanceof org.apache.jena.query.text.DatasetGraphText t ? t.getWrapped() : dsg;
  }

  /** What {@link #rebuild} did. */
  public record Result(int articles, long triples) {}

  /**
   * Recomputes the summary from every article graph and replaces the stored one with it (and sets
   * the marker): one read of each graph, one at a time, then one write transaction. Memory grows
   * with the summary (distinct entities, facts, sources and pairs), not with the store. No other
   * writer may change the store meanwhile (the bulk loader and {@code summarise} hold it alone).
   */
  public static Result rebuild(DatasetGraph store) {
    ComputedSummary c = ComputedSummary.of(store);
    DatasetGraph dsg = belowTextIndex(store);
    Txn.executeWrite(
        store,
        () -> {
          for (Node p : SummaryTerms.PREDICATES) {
            dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
          }
          dsg.add(GRAPH, MARKER, RDF.type.asNode(), SummaryTerms.SUMMARY);
          for (Triple t : c.triples()) {
            dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
          }
        });
    LOG.info("Summarised {} article graphs: {} summary triples", c.articles(), c.triples().size());
    return new Result(c.articles(), c.triples().size());
  }

  /**
   * Compares the stored summary with one computed from the article graphs now: the differences, at
   * most {@code limit} of them ("missing: ..." for a triple a rebuild would write and the store
   * lacks, "extra: ..." for the reverse), empty when they agree.
   */
  public static List<String> check(DatasetGraph dsg, int limit) {
    return SummaryCheck.differences(dsg, limit);
  }

  /**
   * The summary of the article graphs of {@code dsg} as a graph (the triples {@link #rebuild} would
   * store), e.g. for an in-memory dataset in tests.
   */
  public static Graph summaryGraph(DatasetGraph dsg) {
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    ComputedSummary.of(dsg).triples().forEach(g::add);
    return g;
  }
}
