package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Memberships that the words before an organisation's name state for the list of actors before
 * them, which {@link MemberLists} asks for at each organisation (or bloc noun) it reads:
 *
 * <ul>
 *   <li>a link of {@code member_links.txt}: {@code Freedonia and Sylvania, both members of the
 *       Union}; {@code Freedonia joined the Union} (and {@code Sylvania followed}); {@code
 *       Sylvania, as part of the Coalition}; {@code As a member of the Union, Freedonia must ...};
 *       also for each organisation of a coordination ({@code members of the Union and the Trio});
 *   <li>a link of founding ({@code member_founding_links.txt}): {@code Freedonia, Sylvania and
 *       Ruritania founded the Trio};
 *   <li>a member noun after the name: {@code Freedonia, a Union member,}; {@code Freedonia is a
 *       Union member}; {@code Freedonia became the Union's 32nd member};
 *   <li>an office of the bloc after the name: {@code Freedonia holds the Union presidency}.
 * </ul>
 *
 * Not under a negation or a condition. The list and its words are read back over the auxiliaries,
 * determiners and adjectives of {@code member_modifiers.txt}.
 */
final class MembersBefore {

  private static final List<List<String>> FOUNDING = WordLists.phrases("member_founding_links.txt");
  private static final List<List<String>> LINKS =
      MemberWords.longestFirst("member_links.txt", "member_founding_links.txt");
  private static final Set<String> MODIFIERS = WordLists.set("member_modifiers.txt");

  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

  /** Tokens an apposition joined to a member noun by "and" may span, as {@link TokenView}'s. */
  private static final int APPOSITION_TOKENS = 12;

  /** The words of a relative clause of being: "which has long been", "that is now", "who was". */
  private static final Set<String> BEING = MemberWords.being("which", "that", "who");

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

  private MembersBefore() {}

  /**
   * {@code Freedonia, a Union member,}; {@code Freedonia and Sylvania, both Union members}; {@code
   * Freedonia, the biggest Union member,}; {@code Freedonia, Asia's largest Union member,}; {@code
   * Freedonia, which has been a Union member since 1952,}: a relative clause of being (no modal
   * verb, which would make it a wish or a condition) may stand between the comma and the article.
   */
  static void appositive(TokenView v, Entity org, int first, double confidence, List<Fact> out) {
    int k = first - 1;
    // "Freedonia, the biggest Union member", "Freedonia, Asia's largest Union member": adjectives
    // (none of member_exclusions.txt) after "the" or a place's possessive
    int adjectives = 0;
    while (k > 2
        && v.tokens.get(k).pos().equals("ADJ")
        && !MemberWords.EXCLUSIONS.contains(v.low[k])) {
      k--;
      adjectives++;
    }
    int possessor = adjectives > 0 ? possessorStart(v, k) : -1;
    if (possessor > 0) {
      k = possessor - 1;
    } else if (k >= 2
        && (MemberWords.APPOSITIVE.contains(v.low[k])
            || adjectives > 0 && v.low[k].equals("the"))) {
      k--;
    } else {
      return;
    }
    while (k > 0 && BEING.contains(v.low[k])) {
      k--;
    }
    if (!v.low[k].equals(",")) {
      return;
    }
    MemberFacts.add(v, org, v.listBefore(k), 1, false, confidence, out);
  }

  /** Tokens a possessor may span before its "'s": "Asia's", "West Africa's", "the region's". */
  private static final int POSSESSOR_TOKENS = 3;

  /**
   * Where the possessor whose "'s" is at {@code k} starts, with its "the" ("the world's", "the
   * region's", "West Africa's"): nouns or names of places only, no other actor ("Sylvania's biggest
   * Union member" is Sylvania's own, not said of the list before); -1 when {@code k} is no
   * possessive.
   */
  private static int possessorStart(TokenView v, int k) {
    if (k < 2 || !v.low[k].equals("'s")) {
      return -1;
    }
    int j = k - 1;
    while (j > 0 && k - j <= POSSESSOR_TOKENS && v.tokens.get(j).pos().matches("NOUN|PROPN")) {
      Located named = v.endsAt[j];
      if (named != null && named.entity().type() != EntityType.PLACE) {
        return -1;
      }
      j--;
    }
    if (j == k - 1) {
      return -1;
    }
    return v.low[j].equals("the") ? j : j + 1;
  }

  /**
   * {@code the Freedonia-led Union}, {@code the Freedonian-led Union}: a country that leads an
   * organisation (Oxford Learner's lead, "to be in control of something") is one of its members.
   * The tokenizer splits the compound into the country's name, a hyphen and "led".
   */
  static void ledBy(TokenView v, Entity org, int first, List<Fact> out) {
    if (first < 3 || !v.low[first - 1].equals("led") || !v.low[first - 2].equals("-")) {
      return;
    }
    Located leader = v.endsAt[first - 3];
    if (leader != null && leader.entity().type() == EntityType.COUNTRY) {
      MemberFacts.add(v, org, List.of(leader), 1, true, 0.7, out);
    }
  }

  /**
   * {@code Freedonia is a Union member}, {@code Freedonia and Sylvania are both Union members}: a
   * verb of being among the words of {@code member_modifiers.txt} before the organisation (no comma
   * between), and the list before them. A negation ("is not a Union member") stops the words.
   */
  static void copulaBefore(TokenView v, Entity org, int first, double confidence, List<Fact> out) {
    boolean being = false;
    int k = first - 1;
    // "Sylvania is one of 27 Union member states": a number and "one of" among the words
    for (;
        k >= 0 && !v.low[k].equals(",") && copulaWordEndingAt(v, k) > 0;
        k -= copulaWordEndingAt(v, k)) {
      being |= COPULAS.contains(v.low[k]);
    }
    int apposition = k >= 0 ? v.appositionBefore(k) : -1;
    List<Located> items = v.listBefore(apposition >= 0 ? apposition : k + 1);
    if (being && !items.isEmpty() && !v.sa.negatedOrHypothetical(first)) {
      MemberFacts.add(v, org, items, 1, false, confidence, out);
    }
  }

  /**
   * How many tokens the word before a member noun that ends at {@code k} spans: a word of {@code
   * member_modifiers.txt}, a number, or "of" of "one of" (2 tokens); 0 for another word.
   */
  private static int copulaWordEndingAt(TokenView v, int k) {
    if (oneOf(v, k)) {
      return 2;
    }
    return v.tokens.get(k).pos().equals("NUM") ? 1 : modifierEndingAt(v, k);
  }

  /**
   * {@code Freedonia holds the Union presidency}, {@code Freedonia assumed the Union chairmanship},
   * {@code Freedonia, the Union chair, said}: a country holds a bloc's office, which only its
   * members do, when a noun of {@link #OFFICES} follows the organisation (at {@code j}) and before
   * it a verb of holding or being, or an apposition's comma, stands among the words of {@code
   * member_modifiers.txt}. Countries only: a person in the office holds a position.
   */
  static void officeBefore(TokenView v, Entity org, int first, int j, List<Fact> out) {
    if (j >= v.size() || !OFFICES.contains(v.low[j])) {
      return;
    }
    boolean holds = false;
    int k = first - 1;
    for (;
        k >= 0 && !v.low[k].equals(",") && modifierEndingAt(v, k) > 0;
        k -= modifierEndingAt(v, k)) {
      holds |= COPULAS.contains(v.low[k]) || HOLDING.contains(v.low[k]);
    }
    if (holds || k >= 0 && k < first - 1 && v.low[k].equals(",")) {
      addBefore(v, org, first, true, 0.7, out);
    }
  }

  /**
   * Where "as" stands before the link at {@code start} (over the words of {@code
   * member_modifiers.txt}) or opens it ("as part of"), when it opens the sentence or follows a
   * comma, "and" or "but"; or -1.
   */
  static int asBefore(TokenView v, int start, List<String> link) {
    int k = link.get(0).equals("as") ? start : start - 1;
    while (k >= 0 && k < start && !v.low[k].equals(",") && modifierEndingAt(v, k) > 0) {
      k -= modifierEndingAt(v, k);
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
      MemberFacts.add(v, org, before, 1, countriesOnly, confidence, out);
    } else if (last + 1 < v.size() && v.low[last + 1].equals(",")) {
      MemberFacts.add(v, org, v.listAfter(last + 2), 1, countriesOnly, confidence, out);
    }
  }

  /**
   * {@code A and B, both members of ORG}; {@code A joined ORG}; {@code A, as part of ORG}; also for
   * the later organisations of a coordination ({@link #coordinationStart}): {@code A is a member of
   * both ORG and the Trio}.
   */
  static void linkBefore(
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
      MemberFacts.add(v, org, v.listAfter(last + 2), 1, true, confidence, found);
    }
    boolean bloc =
        MemberLists.isInternational(org)
            || Stream.concat(Stream.of(org.label()), org.aliases().stream())
                .flatMap(n -> Stream.of(n.toLowerCase(Locale.ROOT).split(" ")))
                .anyMatch(MemberLists::isBlocWord);
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
      if (j < 0 || v.endsAt[j] == null || !MemberLists.isBloc(v.endsAt[j].entity())) {
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
        MemberFacts.add(v, org, v.listBefore(f), 1, true, 0.6, out);
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
    boolean memberNoun = v.low[start].startsWith("member");
    while (k >= 0
        && !MemberWords.EXCLUSIONS.contains(v.low[k])
        && (modifierEndingAt(v, k) > 0
            || isParticiple(v.tokens.get(k))
            || v.tokens.get(k).pos().equals("NUM")
            || MemberWords.ORDINAL.matcher(v.low[k]).matches()
            || oneOf(v, k)
            || memberNoun && describesMember(v, k)
            || memberNoun && asLinkEndingAt(v, k) > 0)) {
      int apposition = v.appositionBefore(k);
      // "Freedonia, the largest economy in the region, joined": past the apposition
      k =
          apposition >= 0
              ? apposition - 1
              : k
                  - (oneOf(v, k)
                      ? 2
                      : Math.max(1, Math.max(modifierEndingAt(v, k), asLinkEndingAt(v, k))));
    }
    int described = memberNoun ? describedBefore(v, k) : -1;
    List<Located> items = v.listBefore(described >= 0 ? described : k + 1);
    if (!items.isEmpty() && conditional(v, items.get(items.size() - 1))) {
      return;
    }
    MemberFacts.add(v, org, items, 1, countriesOnly, confidence, out);
  }

  /** Words that open a noun phrase in apposition: "the largest exporter", "a key ally". */
  private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an");

  /**
   * {@code Freedonia, the world's largest oil exporter and a leading member of the Union}: where
   * "and" at {@code and} joins the member noun to an apposition before it that opens after a comma
   * with an article and names no actor, the comma (where the list before ends); else -1.
   */
  private static int describedBefore(TokenView v, int and) {
    if (and < 4 || !v.low[and].equals("and")) {
      return -1;
    }
    for (int k = and - 1; k > 0 && and - k <= APPOSITION_TOKENS; k--) {
      if (v.endsAt[k] != null && v.endsAt[k].entity().type() != EntityType.PLACE) {
        return -1;
      }
      if (v.low[k].equals(",")) {
        return k + 1 < and - 1 && NOUN_OPENERS.contains(v.low[k + 1]) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * {@code A and B are among the Union's ten members}, {@code A became the Union's 32nd member},
   * {@code A, the Union's newest member,}, {@code A was admitted as the Union's 11th member}: after
   * the organisation's possessive at {@code j}, a member noun behind numbers, ordinals and
   * adjectives (none of {@code member_exclusions.txt}), and before the organisation the list and
   * the words of {@link #addBefore}. The organisation may be a bloc noun that stands for it ({@code
   * A, B and C, the bloc's four full members}).
   */
  static void possessiveBefore(
      TokenView v, Entity org, int first, int j, double confidence, List<Fact> out) {
    int k = j;
    while (k < v.size()
        && !MemberWords.EXCLUSIONS.contains(v.low[k])
        && v.match(k, MemberWords.MEMBER_NOUNS) == 0
        && (modifierStartingAt(v, k) > 0
            || v.tokens.get(k).pos().equals("NUM")
            || MemberWords.NUMBERS.contains(v.low[k])
            || MemberWords.ORDINAL.matcher(v.low[k]).matches()
            || v.tokens.get(k).pos().equals("ADJ"))) {
      k += Math.max(1, modifierStartingAt(v, k));
    }
    int noun = v.match(k, MemberWords.MEMBER_NOUNS);
    if (noun == 0 || MemberLists.outsiders(v, org, k) || v.listAfter(k + noun).size() > 0) {
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
   * "chair", "chairs" (not "joined the Union's summit", "chairs the Union summit").
   */
  private static boolean verbLink(List<String> link) {
    return link.get(0).matches("(re)?join(s|ed)?|chair(s|ed)?");
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
   * {@code Freedonia is the only Asian member of the Union}, {@code a full voting member}: an
   * adjective or "only" before a member noun describes the member (a word of {@code
   * member_exclusions.txt} such as "former" stops the list before this is asked).
   */
  private static boolean describesMember(TokenView v, int k) {
    return v.tokens.get(k).pos().equals("ADJ") || v.low[k].equals("only");
  }

  /**
   * How many tokens the link ending in "as" that ends at token {@code k} spans ({@code Freedonia
   * was admitted as a full member of the Union}), or 0.
   */
  private static int asLinkEndingAt(TokenView v, int k) {
    for (List<String> link : LINKS) {
      if (asLink(link) && k - link.size() + 1 >= 0 && v.matches(k - link.size() + 1, link)) {
        return link.size();
      }
    }
    return 0;
  }

  /**
   * "of" in "Sylvania is one of the 15 members of the Union" and "A, B and C, three of the Union's
   * six members".
   */
  private static boolean oneOf(TokenView v, int k) {
    return k >= 1
        && v.low[k].equals("of")
        && (v.low[k - 1].equals("one")
            || MemberWords.NUMBERS.contains(v.low[k - 1])
            || v.tokens.get(k - 1).pos().equals("NUM"));
  }

  /**
   * How many tokens the word of {@code member_modifiers.txt} that ends at token {@code k} spans
   * ({@link WordLists#endingAt}: 3 for "non-permanent", which the tokenizer splits).
   */
  private static int modifierEndingAt(TokenView v, int k) {
    return WordLists.endingAt(MODIFIERS, v.tokens, k);
  }

  /** As {@link #modifierEndingAt}, for the word that starts at token {@code k}. */
  private static int modifierStartingAt(TokenView v, int k) {
    return WordLists.startingAt(MODIFIERS, v.tokens, k);
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
    return !(MemberWords.isPossessive(w)
        || next.pos().equals("NOUN") && !(MemberLists.isBlocWord(w) && ends(v, last + 2))
        || w.equals("in") && ing);
  }

  /** Whether the noun phrase ends before {@code k}: no noun or "'s" follows there. */
  private static boolean ends(TokenView v, int k) {
    return k >= v.size()
        || !(v.tokens.get(k).pos().equals("NOUN") || MemberWords.isPossessive(v.low[k]));
  }
}
