package org.actorgraph.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads WikiGold (Balasuriya et al. 2009): CoNLL lines {@code token TAG} with IO tags {@code
 * I-PER}, {@code I-ORG}, {@code I-LOC}, {@code I-MISC} or {@code O} (a {@code B-} tag starts a name
 * next to one of the same type), a blank line between sentences and a {@code -DOCSTART-} line
 * between documents.
 *
 * <p>Design decision: WikiGold tags demonyms ("German") as MISC where Re-DocRED tags them as
 * locations; a model trained on both would learn two answers. A single-token MISC name that is in
 * the given demonym set becomes a {@code location}; every other MISC name is dropped (its tokens
 * become plain tokens), since the project has no miscellaneous type.
 */
public final class WikiGoldReader {

  private static final String DOCSTART = "-DOCSTART-";

  private WikiGoldReader() {}

  /**
   * Reads the documents of {@code file}.
   *
   * @param demonyms single tokens that stand for a location when tagged MISC (see {@link
   *     ReDocRedReader.Corpus#locationWords()})
   * @throws CorpusException naming file and line when a line is not {@code token TAG}
   */
  public static List<TrainingDocument> read(Path file, Set<String> demonyms) {
    List<TrainingDocument> documents = new ArrayList<>();
    List<NameSample> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
          addSentence(rows, sentences, demonyms);
          if (trimmed.startsWith(DOCSTART)) {
            addDocument(documents, sentences);
          }
          continue;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
          throw new CorpusException(
              file + ":" + number + ": expected 'token TAG' (found '" + trimmed + "')");
        }
        if (!parts[1].equals("O") && mapType(parts[1]) == null && !isMisc(parts[1])) {
          throw new CorpusException(
              file
                  + ":"
                  + number
                  + ": unknown tag '"
                  + parts[1]
                  + "' (expected I-PER, I-ORG,"
                  + " I-LOC, I-MISC, B-... or O)");
        }
        rows.add(parts);
      }
      addSentence(rows, sentences, demonyms);
      addDocument(documents, sentences);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read WikiGold corpus", e);
    }
    return documents;
  }

  private static void addDocument(List<TrainingDocument> documents, List<NameSample> sentences) {
    if (!sentences.isEmpty()) {
      documents.add(new TrainingDocument("wikigold:" + documents.size(), sentences));
      sentences.clear();
    }
  }

  private static void addSentence(
      List<String[]> rows, List<NameSample> sentences, Set<String> demonyms) {
    if (rows.isEmpty()) {
      return;
    }
    String[] tokens = rows.stream().map(r -> r[0]).toArray(String[]::new);
    List<Span> names = new ArrayList<>();
    int start = -1;
    String tag = "O";
    for (int i = 0; i <= rows.size(); i++) {
      String next = i < rows.size() ? rows.get(i)[1] : "O";
      boolean continues = !next.equals("O") && !next.startsWith("B-") && sameType(tag, next);
      if (!continues) {
        addName(names, tokens, start, i, tag, demonyms);
        start = next.equals("O") ? -1 : i;
      }
      tag = next;
    }
    sentences.add(new NameSample(tokens, names.toArray(Span[]::new), sentences.isEmpty()));
    rows.clear();
  }

  private static void addName(
      List<Span> names, String[] tokens, int start, int end, String tag, Set<String> demonyms) {
    if (start < 0) {
      return;
    }
    String type = mapType(tag);
    if (type == null && end - start == 1 && demonyms.contains(tokens[start])) {
      type = NameTypes.LOCATION;
    }
    if (type != null) {
      names.add(new Span(start, end, type));
    }
  }

  private static boolean sameType(String tag, String next) {
    return !tag.equals("O") && tag.substring(2).equals(next.substring(2));
  }

  private static boolean isMisc(String tag) {
    return tag.equals("I-MISC") || tag.equals("B-MISC");
  }

  /** The project type of a PER, ORG or LOC tag; null for MISC and O. */
  private static String mapType(String tag) {
    if (tag.length() < 3 || tag.charAt(1) != '-') {
      return null;
    }
    return switch (tag.substring(2)) {
      case "PER" -> NameTypes.PERSON;
      case "ORG" -> NameTypes.ORGANIZATION;
      case "LOC" -> NameTypes.LOCATION;
      default -> null;
    };
  }
}
