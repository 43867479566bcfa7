package org.actorgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads N-Quads files (one named graph per article, as {@code extract -f nq} writes them) into an
 * {@link ActorgraphStore} with a TDB2 bulk loader, and adds the text index entries of what was
 * loaded, as the text dataset would have done for a transactional load.
 *
 * <p>Re-loading keeps the store's rule that an article's graph is replaced: graphs that the files
 * name and the store already holds are first removed through the text dataset (one write
 * transaction), which also deletes their index entries. A store that holds no article graph yet
 * (only the vocabularies) skips that step and the extra read of the files it takes.
 *
 * <p>Design decision: the bulk loader writes the TDB2 indexes directly, below the text dataset, so
 * nothing reaches the Lucene index on its own. The quads are therefore read once and handed both to
 * the loader and, when their predicate is one the entity map indexes, to the index as the entity
 * {@link TextQueryFuncs#entityFromQuad} makes (the same one, with the same uid, as a transactional
 * add makes, so that a later replacement deletes it). The index is committed after the loader has
 * finished; on failure it is rolled back. Jena's {@code textindexer} tool does the same over the
 * whole store; this indexes only what was loaded. With the sequential loader, which writes on the
 * calling thread, the files are parsed and the text entries made on a second thread ({@link
 * QuadFeed}).
 *
 * <p>The {@link StoreSummary} is rebuilt after the load (one more read of the whole store), since
 * the loader bypasses the dataset that keeps it.
 *
 * <p>The sequential loader by default (one index at a time): on the shared two-core machine it
 * loaded 600 synthetic articles (0.6 M quads) at 40-41k quads/s in 0.8 GB, against 30-58k for the
 * phased loader and 25-33k for the parallel one, both in 1.7 GB, and used the least CPU per quad on
 * 1 M quads too (docs/PERFORMANCE.md). On more cores the others may win: {@link Kind} chooses.
 */
public final class BulkLoader {

  private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

  /** TDB2's bulk loaders: sequential (the default here), phased, parallel (most threads). */
  public enum Kind {
    PHASED,
    PARALLEL,
    SEQUENTIAL
  }

  /** What a bulk load did. */
  public record Result(
      long quads, long indexed, int replaced, Duration time, Duration summaryTime) {}

  private BulkLoader() {}

  /**
   * Loads the N-Quads {@code files} into {@code store}. No other thread may use the store
   * meanwhile.
   */
  public static Result load(ActorgraphStore store, List<Path> files) {
    return load(store, files, Kind.SEQUENTIAL);
  }

  /** {@link #load(ActorgraphStore, List)} with a chosen TDB2 loader. */
  public static Result load(ActorgraphStore store, List<Path> files, Kind kind) {
    long start = System.nanoTime();
    DatasetGraph text = store.dataset().asDatasetGraph();
    if (!(text instanceof DatasetGraphText dgt)) {
      throw new IllegalStateException(store.dataDir() + ": the store has no text index");
    }
    int replaced = removeExisting(text, files);
    TextIndex index = dgt.getTextIndex();
    DatasetGraph tdb = ((DatasetGraphWrapper) text).getWrapped();
    MonitorOutput monitor = (fmt, args) -> LOG.debug(String.format(fmt, args));
    DataLoader loader =
        switch (kind) {
          case PHASED -> LoaderFactory.phasedLoader(tdb, monitor);
          case PARALLEL -> LoaderFactory.parallelLoader(tdb, monitor);
          case SEQUENTIAL -> LoaderFactory.sequentialLoader(tdb, monitor);
        };
    TextEntries entries = new TextEntries(index);
    loader.startBulk();
    try {
      if (kind == Kind.SEQUENTIAL && files.stream().allMatch(f -> lang(f) == Lang.NQUADS)) {
        // the sequential loader writes on this thread: parse and index the text on another one
        // (N-Quads only: quads and nothing else, no prefixes, which the feed does not carry)
        try (QuadFeed feed = new QuadFeed(files, BulkLoader::parse, entries)) {
          feed.drainTo(loader.stream());
        }
      } else {
        // the phased and parallel loaders already write on threads of their own
        StreamRDF both = new Both(loader.stream(), entries);
        for (Path f : files) {
          parse(f, both);
        }
      }
      loader.finishBulk();
    } catch (RuntimeException | Error e) {
      loader.finishException(e instanceof RuntimeException r ? r : new RuntimeException(e));
      index.rollback();
      throw e;
    }
    index.prepareCommit();
    index.commit();
    // the loader wrote below the dataset: the summary is computed again from the loaded store
    long summaryStart = System.nanoTime();
    StoreSummary.rebuild(text);
    long end = System.nanoTime();
    Result r =
        new Result(
            loader.countQuads(),
            entries.indexed,
            replaced,
            Duration.ofNanos(end - start),
            Duration.ofNanos(end - summaryStart));
    LOG.info(
        "Bulk loaded {} quads ({} text entries) into {}", r.quads(), r.indexed(), store.dataDir());
    return r;
  }

  /**
   * The language of a file from its name, without {@code .gz}: N-Quads if the name says nothing.
   */
  static Lang lang(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - ".gz".length());
    }
    return RDFLanguages.filenameToLang(name, Lang.NQUADS);
  }

  /**
   * Parses one file into {@code dest}: its language from its name (N-Quads if the name says
   * nothing), gzipped when the name ends in {@code .gz}, as the Flink job's archive files are.
   */
  static void parse(Path file, StreamRDF dest) {
    parse(file, dest, true);
  }

  /** {@link #parse(Path, StreamRDF)}, with or without RIOT's checks of IRIs and literals. */
  static void parse(Path file, StreamRDF dest, boolean checking) {
    boolean gzipped = file.getFileName().toString().endsWith(".gz");
    Lang lang = lang(file);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw) {
      RDFParser.source(in).lang(lang).checking(checking).parse(dest);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes, with their index entries, the graphs of {@code files} that the store holds. A store
   * that holds no article graph (only the {@linkplain ActorgraphStore#VOCABULARY_GRAPHS
   * vocabularies}, as a fresh one does) needs no removal, so the files are not read for their graph
   * names; otherwise they are read once more, without RIOT's term checks (the loading pass checks).
   */
  private static int removeExisting(DatasetGraph text, List<Path> files) {
    if (!holdsArticleGraphs(text)) {
      return 0;
    }
    Set<Node> names = new LinkedHashSet<>();
    StreamRDF collect =
        new StreamRDFBase() {
          private Node last;

          @Override
          public void quad(Quad q) {
            // quads of one graph are adjacent in extract's output: one set lookup per graph
            if (!q.getGraph().equals(last)) {
              last = q.getGraph();
              names.add(last);
            }
          }
        };
    files.forEach(f -> parse(f, collect, false));
    int removed = 0;
    text.begin(TxnType.WRITE);
    try {
      for (Node g : names) {
        if (text.containsGraph(g)) {
          text.removeGraph(g);
          removed++;
        }
      }
      text.commit();
    } catch (RuntimeException | Error e) {
      text.abort();
      throw e;
    } finally {
      text.end();
    }
    return removed;
  }

  /** Whether the store holds a named graph other than the vocabularies. */
  static boolean holdsArticleGraphs(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          java.util.Iterator<Node> it = dsg.listGraphNodes();
          while (it.hasNext()) {
            if (!ActorgraphStore.VOCABULARY_GRAPHS.contains(it.next())) {
              return true;
            }
          }
          return false;
        });
  }

  /** Adds the text index entry of every quad whose predicate the entity map indexes. */
  private static final class TextEntries extends StreamRDFBase {
    private final TextIndex index;
    private final EntityDefinition def;
    long indexed; // written by one thread at a time, read after it has ended

    TextEntries(TextIndex index) {
      this.index = index;
      this.def = index.getDocDef();
    }

    @Override
    public void quad(Quad q) {
      if (q.getObject().isLiteral() && def.getField(q.getPredicate()) != null) {
        Entity e = TextQueryFuncs.entityFromQuad(def, q);
        if (e != null) {
          index.addEntity(e);
          indexed++;
        }
      }
    }
  }

  /** Passes every quad to the loader, then to the text entries. */
  private static final class Both extends StreamRDFWrapper {
    private final StreamRDF entries;

    Both(StreamRDF loader, StreamRDF entries) {
      super(loader);
      this.entries = entries;
    }

    @Override
    public void quad(Quad q) {
      super.quad(q);
      entries.quad(q);
    }

    @Override
    public void start() {}

    @Override
    public void finish() {}
  }
}
