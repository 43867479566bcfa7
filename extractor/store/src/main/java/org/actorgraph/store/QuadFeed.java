package org.actorgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses files on a thread of its own and hands their quads over in chunks, so that a loader that
 * writes on the calling thread (TDB2's sequential loader, whose transaction belongs to that thread)
 * does not also parse: on two cores the parse, about a sixth of a bulk load's CPU, runs beside the
 * index writes instead of before them.
 *
 * <p>The parsing thread may also feed a second stream (the text index entries, whose Lucene writer
 * is thread-safe), which then sees every quad before the caller does. {@link #close()} stops and
 * joins the thread, so that nothing is fed after it returns, whatever happened.
 */
final class QuadFeed implements AutoCloseable {

  private static final int CHUNK = 4096;
  private static final List<Quad> END = List.of();

  private final BlockingQueue<List<Quad>> chunks = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  private volatile Throwable failure;
  private volatile boolean closed;

  /**
   * Starts parsing {@code files} with {@code parse} (file, destination) into chunks, each quad also
   * going to {@code alongside} (on the parsing thread) if it is not null.
   */
  QuadFeed(List<Path> files, BiConsumer<Path, StreamRDF> parse, StreamRDF alongside) {
    StreamRDF chunker =
        new StreamRDFBase() {
          private List<Quad> chunk = new ArrayList<>(CHUNK);

          @Override
          public void quad(Quad q) {
            if (alongside != null) {
              alongside.quad(q);
            }
            chunk.add(q);
            if (chunk.size() == CHUNK) {
              put(chunk);
              chunk = new ArrayList<>(CHUNK);
            }
          }

          @Override
          public void finish() {
            if (!chunk.isEmpty()) {
              put(chunk);
              chunk = new ArrayList<>(CHUNK);
            }
          }
        };
    thread =
        new Thread(
            () -> {
              try {
                for (Path f : files) {
                  parse.accept(f, chunker);
                }
              } catch (Throwable t) { // handed to the caller, which rethrows it
                failure = t;
              } finally {
                endOfFiles();
              }
            },
            "actorgraph-bulk-parse");
    thread.setDaemon(true);
    thread.start();
  }

  /** Tells the caller the files are done; once closed, nobody waits for that any more. */
  private void endOfFiles() {
    if (closed) {
      chunks.offer(END);
      return;
    }
    try {
      chunks.put(END);
    } catch (InterruptedException e) {
      // interrupted by close(): nobody is waiting for the end
    }
  }

  private void put(List<Quad> chunk) {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bulk load stopped", e);
    }
  }

  /**
   * Hands every quad to {@code dest} on the calling thread, in file order, until the files end.
   *
   * @throws RuntimeException what the parse threw (an {@code Error} is rethrown as it is)
   */
  void drainTo(StreamRDF dest) {
    while (true) {
      List<Quad> chunk;
      try {
        chunk = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("bulk load interrupted", e);
      }
      if (chunk == END) {
        break;
      }
      for (Quad q : chunk) {
        dest.quad(q);
      }
    }
    Throwable t = failure;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  /** Stops the parsing thread if it still runs, and waits for it. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
