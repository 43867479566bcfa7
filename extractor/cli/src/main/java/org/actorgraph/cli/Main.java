package org.actorgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code actorgraph} command line. Exit codes: 0 all went well, 1 some inputs failed (the rest
 * were processed), 2 usage error or nothing could be done.
 */
@Command(
    name = "actorgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns news articles into an RDF knowledge graph of actors and relationships.",
    subcommands = {
      ExtractCommand.class,
      LoadCommand.class,
      RemoveCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      EvaluateCommand.class,
      TrainNerCommand.class,
      TrainRelationsCommand.class,
      BuildLexiconsCommand.class,
      BenchmarkCommand.class,
      GenerateCommand.class,
      CompactCommand.class,
      SummariseCommand.class,
      BulkLoadCommand.class,
      ReplicaCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int SOME_INPUTS_FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("actorgraph: " + message(e));
          return USAGE;
        });
    return cl.execute(args);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
  }
}
