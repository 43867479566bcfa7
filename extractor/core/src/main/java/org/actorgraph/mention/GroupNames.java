package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;

/**
 * Drops the mentions that name a people or a religious community ("the Kurds", "Tamils", "the Aster
 * minority"): such a group is no actor of the gold rules, neither a person, a country, an
 * organisation nor a place, and the statistical finder takes it for an organisation. A group is a
 * name of {@code group_names.txt} (plurals of peoples and religious communities), or a name that
 * the article writes right before a noun only a people or a faith group has ("the Aster minority",
 * "Aster tribesmen", "Aster Muslims"): then every mention of that name alone goes.
 *
 * <p>Design decision: a mention the gazetteer keyed stays (a demonym standing for its country, "the
 * Serbs", or a party); a context counts only for a name the statistical model proposed (a rule's
 * "Senate" is a chamber, whatever its minority); a name of a person stays ("Jane Aster" is not "the
 * Aster minority"): only mentions whose whole text is the group's name go. The context nouns are
 * those Oxford Learner's Dictionaries defines by a people or a faith (minority: "a small group
 * within a community or country, differing from the main population"; tribe, tribesman, clan), and
 * the names of the world's two largest faiths' members written after a people's name ("Aster
 * Muslims").
 *
 * <p>A word of a follower of a person or a doctrine ("-ist: a person who believes in or practises
 * something", Oxford Learner's Dictionaries: "Peronist", "Kemalist"; and the Spanish "-ista",
 * "Chavista") in the singular goes too when it is the whole text of an organisation's mention: "the
 * Peronist candidate" qualifies a noun with the movement's adjective, it names no party. The plural
 * ("Methodists") and other types ("Gilchrist", a place) stay: a plural may stand for a church or a
 * party, and a place or a person may end so.
 */
final class GroupNames {

  private static final Set<String> NAMES = Set.copyOf(WordList.read("group_names.txt"));
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "minority",
          "minorities",
          "tribe",
          "tribes",
          "tribesmen",
          "tribesman",
          "clan",
          "clans",
          "Muslims",
          "Christians");

  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
  private static final Pattern FOLLOWER = Pattern.compile("\\p{Lu}\\p{Ll}+ista?");

  private GroupNames() {}

  /** The mentions but those of a people or a religious community, in the given order. */
  static List<Mention> without(AnnotatedArticle article, List<Mention> mentions) {
    Set<String> groups = new HashSet<>(NAMES);
    for (Mention m : mentions) {
      if (beforeGroupNoun(article, m)) {
        groups.add(name(m.text()));
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.key().isPresent() || !groups.contains(name(m.text())) && !follower(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether the statistical model proposed the mention and it stands right before a noun only a
   * group of people has, which ends the noun phrase: not "Senate minority leader", where the
   * minority is the chamber's.
   */
  private static boolean beforeGroupNoun(AnnotatedArticle article, Mention m) {
    if (m.key().isPresent()
        || !m.finder().startsWith("model")
        || m.sentence() < 0
        || m.sentence() >= article.sentences().size()) {
      return false;
    }
    Sentence s = article.sentences().get(m.sentence());
    int end = s.tokenAt(m.span().end());
    List<Token> tokens = s.tokens();
    return end < tokens.size()
        && GROUP_NOUNS.contains(tokens.get(end).text())
        && (end + 1 == tokens.size() || !NOUN_TAGS.contains(tokens.get(end + 1).pos()));
  }

  /**
   * Whether an organisation's mention is one capitalised word of a follower, ending in "-ist" or
   * "-ista" ("Peronist", "Chavista").
   */
  private static boolean follower(Mention m) {
    String name = name(m.text());
    return m.type() == EntityType.ORGANISATION
        && name.length() >= 6
        && name.chars().allMatch(Character::isLetter)
        && Character.isUpperCase(name.charAt(0))
        && FOLLOWER.matcher(name).matches();
  }

  /** The name without a leading article: "the Kurds" is "Kurds". */
  private static String name(String text) {
    String t = text.strip();
    return t.startsWith("the ") || t.startsWith("The ") ? t.substring(4) : t;
  }
}
