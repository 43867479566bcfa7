package org.actorgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.vocab.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The terms the store's summary is written with ({@link StoreSummary}): its predicates as nodes,
 * the nodes that hold a count of two or more terms ({@link #node}), and its integer literals.
 */
final class SummaryTerms {

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
  static final Node EXAMPLE_ARTICLE_ID = AG.exampleArticleId.asNode();

  /** The predicates of a fact's participants, as the queries list them. */
  static final List<Node> ROLES =
      Stream.of(
              AG.holder,
              AG.organisation,
              AG.member,
              AG.part,
              AG.whole,
              AG.located,
              AG.location,
              AG.source,
              AG.target,
              AG.party,
              AG.speaker,
              AG.contestant)
          .map(Property::asNode)
          .toList();

  /**
   * Every predicate of the summary's triples (those of the counts and those of the descriptions it
   * copies, a fact's participants among them), which a rebuild clears and a check reads.
   */
  static final List<Node> PREDICATES =
      Stream.concat(
              Stream.of(
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
                  EXAMPLE_ARTICLE_ID,
                  RDFS.label.asNode(),
                  RDF.type.asNode(),
                  AG.role.asNode(),
                  AG.headOf.asNode()),
              ROLES.stream())
          .toList();

  private SummaryTerms() {}

  /** {@code n} as an {@code xsd:integer} literal. */
  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /**
   * The summary node of a (fact, source), (actor, actor), description, span or office: {@code
   * urn:actorgraph:summary:{what}:{hash}}, a hash of the terms.
   */
  static Node node(String what, Node... terms) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Node t : terms) {
        md.update(org.apache.jena.riot.out.NodeFmtLib.strNT(t).getBytes(StandardCharsets.UTF_8));
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
}
