package org.actorgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.store.StoreConfig;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use the local TDB2 store. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Data folder of the TDB2 store (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  Path dir;

  /**
   * Fails unless {@link #dir} holds a store, so that reading commands never create an empty store
   * by accident (a mistyped folder would otherwise answer every query with nothing).
   */
  void requireExisting() {
    if (!Files.isDirectory(dir.resolve(StoreConfig.TDB2_FOLDER))) {
      throw new IllegalArgumentException(
          dir.toAbsolutePath().normalize()
              + ": no store here (create one with 'actorgraph load --store "
              + dir
              + " ARTICLES...', or name the right folder with --store)");
    }
  }
}
