package org.actorgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.train.PetrarchActorConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code actorgraph build-lexicons}: regenerates the gazetteer's {@code *_petrarch.tsv} files from
 * the PETRARCH2 actor and agent dictionaries (see {@link PetrarchActorConverter}).
 */
@Command(
    name = "build-lexicons",
    mixinStandardHelpOptions = true,
    description =
        "Convert the PETRARCH2 actor and agent dictionaries into the gazetteer's generated files"
            + " (countries_petrarch.tsv, people_petrarch.tsv, organisations_petrarch.tsv,"
            + " person_titles_petrarch.tsv), adding only what the hand-curated files lack.")
final class BuildLexiconsCommand implements Callable<Integer> {

  @Option(
      names = "--petrarch",
      paramLabel = "DIR",
      required = true,
      description =
          "Folder with Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,"
              + " Phoenix.MilNonState.actors.txt, Phoenix.agents.txt and LICENSE.")
  Path petrarch;

  @Option(
      names = "--gazetteer",
      paramLabel = "DIR",
      description =
          "Gazetteer folder: curated files read, generated files written"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "extractor/src/main/resources/org/actorgraph/gazetteer")
  Path gazetteer;

  @Option(
      names = "--words",
      paramLabel = "FILE",
      description =
          "English word list, one a line; its lower-case words are dictionary words"
              + " (default: ${DEFAULT-VALUE}, Debian package wamerican).",
      defaultValue = "/usr/share/dict/words")
  Path words;

  @Override
  public Integer call() {
    for (Path dir : new Path[] {petrarch, gazetteer}) {
      if (!Files.isDirectory(dir)) {
        System.err.println("build-lexicons: " + dir + ": not a folder");
        return Main.USAGE;
      }
    }
    if (!Files.isRegularFile(words)) {
      System.err.println(
          "build-lexicons: " + words + ": no word list (apt-get install wamerican, or --words)");
      return Main.USAGE;
    }
    PetrarchActorConverter.Report report =
        PetrarchActorConverter.convert(petrarch, gazetteer, words);
    System.out.println(report);
    return Main.OK;
  }
}
