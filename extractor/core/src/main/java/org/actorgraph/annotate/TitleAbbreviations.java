package org.actorgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;

/**
 * Joins sentences that the sentence model cut after an abbreviated title before a name ("Senior
 * Gen. | Jane Doe attended"): a sentence that ends in a title abbreviation (the list is data,
 * {@code title_abbreviations.txt}) and is followed in the same paragraph by a capitalised word
 * continues into the next.
 */
final class TitleAbbreviations {

  private static final Set<String> TITLES = read("title_abbreviations.txt");

  private TitleAbbreviations() {}

  /** The sentence spans of {@code paragraph}, with every cut after a title abbreviation undone. */
  static List<Span> join(String paragraph, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int last = out.size() - 1;
      if (last >= 0 && endsInTitle(paragraph, out.get(last)) && startsCapitalised(paragraph, s)) {
        out.set(last, new Span(out.get(last).getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean endsInTitle(String text, Span s) {
    int end = s.getEnd();
    while (end > s.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - s.getStart() < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > s.getStart() && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    boolean wordStart = start == s.getStart() || !Character.isLetterOrDigit(text.charAt(start - 1));
    return wordStart && TITLES.contains(text.substring(start, end - 1).toLowerCase(Locale.ROOT));
  }

  private static boolean startsCapitalised(String text, Span s) {
    int i = s.getStart();
    while (i < s.getEnd() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < s.getEnd() && Character.isUpperCase(text.charAt(i));
  }

  private static Set<String> read(String file) {
    String resource = "org/actorgraph/annotate/" + file;
    try (InputStream in = TitleAbbreviations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
