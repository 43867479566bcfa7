package org.actorgraph.relate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.annotate.Token;

/**
 * The word classes that the readers of titles ({@link TitlesBefore}, {@link TitlesAfter}) test the
 * words around a title against: postings abroad, words of tenure passed over, the hyphened words of
 * an office not yet taken up, modifiers between an owner and its title, and the words that may name
 * an owner.
 */
final class TitleWords {

  static final Set<String> POSTING = WordLists.set("posting_roles.txt");

  /**
   * Words before a title that say when or how its holder came to it ("new", "newly elected",
   * "incumbent", "longtime"): passed over, and not written into the title's name.
   */
  private static final Set<String> TENURE =
      Set.of(
          "new",
          "newly",
          "recently",
          "current",
          "incumbent",
          "sitting",
          "elected",
          "appointed",
          "re-elected",
          "longtime",
          "long-time",
          "outgoing",
          "long-serving",
          "veteran",
          "caretaker");

  /**
   * Words joined to a title by a hyphen that make it an office not yet taken up: "president-elect",
   * "prime minister-designate" (chosen, not yet confirmed).
   */
  static final Set<String> ELECT = Set.of("elect", "designate");

  private TitleWords() {}

  static boolean tenure(Token t) {
    return TENURE.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A lower-case adjective or noun between an actor and its title ("Hungarian nationalist leader"),
   * or a noun in "-ing" the tagger reads as a verb ("the Union's peacekeeping chief").
   */
  static boolean isModifier(Token t) {
    return (t.pos().equals("ADJ")
            || t.pos().equals("NOUN")
            || t.pos().equals("VERB") && t.text().endsWith("ing"))
        && !t.isCapitalised()
        && t.text().matches("\\p{L}+")
        && PositionFinder.statusWord(t).isEmpty();
  }

  /**
   * Whether a word before a title may name (or be part of) an owner the finder did not resolve: not
   * an article, capitalised or not ({@code The defence minister Jane Doe said} opening a sentence
   * is as bare as {@code the defence minister} inside one).
   */
  static boolean couldNameOwner(Token t) {
    return !t.text().matches("(?i)the|a|an")
        && (t.isCapitalised() || t.text().matches("['’]s") || t.pos().equals("ADJ"));
  }

  static String lower(List<Token> tokens, int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code chief nuclear negotiator}: a title at {@code firstStart}, the lower-case modifiers after
   * it and a second title at {@code secondStart}, read as one title named by all of them and headed
   * as the second is ("chief" or "negotiator" alone would say less than the phrase).
   */
  static RoleLexicon.Role joined(
      List<Token> tokens,
      RoleLexicon.Role first,
      int firstStart,
      int secondStart,
      RoleLexicon.Role second) {
    String words =
        StructureFinder.text(tokens, firstStart + first.length(), secondStart)
            .toLowerCase(Locale.ROOT);
    return new RoleLexicon.Role(
        first.name() + " " + words + " " + second.name(),
        secondStart + second.length() - firstStart,
        second.head());
  }

  /**
   * Whether token {@code i} is a possessive ending: "'s", or a lone apostrophe after a word in "s"
   * ({@code the Philippines' foreign secretary}, {@code Siemens' chief executive}).
   */
  static boolean possessiveAt(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    String t = tokens.get(i).text();
    return t.matches("['’][sS]")
        || t.matches("['’]") && i > 0 && tokens.get(i - 1).text().matches(".*\\p{L}[sS]");
  }
}
