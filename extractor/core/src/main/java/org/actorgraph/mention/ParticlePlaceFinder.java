package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Finds place names with a lower-case article or particle inside, after a preposition of place:
 * {@code in Sharm el-Sheikh}, {@code near Deir al-Balah}, {@code to Dar es Salaam}, or after "of"
 * and a kind of place ({@code the town of Rio de Aster}), and the names coordinated with one
 * ({@code in Ras al-Khaimah and Dar es Salaam}). The name finder stops at the particle ("Sharm",
 * "Ras") or misses the name; the longer span found here wins the merge. The particles are data
 * ({@code place_particles.txt}).
 */
public final class ParticlePlaceFinder implements MentionFinder {

  private static final Set<String> PARTICLES = Set.copyOf(WordList.read("place_particles.txt"));
  private static final Set<String> LOCATIVES =
      Set.of("in", "at", "near", "to", "from", "into", "outside", "around", "toward", "towards");
  private static final double CONFIDENCE = 0.7;

  /** Particles that are English words too: only a hyphen ties them into a name ("as-Sham"). */
  private static final Set<String> ENGLISH =
      Set.of("as", "at", "an", "ad", "ed", "en", "er", "et", "e", "do");

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 0; k + 3 < tokens.size(); k++) {
        if (!LOCATIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
            && !afterKindOfPlace(tokens, k)) {
          continue;
        }
        int end = nameEnd(tokens, k + 1);
        if (end < 0) {
          continue;
        }
        found.add(place(article, s, k + 1, end));
        k = end;
        // "in Ras al-Khaimah and Dar es Salaam": a coordinated name after it is a place too
        while (k + 2 < tokens.size() && Set.of("and", ",").contains(tokens.get(k + 1).text())) {
          int more = nameEnd(tokens, k + 2);
          if (more < 0) {
            break;
          }
          found.add(place(article, s, k + 2, more));
          k = more;
        }
      }
    }
    return found;
  }

  /**
   * Whether token {@code k} is "of" after a kind of place ({@link
   * PatternMentionFinder#isPlaceKind}): "the town of Sharm el-Sheikh", "the port city of Dar es
   * Salaam".
   */
  private static boolean afterKindOfPlace(List<Token> tokens, int k) {
    return k > 0
        && tokens.get(k).text().equals("of")
        && PatternMentionFinder.isPlaceKind(tokens.get(k - 1).text());
  }

  private static Mention place(AnnotatedArticle article, Sentence s, int first, int last) {
    CharSpan span =
        new CharSpan(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    return Mention.unkeyed(
        span, article.body(), EntityType.PLACE, s.index(), "rule:particle-place", CONFIDENCE);
  }

  /**
   * The last token of a name from {@code start}: capitalised words with at least one particle
   * between two of them ("Sharm", "el", "-", "Sheikh"; "Ras", "al-", "Khaimah"); -1 when there is
   * no such name.
   */
  private static int nameEnd(List<Token> tokens, int start) {
    if (!capitalised(tokens.get(start))) {
      return -1;
    }
    int last = start;
    boolean particle = false;
    int i = start + 1;
    while (i < tokens.size()) {
      String w = tokens.get(i).text();
      String bare = w.endsWith("-") ? w.substring(0, w.length() - 1) : w;
      if (PARTICLES.contains(bare)) {
        int next = i + 1;
        boolean hyphened = !bare.equals(w);
        if (next < tokens.size() && tokens.get(next).text().equals("-")) {
          next++;
          hyphened = true;
        }
        if (!hyphened && ENGLISH.contains(bare)) {
          break;
        }
        if (next < tokens.size() && capitalised(tokens.get(next))) {
          particle = true;
          last = next;
          i = next + 1;
          continue;
        }
      }
      break;
    }
    return particle ? last : -1;
  }

  private static boolean capitalised(Token t) {
    String w = t.text();
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter);
  }
}
