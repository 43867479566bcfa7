package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;

/**
 * Finds military units, which are named by a number and a unit noun of {@code military_units.txt}:
 *
 * <ul>
 *   <li>an ordinal, capitalised words and the unit noun: "2nd Battalion", "9th Infantry Regiment",
 *       "134th Expeditionary Fighter Squadron", "3rd Brigade Combat Team";
 *   <li>a numbered head after capitalised words and before its number, perhaps with an acronym in
 *       parentheses: "Task Force 52", "Combined Task Force (CTF) 150";
 *   <li>a numbered head after capitalised words, with the operation it serves after a dash:
 *       "Combined Joint Task Force - Operation Steel Dawn", or alone: "Combined Joint Task Force".
 * </ul>
 *
 * <p>The statistical name finder misses most of these, since a name that starts with a number is
 * rare in its training text, or it reads the sentence's capitalised first word as no part of it.
 *
 * <p>Design decision: only the ordinal and numbered forms are taken, so that a unit noun alone
 * ("the Army", "the Group") stays with the other finders; a word the gazetteer knows as a country
 * or demonym is no part of a unit's name ("Freedonian 3rd Division" names the 3rd Division and its
 * country apart).
 */
public final class UnitNameFinder implements MentionFinder {

  private static final String NUMBERED = "numbered:";
  private static final List<List<String>> HEADS = heads(false);
  private static final List<List<String>> NUMBERED_HEADS = heads(true);
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,4}(st|nd|rd|th)");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /**
   * Capitalised words after an ordinal that make a date or an event, not a unit: "21st Century".
   */
  private static final Set<String> NOT_MODIFIERS = Set.of("Century", "Annual", "Anniversary");

  private static final Set<String> DASHES = Set.of("-", "–", "—");
  private static final int MAX_WORDS = 6;
  private static final double CONFIDENCE = 0.8;

  private final Gazetteer gazetteer;

  public UnitNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<String> words = Token.texts(s.tokens());
      for (int i = 0; i < words.size(); i++) {
        int end = ORDINAL.matcher(words.get(i)).matches() ? ordinalEnd(words, i) : -1;
        int start = i;
        if (end < 0 && modifier(words, i) && (i == 0 || !modifier(words, i - 1))) {
          end = numberedEnd(words, i);
        }
        if (end > start) {
          CharSpan span =
              new CharSpan(
                  s.tokens().get(start).span().start(), s.tokens().get(end - 1).span().end());
          found.add(
              Mention.unkeyed(
                  span,
                  article.body(),
                  EntityType.ORGANISATION,
                  s.index(),
                  "rule:unit",
                  CONFIDENCE));
          i = end - 1;
        }
      }
    }
    return found;
  }

  /**
   * Whether a name is a unit's as this finder writes them ("2nd Battalion", "Task Force 52"), and
   * the noun that heads it ("Battalion", "Task Force"), which tells units of one echelon apart.
   */
  public static Optional<String> unitHead(String name) {
    List<String> words = List.of(name.split(" "));
    if (ORDINAL.matcher(words.get(0)).matches()) {
      for (List<String> h : HEADS) {
        if (words.size() > h.size()
            && words.subList(words.size() - h.size(), words.size()).equals(h)) {
          return Optional.of(String.join(" ", h));
        }
      }
    }
    for (int k = 0; k < words.size(); k++) {
      if (headEndAt(words, k, NUMBERED_HEADS) > 0) {
        return Optional.of(String.join(" ", words.subList(k, headEndAt(words, k, NUMBERED_HEADS))));
      }
    }
    return Optional.empty();
  }

  /** The end of "2nd Infantry Regiment" from the ordinal at {@code i}, or -1. */
  private int ordinalEnd(List<String> words, int i) {
    int end = -1;
    for (int k = i + 1; k < words.size() && k - i <= MAX_WORDS && modifier(words, k); k++) {
      int headEnd = headEndAt(words, k, HEADS);
      if (headEnd > 0) {
        end = headEnd;
      }
      if (NOT_MODIFIERS.contains(words.get(k))) {
        break;
      }
    }
    return end;
  }

  /**
   * The end of "Combined Task Force (CTF) 150" or "Joint Task Force - Operation Steel Dawn" from
   * the first capitalised word at {@code i}, or -1.
   */
  private int numberedEnd(List<String> words, int i) {
    for (int k = i; k < words.size() && k - i < MAX_WORDS && modifier(words, k); k++) {
      int headEnd = headEndAt(words, k, NUMBERED_HEADS);
      if (headEnd < 0) {
        continue;
      }
      int n = headEnd;
      if (n + 2 < words.size()
          && words.get(n).equals("(")
          && ACRONYM.matcher(words.get(n + 1)).matches()
          && words.get(n + 2).equals(")")) {
        n += 3;
      }
      if (n < words.size() && NUMBER.matcher(words.get(n)).matches()) {
        return n + 1;
      }
      if (headEnd + 2 < words.size()
          && DASHES.contains(words.get(headEnd))
          && words.get(headEnd + 1).equals("Operation")
          && modifier(words, headEnd + 2)) {
        int e = headEnd + 2;
        while (e < words.size() && e - headEnd < MAX_WORDS && modifier(words, e)) {
          e++;
        }
        return e;
      }
      return headEnd - i > 2 ? headEnd : -1;
    }
    return -1;
  }

  /** The end of a head of {@code heads} that starts at {@code k}, or -1. */
  private static int headEndAt(List<String> words, int k, List<List<String>> heads) {
    int best = -1;
    for (List<String> h : heads) {
      if (k + h.size() <= words.size() && words.subList(k, k + h.size()).equals(h)) {
        best = Math.max(best, k + h.size());
      }
    }
    return best;
  }

  /**
   * A capitalised word that may stand in a unit's name: no title, stop name, country or demonym.
   */
  private boolean modifier(List<String> words, int k) {
    String w = words.get(k);
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && !w.equals("The")
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty()
        && gazetteer.demonymCandidates(w).isEmpty()
        && gazetteer.candidates(w).stream().noneMatch(c -> c.entry().type() == EntityType.COUNTRY);
  }

  private static List<List<String>> heads(boolean numbered) {
    List<List<String>> out = new ArrayList<>();
    for (String line : WordList.read("military_units.txt")) {
      boolean n = line.startsWith(NUMBERED);
      String head = n ? line.substring(NUMBERED.length()).strip() : line;
      if (n || !numbered) {
        out.add(List.of(head.split(" ")));
      }
    }
    return List.copyOf(out);
  }
}
