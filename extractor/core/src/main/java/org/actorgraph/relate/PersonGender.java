package org.actorgraph.relate;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.lexicon.GivenNames.Sex;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.WordFiles;

/**
 * The gender of a person, where the article tells it, and whether a personal pronoun may stand for
 * that person: {@code Jane Roe met John Doe. She said …} is Jane Roe speaking, because "Jane" is a
 * woman's given name.
 *
 * <p>A person's gender comes from the given name that opens any of its names of two or more words
 * ({@link GivenNames}: English given names borne by one sex only) and from a gendered title before
 * any of its mentions or opening one of its names ({@code gendered_titles.tsv}: {@code Mrs}, {@code
 * Queen}, {@code Sheikh}). A one-word name is most often a surname and tells nothing. When these
 * disagree, or none is known (most names from outside the English-speaking world), the gender is
 * unknown, and a pronoun may stand for the person as before.
 *
 * <p>Design decision: the answer only vetoes. Each rule that resolves a pronoun keeps its own order
 * of candidates and passes over a person of the other known gender, so that where no gender is
 * known nothing changes. Both lists are read once per process into hash maps; answering costs a few
 * lookups per name and mention of the person asked about, never a scan of the lists.
 */
final class PersonGender {

  private static final String DIR = "/org/actorgraph/lexicon/";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Titles: those matched capitalised as written, those matched in any case in lower case. */
  private static final Map<String, Sex> TITLES = titles();

  /** The third-person singular pronouns of English that have a gender (general English grammar). */
  private static final Map<String, Sex> PRONOUNS =
      Map.of(
          "he", Sex.MALE,
          "him", Sex.MALE,
          "his", Sex.MALE,
          "himself", Sex.MALE,
          "she", Sex.FEMALE,
          "her", Sex.FEMALE,
          "hers", Sex.FEMALE,
          "herself", Sex.FEMALE);

  private PersonGender() {}

  /** The gender of a personal pronoun ({@code he}, {@code Her}); none for other words. */
  static Optional<Sex> ofPronoun(String word) {
    return Optional.ofNullable(PRONOUNS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether {@code pronoun} may stand for {@code entity}: false only for a person whose known
   * gender is not the pronoun's.
   */
  static boolean mayStandFor(String pronoun, Entity entity, ResolvedArticle article) {
    Optional<Sex> wanted = ofPronoun(pronoun);
    if (wanted.isEmpty() || entity.type() != EntityType.PERSON) {
      return true;
    }
    Optional<Sex> known = of(entity, article.annotated().body());
    return known.isEmpty() || known.equals(wanted);
  }

  /**
   * The last person the article names before {@code offset} whom {@code pronoun} may stand for:
   * what "he" or "she" refers to when nothing nearer tells.
   */
  static Optional<Entity> lastPersonBefore(ResolvedArticle article, int offset, String pronoun) {
    List<ResolvedArticle.Located> before = article.mentionsWithin(new CharSpan(0, offset));
    for (int k = before.size() - 1; k >= 0; k--) {
      Entity e = before.get(k).entity();
      if (e.type() == EntityType.PERSON && mayStandFor(pronoun, e, article)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The gender of a person named in {@code body}, when its names and the titles before its mentions
   * tell one and only one.
   */
  static Optional<Sex> of(Entity person, String body) {
    Set<Sex> seen = EnumSet.noneOf(Sex.class);
    fromName(person.label(), seen);
    for (String alias : person.aliases()) {
      fromName(alias, seen);
    }
    for (Mention m : person.mentions()) {
      fromName(m.text(), seen);
      title(wordBefore(body, m.span().start())).ifPresent(seen::add);
    }
    return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
  }

  /** Adds what a name tells: the titles opening it, else the given name opening two words. */
  private static void fromName(String name, Set<Sex> seen) {
    String[] words = SPACES.split(name.strip());
    int i = 0;
    while (i < words.length) {
      Optional<Sex> t = title(words[i]);
      if (t.isEmpty()) {
        break;
      }
      seen.add(t.get());
      i++;
    }
    if (words.length - i >= 2) {
      GivenNames.sexOf(words[i]).ifPresent(seen::add);
    }
  }

  /**
   * The gender a title tells. Capitalised titles are keys as written and match only so; titles
   * matched in any case are keys in lower case.
   */
  private static Optional<Sex> title(String word) {
    Sex g = TITLES.get(word);
    return Optional.ofNullable(g != null ? g : TITLES.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * The word just before {@code at}, across spaces on the same line only: letters, with a full stop
   * that ends an abbreviation ({@code Mr.}); empty when punctuation or a line break comes first.
   */
  private static String wordBefore(String body, int at) {
    int end = at;
    while (end > 0 && (body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '\u00a0')) {
      end--;
    }
    if (end == at) {
      return "";
    }
    int start = end;
    if (start > 0 && body.charAt(start - 1) == '.') {
      start--;
    }
    while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
      start--;
    }
    return start == end || !Character.isLetter(body.charAt(start))
        ? ""
        : body.substring(start, end);
  }

  private static Map<String, Sex> titles() {
    Map<String, Sex> out = new HashMap<>();
    for (String[] row : rows("gendered_titles.tsv", "title\tgender\tcase")) {
      Sex g = gender(row[1], "gendered_titles.tsv");
      switch (row[2]) {
        case "capitalised" -> put(out, row[0], g);
        case "any" -> put(out, row[0].toLowerCase(Locale.ROOT), g);
        default ->
            throw new IllegalStateException(
                "gendered_titles.tsv: case '" + row[2] + "' is not capitalised or any");
      }
    }
    return Map.copyOf(out);
  }

  private static void put(Map<String, Sex> map, String key, Sex g) {
    if (map.put(key, g) != null) {
      throw new IllegalStateException("gender lexicon: '" + key + "' is listed twice");
    }
  }

  /** The rows after the header line, which must be {@code header}. */
  private static List<String[]> rows(String file, String header) {
    List<String> lines = WordFiles.read(DIR + file);
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new IllegalStateException(file + ": expected the header '" + header + "'");
    }
    int columns = header.split("\t").length;
    return lines.subList(1, lines.size()).stream()
        .map(
            l -> {
              String[] f = l.split("\t");
              if (f.length != columns) {
                throw new IllegalStateException(
                    file + ": expected " + columns + " columns (found '" + l + "')");
              }
              return f;
            })
        .toList();
  }

  private static Sex gender(String value, String file) {
    return switch (value) {
      case "female" -> Sex.FEMALE;
      case "male" -> Sex.MALE;
      default ->
          throw new IllegalStateException(file + ": gender '" + value + "' is not female or male");
    };
  }
}
