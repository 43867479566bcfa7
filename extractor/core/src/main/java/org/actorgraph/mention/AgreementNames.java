package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * The proper names of agreements in a sentence: a title ending in a capitalised head ("the Port
 * Aster Accord"), a head followed by of/on/for and a name ("the Treaty of Port Aster", "the Treaty
 * on the Limitation of Aster Arms"), or proper nouns before a lower-case head ("the Port Aster
 * accords", "the New ASTER treaty", also with a topic noun between: "the Port Aster climate
 * accord"). The heads are data ({@code agreement_named_heads.txt}, {@code
 * agreement_name_nouns.txt}).
 *
 * <p>A place written inside such a name is where the agreement was signed or what it is named
 * after, not a place the article reports on, so {@link #withoutInnerNames} drops it from the
 * mentions, a capital too when it was taken for its country ("the 2022 Pretoria agreement": the
 * city where it was signed, not South Africa as a party); likewise a name a model or rule took for
 * an organisation or a person ("the Port Aster Statute", "the Aster Accord"), while a known
 * organisation or person, or a country, in a title stays ("the Union Charter" is the Union's).
 * Before a lower-case head, an unknown union or partnership is the agreement's name ("the Aster
 * Union treaty"), not a party ({@link #bondName}).
 */
public final class AgreementNames {

  /**
   * One name: where it stands in the article body; {@code titled} when its head is capitalised
   * ("Accord"), and the span of its proper nouns before a lower-case head otherwise.
   */
  public record Name(CharSpan span, boolean titled) {}

  private static final List<String> NAMED_HEAD_WORDS = WordList.read("agreement_named_heads.txt");

  private static final String NAMED_HEADS =
      String.join("|", NAMED_HEAD_WORDS.stream().map(Pattern::quote).toList());

  private static final Set<String> NAME_NOUNS =
      Set.copyOf(WordList.read("agreement_name_nouns.txt"));

  /** {@code the Port Aster Accord}, {@code the Treaty of Port Aster}: a name ending in its head. */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}-]*\\s+(?:(?:on|of|for|and)\\s+)?){1,6}(?:" + NAMED_HEADS + "))\\b");

  /** Days and months: "the Aster Declaration on Monday", "the March accord" are dates. */
  private static final String CALENDAR =
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
          + "|April|May|June|July|August|September|October|November|December";

  private static final Pattern CALENDAR_WORD = Pattern.compile(CALENDAR);

  /**
   * {@code the Declaration of Peace of Port Aster}, {@code the Comprehensive and Progressive
   * Agreement for Aster Partnership}: a head, then of/on/for and a name, none of whose words is a
   * day or month ("joined the Agreement for Aster Partnership on Sunday" ends at "Partnership").
   */
  private static final Pattern NAMED_AFTER =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}-]*\\s+(?:and\\s+)?){0,3}(?:"
              + NAMED_HEADS
              + ")\\s+(?:of|on|for)\\s+(?:the\\s+)?(?!(?:"
              + CALENDAR
              + ")\\b)[A-Z][\\p{L}-]*"
              + "(?:\\s+(?:(?:of|on|for|and|the)\\s+){0,2}(?!(?:"
              + CALENDAR
              + ")\\b)[A-Z][\\p{L}-]*){0,5})\\b");

  /**
   * Capitalised heads of a name for a bond formed by agreement. Source: the Oxford Learner's
   * Dictionaries' senses of union ("a group of states or countries that ... agree to work
   * together"), alliance ("an agreement between countries ... to work together"), partnership and
   * compact ("a formal agreement between two or more people or countries").
   */
  private static final Set<String> BOND_HEADS =
      Set.of("Union", "Alliance", "Partnership", "Compact");

  /** At most this many proper nouns before a lower-case head. */
  private static final int PROPER_NOUNS = 3;

  private AgreementNames() {}

  /** The agreement names of a sentence, in text order, none overlapping another. */
  public static List<Name> in(Sentence s) {
    List<Name> out = new ArrayList<>();
    int offset = s.span().start();
    // both patterns need a head written as listed: most sentences have none, and the patterns,
    // tried at every capitalised word, cost more than looking for the heads
    List<Pattern> named =
        NAMED_HEAD_WORDS.stream().anyMatch(s.text()::contains)
            ? List.of(NAMED_AFTER, NAMED)
            : List.of();
    for (Pattern p : named) {
      Matcher m = p.matcher(s.text());
      while (m.find()) {
        Name name = new Name(new CharSpan(offset + m.start(1), offset + m.end(1)), true);
        if (out.stream().noneMatch(x -> x.span().overlaps(name.span()))) {
          out.add(name);
        }
      }
    }
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String head = tokens.get(i).text();
      if (!NAME_NOUNS.contains(head)) {
        continue;
      }
      // "the Paris climate accord": one lower-case topic noun may stand between names and head
      int topic = i >= 2 && topicNoun(tokens.get(i - 1)) && properNoun(tokens, i - 2) ? 1 : 0;
      int first = i - topic;
      while (first > 0 && i - first < PROPER_NOUNS + topic && properNoun(tokens, first - 1)) {
        first--;
      }
      Name name =
          new Name(
              new CharSpan(tokens.get(first).span().start(), tokens.get(i).span().end()), false);
      if (first < i - topic && out.stream().noneMatch(x -> x.span().overlaps(name.span()))) {
        out.add(name);
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /** A lower-case common noun: "climate" in "the Paris climate accord". */
  private static boolean topicNoun(Token t) {
    return t.pos().equals("NOUN") && Character.isLowerCase(t.text().codePointAt(0));
  }

  /**
   * A capitalised word before a lower-case head: a proper noun or an acronym ("Aster", "ASTER"), or
   * any capitalised word but a determiner or preposition inside the sentence ("New" in "the New
   * ASTER treaty"); not a day or month.
   */
  private static boolean properNoun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text();
    boolean acronym =
        w.length() > 1
            && w.equals(w.toUpperCase(Locale.ROOT))
            && w.chars().allMatch(Character::isLetter);
    boolean inside = i > 0 && !Set.of("DET", "PRON", "ADP", "CCONJ").contains(t.pos());
    return Character.isUpperCase(w.codePointAt(0))
        && (t.pos().equals("PROPN") || acronym || inside)
        && !CALENDAR_WORD.matcher(w).matches();
  }

  /**
   * The mentions without those inside an agreement's name: places, and organisations and people no
   * gazetteer knows. Proper nouns before a lower-case head are a name only when all they hold are
   * places ("the Sylvania accords" with Sylvania a country is Sylvania's accords, not a title).
   */
  public static List<Mention> withoutInnerNames(AnnotatedArticle article, List<Mention> mentions) {
    List<Name> names = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      names.addAll(in(s));
    }
    if (names.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (Name name : names) {
      List<Mention> inside = mentions.stream().filter(m -> name.span().contains(m.span())).toList();
      if (!name.titled() && !inside.stream().allMatch(AgreementNames::writtenAsPlace)) {
        inside.stream().filter(AgreementNames::bondName).forEach(out::remove);
        continue;
      }
      inside.stream().filter(AgreementNames::partOfName).forEach(out::remove);
    }
    return out;
  }

  /**
   * An organisation no gazetteer knows named as a bond of its members ("the Aster Union", "the
   * Aster Partnership"): before a lower-case agreement head ("signed the Aster Union treaty") it is
   * the agreement's own name, not a party to it.
   */
  private static boolean bondName(Mention m) {
    if (m.type() != EntityType.ORGANISATION || !m.key().isEmpty()) {
      return false;
    }
    String[] words = m.text().split("\\s+");
    return words.length > 1 && BOND_HEADS.contains(words[words.length - 1]);
  }

  private static boolean partOfName(Mention m) {
    return writtenAsPlace(m) || m.type() != EntityType.COUNTRY && m.key().isEmpty();
  }

  /** A place, or a capital that the gazetteer finder took for its country. */
  private static boolean writtenAsPlace(Mention m) {
    return m.type() == EntityType.PLACE || m.finder().equals(GazetteerMentionFinder.CAPITAL);
  }
}
