package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Memberships written as a list next to the organisation:
 *
 * <ul>
 *   <li>after it: {@code the Trio, comprising Freedonia, Sylvania and Ruritania}; {@code the Union
 *       – Freedonia, Sylvania, Ruritania}; {@code Union members Freedonia and Sylvania}; {@code the
 *       bloc's member states such as Freedonia}; {@code the Trio, a partnership between Freedonia
 *       and Sylvania};
 *   <li>before it: {@code Freedonia and Sylvania, both members of the Union}; {@code Freedonia and
 *       Sylvania joined the Union}; {@code Sylvania, as part of the Coalition}; {@code Freedonia
 *       and fellow Union members ...}; {@code Freedonia, the current chair of the bloc}.
 * </ul>
 *
 * A bloc noun ("the bloc's members", "fellow alliance members") stands for the bloc the article
 * named last. The word lists are data ({@code member_*.txt}, {@code bloc_nouns.txt}).
 */
final class MemberLists {

  private record Cue(List<String> words, boolean countriesOnly) {}

  private static final List<Cue> LIST_CUES =
      WordLists.lines("member_list_cues.txt").stream()
          .map(l -> l.split("\t"))
          .map(f -> new Cue(List.of(f[0].split(" ")), f[1].equals("countries")))
          .sorted(Comparator.comparingInt((Cue c) -> -c.words().size()))
          .toList();
  private static final List<List<String>> MEMBER_NOUNS = longestFirst("member_nouns.txt");
  private static final List<List<String>> FOUNDING = WordLists.phrases("member_founding_links.txt");
  private static final List<List<String>> LINKS =
      longestFirst("member_links.txt", "member_founding_links.txt");
  private static final Set<String> MODIFIERS = WordLists.set("member_modifiers.txt");
  private static final Set<String> EXCLUSIONS = WordLists.set("member_exclusions.txt");

  /**
   * Kinds of organisation that consist of their partners: "partner nations" of a coalition are its
   * members, those of a bloc or an alliance are outsiders it works with.
   */
  private static final Pattern COALITION =
      Pattern.compile("(?i).*\\b(coalition|partnership|consortium)\\b.*");

  /** An ordinal number before "member": "the 32nd member of", "the fifth member state of". */
  static final Pattern ORDINAL =
      Pattern.compile(
          "\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|latest");

  private static final Set<String> BLOC_NOUNS = WordLists.set("bloc_nouns.txt");

  /** "other member states", "fellow members": the members besides the one the clause is about. */
  private static final Set<String> OTHER = Set.of("other", "fellow");

  /**
   * How many lower-case words may stand between a member and "other members": "has worked with".
   */
  private static final int MAX_VERB_WORDS = 6;

  /** Adverbs that may stand inside a list cue: "which now comprises", "that also includes". */
  private static final Set<String> CUE_ADVERBS = Set.of("now", "also", "currently", "still");

  /** Numbers written as words, which the tagger may not call numerals. */
  private static final Set<String> NUMBERS =
      Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "several", "many", "some");

  /** Plain nouns a counted list of members may take: "ten countries including A and B". */
  /** Nouns for the states of a group, besides the member nouns of {@code member_nouns.txt}. */
  static final Set<String> COUNTED = Set.of("countries", "nations", "states");

  /**
   * Plural nouns for the states a group gathers, which may describe it before its list of members
   * ("industrialised nations", "emerging economies", "Western democracies"): {@link #COUNTED} and
   * Oxford Learner's Dictionary economy ("a country, when you are thinking about its economic
   * system"), democracy ("a country which has this system"), power ("a country with a lot of
   * influence").
   */
  private static final Set<String> GROUPED_STATES =
      Set.of("countries", "nations", "states", "economies", "democracies", "powers");

  private static final int MAX_DESCRIPTOR_WORDS = 3;

  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> APPOSITIVE = Set.of("a", "an", "another", "both", "all");

  /** The words of a relative clause of being: "which has long been", "that is now", "who was". */
  private static final Set<String> BEING =
      Set.of(
          "which",
          "that",
          "who",
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "been",
          "remains",
          "remained",
          "also",
          "now",
          "already",
          "long",
          "still");

  /**
   * Verbs of being that tie a subject to "a Union member" (Oxford Learner's: be, become, remain).
   */
  private static final Set<String> COPULAS =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "been",
          "remain",
          "remains",
          "remained",
          "became",
          "become",
          "becomes");

  /**
   * A bloc's offices that one member holds in turn: "the Union presidency", "the Union chair"
   * (Oxford Learner's presidency "the job of being president"; chairmanship).
   */
  private static final Set<String> OFFICES = Set.of("presidency", "chairmanship", "chair");

  /** Verbs of taking up or holding an office: "holds", "took over", "assumed". */
  private static final Set<String> HOLDING =
      Set.of(
          "holds", "held", "hold", "took", "takes", "take", "taken", "over", "assumed", "assumes",
          "assume");

  private static final Set<String> SUCH_AS = Set.of("such", "as", "including", "like", ",", ":");
  private static final Set<String> INCLUDE =
      Set.of("include", "includes", "included", "including", "are", "were", "comprise", "such");
  private static final Set<String> PARTNERSHIP_KIND =
      Set.of("partnership", "alliance", "coalition", "grouping", "bloc", "union", "consortium");

  private MemberLists() {}

  private static List<List<String>> longestFirst(String... files) {
    return Stream.of(files)
        .flatMap(f -> WordLists.phrases(f).stream())
        .sorted(Comparator.comparingInt((List<String> p) -> -p.size()))
        .toList();
  }

  /**
   * The memberships one sentence lists.
   *
   * @param recentBloc the bloc the article named last before this sentence, for "the bloc's"
   */
  static List<Fact> find(SentenceActors sa, Optional<Entity> recentBloc) {
    TokenView v = new TokenView(sa);
    List<Fact> out = new ArrayList<>();
    Optional<Entity> bloc = recentBloc;
    for (int i = 0; i < v.size(); i++) {
      Located m = v.startsAt[i];
      if (m != null && isBloc(m.entity())) {
        int last = sa.lastToken(m);
        members(v, m.entity(), sa.firstToken(m), last, false, out);
        if (isInternational(m.entity()) || bloc.filter(MemberLists::isInternational).isEmpty()) {
          bloc = Optional.of(m.entity());
        }
        i = last;
      } else if (m == null && OTHER.contains(v.low[i]) && otherMembers(v, i, bloc, out)) {
        continue;
      } else if (m == null && bloc.isPresent() && isBlocNoun(v, i)) {
        members(v, bloc.get(), i, i, true, out);
      } else if (m == null && bloc.isPresent() && subjectList(v, bloc.get(), i, out)) {
        continue;
      } else if (m == null && bloc.isPresent() && BLOC_NOUNS.contains(v.low[i])) {
        int first = i > 0 && v.tokens.get(i - 1).pos().equals("ADJ") ? i - 1 : i;
        linkBefore(v, bloc.get(), first, i, 0.6, out);
      }
    }
    return out;
  }

  /**
   * The bloc a later "the bloc" means: the last international organisation named so far, or, while
   * the article has named none, the last other organisation that may have members.
   */
  static Optional<Entity> lastBloc(SentenceActors sa, Optional<Entity> previous) {
    Optional<Entity> bloc = previous;
    for (Located l : sa.mentions()) {
      Entity e = l.entity();
      boolean international = isInternational(e);
      if (international || isBloc(e) && bloc.filter(MemberLists::isInternational).isEmpty()) {
        bloc = Optional.of(e);
      }
    }
    return bloc;
  }

  static boolean isInternational(Entity e) {
    return e.subtype().filter("InternationalOrganisation"::equals).isPresent();
  }

  /** Whether a lower-case word is a common noun for a bloc ("the bloc", "the alliance"). */
  static boolean isBlocWord(String lower) {
    return BLOC_NOUNS.contains(lower);
  }

  /**
   * Whether a phrase around "member" has a word of {@code member_exclusions.txt}: "a former member
   * of", "'s future membership in".
   */
  static boolean excluded(String phrase) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) {
      if (EXCLUSIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isBloc(Entity e) {
    String sub = e.subtype().orElse("");
    return e.type() == EntityType.ORGANISATION
        && !sub.equals("GovernmentBody")
        && !sub.equals("Company")
        && !sub.equals("MediaOutlet");
  }

  /** "the bloc's", "fellow alliance members", "its bloc partners": a bloc noun standing alone. */
  private static boolean isBlocNoun(TokenView v, int i) {
    if (!BLOC_NOUNS.contains(v.low[i]) || i == 0) {
      return false;
    }
    String before = v.low[i - 1];
    boolean determined = before.equals("the") || before.equals("fellow") || before.equals("its");
    String after = i + 1 < v.size() ? v.low[i + 1] : "";
    return determined && (after.equals("'s") || after.equals("’s") || after.startsWith("member"));
  }

  private static void members(
      TokenView v, Entity org, int first, int last, boolean anaphor, List<Fact> out) {
    double base = anaphor ? 0.6 : 0.75;
    int j = last + 1;
    if (!anaphor && j < v.size() && isBlocWord(v.low[j]) && !isNoun(v, j + 1)) {
      j++; // "the ASEAN bloc, which includes"
    }
    if (j < v.size() && (v.low[j].equals("'s") || v.low[j].equals("’s"))) {
      j++;
      possessiveBefore(v, org, first, j, anaphor ? base : 0.7, out);
    }
    int noun = v.match(j, MEMBER_NOUNS);
    if (!anaphor && j < v.size() && !outsiders(v, org, j)) {
      out.addAll(EnclosedMembers.find(v, org, j, noun));
      out.addAll(MemberClauses.find(v, org, j));
    }
    if (noun > 0 && !outsiders(v, org, j)) {
      int k = j + noun;
      while (k < v.size() && SUCH_AS.contains(v.low[k])) {
        k++;
      }
      List<Located> items = v.listAfter(k);
      if (!(k == j + noun + 1 && v.low[j + noun].equals(",") && subjectOfOther(v, items, first))) {
        add(v, org, items, 1, false, base, out);
      }
      if (!anaphor) {
        appositive(v, org, first, base, out);
        copulaBefore(v, org, first, base, out);
      }
    } else if (!anaphor) {
      cueAfter(v, org, first, described(v, j), out);
      partnership(v, org, j, out);
      officeBefore(v, org, first, j, out);
    }
    if (!anaphor) {
      linkBefore(v, org, first, last, 0.75, out);
    }
    if (first > 0 && v.low[first - 1].equals("fellow")) {
      int k = first - 2;
      while (k >= 0 && Set.of("its", "his", "her", "their", "and", ",").contains(v.low[k])) {
        k--;
      }
      add(v, org, v.listBefore(k + 1), 1, false, base - 0.05, out);
    }
  }

  /**
   * {@code Freedonia worked with other member states to pass the Union's sanctions}, {@code
   * Freedonia, like its fellow members, ...}: "other" or "fellow" and a plural member noun with no
   * organisation before it say that the country the clause is about is a member too: the nearest
   * list of countries before it, with a verb, "with", "like" or "and" between and no other actor or
   * stop. The organisation is the first bloc named after the noun in the sentence, or else the bloc
   * the article named last (for "allies" or "partners", only an international organisation).
   * Returns whether it read one.
   */
  private static boolean otherMembers(
      TokenView v, int i, Optional<Entity> recentBloc, List<Fact> out) {
    int noun = v.match(i + 1, MEMBER_NOUNS);
    if (noun == 0 || !v.low[i + noun].endsWith("s") || v.low[i + 1].equals("partner")) {
      return false;
    }
    // "other allies" or "other partners" mean a bloc named before only if it is an international
    // organisation: "Japan, South Korea and other allies" after a company's name are not its
    // members
    boolean members = v.low[i + 1].startsWith("member");
    Optional<Entity> org = recentBloc.filter(b -> members || isInternational(b));
    for (int k = i + 1 + noun; k < v.size(); k++) {
      if (v.startsAt[k] != null && isBloc(v.startsAt[k].entity())) {
        org = Optional.of(v.startsAt[k].entity());
        break;
      }
    }
    int k = i - 1;
    while (k >= 0 && v.low[k].matches("its|their|the|with|like|and|,")) {
      k--;
    }
    int words = 0;
    while (k >= 0
        && v.endsAt[k] == null
        && v.tokens.get(k).text().matches("[a-z]+")
        && words++ < MAX_VERB_WORDS) {
      k--;
    }
    if (org.isEmpty() || k < 0 || v.endsAt[k] == null) {
      return false;
    }
    add(v, org.get(), v.listBefore(k + 1), 1, true, 0.6, out);
    return true;
  }

  /**
   * {@code Partner nations taking part include A, B and C}; {@code Member states such as A}: a
   * member noun standing alone (no organisation or bloc noun before it) that a verb of inclusion
   * ties to a list, meaning the bloc the article named last. Partner nations are members of a bloc
   * formed for the occasion, not of a standing international organisation ({@code NATO and partner
   * countries such as Freedonia}). Returns whether it read one.
   */
  private static boolean subjectList(TokenView v, Entity bloc, int i, List<Fact> out) {
    if (i > 0 && (v.endsAt[i - 1] != null || BLOC_NOUNS.contains(v.low[i - 1]))) {
      return false;
    }
    int noun = v.match(i, MEMBER_NOUNS);
    if (noun == 0
        || !v.low[i + noun - 1].endsWith("s")
        || isInternational(bloc) && outsiders(v, bloc, i)) {
      return false;
    }
    for (int j = i + noun; j < v.size() && j - (i + noun) <= 3; j++) {
      if (INCLUDE.contains(v.low[j])) {
        int k = j + 1;
        while (k < v.size() && SUCH_AS.contains(v.low[k])) {
          k++;
        }
        add(v, bloc, v.listAfter(k), 1, false, 0.6, out);
        return true;
      }
      if (v.startsAt[j] != null || v.low[j].matches("[,;:.]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the member noun at {@code i} names partners ("partner nations") of an organisation that
   * is no coalition: {@code Union partner countries Freedonia and Sylvania} are not its members.
   */
  private static boolean outsiders(TokenView v, Entity org, int i) {
    return v.low[i].equals("partner")
        && !COALITION.matcher(org.label()).matches()
        && org.aliases().stream().noneMatch(a -> COALITION.matcher(a).matches());
  }

  /**
   * {@code Freedonia, a Union member,}; {@code Freedonia and Sylvania, both Union members}; {@code
   * Freedonia, which has been a Union member since 1952,}: a relative clause of being (no modal
   * verb, which would make it a wish or a condition) may stand between the comma and the article.
   */
  private static void appositive(
      TokenView v, Entity org, int first, double confidence, List<Fact> out) {
    int k = first - 1;
    if (k < 2 || !APPOSITIVE.contains(v.low[k])) {
      return;
    }
    k--;
    while (k > 0 && BEING.contains(v.low[k])) {
      k--;
    }
    if (!v.low[k].equals(",")) {
      return;
    }
    add(v, org, v.listBefore(k), 1, false, confidence, out);
  }

  /**
   * {@code Freedonia is a Union member}, {@code Freedonia and Sylvania are both Union members}: a
   * verb of being among the words of {@code member_modifiers.txt} before the organisation (no comma
   * between), and the list before them. A negation ("is not a Union member") stops the words.
   */
  private static void copulaBefore(
      TokenView v, Entity org, int first, double confidence, List<Fact> out) {
    boolean being = false;
    int k = first - 1;
    for (; k >= 0 && !v.low[k].equals(",") && MODIFIERS.contains(v.low[k]); k--) {
      being |= COPULAS.contains(v.low[k]);
    }
    List<Located> items = v.listBefore(k + 1);
    if (being && !items.isEmpty() && !v.sa.negatedOrHypothetical(first)) {
      add(v, org, items, 1, false, confidence, out);
    }
  }

  /**
   * {@code Freedonia holds the Union presidency}, {@code Freedonia assumed the Union chairmanship},
   * {@code Freedonia, the Union chair, said}: a country holds a bloc's office, which only its
   * members do, when a noun of {@link #OFFICES} follows the organisation (at {@code j}) and before
   * it a verb of holding or being, or an apposition's comma, stands among the words of {@code
   * member_modifiers.txt}. Countries only: a person in the office holds a position.
   */
  private static void officeBefore(TokenView v, Entity org, int first, int j, List<Fact> out) {
    if (j >= v.size() || !OFFICES.contains(v.low[j])) {
      return;
    }
    boolean holds = false;
    int k = first - 1;
    for (; k >= 0 && !v.low[k].equals(",") && MODIFIERS.contains(v.low[k]); k--) {
      holds |= COPULAS.contains(v.low[k]) || HOLDING.contains(v.low[k]);
    }
    if (holds || k >= 0 && k < first - 1 && v.low[k].equals(",")) {
      addBefore(v, org, first, true, 0.7, out);
    }
  }

  /**
   * {@code Freedonia will never be a Union member, Sylvania said}: a list after the member noun and
   * a bare comma that a verb follows is the subject of another clause, unless "as" opens the phrase
   * of the member noun ({@code As a Union member, Freedonia is bound by ...}); a list the comma
   * closes is an apposition ({@code Union members, Freedonia and Sylvania, said}).
   */
  private static boolean subjectOfOther(TokenView v, List<Located> items, int first) {
    if (items.isEmpty()) {
      return false;
    }
    int after = v.sa.lastToken(items.get(items.size() - 1)) + 1;
    boolean clause = after < v.size() && v.tokens.get(after).pos().matches("VERB|AUX");
    return clause && asBefore(v, first, List.of("member")) < 0;
  }

  /**
   * Where "as" stands before the link at {@code start} (over the words of {@code
   * member_modifiers.txt}) or opens it ("as part of"), when it opens the sentence or follows a
   * comma, "and" or "but"; or -1.
   */
  private static int asBefore(TokenView v, int start, List<String> link) {
    int k = link.get(0).equals("as") ? start : start - 1;
    while (k >= 0 && k < start && !v.low[k].equals(",") && MODIFIERS.contains(v.low[k])) {
      k--;
    }
    boolean opens = k == 0 || k > 0 && v.low[k - 1].matches(",|and|but");
    return k >= 0 && v.low[k].equals("as") && opens ? k : -1;
  }

  /**
   * {@code Freedonia, as a member of the Union, objected}: the list before the comma before "as" at
   * {@code as}; else {@code As a member of the Union, Freedonia must ...}: the list after the comma
   * after the organisation, which ends at {@code last}.
   */
  private static void asMember(
      TokenView v,
      Entity org,
      int as,
      int last,
      boolean countriesOnly,
      double confidence,
      List<Fact> out) {
    List<Located> before = as > 0 && v.low[as - 1].equals(",") ? v.listBefore(as - 1) : List.of();
    if (!before.isEmpty()) {
      add(v, org, before, 1, countriesOnly, confidence, out);
    } else if (last + 1 < v.size() && v.low[last + 1].equals(",")) {
      add(v, org, v.listAfter(last + 2), 1, countriesOnly, confidence, out);
    }
  }

  /**
   * {@code ORG, comprising A, B and C}; {@code ORG – A, B, C}; {@code ORG, which now comprises ten
   * countries including A and B}: an adverb may stand among the cue's words, and a counted member
   * noun with "including" or "such as" between the cue and the list.
   */
  private static void cueAfter(TokenView v, Entity org, int first, int j, List<Fact> out) {
    int before = first > 0 && v.low[first - 1].equals("the") ? first - 2 : first - 1;
    if (before >= 0 && EXCLUSIONS.contains(v.low[before])) {
      return; // "countries outside the Union, such as Freedonia"
    }
    int k = j < v.size() && v.low[j].equals(",") ? j + 1 : j;
    for (Cue c : LIST_CUES) {
      int end = cueEnd(v, k, c.words());
      if (end > 0) {
        int min = c.countriesOnly() ? 2 : 1;
        add(v, org, v.listAfter(countedMembers(v, end)), min, c.countriesOnly(), 0.7, out);
        return;
      }
    }
  }

  /**
   * Past a plural noun for the kind of states a group gathers, with up to two lower-case adjectives
   * or participles before it, that describes the organisation before its list: {@code the Group of
   * Seven industrialised nations – A, B and C}; {@code j} itself when none stands there.
   */
  private static int described(TokenView v, int j) {
    for (int e = j; e < Math.min(v.size(), j + MAX_DESCRIPTOR_WORDS); e++) {
      String w = v.tokens.get(e).text();
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return j;
      }
      if (GROUPED_STATES.contains(v.low[e])) {
        return e + 1;
      }
      String pos = v.tokens.get(e).pos();
      if (!pos.equals("ADJ") && !pos.equals("VERB")) {
        return j; // "and partner countries such as A": not a description of the bloc
      }
    }
    return j;
  }

  /** Where the cue {@code words} at {@code k} ends, over adverbs among them, or -1. */
  private static int cueEnd(TokenView v, int k, List<String> words) {
    int i = k;
    for (int w = 0; w < words.size(); w++) {
      while (w > 0 && i < v.size() && CUE_ADVERBS.contains(v.low[i])) {
        i++;
      }
      if (i >= v.size() || !v.low[i].equals(words.get(w))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * {@code 27 member states, including}, {@code ten countries such as}: past a number, a member
   * noun (or "countries", "nations", "states") and the word that opens the examples, to the list;
   * {@code k} itself when none stands there.
   */
  private static int countedMembers(TokenView v, int k) {
    int i = k;
    if (i < v.size() && (v.tokens.get(i).pos().equals("NUM") || NUMBERS.contains(v.low[i]))) {
      i++;
    }
    int noun = v.match(i, MEMBER_NOUNS);
    if (noun == 0 && i < v.size() && COUNTED.contains(v.low[i])) {
      noun = 1;
    }
    if (noun == 0 || v.low[i].equals("partner")) {
      return k;
    }
    int e = i + noun;
    if (e < v.size() && v.low[e].equals(",")) {
      e++;
    }
    if (e < v.size() && v.low[e].equals("including")) {
      return e + 1;
    }
    return e + 1 < v.size() && v.low[e].equals("such") && v.low[e + 1].equals("as") ? e + 2 : k;
  }

  /** Whether token {@code k} is a noun ("the Union bloc summit"). */
  private static boolean isNoun(TokenView v, int k) {
    return k < v.size() && v.tokens.get(k).pos().equals("NOUN");
  }

  /** {@code ORG, a partnership between A and B}; {@code ORG – an alliance of A, B and C}. */
  private static void partnership(TokenView v, Entity org, int j, List<Fact> out) {
    if (j + 1 >= v.size() || !Set.of(",", "–", "—", "-", "(").contains(v.low[j])) {
      return;
    }
    int k = j + 1;
    if (!Set.of("a", "an", "the").contains(v.low[k])) {
      return;
    }
    for (int n = k + 1; n < Math.min(v.size(), k + 5); n++) {
      if (PARTNERSHIP_KIND.contains(v.low[n])) {
        for (int p = n + 1; p < Math.min(v.size(), n + 6); p++) {
          if (Set.of(",", ";", ".", ")").contains(v.low[p])) {
            return;
          }
          if (Set.of("of", "between", "among").contains(v.low[p])) {
            add(v, org, v.listAfter(p + 1), 2, false, 0.65, out);
            return;
          }
        }
        return;
      }
    }
  }

  /**
   * {@code A and B, both members of ORG}; {@code A joined ORG}; {@code A, as part of ORG}; also for
   * the later organisations of a coordination ({@link #coordinationStart}): {@code A is a member of
   * both ORG and the Trio}.
   */
  private static void linkBefore(
      TokenView v, Entity org, int first, int last, double confidence, List<Fact> out) {
    int end = coordinationStart(v, first, last);
    if (end > 0 && v.low[end - 1].equals("the")) {
      end--;
    }
    if (end > 0 && v.low[end - 1].equals("both")) {
      end--; // "a member of both the Union and the Trio"
    }
    for (List<String> link : LINKS) {
      int start = end - link.size();
      if (start < 0 || !v.matches(start, link) || asLink(link)) {
        continue;
      }
      boolean founding = FOUNDING.contains(link);
      if ((verbLink(link) || founding) && !joinedAsMember(v, last)
          || v.sa.negatedOrHypothetical(start)) {
        return; // "Freedonia would become a member of the Union if ..."
      }
      if (founding) {
        founders(v, org, start, last, confidence, out);
        return;
      }
      int as = asBefore(v, start, link);
      if (as >= 0) {
        asMember(v, org, as, last, link.contains("part"), confidence, out);
        return;
      }
      int before = out.size();
      addBefore(v, org, start, link.contains("part"), confidence, out);
      if (out.size() > before && link.get(0).matches("(re)?join.*")) {
        followers(v, org, last, out);
      }
      return;
    }
  }

  /**
   * {@code Freedonia, Sylvania and Ruritania founded the Union}, {@code Freedonia and Sylvania
   * formed the Union with Ruritania}: the countries listed before the verb of founding at {@code
   * start} and after "with" right after the organisation; two at least, unless the organisation is
   * an international one or has a bloc noun in its name ({@code member_founding_links.txt}).
   */
  private static void founders(
      TokenView v, Entity org, int start, int last, double confidence, List<Fact> out) {
    List<Fact> found = new ArrayList<>();
    addBefore(v, org, start, true, confidence, found);
    if (!found.isEmpty() && last + 1 < v.size() && v.low[last + 1].equals("with")) {
      add(v, org, v.listAfter(last + 2), 1, true, confidence, found);
    }
    boolean bloc =
        isInternational(org)
            || Stream.concat(Stream.of(org.label()), org.aliases().stream())
                .flatMap(n -> Stream.of(n.toLowerCase(Locale.ROOT).split(" ")))
                .anyMatch(BLOC_NOUNS::contains);
    if (found.size() >= (bloc ? 1 : 2)) {
      out.addAll(found);
    }
  }

  /**
   * Where the coordination of organisations that the one at {@code first} to {@code last} ends
   * begins: {@code members of the Union and the Trio}, {@code belong to the Union, the Trio and the
   * League}, {@code joined the Union in 1982 and the Trio in 1986} (a year between); {@code first}
   * itself when no organisation that may have members is coordinated before it, or when a verb
   * follows it, which makes it the subject of a clause of its own ({@code A joined the Union and
   * the Trio welcomed it}).
   */
  private static int coordinationStart(TokenView v, int first, int last) {
    if (last + 1 < v.size() && v.tokens.get(last + 1).pos().matches("VERB|AUX")) {
      return first;
    }
    int start = first;
    while (true) {
      int k = start > 0 && v.low[start - 1].equals("the") ? start - 1 : start;
      if (k < 2 || !v.low[k - 1].matches("and|,")) {
        return start;
      }
      int j = k - 2;
      if (v.low[k - 1].equals("and") && v.low[j].equals(",")) {
        j--;
      }
      if (j >= 1 && v.tokens.get(j).pos().equals("NUM") && v.low[j - 1].matches("in|since")) {
        j -= 2; // "joined the Union in 1982 and the Trio in 1986"
      }
      if (j < 0 || v.endsAt[j] == null || !isBloc(v.endsAt[j].entity())) {
        return start;
      }
      start = v.sa.firstToken(v.endsAt[j]);
    }
  }

  /**
   * {@code A joined the Union last year and B followed in March}, {@code A joined the Union; B
   * followed suit}: the countries that, later in the sentence, follow or do the same ({@link
   * Ellipses}) joined it too. A bare "followed" counts only with no object after it ({@code B
   * followed the talks} is no entry).
   */
  private static void followers(TokenView v, Entity org, int last, List<Fact> out) {
    int ellipsis = Ellipses.at(v.tokens);
    for (int f = last + 1; f < v.size(); f++) {
      boolean follows =
          f == ellipsis
              || v.tokens.get(f).lemma().equals("follow")
                  && (f + 1 == v.size() || v.tokens.get(f + 1).pos().matches("ADP|ADV|PUNCT|NUM"));
      if (follows && v.tokens.get(f).pos().matches("VERB|AUX")) {
        add(v, org, v.listBefore(f), 1, true, 0.6, out);
        return;
      }
    }
  }

  /**
   * Adds the list that ends before {@code start}, over the auxiliaries, determiners, numbers and
   * adjectives of {@code member_modifiers.txt} and "one of" ({@code A and B are among the 27},
   * {@code A, which has been one of the}); not in a condition.
   */
  private static void addBefore(
      TokenView v,
      Entity org,
      int start,
      boolean countriesOnly,
      double confidence,
      List<Fact> out) {
    int k = start - 1;
    while (k >= 0
        && !EXCLUSIONS.contains(v.low[k])
        && (MODIFIERS.contains(v.low[k])
            || isParticiple(v.tokens.get(k))
            || v.tokens.get(k).pos().equals("NUM")
            || ORDINAL.matcher(v.low[k]).matches()
            || oneOf(v, k))) {
      k -= oneOf(v, k) ? 2 : 1;
    }
    List<Located> items = v.listBefore(k + 1);
    if (!items.isEmpty() && conditional(v, items.get(items.size() - 1))) {
      return;
    }
    add(v, org, items, 1, countriesOnly, confidence, out);
  }

  /**
   * {@code A and B are among the Union's ten members}, {@code A became the Union's 32nd member},
   * {@code A, the Union's newest member,}, {@code A was admitted as the Union's 11th member}: after
   * the organisation's possessive at {@code j}, a member noun behind numbers, ordinals and
   * adjectives (none of {@code member_exclusions.txt}), and before the organisation the list and
   * the words of {@link #addBefore}. The organisation may be a bloc noun that stands for it ({@code
   * A, B and C, the bloc's four full members}).
   */
  private static void possessiveBefore(
      TokenView v, Entity org, int first, int j, double confidence, List<Fact> out) {
    int k = j;
    while (k < v.size()
        && !EXCLUSIONS.contains(v.low[k])
        && v.match(k, MEMBER_NOUNS) == 0
        && (MODIFIERS.contains(v.low[k])
            || v.tokens.get(k).pos().equals("NUM")
            || NUMBERS.contains(v.low[k])
            || ORDINAL.matcher(v.low[k]).matches()
            || v.tokens.get(k).pos().equals("ADJ"))) {
      k++;
    }
    int noun = v.match(k, MEMBER_NOUNS);
    if (noun == 0 || outsiders(v, org, k) || v.listAfter(k + noun).size() > 0) {
      return;
    }
    int start = first > 0 && v.low[first - 1].equals("the") ? first - 1 : first;
    for (List<String> link : LINKS) {
      if (asLink(link) && v.matches(start - link.size(), link)) {
        start -= link.size();
        break;
      }
    }
    addBefore(v, org, start, false, confidence, out);
  }

  /**
   * Whether the link is a verb whose object is the organisation itself: "joined", "rejoined",
   * "chairs" (not "joined the Union's summit", "chairs the Union summit").
   */
  private static boolean verbLink(List<String> link) {
    return link.get(0).matches("(re)?join(s|ed)?|chairs|chaired");
  }

  /**
   * A link ending in "as" ({@code admitted as}) names membership only before the organisation's
   * member noun ({@code A was admitted as the Union's 11th member}), not before an organisation
   * alone ({@code admitted as Union observer}).
   */
  private static boolean asLink(List<String> link) {
    return link.get(link.size() - 1).equals("as");
  }

  /**
   * {@code if Sylvania joined the Union}, {@code whether Sylvania belongs to the Union}: a
   * condition or a question, no membership.
   */
  private static boolean conditional(TokenView v, Located first) {
    int j = v.sa.firstToken(first) - 1;
    if (j >= 0 && v.low[j].equals("the")) {
      j--;
    }
    return j >= 0 && CONDITIONS.contains(v.low[j]);
  }

  /**
   * "of" in "Sylvania is one of the 15 members of the Union" and "A, B and C, three of the Union's
   * six members".
   */
  private static boolean oneOf(TokenView v, int k) {
    return k >= 1
        && v.low[k].equals("of")
        && (v.low[k - 1].equals("one")
            || NUMBERS.contains(v.low[k - 1])
            || v.tokens.get(k - 1).pos().equals("NUM"));
  }

  /** "working" in "Sylvania is working as part of the Union". */
  private static boolean isParticiple(Token t) {
    return t.pos().equals("VERB") && t.text().endsWith("ing");
  }

  /**
   * Not "joined the Union in condemning", "joined Union troops", "joined the Union's summit": the
   * organisation itself is what was joined, also when a bloc noun follows its name ("joined the
   * Union bloc").
   */
  private static boolean joinedAsMember(TokenView v, int last) {
    if (last + 1 >= v.size()) {
      return true;
    }
    Token next = v.tokens.get(last + 1);
    String w = v.low[last + 1];
    boolean ing = last + 2 < v.size() && v.low[last + 2].endsWith("ing");
    return !(w.equals("'s")
        || w.equals("’s")
        || next.pos().equals("NOUN") && !(isBlocWord(w) && ends(v, last + 2))
        || w.equals("in") && ing);
  }

  /** Whether the noun phrase ends before {@code k}: no noun or "'s" follows there. */
  private static boolean ends(TokenView v, int k) {
    return k >= v.size()
        || !(v.tokens.get(k).pos().equals("NOUN")
            || v.low[k].equals("'s")
            || v.low[k].equals("’s"));
  }

  /**
   * Adds the members of {@code items}, nearest the organisation first, up to one of a wrong type.
   */
  private static void add(
      TokenView v,
      Entity org,
      List<Located> items,
      int min,
      boolean countriesOnly,
      double confidence,
      List<Fact> out) {
    if (asOutsiders(v, items)) {
      return;
    }
    List<Entity> members = new ArrayList<>();
    for (Located l : items) {
      Entity e = l.entity();
      boolean allowed =
          e.type() == EntityType.COUNTRY
              || !countriesOnly && e.type() == EntityType.ORGANISATION
              || !countriesOnly && e.type() == EntityType.PERSON && PartyMembers.isParty(org);
      if (!allowed) {
        break;
      }
      if (!e.equals(org) && !members.contains(e)) {
        members.add(e);
      }
    }
    if (members.size() < min) {
      return;
    }
    for (Entity e : members) {
      out.add(new Fact.Membership(e, org, confidence, List.of(v.sa.evidence())));
    }
  }

  /**
   * {@code the Union, which includes Freedonia and Sylvania as observers}: "as" and a word of
   * {@code member_exclusions.txt} (after an article) right after the list; {@code the Union, which
   * includes Freedonia and Sylvania's ports}: a possessive ends the list, which then owns what is
   * included.
   */
  private static boolean asOutsiders(TokenView v, List<Located> items) {
    int k = items.stream().mapToInt(v.sa::lastToken).max().orElse(-1) + 1;
    if (k < v.size() && (v.low[k].equals("'s") || v.low[k].equals("’s"))) {
      return true;
    }
    if (k < v.size() && v.low[k].equals(",")) {
      k++;
    }
    if (k >= v.size() || !v.low[k].equals("as")) {
      return false;
    }
    k++;
    if (k < v.size() && APPOSITIVE.contains(v.low[k])) {
      k++;
    }
    return k < v.size() && EXCLUSIONS.contains(v.low[k]);
  }
}
