package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;

/**
 * Drops the mentions of a storm's name: a name opened by a capitalised storm word ({@code
 * storm_words.txt}: "Cyclone Mocha", "Storm Ciaran", "Storm Alberto" out of "Tropical Storm
 * Alberto") or written right after one ("Typhoon Yagi" when only "Yagi" was proposed), and the
 * later mentions of the name alone ("Mocha killed ..."). The statistical finder takes such names
 * for people or places, and a storm is no actor: "the junta rejected aid after Cyclone Mocha" gave
 * a person Cyclone Mocha.
 *
 * <p>Design decision: only names no gazetteer knows go (a known name is an actor whatever the word
 * before it), and neither does a name ending in an organisation's head ("Hurricane Aster Relief
 * Fund" is a body named after the storm); the storm word itself must be capitalised, as in a
 * storm's name ("the storm Ruritania faced" names no storm).
 */
final class StormNames {

  private static final Set<String> WORDS = Set.copyOf(WordList.read("storm_words.txt"));

  private StormNames() {}

  /** The mentions but those of a storm's name, in the given order. */
  static List<Mention> without(AnnotatedArticle article, List<Mention> mentions) {
    Set<String> storms = new HashSet<>();
    for (Mention m : mentions) {
      String name = stormName(article, m);
      if (name != null) {
        storms.add(name);
      }
    }
    if (storms.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!m.key().isEmpty() || stormName(article, m) == null && !storms.contains(m.text())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The storm's own name ("Mocha") when {@code m} names a storm: it opens with a storm word and
   * goes on, or a storm word stands right before it; null otherwise, and for a known name.
   */
  private static String stormName(AnnotatedArticle article, Mention m) {
    if (!m.key().isEmpty()
        || m.sentence() < 0
        || m.sentence() >= article.sentences().size()
        || RuleMentionFinder.isOrganisationHead(
            m.text().substring(m.text().lastIndexOf(' ') + 1))) {
      return null;
    }
    Sentence s = article.sentences().get(m.sentence());
    List<Token> tokens = s.tokens();
    int start = s.tokenAt(m.span().start());
    int end = s.tokenAt(m.span().end());
    if (start < 0 || end <= start || end > tokens.size()) {
      return null;
    }
    if (stormWord(tokens.get(start)) && end > start + 1) {
      return m.text().substring(tokens.get(start + 1).span().start() - m.span().start());
    }
    return start > 0 && stormWord(tokens.get(start - 1)) ? m.text() : null;
  }

  private static boolean stormWord(Token t) {
    String w = t.text();
    return Character.isUpperCase(w.codePointAt(0)) && WORDS.contains(w.toLowerCase(Locale.ROOT));
  }
}
