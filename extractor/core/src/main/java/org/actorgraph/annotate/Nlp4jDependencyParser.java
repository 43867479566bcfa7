package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.state.NLPState;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dependency parser from NLP4J 1.1.3 (Emory University, Apache-2.0): its part-of-speech tagger,
 * morphological analyser (lemmas) and transition-based parser, run over the sentence's own tokens.
 * NLP4J's named-entity recogniser and word embeddings are not loaded (the models do not use them).
 *
 * <p>The models are read once per JVM, in a background thread started by {@link #standard()}, so
 * that they load while the rest of the pipeline starts; the first {@link #parse} waits for them.
 * The NLP4J components keep no state between calls when decoding, so one set serves all threads.
 * See PARSER.md for load time, memory and speed.
 */
public final class Nlp4jDependencyParser implements DependencyParser {

  private static final Logger LOG = LoggerFactory.getLogger(Nlp4jDependencyParser.class);

  /** Longer sentences are not parsed (transition parsing is linear, but feature costs add up). */
  static final int MAX_TOKENS = 150;

  private static CompletableFuture<Components> loading;

  private final CompletableFuture<Components> components;

  private Nlp4jDependencyParser(CompletableFuture<Components> components) {
    this.components = components;
  }

  /** The parser over the models packed into the class path; starts loading them if not yet. */
  public static synchronized Nlp4jDependencyParser standard() {
    if (loading == null) {
      loading = CompletableFuture.supplyAsync(Components::load);
    }
    return new Nlp4jDependencyParser(loading);
  }

  @Override
  public DependencyTree parse(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (n == 0 || n > MAX_TOKENS) {
      return flat(n);
    }
    NLPNode[] nodes = new NLPNode[n + 1];
    nodes[0] = new NLPNode();
    for (int i = 0; i < n; i++) {
      nodes[i + 1] = new NLPNode(i + 1, tokens.get(i).text());
    }
    components().process(nodes);
    List<Integer> heads = new ArrayList<>(n);
    List<String> labels = new ArrayList<>(n);
    List<String> tags = new ArrayList<>(n);
    List<String> lemmas = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      NLPNode node = nodes[i];
      NLPNode head = node.getDependencyHead();
      int h = head == null ? 0 : head.getID();
      heads.add(h == 0 || h == i ? DependencyTree.ROOT : h - 1);
      labels.add(node.getDependencyLabel() == null ? "dep" : node.getDependencyLabel());
      tags.add(node.getPartOfSpeechTag() == null ? "" : node.getPartOfSpeechTag());
      lemmas.add(node.getLemma() == null ? tokens.get(i - 1).lemma() : node.getLemma());
    }
    OpeningSubjects.repair(heads, labels, tags);
    ReducedRelatives.repair(heads, labels, tags);
    return new DependencyTree(heads, labels, tags, lemmas);
  }

  /** A tree with every token a root, for sentences that are not parsed. */
  private static DependencyTree flat(int n) {
    List<Integer> heads = new ArrayList<>(n);
    List<String> labels = new ArrayList<>(n);
    List<String> none = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      heads.add(DependencyTree.ROOT);
      labels.add("root");
      none.add("");
    }
    return new DependencyTree(heads, labels, none, none);
  }

  /** The loaded components, waiting for them if they are still loading. */
  Components components() {
    try {
      return components.join();
    } catch (CompletionException e) {
      throw new IllegalStateException(
          "NLP4J models could not be loaded (" + e.getCause() + "); they need about 1.5 GB of heap",
          e.getCause());
    }
  }

  /** The loaded NLP4J components, read-only once built. */
  record Components(
      GlobalLexica<NLPNode> lexica,
      OnlineComponent<NLPNode, ?> tagger,
      MorphologicalAnalyzer<NLPNode> morphology,
      OnlineComponent<NLPNode, ?> parser) {

    void process(NLPNode[] nodes) {
      lexica.process(nodes);
      tagger.process(nodes);
      repairTags(nodes);
      morphology.process(nodes);
      parser.process(nodes);
    }

    /** Gives a sentence the tagger left without a finite verb its verb ({@link FiniteVerbs}). */
    private static void repairTags(NLPNode[] nodes) {
      List<String> words = new ArrayList<>(nodes.length - 1);
      List<String> tags = new ArrayList<>(nodes.length - 1);
      for (int i = 1; i < nodes.length; i++) {
        words.add(nodes[i].getWordForm());
        tags.add(nodes[i].getPartOfSpeechTag());
      }
      int v = FiniteVerbs.pastTense(words, tags);
      if (v >= 0) {
        nodes[v + 1].setPartOfSpeechTag("VBD");
      }
    }

    static Components load() {
      long start = System.nanoTime();
      CompletableFuture<OnlineComponent<NLPNode, ?>> dep =
          CompletableFuture.supplyAsync(() -> component(Nlp4jPacker.DEP));
      GlobalLexica<NLPNode> lexica =
          new GlobalLexica<>(
              new ByteArrayInputStream("<configuration/>".getBytes(StandardCharsets.UTF_8)));
      lexica.setAmbiguityClasses(
          new GlobalLexicon<>(
              table(Nlp4jPacker.AMBIGUITY, List::copyOf),
              Field.word_form_simplified_lowercase,
              "ambiguity classes"));
      lexica.setWordClusters(
          new GlobalLexicon<>(
              table(Nlp4jPacker.CLUSTERS, Set::copyOf),
              Field.word_form_simplified_lowercase,
              "Brown clusters"));
      OnlineComponent<NLPNode, ?> pos = component(Nlp4jPacker.POS);
      Components c =
          new Components(lexica, pos, new MorphologicalAnalyzer<>(Language.ENGLISH), dep.join());
      LOG.info("NLP4J models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return c;
    }

    @SuppressWarnings("unchecked")
    private static OnlineComponent<NLPNode, ?> component(String name) {
      try (ObjectInputStream in = new ObjectInputStream(open(name))) {
        OnlineComponent<NLPNode, ?> c = (OnlineComponent<NLPNode, ?>) in.readObject();
        c.setFlag(NLPFlag.DECODE);
        ArrayColumnVector.install(c.getOptimizer().getWeightVector());
        FeatureIndexes.singleProbe(c.getFeatureTemplate());
        decodeFaster(c);
        return c;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read NLP4J model " + name, e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("NLP4J model " + name + " needs a missing class", e);
      }
    }

    /** Gives {@code component} a {@link DecodingFeatureTemplate} copy of its feature template. */
    private static <S extends NLPState<NLPNode>> void decodeFaster(
        OnlineComponent<NLPNode, S> component) {
      component.setFeatureTemplate(DecodingFeatureTemplate.of(component.getFeatureTemplate()));
    }

    /**
     * A lexicon of lines {@code word TAB value value ...}; equal value lists are shared (600,000
     * words have 1,500 distinct cluster sets).
     */
    private static <V> Map<String, V> table(String name, Function<List<String>, V> make) {
      Map<String, V> out = new HashMap<>(1 << 20);
      Map<String, V> shared = new HashMap<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = r.readLine()) != null) {
          int tab = line.indexOf('\t');
          String values = line.substring(tab + 1);
          V v = shared.get(values);
          if (v == null) {
            v = make.apply(values.isEmpty() ? List.of() : List.of(values.split(" ")));
            shared.put(values, v);
          }
          out.put(line.substring(0, tab), v);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read NLP4J lexicon " + name, e);
      }
      return out;
    }

    private static InputStream open(String name) throws IOException {
      String resource = Nlp4jPacker.TARGET + name;
      InputStream in = Nlp4jDependencyParser.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IOException(resource + " is not on the class path (run mvn package)");
      }
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
  }
}
