package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;

/**
 * The words of giving an office ({@code appointment-words.tsv}, {@code appointment_verbs.txt}) and
 * the tests on tokens that {@link Appointments}, {@link ParsedAppointments}, {@link AsTitles} and
 * {@link Equatives} share: a verb of appointment, a word of the future, an office a body fills.
 */
final class AppointmentWords {

  private static final Map<String, Set<String>> WORDS = WordLists.classes("appointment-words.tsv");
  private static final Set<String> VERBS = WORDS.get("verb");
  private static final Set<String> RAISING = WORDS.get("raising");
  private static final Set<String> POSTS = WORDS.get("post");
  private static final Set<String> BODY = WORDS.get("body");
  private static final Set<String> FUTURE = WORDS.get("future");
  private static final Set<String> SUCCEEDING = WORDS.get("succeeding");
  private static final Set<String> TAKING = WORDS.get("taking");
  private static final Set<String> NARRATIVE = WORDS.get("narrative");
  private static final Set<String> NOUNS = WORDS.get("noun");
  private static final Set<String> PARTICIPLES = WordLists.set("appointment_verbs.txt");
  private static final Set<String> ENDING = WordLists.set("role_end_verbs.txt");

  /** Auxiliaries of a passive, after which "to" puts a verb in the future ("is to succeed"). */
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being");

  private AppointmentWords() {}

  /** A word that puts the verb after it in the future ("will", "set" in "is set to"). */
  static boolean futureWord(String word) {
    return FUTURE.contains(word);
  }

  /** A noun of giving or taking an office ("appointment", "election", "inauguration"). */
  static boolean appointmentNoun(Token t) {
    return NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** The lemma of a verb of giving an office ("appoint", "name", "elect"). */
  static boolean appointingLemma(String lemma) {
    return VERBS.contains(lemma);
  }

  /** A participle that names who held an office before ("replacing", "succeeding"). */
  static boolean succeeding(String word) {
    return SUCCEEDING.contains(word);
  }

  /**
   * A listed title, or an office a body fills ({@code speaker}) written in lower case, which the
   * lexicon takes as a title only with a capital.
   */
  static Optional<RoleLexicon.Role> roleAt(RoleLexicon roles, List<Token> tokens, int i) {
    Optional<RoleLexicon.Role> listed = roles.roleAt(tokens, i);
    if (listed.isPresent()) {
      return listed;
    }
    if (i + 1 < tokens.size() && BODY.contains(lower(tokens, i) + " " + lower(tokens, i + 1))) {
      return Optional.of(
          new RoleLexicon.Role(lower(tokens, i) + " " + lower(tokens, i + 1), 2, false));
    }
    return BODY.contains(lower(tokens, i))
        ? Optional.of(new RoleLexicon.Role(lower(tokens, i), 1, true))
        : Optional.empty();
  }

  /** A participle that gives an office after "was" ({@code appointment_verbs.txt}). */
  static boolean participle(Token t) {
    return PARTICIPLES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** A word of taking office between a name and "as": {@code sworn in}, {@code took office}. */
  static boolean takingOffice(Token t) {
    return TAKING.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** A noun for an office in {@code to the post of}. */
  static boolean post(Token t) {
    return POSTS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Whether a title names an office a body fills from its own members. */
  static boolean bodyOffice(String role) {
    return BODY.contains(role);
  }

  /** Whether the verb at {@code v} is one of giving an office, by lemma or by its stem. */
  static boolean appointing(Token t) {
    return t.pos().equals("VERB") && (lemmaIn(VERBS, t) || lemmaIn(RAISING, t));
  }

  /**
   * A verb of moving someone to a higher rank, whose office follows "to" ({@code promoted Jane Doe
   * to army chief}).
   */
  static boolean raising(Token t) {
    return t.pos().equals("VERB") && lemmaIn(RAISING, t);
  }

  private static boolean lemmaIn(Set<String> lemmas, Token t) {
    return lemmas.contains(t.lemma().toLowerCase(Locale.ROOT))
        || lemmas.contains(t.text().toLowerCase(Locale.ROOT).replaceFirst("(ed|d|s)$", ""));
  }

  /** Whether a lemma is one of a verb of ending someone's tenure ({@code role_end_verbs.txt}). */
  static boolean removingLemma(String lemma) {
    return ENDING.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the token is a verb of ending someone's tenure ({@code role_end_verbs.txt}:
   * "dismissed", "sacked", "fired"), by lemma or by its stem.
   */
  static boolean removing(Token t) {
    String word = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("VERB")
        && (ENDING.contains(t.lemma().toLowerCase(Locale.ROOT))
            || ENDING.contains(word.replaceFirst("(p?ed|d|s)$", ""))
            || ENDING.contains(word.replaceFirst("ed$", "")));
  }

  /**
   * {@code plans to appoint}, {@code wants to name}: an infinitive that states no future, only an
   * intent.
   */
  static boolean intended(List<Token> tokens, int v) {
    return v > 0 && lower(tokens, v - 1).equals("to") && !future(tokens, v);
  }

  /**
   * {@code would later become}: whether an adverb between {@code from} and {@code to} makes a
   * "would" a past told from before it (the office was then held).
   */
  static boolean narrative(List<Token> tokens, int from, int to) {
    boolean would = false;
    boolean narrative = false;
    for (int k = from; k < to; k++) {
      would |= lower(tokens, k).equals("would");
      narrative |= NARRATIVE.contains(lower(tokens, k));
    }
    return would && narrative;
  }

  /**
   * Whether the verb at {@code v} is in the future: {@code will}, {@code would} (reported; a
   * hypothetical one is left out before), or {@code set to}, {@code expected to}, {@code due to}
   * before it, over auxiliaries and adverbs; not "would later" (a past told from before it).
   */
  static boolean future(List<Token> tokens, int v) {
    int j = v - 1;
    if (j >= 1 && lower(tokens, j).equals("be") && lower(tokens, j - 1).equals("to")) {
      j--;
    }
    if (j >= 1 && lower(tokens, j).equals("to")) {
      return FUTURE.contains(lower(tokens, j - 1)) || BE.contains(lower(tokens, j - 1));
    }
    boolean narrative = false;
    for (int k = j; k >= Math.max(0, v - 3); k--) {
      String w = lower(tokens, k);
      narrative |= NARRATIVE.contains(w);
      if (FUTURE.contains(w) && tokens.get(k).pos().equals("AUX")) {
        return !(narrative && w.equals("would"));
      }
      if (!tokens.get(k).pos().matches("AUX|ADV|PART")) {
        return false;
      }
    }
    return false;
  }

  /** An auxiliary, adverb, particle or word of the future, between a subject and its verb. */
  static boolean auxiliary(Token t) {
    return t.pos().matches("AUX|ADV|PART") || FUTURE.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }
}
