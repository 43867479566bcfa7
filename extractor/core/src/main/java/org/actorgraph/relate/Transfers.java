package org.actorgraph.relate;

import static org.actorgraph.relate.ClauseWords.DIRECT;
import static org.actorgraph.relate.ClauseWords.INDIRECT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.DependencyTree;

/**
 * Transfers of aid read off a parse: a verb of giving or sending with what it gives (aid, money, a
 * loan, relief goods, weapons, asylum) and the one it goes to is CAMEO 07 (codebook 070-075,
 * Provide aid) from the giver to the recipient; a verb of offering or pledging in the same
 * construction is the intent, CAMEO 03 (codebook 033):
 *
 * <ul>
 *   <li>{@code A sent aid to B}, {@code A gave B $3 million}, {@code A extended a loan to B},
 *       {@code A sent 500 tonnes of food to B}, {@code A allocated $10 million for B};
 *   <li>the passive and the participle: {@code aid was sent to B by A}, {@code B was given aid by
 *       A}, {@code the aid sent by A to B}, {@code the $5 million pledged by A for B}; without an
 *       agent, the owner of what is given gives it ({@code A's aid was delivered to B});
 *   <li>helping with: {@code A helped B with a loan}, {@code A armed B with rifles};
 *   <li>receiving: {@code B received $5 million from A} is A giving to B;
 *   <li>a channel: {@code A channelled aid to B through C} is also A giving to C and C to B.
 * </ul>
 *
 * <p>What is given is read by {@link GivenThings}, over the word classes of {@code
 * transfer-words.tsv} (PETRARCH2's verb blocks and synonym sets, the CAMEO codebook and general
 * English). What the verb gives decides: {@code A sent troops to B}, {@code A gave a speech to B},
 * {@code A offered condolences to B} are no transfer here and are left to the verb's own reading.
 */
final class Transfers {

  /** One transfer: who gives, who receives, the category, the verb, and how sure the reading is. */
  record Transfer(
      ActorPhrase giver, ActorPhrase recipient, String cameo, int trigger, double confidence) {}

  /** CAMEO 07, provide aid. */
  static final String AID = "07";

  /** CAMEO 15, exhibit force posture. */
  private static final String SHOW_OF_FORCE = "15";

  /** CAMEO 03, express intent to cooperate (codebook 033: to provide material aid). */
  static final String INTENT = "03";

  /**
   * CAMEO 06, material cooperation: a transfer given in exchange for something is trade, as
   * cameo-general.tsv codes "sell" and "export" (codebook 061 Cooperate economically).
   */
  static final String TRADE = "06";

  /** The idioms that make a transfer an exchange: "in exchange for", "in return for". */
  private static final Set<String> EXCHANGE_NOUNS = Set.of("exchange", "return");

  /** Prepositions before the recipient: "aid to B", "$10 million for B". */
  private static final Set<String> TO = Set.of("to", "for");

  /** Prepositions before a channel: "through the agency", "via C". */
  private static final Set<String> CHANNEL = Set.of("through", "via");

  /** Prepositions after a verb of arriving before the recipient: "reached B", "arrived in B". */
  private static final Set<String> ARRIVAL = Set.of("to", "for", "in");

  /** How many coordinated verbs {@link #arrival} reads with the first. */
  private static final int MAX_CONJUNCTS = 4;

  private final ParsedActors actors;
  private final ParsedClauses clauses;
  private final DependencyTree tree;
  private final Map<Integer, List<Transfer>> byVerb = new HashMap<>();
  private final Set<Integer> givenByVerb = new HashSet<>();
  private final GivenThings things;

  Transfers(ParsedActors actors, ParsedClauses clauses) {
    this.actors = actors;
    this.clauses = clauses;
    this.tree = actors.tree();
    this.things = new GivenThings(actors.tokens(), tree);
    for (int v = 0; v < tree.size(); v++) {
      int n = tree.tag(v).startsWith("VB") ? given(v) : -1;
      if (n >= 0) {
        List<Transfer> found = read(v, n);
        byVerb.put(v, found);
        if (!found.isEmpty()) {
          givenByVerb.addAll(things.content(n, v));
        }
      } else if (tree.tag(v).startsWith("VB") && kind(v).filter("arrive"::equals).isPresent()) {
        arrival(v);
      }
    }
  }

  /**
   * {@code aid from A arrived in B}, {@code the aid, routed through C, came from A and reached B}:
   * aid as the subject of a verb of arriving, read with the verbs coordinated with it, comes from
   * the actors after "from" (or its owner) and goes to the actor it reaches or arrives in, through
   * those after "through" or "via".
   */
  private void arrival(int v) {
    int n = tree.child(v, "nsubj");
    if (n < 0 || !things.aid(n)) {
      return;
    }
    List<Integer> verbs = new ArrayList<>(List.of(v));
    for (int k = 0; k < verbs.size() && k < MAX_CONJUNCTS; k++) {
      for (int c : tree.children(verbs.get(k))) {
        if (tree.label(c).equals("conj") && tree.tag(c).startsWith("VB")) {
          verbs.add(c);
        }
      }
    }
    List<Integer> content = things.content(n);
    List<ActorPhrase> givers = new ArrayList<>();
    List<ActorPhrase> recipients = new ArrayList<>();
    for (int c : content) {
      givers.addAll(clauses.modifierOwners(c));
      givers.addAll(clauses.prepObjects(c, Set.of("from")));
      recipients.addAll(clauses.prepObjects(c, TO));
    }
    for (int u : verbs) {
      if (kind(u).filter("arrive"::equals).isPresent()) {
        givers.addAll(clauses.prepObjects(u, Set.of("from")));
        recipients.addAll(clauses.prepObjects(u, ARRIVAL));
        int d = tree.child(u, "dobj");
        if (d >= 0) {
          recipients.addAll(actors.actors(d));
        }
      }
    }
    List<ActorPhrase> channels = channels(verbs, content);
    List<Transfer> out = new ArrayList<>();
    pairs(out, givers, recipients, AID, v, INDIRECT + 0.1);
    pairs(out, givers, channels, AID, v, INDIRECT + 0.1);
    pairs(out, channels, recipients, AID, v, INDIRECT + 0.1);
    if (!out.isEmpty()) {
      byVerb.put(v, List.copyOf(out));
      givenByVerb.addAll(content);
    }
  }

  /**
   * The channels of a transfer: the actors after "through" or "via" the verbs, what is given, or a
   * participle or relative clause of it ({@code the aid, routed through C}).
   */
  private List<ActorPhrase> channels(List<Integer> verbs, List<Integer> content) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int u : verbs) {
      out.addAll(clauses.prepObjects(u, CHANNEL));
    }
    for (int c : content) {
      out.addAll(clauses.prepObjects(c, CHANNEL));
      for (int a : tree.children(c)) {
        String l = tree.label(a);
        if ((l.equals("acl") || l.equals("relcl")) && tree.tag(a).startsWith("VB")) {
          out.addAll(clauses.prepObjects(a, CHANNEL));
        }
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code v} is a verb of giving, offering or receiving whose object is aid:
   * its reading here replaces the verb's own category ("provide" alone is 06).
   */
  boolean transfers(int v) {
    return byVerb.containsKey(v);
  }

  /**
   * What the verb at {@code v} gives, when it is a verb of giving, offering or receiving and what
   * it gives is aid; -1 otherwise.
   */
  private int given(int v) {
    String kind = kind(v).orElse("arrive");
    if (kind.equals("arrive") || showsForce(v)) {
      return -1;
    }
    int n = kind.equals("equip") ? withObject(v) : object(v);
    return n >= 0 && (things.aid(n) || givenAs(v, n)) ? n : -1;
  }

  /**
   * {@code shipped 10,000 tonnes of wheat to B as humanitarian aid}: what the verb gives is named
   * aid after "as", hung on the verb or on its object, whatever it is (grain, fuel, buses).
   */
  private boolean givenAs(int v, int n) {
    for (int h : List.of(v, n)) {
      for (int c : tree.children(h)) {
        if (tree.label(c).equals("prep") && tree.lemma(c).equals("as")) {
          for (int o : tree.children(c)) {
            if (tree.label(o).equals("pobj") && things.aid(o)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the words after the verb at {@code v} make it a show of force ({@code sent warplanes
   * toward B}, {@code sent tanks to the border with B}: cameo-general.tsv): weapons sent near
   * another or to a border are shown to it, not given to anyone.
   */
  private boolean showsForce(int v) {
    return CameoLexicon.phraseOnly(tree.lemma(v), actors.tokens(), v)
        .filter(SHOW_OF_FORCE::equals)
        .isPresent();
  }

  /**
   * Whether the noun at {@code n} is (part of) what a verb of this sentence gives as aid: that
   * verb's reading states the act, and the noun's own reading ({@code aid} as an act) is left out.
   */
  boolean givenByVerb(int n) {
    return givenByVerb.contains(n);
  }

  /** The transfers the verb at {@code v} states; none if it states no transfer of aid. */
  List<Transfer> at(int v) {
    return byVerb.getOrDefault(v, List.of());
  }

  private List<Transfer> read(int v, int n) {
    String kind = kind(v).orElseThrow();
    List<Integer> content = things.content(n, v);
    List<ActorPhrase> givers = new ArrayList<>();
    List<ActorPhrase> recipients = new ArrayList<>();
    double conf = DIRECT;
    if (kind.equals("receive")) {
      recipients.addAll(clauses.subject(v).phrases());
      givers.addAll(clauses.prepObjects(v, Set.of("from")));
      for (int c : content) {
        givers.addAll(clauses.prepObjects(c, Set.of("from")));
        givers.addAll(clauses.modifierOwners(c));
      }
    } else {
      ParsedClauses.Role subject = clauses.subject(v);
      givers.addAll(subject.phrases());
      conf = subject.isEmpty() ? INDIRECT : subject.confidence();
      if (givers.isEmpty()) {
        // "B's aid was sent to C", "aid from B was routed through D to C": what is given is B's
        for (int c : content) {
          givers.addAll(clauses.modifierOwners(c));
          givers.addAll(clauses.prepObjects(c, Set.of("from")));
        }
      }
      recipients.addAll(recipients(v, n));
      for (int c : content) {
        recipients.addAll(clauses.prepObjects(c, TO));
        recipients.addAll(peopleIn(c));
      }
    }
    List<ActorPhrase> channels = channels(List.of(v), content);
    String cameo = kind.equals("intent") ? INTENT : exchanged(v) ? TRADE : AID;
    List<Transfer> out = new ArrayList<>();
    pairs(out, givers, recipients, cameo, v, conf);
    pairs(out, givers, channels, cameo, v, Math.min(conf, INDIRECT + 0.1));
    pairs(out, channels, recipients, cameo, v, Math.min(conf, INDIRECT + 0.1));
    return List.copyOf(out);
  }

  /**
   * The recipients a verb of giving names: after to/for ({@code sent aid to B}; the owner of what
   * names no actor there, {@code sent aid to B-ian hospitals}, {@code for B's reconstruction}), as
   * its indirect object ({@code gave B aid}), as its object when what is given follows "with"
   * ({@code provided B with aid}), or as the subject of its passive when what is given stays its
   * object ({@code B was given aid}).
   */
  private List<ActorPhrase> recipients(int v, int n) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int c : tree.children(v)) {
      String l = tree.label(c);
      if ((l.equals("prep") || l.equals("dative")) && TO.contains(word(c))) {
        for (int o : tree.children(c)) {
          if (tree.label(o).equals("pobj")) {
            List<ActorPhrase> named = actors.actors(o);
            List<ActorPhrase> owned = named.isEmpty() ? clauses.owners(o) : named;
            out.addAll(owned.isEmpty() && word(c).equals("to") ? peopleThere(v, o) : owned);
          }
        }
      } else if ((l.equals("dative") || l.equals("iobj")) && c != n) {
        out.addAll(actors.actors(c));
      } else if ((l.equals("nsubjpass") || l.equals("dobj")) && c != n) {
        out.addAll(actors.actors(c));
      }
    }
    return out;
  }

  /**
   * {@code aid to flood victims in B}: the countries where those named after "to" on what is given
   * are, when they name no actor ({@link #countriesIn}).
   */
  private List<ActorPhrase> peopleIn(int c) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int p : tree.children(c)) {
      if (tree.label(p).equals("prep") && word(p).equals("to")) {
        for (int o : tree.children(p)) {
          if (tree.label(o).equals("pobj") && actors.actors(o).isEmpty()) {
            out.addAll(countriesIn(o));
          }
        }
      }
    }
    return out;
  }

  /**
   * The countries where those the verb at {@code v} gives to ({@code o}, after "to") are: after
   * "in" on them, or on the verb when the parser hangs it there ({@code delivered aid to flood
   * victims in B}). Not after "for", which names a purpose as often as a recipient ({@code
   * munitions for the war in B}).
   */
  private List<ActorPhrase> peopleThere(int v, int o) {
    List<ActorPhrase> there = countriesIn(o);
    return there.isEmpty() ? countriesIn(v) : there;
  }

  /**
   * {@code sent aid to flood victims in B}, {@code to refugees in northern B}: aid given to those
   * who are in a country, and name no actor, goes to that country (CAMEO codes the country where
   * the recipients are when no actor receives it by name); see {@link ParsedActors#countries}.
   */
  private List<ActorPhrase> countriesIn(int o) {
    List<ActorPhrase> out = new ArrayList<>();
    for (int p : tree.children(o)) {
      if (tree.label(p).equals("prep") && word(p).equals("in")) {
        for (int i : tree.children(p)) {
          if (tree.label(i).equals("pobj")) {
            out.addAll(actors.countries(i));
          }
        }
      }
    }
    return out;
  }

  /**
   * What a verb gives: the noun its participle or relative clause modifies ({@code the aid sent by
   * A}), the subject of its passive ({@code aid was sent}) unless that names the recipient ({@code
   * B was given aid}), what follows "with" when the recipient is the object ({@code A provided B
   * with aid}, {@code B was supplied with weapons}), or its direct object; -1 if none.
   */
  private int object(int v) {
    int h = tree.head(v);
    String l = tree.label(v);
    int d = tree.child(v, "dobj");
    if ((l.equals("acl") || l.equals("relcl")) && h != DependencyTree.ROOT && relativeObject(d)) {
      return h;
    }
    int s = tree.child(v, "nsubjpass");
    if (s >= 0 && actors.actors(s).isEmpty()) {
      return s;
    }
    int w = withObject(v);
    return w >= 0 ? w : d;
  }

  /**
   * What follows "with" when the verb's object (or its passive subject) names an actor: {@code
   * provided B with aid}, {@code B was supplied with weapons}, {@code helped B with a loan} (the
   * parser may hang "with" on the object); -1 if none.
   */
  private int withObject(int v) {
    int d = tree.child(v, "dobj");
    int s = tree.child(v, "nsubjpass");
    if (d >= 0 && !actors.actors(d).isEmpty() || d < 0 && s >= 0) {
      List<Integer> heads = d >= 0 ? List.of(v, d) : List.of(v);
      for (int h : heads) {
        for (int c : tree.children(h)) {
          if (tree.label(c).equals("prep") && word(c).equals("with")) {
            return tree.child(c, "pobj");
          }
        }
      }
    }
    return -1;
  }

  /** Whether the object of a relative clause or participle is the noun it modifies. */
  private boolean relativeObject(int d) {
    return d < 0 || Set.of("that", "which").contains(word(d));
  }

  /** The class of the verb at {@code v}: give, intent, receive, equip or arrive. */
  private Optional<String> kind(int v) {
    return GivenThings.kind(lemmas(v));
  }

  /**
   * The lemmas the verb at {@code v} may have: the parser's, the annotator's, and the base forms of
   * a regular participle either left as it was ("provided", "routed").
   */
  List<String> lemmas(int v) {
    List<String> out = new ArrayList<>();
    out.add(tree.lemma(v));
    out.add(actors.tokens().get(v).lemma());
    out.addAll(Inflections.bases(word(v)));
    return out;
  }

  private static void pairs(
      List<Transfer> out,
      List<ActorPhrase> givers,
      List<ActorPhrase> recipients,
      String cameo,
      int v,
      double conf) {
    for (ActorPhrase g : givers.stream().distinct().toList()) {
      for (ActorPhrase r : recipients.stream().distinct().toList()) {
        if (!g.equals(r)) {
          out.add(new Transfer(g, r, cameo, v, conf));
        }
      }
    }
  }

  /**
   * {@code A provides B with arms in exchange for economic assistance}: the verb at {@code v} has
   * "in exchange for" or "in return for" in its clause.
   */
  private boolean exchanged(int v) {
    for (int i = 0; i + 2 < tree.size(); i++) {
      if (word(i).equals("in")
          && EXCHANGE_NOUNS.contains(word(i + 1))
          && word(i + 2).equals("for")
          && tree.dominates(v, i)) {
        return true;
      }
    }
    return false;
  }

  private String word(int t) {
    return actors.tokens().get(t).text().toLowerCase(Locale.ROOT);
  }
}
