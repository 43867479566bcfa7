package org.actorgraph.store;

import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.jena.vocabulary.RDF;

/**
 * What an article graph contributes to the summary for the positions it states as current ({@code
 * ag:roleStatus ag:roleCurrent} on a view of an {@code ag:Position}), as {@code
 * contradicting-offices} compares them: the articles per span of days that date them ({@link
 * #spans}), per office ({@link #office}), the positions' roles, and their example articles ({@link
 * PositionExamples}).
 */
final class CurrentPositions {

  static final Node VIEW_OF = AG.viewOf.asNode();
  static final Node ARTICLE = AG.article.asNode();
  static final Node POSITION = AG.Position.asNode();
  static final Node ROLE_STATUS = AG.roleStatus.asNode();
  static final Node ROLE_CURRENT = AG.roleCurrent.asNode();
  static final Node ARTICLE_ID = AG.articleId.asNode();
  private static final Node EXTRACTED_AT = AG.extractedAt.asNode();
  private static final Node START_DATE = AG.startDate.asNode();
  private static final Node END_DATE = AG.endDate.asNode();
  private static final Node ORGANISATION = AG.organisation.asNode();
  private static final Node ROLE = AG.role.asNode();

  private CurrentPositions() {}

  /**
   * Adds to {@code counts}, {@code sign} times, each position {@code g} states as current, once per
   * article and span of days, and once per article for its office; and the ids of those articles,
   * for {@link PositionExamples}.
   */
  static void add(Graph g, int sign, SummaryCounts counts) {
    Map<Key, Set<Node>> articles = new HashMap<>();
    Map<Node, Set<Node>> dated = new HashMap<>();
    g.find(Node.ANY, ROLE_STATUS, ROLE_CURRENT)
        .forEachRemaining(
            status -> {
              Node view = status.getSubject();
              for (Node p : g.find(view, VIEW_OF, Node.ANY).mapWith(Triple::getObject).toList()) {
                if (!g.contains(p, RDF.type.asNode(), POSITION)) {
                  continue;
                }
                for (Node a : g.find(view, ARTICLE, Node.ANY).mapWith(Triple::getObject).toList()) {
                  Set<List<Node>> spans = spans(g, a);
                  if (!spans.isEmpty() && dated.computeIfAbsent(p, x -> new HashSet<>()).add(a)) {
                    counts.examples().add(p, PositionExamples.ids(g, a), sign);
                  }
                  for (List<Node> span : spans) {
                    articles
                        .computeIfAbsent(
                            new Key(Kind.CURRENT_SPAN_ARTICLES, p, span.get(0), span.get(1)),
                            k -> new HashSet<>())
                        .add(a);
                  }
                }
              }
            });
    articles.forEach((k, a) -> counts.add(k, (long) sign * a.size()));
    dated.forEach(
        (p, a) -> {
          counts.describe(g, p, ROLE, sign);
          for (Node o : g.find(p, ORGANISATION, Node.ANY).mapWith(Triple::getObject).toList()) {
            for (Node r : g.find(p, ROLE, Node.ANY).mapWith(Triple::getObject).toList()) {
              counts.add(
                  new Key(Kind.CURRENT_POSITION_ARTICLES, p, office(o, r)), (long) sign * a.size());
            }
          }
        });
  }

  /**
   * The summary node of an office: one role in one organisation ({@code ag:organisation}, {@code
   * ag:role} of its positions), {@code urn:actorgraph:summary:office:{hash}}.
   */
  static Node office(Node organisation, Node role) {
    return SummaryTerms.node("office", organisation, role);
  }

  /**
   * The spans of days (first, last) that date what an article states, as {@code
   * contradicting-offices} reads them: its {@code ag:startDate} with its {@code ag:endDate} when it
   * has both, else the day of its {@code ag:extractedAt} (the first ten characters as an {@code
   * xsd:date}); none for an article without an {@code ag:articleId} or {@code ag:extractedAt}.
   */
  static Set<List<Node>> spans(Graph g, Node article) {
    List<Node> extracted =
        g.find(article, EXTRACTED_AT, Node.ANY).mapWith(Triple::getObject).toList();
    if (extracted.isEmpty() || !g.contains(article, ARTICLE_ID, Node.ANY)) {
      return Set.of();
    }
    List<Node> starts = g.find(article, START_DATE, Node.ANY).mapWith(Triple::getObject).toList();
    List<Node> ends = g.find(article, END_DATE, Node.ANY).mapWith(Triple::getObject).toList();
    Set<List<Node>> out = new HashSet<>();
    if (!starts.isEmpty() && !ends.isEmpty()) {
      for (Node s : starts) {
        for (Node e : ends) {
          out.add(List.of(s, e));
        }
      }
      return out;
    }
    for (Node x : extracted) {
      String lex = SummaryCounts.str(x);
      String day = lex.length() > 10 ? lex.substring(0, 10) : lex;
      if (XSDDatatype.XSDdate.isValid(day)) {
        Node d = NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate);
        out.add(List.of(d, d));
      }
    }
    return out;
  }
}
