package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.NameCandidate;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;

/**
 * Finds a known party named by its member's noun or its adjective, where news writes a politician's
 * party so: {@code Democrat Jane Doe}, {@code Republican Senator John Roe}, {@code Conservative
 * challenger Ann Poe} (before a name, with at most two role words between), and {@code Jane Doe, a
 * Democrat from Freedonia} (the head of a noun phrase after "a"). The statistical finder reads
 * "Democrat Jane Doe" as one organisation; this finder proposes the party, keyed to the gazetteer's
 * entry, and the person whose known given name follows it, and {@link MentionMerger} lets the two
 * evict the long span.
 *
 * <p>The forms come from the gazetteer's political parties, not from a list of their own: a plural
 * alias of one word gives the member's noun ("Democrats" gives "Democrat", "Tories" "Tory"), and a
 * name or alias of two words ending in "Party" gives the adjective ("Republican Party" gives
 * "Republican"), a word of letters only, from no alias the gazetteer reads only in context
 * ("~Congress Party"). A form two parties would give is left out.
 *
 * <p>The one-letter labels of US news are read too, only in their own form: {@code Jane Doe
 * (D-Minn.)} ({@code party_letters.tsv}).
 *
 * <p>Design decision: a bare adjective elsewhere ("the Republican plan", "Conservative estimates")
 * is not read as the party: only before a person's name, or as the head noun after "a" or "an", is
 * the word surely the party.
 */
public final class PartyMemberFinder implements MentionFinder {

  static final String FINDER = "gazetteer:party-member";
  private static final double CONFIDENCE = 0.8;
  private static final int MAX_ROLE_WORDS = 2;
  private static final int MAX_NAME_WORDS = 3;

  private final Gazetteer gazetteer;
  private final Set<String> givenNames;
  private final Map<String, GazetteerEntry> forms;
  private final Map<String, GazetteerEntry> letters;

  public PartyMemberFinder(Gazetteer gazetteer, GivenNameFinder people) {
    this.gazetteer = gazetteer;
    this.givenNames = people.givenNames();
    this.forms = forms(gazetteer);
    this.letters = letters(gazetteer);
  }

  /** The member nouns and adjectives of the gazetteer's parties, each with its party. */
  static Map<String, GazetteerEntry> forms(Gazetteer gazetteer) {
    Map<String, GazetteerEntry> out = new HashMap<>();
    Set<String> twice = new HashSet<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.subtype().filter(EntitySubtype.POLITICAL_PARTY::equals).isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>(List.of(e.name()));
      e.aliases().stream().filter(a -> !contextual(gazetteer, a, e)).forEach(names::add);
      for (String name : names) {
        form(name)
            .filter(f -> f.matches("\\p{Lu}\\p{Ll}+"))
            .ifPresent(
                f -> {
                  GazetteerEntry before = out.putIfAbsent(f, e);
                  if (before != null && !before.equals(e)) {
                    twice.add(f);
                  }
                });
      }
    }
    twice.forEach(out::remove);
    return Map.copyOf(out);
  }

  /** Whether the gazetteer reads the alias as its entry's only in context ("~Congress Party"). */
  private static boolean contextual(Gazetteer gazetteer, String alias, GazetteerEntry e) {
    return gazetteer.candidates(alias).stream()
        .noneMatch(c -> c.entry().equals(e) && c.form() != NameCandidate.Form.CONTEXTUAL);
  }

  /** "Democrats" -> "Democrat", "Tories" -> "Tory", "Labour Party" -> "Labour"; else none. */
  private static Optional<String> form(String name) {
    String[] words = name.split(" ");
    if (words.length == 2 && words[1].equals("Party")) {
      return Optional.of(words[0]);
    }
    if (words.length != 1 || !name.matches("\\p{Lu}\\p{Ll}{3,}s")) {
      return Optional.empty();
    }
    return Optional.of(
        name.endsWith("ies")
            ? name.substring(0, name.length() - 3) + "y"
            : name.substring(0, name.length() - 1));
  }

  /** The party letters of {@code party_letters.tsv}, each with the gazetteer's party. */
  private static Map<String, GazetteerEntry> letters(Gazetteer gazetteer) {
    Map<String, GazetteerEntry> out = new HashMap<>();
    for (String line : WordList.read("party_letters.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(
            "party_letters.tsv: expected letter, party (found '" + line + "')");
      }
      gazetteer.candidates(f[1]).stream()
          .map(c -> c.entry())
          .filter(e -> e.subtype().filter(EntitySubtype.POLITICAL_PARTY::equals).isPresent())
          .findFirst()
          .ifPresent(e -> out.put(f[0], e));
    }
    return Map.copyOf(out);
  }

  /**
   * {@code Jane Doe (D-Minn.)}: the party of the letter right after "(" and before a hyphen glued
   * to it and a capitalised state, else none.
   */
  private Optional<GazetteerEntry> letterAt(List<Token> tokens, int i) {
    GazetteerEntry party = letters.get(tokens.get(i).text());
    if (party == null || i < 1 || i + 2 >= tokens.size()) {
      return Optional.empty();
    }
    Token hyphen = tokens.get(i + 1);
    boolean form =
        tokens.get(i - 1).text().equals("(")
            && hyphen.text().equals("-")
            && hyphen.span().start() == tokens.get(i).span().end()
            && tokens.get(i + 2).span().start() == hyphen.span().end()
            && capitalised(tokens.get(i + 2));
    return form ? Optional.of(party) : Optional.empty();
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Optional<GazetteerEntry> letter = letterAt(tokens, i);
        if (letter.isPresent()) {
          found.add(party(article, s, i, letter.get()));
          continue;
        }
        GazetteerEntry party = forms.get(tokens.get(i).text());
        if (party == null
            || partOfName(tokens, i)
            || gazetteer.opensPortfolioTitle(Token.texts(tokens), i, i + 1)) {
          continue; // "Labour Minister Jane Doe": the minister of labour
        }
        int name = nameAfter(tokens, i + 1);
        if (name < 0 && !headAfterArticle(tokens, i)) {
          continue;
        }
        found.add(party(article, s, i, party));
        if (name >= 0) {
          person(article, s, name).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static Mention party(AnnotatedArticle article, Sentence s, int i, GazetteerEntry party) {
    CharSpan at = s.tokens().get(i).span();
    return new Mention(
        at,
        at.of(article.body()),
        EntityType.ORGANISATION,
        s.index(),
        FINDER,
        CONFIDENCE,
        Optional.of(party.key()));
  }

  /**
   * Whether the word is inside a longer capitalised name ("the Irish Republican Army"), also after
   * a capitalised word of another part of speech that does not open the sentence: "Liberal Democrat
   * MP Jane Doe" and "Social Democrat Jane Doe" name parties of their own, not the Democrats.
   */
  private static boolean partOfName(List<Token> tokens, int i) {
    return i > 0
        && capitalised(tokens.get(i - 1))
        && (tokens.get(i - 1).pos().equals("PROPN") || i > 1);
  }

  /**
   * The first token of a person's name after the party word and at most {@value #MAX_ROLE_WORDS}
   * role words (lower-case nouns and adjectives, or titles the gazetteer knows; not "the Republican
   * nomination to Ford"), or -1: the name begins with a known given name or is a person the
   * gazetteer knows.
   */
  private int nameAfter(List<Token> tokens, int from) {
    for (int j = from; j < tokens.size() && j - from <= MAX_ROLE_WORDS; j++) {
      Token t = tokens.get(j);
      if (givenNames.contains(t.text()) || knownPersonAt(tokens, j)) {
        return j;
      }
      boolean role =
          t.text().matches("\\p{Ll}+(-\\p{Ll}+)?")
                  && (t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("PROPN"))
              || gazetteer.title(t.text()).isPresent();
      if (!role) {
        return -1;
      }
    }
    return -1;
  }

  private boolean knownPersonAt(List<Token> tokens, int j) {
    return gazetteer
        .longestMatchAt(tokens.stream().map(Token::text).toList(), j)
        .filter(m -> m.candidates().stream().anyMatch(c -> c.entry().type() == EntityType.PERSON))
        .isPresent();
  }

  /**
   * {@code Doe, a Democrat from Freedonia}: the word after "a" or "an" heads its noun phrase (no
   * noun or name follows it).
   */
  private static boolean headAfterArticle(List<Token> tokens, int i) {
    if (i < 1 || !tokens.get(i - 1).text().matches("(?i)an?")) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    String pos = tokens.get(i + 1).pos();
    return !(pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM"));
  }

  /** The person's name at {@code start}: up to {@value #MAX_NAME_WORDS} capitalised words. */
  private Optional<Mention> person(AnnotatedArticle article, Sentence s, int start) {
    List<Token> tokens = s.tokens();
    if (!givenNames.contains(tokens.get(start).text())) {
      return Optional.empty(); // a known person: the gazetteer proposes the name itself
    }
    int end = start + 1;
    while (end < tokens.size()
        && end - start < MAX_NAME_WORDS
        && capitalised(tokens.get(end))
        && tokens.get(end).pos().equals("PROPN")
        && !gazetteer.isStopName(tokens.get(end).text())
        && gazetteer.candidates(tokens.get(end).text()).isEmpty()) {
      end++;
    }
    if (end == start + 1) {
      return Optional.empty();
    }
    CharSpan span = s.charSpan(new TokenSpan(start, end));
    return Optional.of(
        Mention.unkeyed(
            span, article.body(), EntityType.PERSON, s.index(), "rule:party-member", 0.7));
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }
}
