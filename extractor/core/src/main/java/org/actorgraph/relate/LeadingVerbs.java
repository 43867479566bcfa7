package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * A person who is the subject of a verb of being in charge, with an organisation as its object:
 * {@code Jane Doe heads the Northern Union}, {@code John Roe, who founded Northwind, said}, {@code
 * Doe has led the Union since 2017}, and in the passive, {@code Northwind, founded by John Roe},
 * {@code the Union is led by Jane Doe}. The verb gives the role ({@code leading_verbs.tsv}); "had"
 * before it makes the role a former one, and so do "once", "previously" and "formerly", and an end
 * to its time ({@code who ran Northwind from 1997 to 2008}). Only an auxiliary or an adverb of time
 * may stand between the person and the verb (or an age set off by commas: {@code Doe, 54, heads}),
 * and the organisation must follow the verb (after "the" and its country at most: {@code heads the
 * Freedonian central bank}).
 */
final class LeadingVerbs {

  private static final Map<String, String> ROLES = WordLists.pairs("leading_verbs.tsv");

  /** Words that may stand between the person and the verb. */
  private static final Set<String> BETWEEN =
      Set.of(
          "has",
          "have",
          "had",
          "also",
          "now",
          "currently",
          "still",
          "long",
          "once",
          "previously",
          "formerly",
          "who");

  /** The simple past of the verbs of being in charge, whose relative clause tells of the past. */
  private static final Set<String> PAST = Set.of("headed", "led", "chaired", "ran", "directed");

  /** Words before the verb that make the role one held before ("had led", "previously chaired"). */
  private static final Set<String> BEFORE = Set.of("had", "once", "previously", "formerly");

  /** Words that may stand between the organisation and a passive participle. */
  private static final Set<String> PASSIVE_BETWEEN =
      Set.of(",", "is", "was", "has", "been", "which", "that", "now", "currently", "also");

  /**
   * Words for a party's standing that may stand before its name ({@code leads the opposition Unity
   * Party}), as {@link PartyMembers} reads them.
   */
  private static final Set<String> PARTY_STANDING =
      Set.of("main", "ruling", "governing", "opposition");

  private static final double CONFIDENCE = 0.7;

  private LeadingVerbs() {}

  /** Whether the form ("led", "headed") says its subject is in charge of its object. */
  static boolean leads(String form) {
    String role = ROLES.get(form);
    return "leader".equals(role) || "head".equals(role);
  }

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int v = 1; v + 1 < tokens.size(); v++) {
      int begin = prefixStart(tokens, v);
      String form = StructureFinder.text(tokens, begin, v + 1).replace(" ", "");
      String role = ROLES.get(form.toLowerCase(Locale.ROOT));
      if (role != null && !sa.negatedOrHypothetical(v)) {
        int verb = v;
        at(sa, begin, verb, role).or(() -> passive(sa, verb, role)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * {@code co - founded}: where a verb at {@code v} that the tokenizer parted from a prefix and
   * hyphen before it starts; {@code v} when no such prefix stands there.
   */
  private static int prefixStart(List<Token> tokens, int v) {
    return v >= 2
            && tokens.get(v - 1).text().equals("-")
            && tokens.get(v - 2).text().matches("(?i)co")
        ? v - 2
        : v;
  }

  /**
   * The verb's subject, from the verb's first token {@code begin} back, in charge of its object.
   */
  private static Optional<Fact> at(SentenceActors sa, int begin, int v, String role) {
    List<Token> tokens = sa.tokens();
    int first = tokens.get(v + 1).text().equalsIgnoreCase("the") ? v + 2 : v + 1;
    while (first + 1 < tokens.size()
        && PARTY_STANDING.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    int o = first;
    Optional<Located> org = sa.startingAt(o, EntityType.ORGANISATION).or(() -> owned(sa, o));
    if (org.isEmpty()) {
      return Optional.empty();
    }
    RoleStatus status =
        closedSpan(tokens, sa.lastToken(org.get()) + 1) ? RoleStatus.FORMER : RoleStatus.CURRENT;
    int j = begin - 1;
    boolean perfect = false;
    while (j >= 0 && BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      if (BEFORE.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        status = RoleStatus.FORMER;
      }
      perfect |= tokens.get(j).text().matches("(?i)has|have");
      j--;
    }
    if (j >= 0 && j < begin - 1 && tokens.get(j + 1).text().equalsIgnoreCase("who")) {
      if (!perfect && !role.endsWith("founder") && PAST.contains(tokens.get(v).text())) {
        status = RoleStatus.FORMER; // "X, who led the Union,": a past office told as background
      }
      j = tokens.get(j).text().equals(",") ? j - 1 : beforeAside(sa, j);
    }
    if (j >= 2
        && tokens.get(j).text().equals(",")
        && tokens.get(j - 1).text().matches("\\d{1,3}")
        && tokens.get(j - 2).text().equals(",")) {
      j -= 3;
    }
    Optional<Located> person = sa.endingAt(j, EntityType.PERSON);
    RoleStatus held = status;
    return person.map(
        p ->
            PositionFinder.position(
                sa,
                p.entity(),
                org.get().entity(),
                new RoleLexicon.Role(role, 1, !role.endsWith("founder")),
                held,
                tokens,
                v,
                CONFIDENCE));
  }

  /**
   * Whether the words after the organisation close the time it was led: {@code from 1997 to 2008},
   * {@code between 2010 and 2014}, {@code until 2019}; an office with an end is one held before.
   */
  private static boolean closedSpan(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
    String year = tokens.get(i + 1).text();
    if ((word.equals("until") || word.equals("till")) && year.matches("\\d{4}")) {
      return true;
    }
    return i + 3 < tokens.size()
        && (word.equals("from") || word.equals("between"))
        && year.matches("\\d{4}")
        && tokens.get(i + 2).text().matches("(?i)to|until|and|-|–")
        && tokens.get(i + 3).text().matches("\\d{4}");
  }

  /**
   * {@code Jane Doe, a former finance minister who also led the Union}: the last token of the
   * description before "who" at {@code j} is passed back to the comma after the name, when the
   * description holds no verb and no person and at most eight words; the token before that comma
   * (the end of the name), else -1.
   */
  private static int beforeAside(SentenceActors sa, int j) {
    List<Token> tokens = sa.tokens();
    for (int k = j; k >= 1 && j - k < 8; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k < j ? k - 1 : -1;
      }
      if (t.pos().matches("VERB|AUX") || TitleContexts.personAt(sa, k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * {@code the Freedonian central bank}, {@code Freedonia's central bank}: an organisation right
   * after its country (the demonym or possessive is a mention of its own).
   */
  private static Optional<Located> owned(SentenceActors sa, int o) {
    Optional<Located> country = sa.startingAt(o, EntityType.COUNTRY);
    if (country.isEmpty()) {
      return Optional.empty();
    }
    int next = sa.lastToken(country.get()) + 1;
    if (next < sa.tokens().size() && sa.tokens().get(next).text().matches("['’]s")) {
      next++;
    }
    return sa.startingAt(next, EntityType.ORGANISATION);
  }

  /**
   * {@code Northwind, founded by Jane Doe in 2009}, {@code the Union is led by John Roe}, {@code
   * the Unity Movement party, founded by former minister Jane Doe}: the organisation right before
   * the participle (after a comma or a form of "be" at most, and the word "party"), the person
   * after "by" and up to three lower-case words of her description.
   */
  private static Optional<Fact> passive(SentenceActors sa, int v, String role) {
    List<Token> tokens = sa.tokens();
    if (!tokens.get(v + 1).text().equals("by") || v + 2 >= tokens.size()) {
      return Optional.empty();
    }
    int k = v + 2;
    while (k < tokens.size() && k - v - 2 < 3 && tokens.get(k).text().matches("\\p{Ll}+")) {
      k++; // "founded by former prime minister Jane Doe"
    }
    Optional<Located> person = sa.startingAt(k, EntityType.PERSON);
    int j = v - 1;
    while (j >= 0 && PASSIVE_BETWEEN.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j--;
    }
    if (j > 0 && tokens.get(j).text().equals("party")) {
      j--; // "the Unity Movement party, founded by"
    }
    Optional<Located> org = sa.endingAt(j, EntityType.ORGANISATION);
    if (person.isEmpty() || org.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PositionFinder.position(
            sa,
            person.get().entity(),
            org.get().entity(),
            new RoleLexicon.Role(role, 1, !role.endsWith("founder")),
            RoleStatus.CURRENT,
            tokens,
            v,
            CONFIDENCE));
  }
}
