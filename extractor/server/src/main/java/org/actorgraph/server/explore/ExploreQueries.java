package org.actorgraph.server.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

/**
 * The graph page's queries over the served dataset, each from a resource {@code .rq} file next to
 * this class. Request values reach a query only as a substituted variable or as VALUES data added
 * to the parsed query, never as query text.
 */
final class ExploreQueries {

  /** The most facts of one actor that {@link #factsOf} reads (the LIMIT in facts-of-actor.rq). */
  static final int MAX_FACTS = 5000;

  /** Each query is stopped after this long (QueryCancelledException). */
  static final long TIMEOUT_SECONDS = 20;

  /** Words of a search, at most this many. */
  static final int MAX_WORDS = 6;

  private static final java.util.Set<String> SYMMETRIC =
      java.util.Set.of(RelationKind.AGREEMENT.id(), RelationKind.CONTEST.id());
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final DatasetGraph dataset;
  private final String search = text("search.rq");
  private final String factsOfActor = text("facts-of-actor.rq");
  private final String entities = text("entities.rq");
  private final String evidence = text("evidence.rq");

  ExploreQueries(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /** A search hit: an entity, its name and type, Lucene score and number of articles. */
  record Hit(String iri, String label, String type, double score, int articles) {}

  /** An entity as the page shows a node: name, type local name, Wikidata id, articles. */
  record Entity(String iri, String label, String type, String wikidata, int articles) {}

  /** One evidence mention of a fact, with its sentence and article. */
  record Evidence(
      String fact,
      String mention,
      String sentence,
      String article,
      String headline,
      String articleId,
      String published,
      String role,
      String trigger,
      String name) {}

  /**
   * The Lucene query for the words of {@code userText}: every word (letters and digits only, at
   * most {@link #MAX_WORDS}) as a prefix, over names and aliases; null when there is no word.
   */
  static String lucene(String userText) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_WORD.split(userText == null ? "" : userText)) {
      if (!w.isEmpty() && words.size() < MAX_WORDS) {
        String lower = w.toLowerCase(Locale.ROOT);
        words.add(lower.length() >= 2 ? lower + "*" : lower);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String all = "(" + String.join(" AND ", words) + ")";
    return "label:" + all + " OR altLabel:" + all;
  }

  /** Entities whose names match the words of {@code userText}, best first. */
  List<Hit> search(String userText) {
    String lucene = lucene(userText);
    if (lucene == null) {
      return List.of();
    }
    Query q = QueryFactory.create(search);
    List<Hit> hits = new ArrayList<>();
    for (Binding b : select(q, Map.of("lucene", NodeFactory.createLiteralString(lucene)))) {
      hits.add(
          new Hit(
              uri(b, "entity"),
              string(b, "label"),
              localName(b, "type"),
              number(b, "score"),
              (int) number(b, "articles")));
    }
    return hits;
  }

  /**
   * The facts that link {@code actorIri} to another entity (at most {@link #MAX_FACTS}), the
   * parties of agreements and contests in IRI order.
   */
  List<FactLink> factsOf(String actorIri) {
    return factsBetween(actorIri, null);
  }

  /**
   * The facts that link {@code actorIri} to {@code otherIri} (to any other entity when null), at
   * most {@link #MAX_FACTS}.
   */
  List<FactLink> factsBetween(String actorIri, String otherIri) {
    Query q = QueryFactory.create(factsOfActor);
    Map<String, Node> bound = new java.util.HashMap<>();
    bound.put("actor", NodeFactory.createURI(actorIri));
    if (otherIri != null) {
      bound.put("other", NodeFactory.createURI(otherIri));
    }
    List<FactLink> out = new ArrayList<>();
    for (Binding b : select(q, bound)) {
      String code = b.contains("cameo") && b.get("cameo").isURI() ? b.get("cameo").getURI() : null;
      String kind = string(b, "kind");
      String source = uri(b, "source");
      String target = uri(b, "target");
      if (SYMMETRIC.contains(kind) && source.compareTo(target) > 0) {
        String first = target;
        target = source;
        source = first;
      }
      out.add(
          new FactLink(
              uri(b, "fact"),
              kind,
              source,
              target,
              cameoRoot(code),
              b.contains("confidence") ? number(b, "confidence") : Double.NaN,
              string(b, "date"),
              string(b, "published")));
    }
    return out;
  }

  /** Name, type, Wikidata id and article count of the entities that have a name. */
  Map<String, Entity> entities(Collection<String> iris) {
    Map<String, Entity> out = new LinkedHashMap<>();
    if (iris.isEmpty()) {
      return out;
    }
    Query q = QueryFactory.create(entities);
    withValues(q, "entity", iris);
    for (Binding b : select(q, Map.of())) {
      String iri = uri(b, "entity");
      out.put(
          iri,
          new Entity(
              iri,
              string(b, "label"),
              localName(b, "type"),
              string(b, "wikidata"),
              (int) number(b, "articles")));
    }
    return out;
  }

  /** The evidence mentions of {@code facts}, in fact, article and mention order. */
  List<Evidence> evidence(Collection<String> facts) {
    if (facts.isEmpty()) {
      return List.of();
    }
    Query q = QueryFactory.create(evidence);
    withValues(q, "fact", facts);
    List<Evidence> out = new ArrayList<>();
    for (Binding b : select(q, Map.of())) {
      out.add(
          new Evidence(
              uri(b, "fact"),
              uri(b, "mention"),
              b.contains("sentence") ? string(b, "sentence") : string(b, "anchor"),
              uri(b, "article"),
              string(b, "headline"),
              string(b, "articleId"),
              string(b, "published"),
              string(b, "role"),
              string(b, "trigger"),
              string(b, "name")));
    }
    return out;
  }

  /** The two-digit root of a CAMEO concept IRI ({@code .../cameo/0412} gives 04), or null. */
  static String cameoRoot(String iri) {
    if (iri == null || !iri.startsWith(AG.CAMEO)) {
      return null;
    }
    String code = iri.substring(AG.CAMEO.length());
    return code.length() >= 2
            && Character.isDigit(code.charAt(0))
            && Character.isDigit(code.charAt(1))
        ? code.substring(0, 2)
        : null;
  }

  /** Puts {@code VALUES ?var { <iri> ... }} first in the query's pattern (data, not text). */
  private static void withValues(Query q, String var, Collection<String> iris) {
    Var v = Var.alloc(var);
    ElementData data = new ElementData();
    data.add(v);
    for (String iri : iris) {
      data.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
    }
    ((ElementGroup) q.getQueryPattern()).getElements().add(0, data);
  }

  private List<Binding> select(Query q, Map<String, Node> substitution) {
    return Txn.calculateRead(
        dataset,
        () -> {
          var builder =
              QueryExec.dataset(dataset).query(q).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          substitution.forEach(builder::substitution);
          try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            return out;
          }
        });
  }

  private static String uri(Binding b, String var) {
    Node n = b.get(var);
    return n != null && n.isURI() ? n.getURI() : null;
  }

  private static String string(Binding b, String var) {
    Node n = b.get(var);
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
  }

  private static double number(Binding b, String var) {
    Node n = b.get(var);
    if (n == null || !n.isLiteral() || !(n.getLiteralValue() instanceof Number num)) {
      return Double.NaN;
    }
    return num.doubleValue();
  }

  private static String localName(Binding b, String var) {
    String iri = uri(b, var);
    return iri == null ? null : iri.substring(iri.lastIndexOf('#') + 1);
  }

  private static String text(String name) {
    try (InputStream in = ExploreQueries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + ": query missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
