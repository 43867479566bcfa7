package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorgraph.annotate.Token;
import org.actorgraph.resolve.Entity;

/**
 * Acts a sentence repeats without restating them ({@code Freedonia recognised Sylvania. Ruritania
 * and Borduria followed suit.}): the actors named before a phrase of ellipsis ({@code
 * ellipsis_phrases.txt}) do to the same target what the previous sentence's first actor did there,
 * at lower confidence.
 */
final class Ellipses {

  private static final List<List<String>> PHRASES = WordLists.phrases("ellipsis_phrases.txt");

  /** The confidence of a repeated act: at most that of a reading through a title. */
  private static final double CONFIDENCE = 0.6;

  private Ellipses() {}

  /** The index of the first token of a phrase of ellipsis in {@code tokens}, or -1. */
  static int at(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> p : PHRASES) {
        if (matches(tokens, i, p)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean matches(List<Token> tokens, int i, List<String> phrase) {
    if (i + phrase.size() > tokens.size() || !tokens.get(i).lemma().equals(phrase.get(0))) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The acts of {@code previous} whose source is {@code previousFirst}, done by each of {@code
   * subjects} instead, with the evidence {@code evidence}.
   */
  static List<Fact.Interaction> repeat(
      List<Entity> subjects,
      List<Fact.Interaction> previous,
      Entity previousFirst,
      Evidence evidence) {
    List<Fact.Interaction> out = new ArrayList<>();
    for (Fact.Interaction f : previous) {
      if (!f.source().equals(previousFirst)) {
        continue;
      }
      for (Entity x : subjects) {
        if (!x.equals(f.source()) && !x.equals(f.target())) {
          out.add(
              new Fact.Interaction(
                  x,
                  f.target(),
                  f.cameo(),
                  f.trigger(),
                  f.date(),
                  Math.min(f.confidence(), CONFIDENCE),
                  List.of(evidence)));
        }
      }
    }
    return out;
  }
}
