package org.actorgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.state.NLPState;
import edu.emory.mathcs.nlp.component.template.train.HyperParameter;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class DecodingFeatureTemplateTest {

  private static final String TEXT =
      "Freedonia and Sylvania signed a defence pact on Monday. Jane Doe was received by President"
          + " John Roe in the capital. The talks, hosted by Ruritania's foreign minister, ended"
          + " without a deal. Doe criticised Roe's plan, which she called \"reckless\". Officials"
          + " from the Ruritanian-led bloc, including its secretary-general, said they would not"
          + " attend. Protesters clashed with police in Ost-Marsh; 12 were hurt. Mr O'Neill, 67,"
          + " resigned as chief executive of Acme Corp. after 3 years.";

  /**
   * NLP4J's own feature template over the same features, maps and indexes as {@code decoding},
   * which checks at every transition that {@code decoding} builds the same vector and then returns
   * NLP4J's.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class Checking extends FeatureTemplate {
    private static final long serialVersionUID = 1L;
    private final FeatureTemplate decoding;
    int vectors;
    final List<String> differences = new ArrayList<>();

    Checking(FeatureTemplate decoding) throws ReflectiveOperationException {
      super(null, new HyperParameter());
      this.decoding = decoding;
      for (String name :
          List.of("feature_list", "feature_set", "word_embeddings", "feature_map", "cutoff")) {
        Field f = FeatureTemplate.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(this, f.get(decoding));
      }
    }

    @Override
    public SparseVector createSparseVector(NLPState state, boolean isTrain) {
      SparseVector nlp4j = super.createSparseVector(state, isTrain);
      SparseVector ours = decoding.createSparseVector(state, isTrain);
      vectors++;
      String a = items(nlp4j);
      String b = items(ours);
      if (!a.equals(b)) {
        differences.add(a + " <> " + b);
      }
      return nlp4j;
    }
  }

  private static String items(SparseVector v) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      SparseItem item = v.get(i);
      out.append(item.getIndex()).append(':').append(item.getValue()).append(' ');
    }
    return out.append("max ").append(v.maxIndex()).toString();
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void theTaggerAndParserBuildNlp4jsVectorsAtEveryTransition() throws Exception {
    List<Sentence> sentences =
        OpenNlpAnnotator.forThisThread().annotate(Article.of("t", TEXT)).sentences();
    Nlp4jDependencyParser parser = Nlp4jDependencyParser.standard();
    List<DependencyTree> decoded = sentences.stream().map(parser::parse).toList();

    Nlp4jDependencyParser.Components c = parser.components();
    List<OnlineComponent<NLPNode, ?>> components = List.of(c.tagger(), c.parser());
    List<FeatureTemplate> installed = new ArrayList<>();
    List<Checking> checks = new ArrayList<>();
    try {
      for (OnlineComponent component : components) {
        FeatureTemplate template = component.getFeatureTemplate();
        assertInstanceOf(DecodingFeatureTemplate.class, template);
        installed.add(template);
        Checking check = new Checking(template);
        checks.add(check);
        component.setFeatureTemplate(check);
      }
      List<DependencyTree> reference = sentences.stream().map(parser::parse).toList();
      assertEquals(reference, decoded);
    } finally {
      for (int i = 0; i < installed.size(); i++) {
        ((OnlineComponent) components.get(i)).setFeatureTemplate(installed.get(i));
      }
    }
    for (Checking check : checks) {
      assertTrue(check.vectors > 50, "vectors compared: " + check.vectors);
      assertEquals(List.of(), check.differences);
    }
  }

  @Test
  void powersOf31AreTheFactorsOfStringHashCodes() {
    for (String a : List.of("", "x", "NNP", "nsubj", "Ünïcødé", "a_b")) {
      for (String b :
          List.of("", "y", "VBD", "über-long-lemma-with-hyphens-and-more-than-64-chars-in-it")) {
        assertEquals(
            (a + b).hashCode(),
            a.hashCode() * DecodingFeatureTemplate.power31(b.length()) + b.hashCode(),
            a + "|" + b);
      }
    }
  }
}
