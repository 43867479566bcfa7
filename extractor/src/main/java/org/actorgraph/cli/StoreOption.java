package org.actorgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use the local TDB2 store. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Data folder of the TDB2 store (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  Path dir;
}
