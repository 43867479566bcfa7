package org.actorgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an actor network in one file format, streaming to {@code out} (left open). */
public interface NetworkWriter {

  void write(ActorNetwork network, OutputStream out) throws IOException;
}
