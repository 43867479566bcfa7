package org.actorgraph.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.text.CharSpan;

/**
 * Dependency trees of corpus sentences, parsed once and kept in a file (one line per sentence: key,
 * heads, labels, tags, lemmas, separated by tabs, tokens within a field by U+001F), so that
 * training runs after the first do not parse again.
 */
public final class ParseCache implements AutoCloseable {

  private static final String SEP = "\u001f";

  private final DependencyParser parser;
  private final Map<String, DependencyTree> trees = new HashMap<>();
  private final BufferedWriter out;

  /** Reads {@code file} if it exists, and appends newly parsed sentences to it. */
  public ParseCache(DependencyParser parser, Path file) {
    this.parser = parser;
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", -1);
          if (f.length == 5) {
            List<Integer> heads = new ArrayList<>();
            for (String h : f[1].split(SEP)) {
              heads.add(Integer.parseInt(h));
            }
            trees.put(f[0], new DependencyTree(heads, split(f[2]), split(f[3]), split(f[4])));
          }
        }
      } else if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot use parse cache", e);
    }
  }

  private static List<String> split(String field) {
    return Arrays.asList(field.split(SEP, -1));
  }

  /** The tree of the sentence {@code words}, known by {@code key}; parsed if not cached. */
  public DependencyTree tree(String key, List<String> words) {
    DependencyTree cached = trees.get(key);
    if (cached != null && cached.size() == words.size()) {
      return cached;
    }
    DependencyTree tree = parser.parse(sentence(words));
    trees.put(key, tree);
    try {
      out.write(
          key
              + "\t"
              + String.join(SEP, tree.heads().stream().map(String::valueOf).toList())
              + "\t"
              + String.join(SEP, tree.labels())
              + "\t"
              + String.join(SEP, tree.tags())
              + "\t"
              + String.join(SEP, tree.lemmas())
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write parse cache", e);
    }
    return tree;
  }

  /** A sentence of {@code words} separated by single spaces. */
  static Sentence sentence(List<String> words) {
    List<Token> tokens = new ArrayList<>(words.size());
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w);
      tokens.add(new Token(w, new CharSpan(start, text.length()), "X", w.toLowerCase()));
    }
    return new Sentence(0, new CharSpan(0, text.length()), text.toString(), tokens);
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close parse cache", e);
    }
  }
}
