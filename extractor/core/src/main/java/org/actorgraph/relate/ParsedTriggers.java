package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;

/**
 * Reads the CAMEO category that a verb of a parsed sentence states, with the words around it that
 * make another act of it ({@code exchanged fire}, {@code called B}, {@code declared B persona non
 * grata}), and tells the verbs that state no category of their own because a noun states it: a
 * light verb over an act noun ({@code imposed sanctions on B}) and a participle describing one
 * ({@code the aid sent by A}). For a noun it gives the modifier the noun lexicon reads with it
 * ({@code missile strike}) and whether it names an act at all. The lexicon is {@link CameoLexicon};
 * this class reads the parse.
 */
final class ParsedTriggers {

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final List<Token> tokens;

  ParsedTriggers(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.tokens = actors.tokens();
  }

  /**
   * The category the verb at {@code v} states, read from its lemma and the words after it; empty if
   * it states none.
   */
  Optional<String> verbTrigger(int v) {
    String lemma = tree.lemma(v);
    if (DependencyWords.host(lemma)) {
      return visitor(v) ? Optional.of(DependencyWords.CONSULT) : Optional.empty();
    }
    if (CameoLexicon.dependsOnNextWord(lemma)) {
      String next = v + 1 < tokens.size() ? tokens.get(v + 1).text() : null;
      Optional<String> byNext = CameoLexicon.byNextWord(lemma, next);
      return byNext.isEmpty() && telephoned(v) ? Optional.of(DependencyWords.CONSULT) : byNext;
    }
    Optional<String> cameo = CameoLexicon.cameo(lemma);
    if (cameo.isEmpty()) {
      return CameoLexicon.phraseCameo(lemma, tokens, v)
          .or(() -> afterObject(lemma, v))
          .or(() -> died(v));
    }
    int o = tree.child(v, "dobj");
    if (CameoLexicon.mutual(lemma) && o >= 0 && DependencyWords.opinion(tree.lemma(o))) {
      return Optional.of(DependencyWords.CONSULT);
    }
    // the words after a verb may make another act of it ("exchanged fire": 19, "lashed out at": 11)
    // or none ("offered condolences")
    if (CameoLexicon.statesNoneAt(tokens, v)) {
      return Optional.empty();
    }
    Optional<String> read = CameoLexicon.cameoAt(tokens, v).or(() -> cameo);
    return read.filter(c -> c.compareTo(IntendedActs.THREATEN) < 0 || !makesAgreement(v));
  }

  /**
   * {@code two B-ian soldiers died in an A attack}: a verb of dying states the act of force its
   * "in" names ({@link ParsedWords#diedIn}).
   */
  private Optional<String> died(int v) {
    ParsedWords words = new ParsedWords(actors);
    return words.diedIn(v) ? words.forceIn(v) : Optional.empty();
  }

  /**
   * Whether the verb at {@code v} makes the agreement it describes or that the parser made its
   * subject: "the port deal A struck with B", where the agreement names the act (AgreementFinder
   * reads it) and the verb's hostile sense ("strike": 19) is not meant.
   */
  private boolean makesAgreement(int v) {
    int n = tree.head(v);
    boolean describes =
        n != DependencyTree.ROOT
            && tree.label(v).matches("relcl|acl")
            && AgreementPhrases.isHead(tokens.get(n).text());
    int s = tree.child(v, "nsubj");
    return describes || s >= 0 && AgreementPhrases.isHead(tokens.get(s).text());
  }

  /**
   * Whether {@code v} is a participle modifying a noun that names an interaction itself ("the
   * sanctions imposed by A on B", "the aid sent by A"): that noun's category is the event, and the
   * participle adds none of its own. A present participle on a document noun says what the document
   * says ("a resolution condemning B", read for its issuer by {@link ParsedSubjects}), whatever act
   * the noun may also name ("resolution": the act of resolving).
   */
  boolean modifiesTriggerNoun(int v) {
    int n = tree.head(v);
    if (!tree.label(v).equals("acl") || n == DependencyTree.ROOT || !tree.tag(n).startsWith("NN")) {
      return false;
    }
    String word = tokens.get(n).text().toLowerCase(java.util.Locale.ROOT);
    boolean says = tree.tag(v).equals("VBG") && ReportedQuotes.DOCUMENTS.contains(word);
    // "A's threat to cut ties with B": the infinitive says the act threatened, read by Threats
    boolean threatened = Threats.is("threat", word) && tree.tag(v).equals("VB");
    return !says && !threatened && CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent();
  }

  /**
   * Whether {@code v} is a light verb whose object names an act ("increased cooperation with B",
   * "imposed sanctions on B"): the noun states the category, and the verb adds none of its own.
   */
  boolean lightOverAct(int v) {
    int o = tree.child(v, "dobj");
    return o >= 0 && DependencyWords.light(tree.lemma(v)) && actNoun(o);
  }

  /**
   * The category that the light verb whose direct object is the noun at {@code n} gives with the
   * words up to that noun, where the verb states nothing alone and its own phrase reads the noun as
   * another act than the noun alone names: {@code lodged a protest with B} is a complaint made to B
   * (PETRARCH2 LODGE "* PROTEST" 110, "* FORMAL PROTEST" 114: codebook 114 Complain officially),
   * where a protest alone is a demonstration (codebook 14); empty otherwise, and when the phrase
   * needs no noun: the verb's particle alone ({@code stepped up attacks on B}, PETRARCH2 "STEP UP"
   * 060 as in boosting ties) says how much of the act there is, and the noun says which act.
   */
  Optional<String> lightPhrase(int n) {
    int v = tree.head(n);
    if (v == DependencyTree.ROOT || v > n || !tree.label(n).equals("dobj") || !lightOverAct(v)) {
      return Optional.empty();
    }
    Optional<String> withNoun =
        CameoLexicon.phraseCameo(tree.lemma(v), tokens.subList(0, n + 1), v);
    Optional<String> before = CameoLexicon.phraseCameo(tree.lemma(v), tokens.subList(0, n), v);
    return withNoun.equals(before) ? Optional.empty() : withNoun;
  }

  /**
   * The lemma of the nearest compound or adjective before noun {@code n} ("missile strike"), or
   * "joint" where it marks a noun that names a joint act ("joint naval patrols").
   */
  String modifier(int n) {
    String out = "";
    for (int c : tree.children(n)) {
      String l = tree.label(c);
      if (c < n && (l.equals("compound") || l.equals("amod") || l.equals("nmod"))) {
        out = tree.lemma(c);
        if (out.equals("joint")
            && CameoLexicon.jointNounCameo(lower(n), tree.lemma(n)).isPresent()) {
          // "joint naval patrols": joint marks the act, whatever stands between
          return out;
        }
      }
    }
    return out;
  }

  /**
   * {@code A declared B's ambassador to C persona non grata}: a phrase of the verb whose words
   * follow its direct object and the prepositions that modify it, read after them (the parser may
   * attach the phrase to the object).
   */
  private Optional<String> afterObject(String lemma, int v) {
    int o = tree.child(v, "dobj");
    if (o < 0) {
      return Optional.empty();
    }
    int end = o;
    for (int c : tree.children(o)) {
      if (c > o) {
        if (!tree.label(c).equals("prep")) {
          break;
        }
        end = c;
        while (end + 1 < tokens.size() && tree.dominates(c, end + 1)) {
          end++;
        }
      }
    }
    return CameoLexicon.phraseCameoAfter(lemma, tokens, end);
  }

  /**
   * {@code A called B on Monday}, {@code A called B to discuss the crisis}: "call" with an actor as
   * its direct object and nothing said of that object is a telephone call (CAMEO 04, codebook 041
   * discuss by telephone), also when the parser reads the object as an object predicate; {@code A
   * called B a threat} (an object predicate), {@code A called for talks} and the passive ({@code B
   * was called a traitor}) are not.
   */
  private boolean telephoned(int v) {
    int misread = clauses.misreadObject(v);
    if (!tree.lemma(v).equals("call")
        || clauses.passive(v)
        || tree.child(v, "oprd") >= 0 && misread < 0) {
      return false;
    }
    int o = misread >= 0 ? misread : tree.child(v, "dobj");
    return o >= 0 && !actors.actors(o).isEmpty() && !predicated(o);
  }

  /**
   * Whether an apposition without a comma follows the object at {@code o}: the parser's other
   * reading of an object predicate ({@code called B a liar}).
   */
  private boolean predicated(int o) {
    for (int c : tree.children(o)) {
      if (c > o && tree.label(c).equals("appos") && !commaBetween(o, c)) {
        return true;
      }
    }
    return false;
  }

  private boolean commaBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of hosting has an actor as the one it receives: its direct object ({@code A
   * received B}) or, in the passive, its subject ({@code B was received by A}) or the noun it
   * modifies ({@code the envoy received by A}); {@code A received aid from B} names a thing, and
   * its noun states the act.
   */
  private boolean visitor(int v) {
    int o = clauses.passive(v) ? tree.child(v, "nsubjpass") : tree.child(v, "dobj");
    if (o < 0 && tree.label(v).equals("acl") && clauses.passive(v)) {
      o = tree.head(v);
    }
    return o >= 0 && !actors.actors(o).isEmpty();
  }

  /** Whether the noun at {@code n} names an act of its own ({@link CameoLexicon}). */
  boolean actNoun(int n) {
    String word = tokens.get(n).text().toLowerCase(java.util.Locale.ROOT);
    return CameoLexicon.nounCameo(word, tree.lemma(n)).isPresent();
  }

  private String lower(int i) {
    return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
  }
}
