package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.pipeline.BatchRun;
import org.actorgraph.sink.RdfFileSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph extract}: articles to RDF files or stdout. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract articles into RDF (one named graph per article) on stdout or a file.")
final class ExtractCommand implements Callable<Integer> {

  @Mixin ExtractOptions options;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout.")
  Path output;

  @Option(
      names = {"-f", "--format"},
      description =
          "trig, nquads, turtle (all graphs merged) or jsonld (default: ${DEFAULT-VALUE}).",
      defaultValue = "trig")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RdfFileSink.Format f = RdfFileSink.Format.parse(format);
    ExtractorConfig config = options.config();
    OutputStream out =
        output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output));
    BatchRun.Summary summary;
    try (RdfFileSink sink = new RdfFileSink(out, f)) {
      summary = Runs.extractInto(config, options.inputs, sink);
    } finally {
      if (output != null) {
        out.close();
      }
    }
    return Reports.summarise(summary, spec.commandLine().getErr());
  }
}
