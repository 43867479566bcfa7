package org.actorgraph.annotate;

import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Build step (run by Maven in {@code process-classes}, not at extraction time): copies the four
 * NLP4J resources the parser needs out of the {@code nlp4j-english} model jar into the class
 * output, in forms that load fast: the part-of-speech and dependency models as gzip instead of xz,
 * re-serialised with their weights in one array ({@link ArrayColumnVector}), the ambiguity-class
 * and Brown-cluster lexica as gzip'd text lines {@code word TAB value value ...} instead of
 * serialised hash maps.
 *
 * <p>Design decision: the model jar is 261 MB, most of it a word-embedding lexicon the parser does
 * not use (its feature templates read only ambiguity classes, Brown clusters, lemmas and tags). As
 * shipped, loading takes 14 s and 1.1 GB of heap (xz decoding 3-5 s, and 600,000 small hash sets of
 * cluster strings, 430 MB); repacked it takes about 4 s and 0.7 GB. See PARSER.md.
 */
public final class Nlp4jPacker {

  static final String SOURCE = "edu/emory/mathcs/nlp/";
  static final String TARGET = "org/actorgraph/annotate/nlp4j/";
  static final String POS = "en-pos-v2.ser.gz";
  static final String DEP = "en-dep-v2.ser.gz";
  static final String AMBIGUITY = "en-ambiguity-classes.tsv.gz";
  static final String CLUSTERS = "en-brown-clusters.tsv.gz";

  private Nlp4jPacker() {}

  /**
   * @param args the class output directory
   */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path out = Path.of(args[0]).resolve(TARGET);
    Files.createDirectories(out);
    // Models packed by earlier versions of this class; only an old build tree has them.
    for (String old : List.of("en-pos", "en-dep")) {
      Files.deleteIfExists(out.resolve(old + ".ser.gz"));
    }
    repack(SOURCE + "models/en-pos.xz", out.resolve(POS));
    repack(SOURCE + "models/en-dep.xz", out.resolve(DEP));
    lexicon(SOURCE + "lexica/en-ambiguity-classes-simplified-lowercase.xz", out.resolve(AMBIGUITY));
    lexicon(SOURCE + "lexica/en-brown-clusters-simplified-lowercase.xz", out.resolve(CLUSTERS));
  }

  private static InputStream xz(String resource) throws IOException {
    InputStream in = Nlp4jPacker.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is not on the class path (nlp4j-english)");
    }
    return new XZInputStream(new BufferedInputStream(in, 1 << 16));
  }

  private static OutputStream gzip(Path file) throws IOException {
    return new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        },
        1 << 16);
  }

  /**
   * Re-serialises a model with its weights in an {@link ArrayColumnVector}: one {@code float[]}
   * that {@link ObjectInputStream} reads in bulk, where NLP4J's gap list reads its 114 million
   * parser weights one {@code readFloat} at a time (and the parser then copied them into an array
   * at every start), and its feature indexes as {@link FeatureIndexes.SingleProbeMap}s, whose
   * tables are then read rather than built at every start.
   */
  private static void repack(String resource, Path file)
      throws IOException, ClassNotFoundException {
    if (Files.exists(file)) {
      return;
    }
    OnlineComponent<?, ?> component;
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(xz(resource)))) {
      component = (OnlineComponent<?, ?>) in.readObject();
    }
    ArrayColumnVector.install(component.getOptimizer().getWeightVector());
    FeatureIndexes.singleProbe(component.getFeatureTemplate());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (ObjectOutputStream out = new ObjectOutputStream(gzip(tmp))) {
      out.writeObject(component);
    }
    Files.move(tmp, file);
  }

  @SuppressWarnings("unchecked")
  private static void lexicon(String resource, Path file)
      throws IOException, ClassNotFoundException {
    if (Files.exists(file)) {
      return;
    }
    Map<?, ?> map;
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(xz(resource)))) {
      map = (Map<?, ?>) in.readObject();
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer w =
        new BufferedWriter(new OutputStreamWriter(gzip(tmp), StandardCharsets.UTF_8), 1 << 16)) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0) {
          continue;
        }
        w.write(key);
        w.write('\t');
        w.write(String.join(" ", (Collection<String>) e.getValue()));
        w.write('\n');
      }
    }
    Files.move(tmp, file);
  }
}
