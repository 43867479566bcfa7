package org.actorgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.train.CameoNounConverter;
import org.actorgraph.train.CameoVerbConverter;
import org.actorgraph.train.PetrarchActorConverter;
import org.actorgraph.train.ProperAdjectiveConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code actorgraph build-lexicons}: regenerates the gazetteer's {@code *_petrarch.tsv} files from
 * the PETRARCH2 actor and agent dictionaries (see {@link PetrarchActorConverter}) and the CAMEO
 * verb and noun lexicons from PETRARCH2's verb dictionary and WordNet (see {@link
 * CameoVerbConverter} and {@link CameoNounConverter}), and the mention stage's {@code
 * proper_adjectives.txt} from WordNet (see {@link ProperAdjectiveConverter}).
 */
@Command(
    name = "build-lexicons",
    mixinStandardHelpOptions = true,
    description =
        "Convert the PETRARCH2 actor and agent dictionaries into the gazetteer's generated files"
            + " (countries_petrarch.tsv, people_petrarch.tsv, organisations_petrarch.tsv,"
            + " places_petrarch.tsv, person_titles_petrarch.tsv), adding only what the hand-curated files lack;"
            + " the CAMEO verb dictionary and WordNet into cameo-verbs.tsv and"
            + " cameo-nouns.tsv; and WordNet into proper_adjectives.txt.")
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
      defaultValue = "extractor/core/src/main/resources/org/actorgraph/gazetteer")
  Path gazetteer;

  @Option(
      names = "--words",
      paramLabel = "FILE",
      description =
          "English word list, one a line; its lower-case words are dictionary words"
              + " (default: ${DEFAULT-VALUE}, Debian package wamerican).",
      defaultValue = "/usr/share/dict/words")
  Path words;

  @Option(
      names = "--relate",
      paramLabel = "DIR",
      description =
          "Folder of the relation finders' data, where the CAMEO files are written"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "extractor/core/src/main/resources/org/actorgraph/relate")
  Path relate;

  @Option(
      names = "--mention",
      paramLabel = "DIR",
      description =
          "Folder of the mention finders' data, where proper_adjectives.txt is written"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "extractor/core/src/main/resources/org/actorgraph/mention")
  Path mention;

  @Option(
      names = "--wordnet",
      paramLabel = "DIR",
      description =
          "WordNet 3.0 dict folder, for the nouns of the CAMEO verbs and the proper adjectives"
              + " (default: ${DEFAULT-VALUE}, Debian package wordnet-base).",
      defaultValue = "/usr/share/wordnet")
  Path wordnet;

  @Override
  public Integer call() {
    for (Path dir : new Path[] {petrarch, gazetteer, relate, mention, wordnet}) {
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
    for (String file : new String[] {"data.noun", "data.adj"}) {
      if (!Files.isRegularFile(wordnet.resolve(file))) {
        System.err.println(
            "build-lexicons: "
                + wordnet
                + ": no WordNet "
                + file
                + " (apt-get install wordnet-base, or --wordnet)");
        return Main.USAGE;
      }
    }
    PetrarchActorConverter.Report report =
        PetrarchActorConverter.convert(petrarch, gazetteer, words);
    System.out.println(report);
    Path verbs = relate.resolve(CameoVerbConverter.VERBS);
    System.out.println(
        CameoVerbConverter.VERBS + ": " + CameoVerbConverter.convert(petrarch, verbs));
    int nouns =
        CameoNounConverter.convert(
            verbs,
            wordnet,
            relate.resolve(CameoNounConverter.CODEBOOK),
            relate.resolve(CameoNounConverter.NOUNS));
    System.out.println(CameoNounConverter.NOUNS + ": " + nouns + " nouns");
    int adjectives =
        ProperAdjectiveConverter.convert(wordnet, mention.resolve(ProperAdjectiveConverter.FILE));
    System.out.println(ProperAdjectiveConverter.FILE + ": " + adjectives + " words");
    return Main.OK;
  }
}
