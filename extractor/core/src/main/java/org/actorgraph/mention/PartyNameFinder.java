package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds political parties named before the lower-case word "party" or "parties": {@code the Citizen
 * Movement party}, {@code the Law and Justice party}, {@code the PRI, PAN and PRD parties} (each
 * name of the list), and a party named by a capitalised adjective with the word itself ({@code the
 * Peronist party}), and a party named by its members' plural ({@code the Social Democrats}, {@code
 * the Greens}; {@code party_family_nouns.txt}). News writes a party's name so when the name itself
 * does not say "Party", and the statistical finder often leaves such names, acronyms above all,
 * unread.
 *
 * <p>Design decision: before "party" a name may hold "and", "of" and "for" ("Law and Justice");
 * before "parties" the names are a list, split at commas, "and" and "or" ({@code the Labour or
 * Liberal parties}). A word must be capitalised, and where it opens the sentence a proper noun or
 * an acronym, so that "Opposition parties" opening a sentence names nothing; a name the gazetteer
 * knows as a country, person or place ("the Mexican parties") and one that begins with a known
 * given name are left alone, unless a connector joins its words ("Law and Justice": no person's
 * name holds "and"), and so is "Justice", a judge's title, unless a connector stands before it.
 */
public final class PartyNameFinder implements MentionFinder {

  private static final Set<String> CONNECTORS = Set.of("and", "of", "for");

  /**
   * The Persian and Urdu ezafe as names romanise it, glued by hyphens between two words of one name
   * ("Tehreek-e-Insaf", "Jamaat-e-Islami", "Tehrik-i-Taliban"; Wikipedia "Ezafe": written -e-, -i-
   * or, after a vowel, -ye-), and the Arabic article so glued ("Ahl-ul-Bayt"); the tokenizer splits
   * such a name at its hyphens.
   */
  private static final Set<String> LINKERS = Set.of("e", "i", "ye", "ul");

  /** The plural nouns of {@code party_family_nouns.txt} ("Greens", "Social Democrats"). */
  private static final Set<String> FAMILIES = Set.copyOf(WordList.read("party_family_nouns.txt"));

  /** The most capitalised words before a family's noun ("Christian Social Democrats"). */
  private static final int MAX_MODIFIERS = 2;

  private static final int MAX_NAME_TOKENS = 5;
  private static final double CONFIDENCE = 0.75;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;

  public PartyNameFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int k = 1; k < tokens.size(); k++) {
        String w = tokens.get(k).text();
        if (w.equals("party")) {
          one(article, s, k, found);
        } else if (w.equals("parties")) {
          list(article, s, k, found);
        } else if (FAMILIES.contains(w)) {
          family(article, s, k, found);
        }
      }
    }
    return found;
  }

  /** {@code the Law and Justice party}, {@code the Peronist party}: one name before "party". */
  private void one(AnnotatedArticle article, Sentence s, int party, List<Mention> found) {
    List<Token> tokens = s.tokens();
    int start = nameStart(tokens, party, true);
    if (start < party) {
      add(article, s, start, party, found);
    } else if (party >= 2 && adjective(tokens.get(party - 1))) {
      add(article, s, party - 1, party + 1, found);
    }
  }

  /**
   * Whether an organisation's name ends with a party family's plural noun ("Social Democrats",
   * "Greens"): a party's name, as one that says "Party" is.
   */
  public static boolean isFamilyName(String name) {
    return FAMILIES.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * {@code the Social Democrats}, {@code the Greens}: a family's plural noun after capitalised
   * modifiers that make one name with it, or after "the" alone. Modifiers the gazetteer knows
   * ("Swedish", "Senate") are the party's country or a body, not its name; a noun alone that the
   * gazetteer knows ("the Democrats") is its own.
   */
  private void family(AnnotatedArticle article, Sentence s, int noun, List<Mention> found) {
    List<Token> tokens = s.tokens();
    int start = noun;
    while (start > 0 && noun - start < MAX_MODIFIERS && modifier(tokens.get(start - 1))) {
      start--;
    }
    if (start == noun
        && (noun == 0
            || !tokens.get(noun - 1).text().equalsIgnoreCase("the")
            || !gazetteer.candidates(tokens.get(noun).text()).isEmpty())) {
      return;
    }
    found.add(
        Mention.unkeyed(
            s.charSpan(new TokenSpan(start, noun + 1)),
            article.body(),
            EntityType.ORGANISATION,
            s.index(),
            "rule:party",
            CONFIDENCE));
  }

  /** A capitalised word of a party's name before its family noun ("Social", "Christian"). */
  private boolean modifier(Token t) {
    String w = t.text();
    return w.matches("\\p{Lu}\\p{Ll}+")
        && (t.pos().equals("ADJ") || t.pos().equals("PROPN"))
        && !FAMILIES.contains(w)
        && !gazetteer.isStopName(w)
        && gazetteer.title(w).isEmpty()
        && gazetteer.candidates(w).isEmpty()
        && gazetteer.demonymCandidates(w).isEmpty()
        && gazetteer.governmentBodyHead(w).isEmpty();
  }

  /** {@code the PRI, PAN and PRD parties}: each name of the list before "parties". */
  private void list(AnnotatedArticle article, Sentence s, int parties, List<Mention> found) {
    List<Token> tokens = s.tokens();
    int end = parties;
    while (true) {
      int start = nameStart(tokens, end, false);
      if (start == end) {
        return;
      }
      add(article, s, start, end, found);
      if (start < 2 || !tokens.get(start - 1).text().matches(",|and|or")) {
        return;
      }
      end = start - 1;
    }
  }

  /**
   * The first token of the name that ends before {@code end}: name words, with the connectors
   * between them that {@code connected} allows ("of" alone otherwise); {@code end} when none.
   */
  private int nameStart(List<Token> tokens, int end, boolean connected) {
    int start = end;
    int glue = 0;
    for (int i = end - 1; i >= 0 && end - i - glue <= MAX_NAME_TOKENS; i--) {
      Token t = tokens.get(i);
      if (nameWord(tokens, i)) {
        start = i;
      } else if (start == i + 1 && linked(tokens, i)) {
        // "Tehreek-e-Insaf": skip "-e-" to the word before it; the three tokens count as none
        i -= 2;
        glue += 3;
      } else if (start == i + 1
          && i > 0
          && (connected ? CONNECTORS.contains(t.text()) : t.text().equals("of"))
          && nameWord(tokens, i - 1)) {
        continue;
      } else {
        break;
      }
    }
    return start;
  }

  /**
   * Whether the hyphen at {@code i} closes an ezafe ("-e-") whose opening hyphen follows a name
   * word: {@code Tehreek - e - Insaf}, read back from "Insaf".
   */
  private boolean linked(List<Token> tokens, int i) {
    return i >= 3
        && tokens.get(i).text().equals("-")
        && LINKERS.contains(tokens.get(i - 1).text())
        && tokens.get(i - 2).text().equals("-")
        && nameWord(tokens, i - 3);
  }

  private void add(AnnotatedArticle article, Sentence s, int start, int end, List<Mention> found) {
    CharSpan span = s.charSpan(new TokenSpan(start, end));
    String text = span.of(article.body());
    boolean other =
        gazetteer.byDemonym(text).isPresent()
            || gazetteer.knowsAsOther(text, EntityType.ORGANISATION);
    boolean connected =
        s.tokens().subList(start, end).stream().anyMatch(t -> CONNECTORS.contains(t.text()));
    if (!other && (connected || !givenNames.contains(s.tokens().get(start).text()))) {
      found.add(
          Mention.unkeyed(
              span, article.body(), EntityType.ORGANISATION, s.index(), "rule:party", CONFIDENCE));
    }
  }

  /**
   * A capitalised word (a proper noun or an acronym where it opens the sentence, whose first word
   * is capitalised anyway), not a stop name, nor a title unless a connector stands before it ("Law
   * and Justice": "Justice" is a judge's title too).
   */
  private boolean nameWord(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text();
    boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    boolean capital = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    return (acronym
            || capital
                && (i > 0 && !tokens.get(i - 1).text().matches("[\"“‘'(]")
                    || t.pos().equals("PROPN")))
        && !gazetteer.isStopName(w)
        && (gazetteer.title(w).isEmpty() || i > 0 && CONNECTORS.contains(tokens.get(i - 1).text()));
  }

  /** A capitalised adjective that names a party with the word "party" ("Peronist"). */
  private boolean adjective(Token t) {
    String w = t.text();
    return t.pos().equals("ADJ")
        && Character.isUpperCase(w.charAt(0))
        && gazetteer.byDemonym(w).isEmpty()
        && gazetteer.candidates(w).stream()
            .noneMatch(c -> c.entry().type() != EntityType.ORGANISATION);
  }
}
