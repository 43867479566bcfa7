package org.actorgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.store.SummaryCounts.Key;
import org.actorgraph.store.SummaryCounts.Kind;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
 */
public final class StoreSummary {

  private static final Logger LOG = LoggerFactory.getLogger(StoreSummary.class);

  /** The graph the summary is in: the stored default graph. */
  public static final Node GRAPH = Quad.defaultGraphIRI;

  /** The marker's subject. */
  public static final Node MARKER = NodeFactory.createURI("urn:actorgraph:summary");

  static final Node SUMMARY = AG.Summary.asNode();
  static final Node ARTICLE_COUNT = AG.articleCount.asNode();
  static final Node FACT_ARTICLE_COUNT = AG.factArticleCount.asNode();
  static final Node SOURCE_ARTICLE_COUNT = AG.sourceArticleCount.asNode();
  static final Node PAIR_ARTICLE_COUNT = AG.pairArticleCount.asNode();
  static final Node SOURCE_COUNT = AG.sourceCount.asNode();
  static final Node SENTENCE_COUNT = AG.sentenceCount.asNode();
  static final Node COUNTED_FACT = AG.countedFact.asNode();
  static final Node COUNTED_SOURCE = AG.countedSource.asNode();
  static final Node FIRST_ACTOR = AG.firstActor.asNode();
  static final Node SECOND_ACTOR = AG.secondActor.asNode();
  static final Node DESCRIPTION_COUNT = AG.descriptionCount.asNode();
  static final Node COUNTED_POSITION = AG.countedPosition.asNode();
  static final Node SPAN_START = AG.spanStart.asNode();
  static final Node SPAN_END = AG.spanEnd.asNode();
  static final Node CURRENT_ARTICLE_COUNT = AG.currentArticleCount.asNode();
  static final Node CURRENT_OFFICE = AG.currentOffice.asNode();
  static final Node HOLDER_COUNT = AG.holderCount.asNode();

  private static final List<Node> PREDICATES =
      List.of(
          ARTICLE_COUNT,
          FACT_ARTICLE_COUNT,
          SOURCE_ARTICLE_COUNT,
          PAIR_ARTICLE_COUNT,
          SOURCE_COUNT,
          SENTENCE_COUNT,
          COUNTED_FACT,
          COUNTED_SOURCE,
          FIRST_ACTOR,
          SECOND_ACTOR,
          DESCRIPTION_COUNT,
          COUNTED_POSITION,
          SPAN_START,
          SPAN_END,
          CURRENT_ARTICLE_COUNT,
          CURRENT_OFFICE,
          HOLDER_COUNT,
          PositionExamples.EXAMPLE_ARTICLE_ID,
          RDFS.label.asNode(),
          RDF.type.asNode(),
          AG.holder.asNode(),
          AG.organisation.asNode(),
          AG.member.asNode(),
          AG.part.asNode(),
          AG.whole.asNode(),
          AG.located.asNode(),
          AG.location.asNode(),
          AG.source.asNode(),
          AG.target.asNode(),
          AG.party.asNode(),
          AG.speaker.asNode(),
          AG.contestant.asNode(),
          AG.role.asNode(),
          AG.headOf.asNode());

  private StoreSummary() {}

  /** Whether the store keeps a summary (has the marker). Call inside a transaction. */
  public static boolean isKept(DatasetGraph dsg) {
    return dsg.contains(GRAPH, MARKER, RDF.type.asNode(), SUMMARY);
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
      Txn.executeWrite(dsg, () -> dsg.add(GRAPH, MARKER, RDF.type.asNode(), SUMMARY));
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
    DatasetGraph dsg = belowTextIndex(store);
    Map<Node, Long> sourceCounts = new HashMap<>();
    Map<Node, Long> holderCounts = new HashMap<>();
    Set<Node> pairs = new HashSet<>();
    delta
        .counts()
        .forEach(
            (k, d) -> {
              switch (k.kind()) {
                case ENTITY_ARTICLES, FACT_ARTICLES -> {
                  Node p = predicate(k.kind());
                  long before = count(dsg, k.a(), p);
                  setCount(dsg, k.a(), p, before, before + d);
                }
                case FACT_SOURCE_ARTICLES -> {
                  Node c = node("source", k.a(), k.b());
                  long before = count(dsg, c, SOURCE_ARTICLE_COUNT);
                  long after = before + d;
                  setCount(dsg, c, SOURCE_ARTICLE_COUNT, before, after);
                  if (before == 0 && after != 0) {
                    dsg.add(GRAPH, c, COUNTED_FACT, k.a());
                    dsg.add(GRAPH, c, COUNTED_SOURCE, k.b());
                    sourceCounts.merge(k.a(), 1L, Long::sum);
                  } else if (before != 0 && after == 0) {
                    dsg.delete(GRAPH, c, COUNTED_FACT, k.a());
                    dsg.delete(GRAPH, c, COUNTED_SOURCE, k.b());
                    sourceCounts.merge(k.a(), -1L, Long::sum);
                  }
                }
                case DESCRIPTION -> {
                  Node c = descriptionNode(k);
                  long before = count(dsg, c, DESCRIPTION_COUNT);
                  long after = before + d;
                  setCount(dsg, c, DESCRIPTION_COUNT, before, after);
                  if (before == 0 && after != 0) {
                    dsg.add(GRAPH, k.a(), k.p(), k.b());
                  } else if (before != 0 && after == 0) {
                    dsg.delete(GRAPH, k.a(), k.p(), k.b());
                  }
                }
                case CURRENT_SPAN_ARTICLES -> {
                  Node c = spanNode(k);
                  long before = count(dsg, c, CURRENT_ARTICLE_COUNT);
                  long after = before + d;
                  setCount(dsg, c, CURRENT_ARTICLE_COUNT, before, after);
                  if (before == 0 && after != 0) {
                    dsg.add(GRAPH, c, COUNTED_POSITION, k.a());
                    dsg.add(GRAPH, c, SPAN_START, k.b());
                    dsg.add(GRAPH, c, SPAN_END, k.p());
                  } else if (before != 0 && after == 0) {
                    dsg.delete(GRAPH, c, COUNTED_POSITION, k.a());
                    dsg.delete(GRAPH, c, SPAN_START, k.b());
                    dsg.delete(GRAPH, c, SPAN_END, k.p());
                  }
                }
                case CURRENT_POSITION_ARTICLES -> {
                  long before = count(dsg, k.a(), CURRENT_ARTICLE_COUNT);
                  long after = before + d;
                  setCount(dsg, k.a(), CURRENT_ARTICLE_COUNT, before, after);
                  if (before == 0 && after != 0) {
                    dsg.add(GRAPH, k.a(), CURRENT_OFFICE, k.b());
                    holderCounts.merge(k.b(), 1L, Long::sum);
                  } else if (before != 0 && after == 0) {
                    dsg.delete(GRAPH, k.a(), CURRENT_OFFICE, k.b());
                    holderCounts.merge(k.b(), -1L, Long::sum);
                  }
                }
                case PAIR_SENTENCES, PAIR_ARTICLES -> {
                  Node p = node("pair", k.a(), k.b());
                  Node predicate = predicate(k.kind());
                  long before = count(dsg, p, predicate);
                  setCount(dsg, p, predicate, before, before + d);
                  pairs.add(p);
                  if (before == 0 && k.kind() == Kind.PAIR_SENTENCES) {
                    // a new pair (a pair has sentences while it exists)
                    dsg.add(GRAPH, p, FIRST_ACTOR, k.a());
                    dsg.add(GRAPH, p, SECOND_ACTOR, k.b());
                  }
                }
              }
            });
    sourceCounts.forEach(
        (f, d) -> {
          long before = count(dsg, f, SOURCE_COUNT);
          setCount(dsg, f, SOURCE_COUNT, before, before + d);
        });
    holderCounts.forEach(
        (o, d) -> {
          long before = count(dsg, o, HOLDER_COUNT);
          setCount(dsg, o, HOLDER_COUNT, before, before + d);
        });
    delta.examples().apply(dsg, GRAPH);
    for (Node p : pairs) {
      if (count(dsg, p, SENTENCE_COUNT) == 0 && count(dsg, p, PAIR_ARTICLE_COUNT) == 0) {
        dsg.deleteAny(GRAPH, p, FIRST_ACTOR, Node.ANY);
        dsg.deleteAny(GRAPH, p, SECOND_ACTOR, Node.ANY);
      }
    }
  }

  /**
   * The dataset below the text index, where the summary is written: its labels would otherwise be
   * indexed for text search a second time (the transaction of the text dataset covers it).
   */
  private static DatasetGraph belowTextIndex(DatasetGraph dsg) {
    return dsg instanceof org.apache.jena.query.text.DatasetGraphText t ? t.getWrapped() : dsg;
  }

  /** The predicate of a kind of count. */
  private static Node predicate(Kind kind) {
    return switch (kind) {
      case ENTITY_ARTICLES -> ARTICLE_COUNT;
      case FACT_ARTICLES -> FACT_ARTICLE_COUNT;
      case FACT_SOURCE_ARTICLES -> SOURCE_ARTICLE_COUNT;
      case PAIR_SENTENCES -> SENTENCE_COUNT;
      case PAIR_ARTICLES -> PAIR_ARTICLE_COUNT;
      case CURRENT_SPAN_ARTICLES, CURRENT_POSITION_ARTICLES -> CURRENT_ARTICLE_COUNT;
      case DESCRIPTION -> throw new IllegalArgumentException("a description has its own");
    };
  }

  /** The node that holds the count of a description triple. */
  private static Node descriptionNode(Key k) {
    return node("description", k.a(), k.p(), k.b());
  }

  /** The node that holds the count of a (position, span of days). */
  private static Node spanNode(Key k) {
    return node("span", k.a(), k.b(), k.p());
  }

  private static long count(DatasetGraph dsg, Node s, Node p) {
    Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
    long n = 0;
    while (it.hasNext()) {
      Node o = it.next().getObject();
      n += ((Number) o.getLiteralValue()).longValue();
    }
    return n;
  }

  /**
   * Replaces the count {@code before} (as {@link #count} read it; 0 when there is none) by {@code
   * after}: nothing for an unchanged count, no delete for a new one, no add for one that drops to
   * 0.
   */
  private static void setCount(DatasetGraph dsg, Node s, Node p, long before, long after) {
    if (before == after) {
      return;
    }
    if (before != 0) {
      dsg.deleteAny(GRAPH, s, p, Node.ANY);
    }
    if (after != 0) {
      dsg.add(GRAPH, s, p, integer(after));
    }
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /** The summary node of a (fact, source) or (actor, actor) pair: a hash of the two terms. */
  static Node node(String what, Node... terms) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Node t : terms) {
        md.update(NodeFmtLib.strNT(t).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      byte[] h = md.digest();
      StringBuilder sb = new StringBuilder("urn:actorgraph:summary:").append(what).append(':');
      for (int i = 0; i < 16; i++) {
        sb.append(String.format("%02x", h[i]));
      }
      return NodeFactory.createURI(sb.toString());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
    Computed c = compute(store);
    DatasetGraph dsg = belowTextIndex(store);
    Txn.executeWrite(
        store,
        () -> {
          for (Node p : PREDICATES) {
            dsg.deleteAny(GRAPH, Node.ANY, p, Node.ANY);
          }
          dsg.add(GRAPH, MARKER, RDF.type.asNode(), SUMMARY);
          for (Triple t : c.triples) {
            dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
          }
        });
    LOG.info("Summarised {} article graphs: {} summary triples", c.articles, c.triples.size());
    return new Result(c.articles, c.triples.size());
  }

  /**
   * Compares the stored summary with one computed from the article graphs now: the differences, at
   * most {@code limit} of them ("missing: ..." for a triple a rebuild would write and the store
   * lacks, "extra: ..." for the reverse), empty when they agree.
   */
  public static List<String> check(DatasetGraph dsg, int limit) {
    Computed c = compute(dsg);
    Set<Triple> stored =
        Txn.calculateRead(
            dsg,
            () -> {
              Set<Triple> out = new HashSet<>();
              for (Node p : PREDICATES) {
                dsg.find(GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
              }
              if (!isKept(dsg)) {
                out.add(
                    Triple.create(
                        MARKER, RDF.type.asNode(), NodeFactory.createLiteralString("missing")));
              }
              return out;
            });
    List<String> diffs = new ArrayList<>();
    for (Triple t : c.triples) {
      if (!stored.contains(t) && diffs.size() < limit) {
        diffs.add("missing: " + NodeFmtLib.str(t));
      }
    }
    Set<Triple> wanted = new HashSet<>(c.triples);
    for (Triple t : stored) {
      if (!wanted.contains(t) && diffs.size() < limit) {
        diffs.add("extra: " + NodeFmtLib.str(t));
      }
    }
    return diffs;
  }

  /**
   * The summary of the article graphs of {@code dsg} as a graph (the triples {@link #rebuild} would
   * store), e.g. for an in-memory dataset in tests.
   */
  public static Graph summaryGraph(DatasetGraph dsg) {
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    compute(dsg).triples.forEach(g::add);
    return g;
  }

  private record Computed(int articles, List<Triple> triples) {}

  private static Computed compute(DatasetGraph dsg) {
    SummaryCounts all = new SummaryCounts();
    int[] articles = {0};
    Txn.executeRead(
        dsg,
        () -> {
          List<Node> names = new ArrayList<>();
          dsg.listGraphNodes().forEachRemaining(names::add);
          for (Node name : names) {
            if (!ActorgraphStore.VOCABULARY_GRAPHS.contains(name)) {
              all.addGraph(dsg.getGraph(name), 1);
              articles[0]++;
            }
          }
        });
    List<Triple> triples = new ArrayList<>();
    Map<Node, Long> sources = new HashMap<>();
    Map<Node, Long> holders = new HashMap<>();
    all.counts()
        .forEach(
            (k, n) -> {
              switch (k.kind()) {
                case ENTITY_ARTICLES, FACT_ARTICLES ->
                    triples.add(Triple.create(k.a(), predicate(k.kind()), integer(n)));
                case FACT_SOURCE_ARTICLES -> {
                  Node c = node("source", k.a(), k.b());
                  triples.add(Triple.create(c, COUNTED_FACT, k.a()));
                  triples.add(Triple.create(c, COUNTED_SOURCE, k.b()));
                  triples.add(Triple.create(c, SOURCE_ARTICLE_COUNT, integer(n)));
                  sources.merge(k.a(), 1L, Long::sum);
                }
                case DESCRIPTION -> {
                  triples.add(Triple.create(descriptionNode(k), DESCRIPTION_COUNT, integer(n)));
                  triples.add(Triple.create(k.a(), k.p(), k.b()));
                }
                case CURRENT_SPAN_ARTICLES -> {
                  Node c = spanNode(k);
                  triples.add(Triple.create(c, COUNTED_POSITION, k.a()));
                  triples.add(Triple.create(c, SPAN_START, k.b()));
                  triples.add(Triple.create(c, SPAN_END, k.p()));
                  triples.add(Triple.create(c, CURRENT_ARTICLE_COUNT, integer(n)));
                }
                case CURRENT_POSITION_ARTICLES -> {
                  triples.add(Triple.create(k.a(), CURRENT_ARTICLE_COUNT, integer(n)));
                  triples.add(Triple.create(k.a(), CURRENT_OFFICE, k.b()));
                  holders.merge(k.b(), 1L, Long::sum);
                }
                case PAIR_SENTENCES, PAIR_ARTICLES -> {
                  Node p = node("pair", k.a(), k.b());
                  triples.add(Triple.create(p, predicate(k.kind()), integer(n)));
                  if (k.kind() == Kind.PAIR_SENTENCES) {
                    triples.add(Triple.create(p, FIRST_ACTOR, k.a()));
                    triples.add(Triple.create(p, SECOND_ACTOR, k.b()));
                  }
                }
              }
            });
    sources.forEach((f, n) -> triples.add(Triple.create(f, SOURCE_COUNT, integer(n))));
    holders.forEach((o, n) -> triples.add(Triple.create(o, HOLDER_COUNT, integer(n))));
    all.examples()
        .smallest()
        .forEach(
            (p, id) ->
                triples.add(
                    Triple.create(
                        p,
                        PositionExamples.EXAMPLE_ARTICLE_ID,
                        NodeFactory.createLiteralString(id))));
    triples.add(Triple.create(MARKER, RDF.type.asNode(), SUMMARY));
    return new Computed(articles[0], triples);
  }
}
