package org.actorgraph.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;

/**
 * The words next to a name that tell what kind of actor it is ({@code type_cues.tsv}): "Mr Roe" a
 * person, "Unity members" an organisation, "the chief executive of Asterpetro" and "Asterpetro's
 * shareholders" an organisation, "the residents of Marea" a place.
 *
 * <p>A cue is weak or strong. A weak cue (a word right before or after the name, after a comma
 * after it, or the name's acronym shape) is common next to places as well ("Texas lawmakers"), so
 * it only settles between a person and an organisation. A strong cue is a role or part that only
 * one kind of actor has, in a phrase that ends right before the name ("the chief executive of",
 * "the streets of") or follows its possessive ("'s shareholders"); it holds whatever the model
 * typed.
 *
 * <p>A strong cue may fit two kinds of actor: "a spokesman for" and "'s shares" fit a person or an
 * organisation, never a place. It votes for its first kind unless the model typed the name as the
 * other, so the model's place becomes an organisation and its person stays a person.
 *
 * <p>A role before the name counts only when the name ends the noun phrase: not in "a spokesman for
 * Marea province" nor in "the chairman of Aster's board", where the role belongs to the noun after
 * the name.
 */
public final class TypeCues {

  private static final String CUES = "/org/actorgraph/mention/type_cues.tsv";
  private static final Set<String> SIDES =
      Set.of(
          "before", "after", "after-name", "after-comma", "shape", "role", "possessive", "subject");
  private static final int MAX_PHRASE = 6;
  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");

  /**
   * A cue's vote: the type it votes for, its weight, whether it is strong, and the types it leaves
   * alone (it fits them too: a person's spokesman as well as a company's).
   */
  public record Vote(EntityType type, double weight, boolean strong, Set<EntityType> unless) {
    public Vote {
      unless = Set.copyOf(unless);
    }
  }

  private static final Map<String, Vote> BEFORE = new HashMap<>();
  private static final Map<String, Vote> AFTER = new HashMap<>();

  /**
   * Weak cues that count only right after the name, not after its possessive: "the Unity party" is
   * the party's name, while "Jane Doe's party" is the party she leads.
   */
  private static final Map<String, Vote> AFTER_NAME = new HashMap<>();

  private static final Map<String, Vote> AFTER_COMMA = new HashMap<>();
  private static final Map<String, Vote> ROLE = new HashMap<>();
  private static final Map<String, Vote> POSSESSIVE = new HashMap<>();

  /** What only a company has, named as a verb's subject right after the name: "Aster shares". */
  private static final Map<String, Vote> SUBJECT = new HashMap<>();

  private static Vote acronymCue;

  static {
    load();
  }

  private TypeCues() {}

  /**
   * The votes of the cues around the name of {@code tokens} {@code start} (inclusive) to {@code
   * end}, whose text is {@code name}.
   */
  public static List<Vote> around(List<Token> tokens, int start, int end, String name) {
    List<Vote> votes = new ArrayList<>(2);
    if (start > 0) {
      add(BEFORE.get(lower(tokens.get(start - 1).text())), votes);
    }
    strong(tokens, start, end, votes);
    int after = end < tokens.size() && isPossessive(tokens.get(end).text()) ? end + 1 : end;
    if (after < tokens.size()) {
      add(AFTER.get(lower(tokens.get(after).text())), votes);
    }
    if (after == end && end < tokens.size()) {
      add(AFTER_NAME.get(lower(tokens.get(end).text())), votes);
    }
    if (after + 1 < tokens.size() && tokens.get(after).text().equals(",")) {
      add(AFTER_COMMA.get(lower(tokens.get(after + 1).text())), votes);
    }
    if (isAcronym(name)) {
      add(acronymCue, votes);
    }
    return votes;
  }

  /**
   * The type the strong cues around the name of {@code tokens} {@code start} to {@code end} vote
   * for, if any, counting only cues that fit one kind of actor.
   */
  public static Optional<EntityType> strongType(List<Token> tokens, int start, int end) {
    List<Vote> votes = new ArrayList<>(2);
    strong(tokens, start, end, votes);
    Map<EntityType, Double> sum = new HashMap<>();
    votes.stream()
        .filter(v -> v.unless().isEmpty())
        .forEach(v -> sum.merge(v.type(), v.weight(), Double::sum));
    return sum.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Whether a strong cue stands around the name of {@code tokens} {@code start} to {@code end}. */
  public static boolean hasStrongCue(List<Token> tokens, int start, int end) {
    List<Vote> votes = new ArrayList<>(2);
    strong(tokens, start, end, votes);
    return !votes.isEmpty();
  }

  /** Adds the votes of a role phrase before the name and a noun after its possessive. */
  private static void strong(List<Token> tokens, int start, int end, List<Vote> votes) {
    boolean possessive = end < tokens.size() && isPossessive(tokens.get(end).text());
    if (possessive) {
      add(phrase(POSSESSIVE, tokens, end + 1, end + 1 + MAX_PHRASE, true), votes);
    } else if (endsPhrase(tokens, end)) {
      int before =
          start > 0 && lower(tokens.get(start - 1).text()).equals("the") ? start - 1 : start;
      Vote role = phrase(ROLE, tokens, before - MAX_PHRASE, before, false);
      add(role != null ? role : subject(tokens, end), votes);
    } else {
      Vote attributive = attributive(tokens, end);
      add(attributive != null ? attributive : subject(tokens, end), votes);
    }
  }

  /**
   * {@code Asterpetro shares fell}: a noun of the subject cues right after a proper noun, and a
   * verb after it, as "Asterpetro's shares fell" would be written. Only a company's shares are
   * reported so. The tagger often reads "shares" there as a verb, so the verb after it decides:
   * "shares" the verb takes an object ("Roe shares the view"), not a verb. The name's last word may
   * be a capitalised common noun past the sentence's first word ("Freedonia Goose shares jumped"):
   * the tagger reads it as a noun, yet it still ends a name, and a lone first word ("Tech shares
   * fell") is no cue.
   */
  private static Vote subject(List<Token> tokens, int end) {
    if (end == 0 || end + 1 >= tokens.size() || !properOrCapitalised(tokens, end - 1)) {
      return null;
    }
    return tokens.get(end + 1).pos().matches("VERB|AUX")
        ? SUBJECT.get(tokens.get(end).text())
        : null;
  }

  /** Whether token {@code i} is a proper noun, or a capitalised word past the sentence's first. */
  private static boolean properOrCapitalised(List<Token> tokens, int i) {
    return tokens.get(i).pos().equals("PROPN") || i > 0 && tokens.get(i).isCapitalised();
  }

  /**
   * {@code Tesla chief executive Elon Musk}, {@code Lima mayor Jane Roe}: a proper noun used before
   * a possessive cue (in lower case) that a capitalised name follows, as "Tesla's chief executive"
   * would be written.
   */
  private static Vote attributive(List<Token> tokens, int end) {
    if (end == 0 || !tokens.get(end - 1).pos().equals("PROPN")) {
      return null;
    }
    StringBuilder words = new StringBuilder();
    boolean titled = false;
    for (int i = end; i < tokens.size() && i < end + MAX_PHRASE; i++) {
      String written = tokens.get(i).text();
      titled |= !lower(written).equals(written);
      words.append(i > end ? " " : "").append(key(written));
      Vote v = POSSESSIVE.get(words.toString());
      if (v != null
          && i + 1 < tokens.size()
          && tokens.get(i + 1).isCapitalised()
          && (!titled || i > end || isAcronym(written))) {
        return v;
      }
    }
    return null;
  }

  /**
   * The longest phrase of {@code cues} among the tokens from {@code from} to {@code to}: starting
   * at {@code from} when {@code forward}, else ending at {@code to}. Its words are in lower case as
   * written, but for a sentence's first word ("Shareholders in Talvex").
   */
  private static Vote phrase(
      Map<String, Vote> cues, List<Token> tokens, int from, int to, boolean forward) {
    int lo = Math.max(0, from);
    int hi = Math.min(tokens.size(), to);
    Vote found = null;
    StringBuilder words = new StringBuilder();
    for (int n = 1; n <= hi - lo; n++) {
      int i = forward ? lo + n - 1 : hi - n;
      String written = tokens.get(i).text();
      if (i > 0 && !lower(written).equals(written)) {
        break; // "the Board of Inquiry": a capitalised role is part of a name
      }
      String w = key(written);
      if (forward) {
        words.append(n > 1 ? " " : "").append(w);
      } else {
        words.insert(0, n > 1 ? w + " " : w);
      }
      Vote v = cues.get(words.toString());
      if (v != null) {
        found = v;
      }
    }
    return found;
  }

  /** Whether the name ending before token {@code end} ends its noun phrase. */
  private static boolean endsPhrase(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return true;
    }
    String pos = tokens.get(end).pos();
    return !(pos.equals("NOUN") || pos.equals("PROPN"));
  }

  /** A name of two to six capital letters and nothing else ("FPP"). */
  private static boolean isAcronym(String text) {
    return text.length() >= 2
        && text.length() <= 6
        && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private static void add(Vote vote, List<Vote> into) {
    if (vote != null) {
      into.add(vote);
    }
  }

  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  /**
   * A cue phrase or word as {@link #phrase} builds it: in lower case, a hyphen a word of its own
   * ("secretary-general" is written as the tokenizer splits it, "secretary - general").
   */
  private static String key(String words) {
    String l = lower(words);
    return l.length() < 2 || l.indexOf('-') < 0 ? l : HYPHEN.matcher(l).replaceAll(" - ").strip();
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  private static void load() {
    InputStream in = TypeCues.class.getResourceAsStream(CUES);
    if (in == null) {
      throw new IllegalStateException("type cues " + CUES + " are not on the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4 || !SIDES.contains(f[0])) {
          throw new IllegalStateException(
              CUES + " line " + n + ": expected side, word, type, weight");
        }
        boolean strong = f[0].equals("role") || f[0].equals("possessive") || f[0].equals("subject");
        String[] types = f[2].strip().split("/");
        Set<EntityType> unless = new HashSet<>();
        for (int t = 1; t < types.length; t++) {
          unless.add(EntityType.valueOf(types[t]));
        }
        Vote vote =
            new Vote(
                EntityType.valueOf(types[0]), Double.parseDouble(f[3].strip()), strong, unless);
        String word = key(f[1].strip());
        switch (f[0]) {
          case "before" -> BEFORE.put(word, vote);
          case "after" -> AFTER.put(word, vote);
          case "after-name" -> AFTER_NAME.put(word, vote);
          case "after-comma" -> AFTER_COMMA.put(word, vote);
          case "role" -> ROLE.put(word, vote);
          case "possessive" -> POSSESSIVE.put(word, vote);
          case "subject" -> SUBJECT.put(word, vote);
          default -> acronymCue = vote;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CUES, e);
    }
  }
}
