package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.mention.PartyNameFinder;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Party memberships as news writes them: {@code Progressive Party candidate Jane Doe}, {@code John
 * Roe, the main opposition Unity candidate}, {@code Ann Poe of the Freedonia People's Party},
 * {@code Doe's Unity Party}, {@code Doe's party, the Unity Party}, {@code the Unity Party, the
 * party of Doe}, {@code Doe, general secretary of the Unity Party}, {@code Doe, a senator from the
 * Unity Party}, {@code Doe, who leads the Unity Party}, {@code the Unity Party's Jane Doe}, {@code
 * Democrat Jane Doe}, {@code Doe, a Democrat from Freedonia}. The roles are data ({@code
 * party_roles.txt}). A party is an organisation typed as one, or whose name says "Party" or ends
 * with a party family's plural ("the Social Democrats").
 */
final class PartyMembers {

  /** The roles of {@code party_roles.txt}, as one alternation. */
  private static final String ROLE =
      String.join("|", WordLists.lines("party_roles.txt").stream().map(Pattern::quote).toList());

  /** A word before a party role that is no function word ("presidential", not "and"). */
  private static final String MODIFIER =
      "(?!(and|or|but|of|the|a|an|to|with|by|for|as|in|on|at|from) )[a-z]+";

  /**
   * {@code Unity Party candidate Jane Doe}, {@code the Unity party challenger Jane Doe}, {@code
   * Unity presidential nominee Jane Doe}, and with nothing between: {@code Democrat Jane Doe}.
   */
  private static final Pattern ROLE_THEN =
      Pattern.compile("((party )?(" + MODIFIER + " )?(" + ROLE + ")( [a-z]+)?)?");

  /**
   * The words that make a person own what follows: {@code Doe's}, {@code Doe, whose}, and the
   * speaker's own pronoun after a verb of saying, {@code Doe said (that) his} (the possessive of a
   * reported clause refers back to its speaker).
   */
  private static final String OWNER =
      "(['’]s|, whose|(said|says|added|announced|told reporters)( that)? (his|her))";

  /**
   * {@code Doe's Unity Party}, {@code Doe's ruling Unity Party}, {@code Doe, whose Unity Party}.
   */
  private static final Pattern POSSESSIVE =
      Pattern.compile(OWNER + "( (ruling|governing|new|own))?");

  /**
   * {@code Doe, general secretary of the Unity Party}, {@code Doe, a senior member of the ruling
   * Unity Party}, {@code Doe, leader of the main opposition Unity Party}, and the party named in
   * apposition to the word: {@code Doe, leader of the main opposition party, the Unity Party}.
   */
  private static final Pattern ROLE_OF =
      Pattern.compile(
          ", (the |a |an )?(former |acting |interim |senior |veteran )?("
              + ROLE
              + ") (of|from|for)( the)?( main| ruling| governing| opposition){0,2}"
              + "( party ,( the)?)?");

  /** {@code Doe, who heads the Unity Party}; {@code Doe, who founded the Unity Party}. */
  private static final Pattern WHO_LEADS =
      Pattern.compile(
          ", who (heads|leads|chairs|founded|co-founded|represents|joined|belongs to)"
              + "( the)?( main| ruling| governing| opposition)?");

  /** {@code the Unity Party's Jane Doe}. */
  private static final Pattern PARTYS = Pattern.compile("['’]s");

  /**
   * {@code the Unity Party, the party of Jane Doe}, {@code the Unity Party, the party of former
   * president Jane Doe}: the party in apposition to a word for a party that the person owns.
   */
  private static final Pattern PARTY_OF = Pattern.compile(", the party of( [a-z]+){0,2}");

  /**
   * {@code Doe's party, the Unity Party}, {@code Doe's ruling party, the Unity Party}, {@code Doe
   * said his party, the Unity Party,}.
   */
  private static final Pattern OWN_PARTY =
      Pattern.compile(OWNER + "( (ruling|governing|new|own))? party ,( the)?");

  private static final Pattern ROLE_WORD = Pattern.compile("(?i)" + ROLE);

  /**
   * {@code Doe of the Unity Party}, {@code Doe, of the Unity Party,}, and with lower-case words
   * before the party's name: {@code Doe of the ruling Unity Party}, {@code Doe of the centre-left
   * Unity Party} (the tokenizer parts the hyphen).
   */
  private static final Pattern OF_THE = Pattern.compile(",? ?of the( [a-z]+( - [a-z]+)?){0,2}");

  /**
   * {@code Doe, the main opposition Unity candidate}: words before an organisation that make it a
   * political party even when the gazetteer does not say so.
   */
  private static final Pattern PARTY_CUE = Pattern.compile("\\b(opposition|ruling|governing)$");

  /**
   * {@code Doe, a member of Freedonia's ruling Unity Party}: the party's country, as a possessive,
   * between the role and the party.
   */
  private static final Pattern COUNTRYS =
      Pattern.compile("['’]s( (main|ruling|governing|opposition))?");

  private PartyMembers() {}

  static List<Fact> find(SentenceActors sa) {
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k + 1 < ms.size(); k++) {
      Located a = ms.get(k);
      Located b = ms.get(k + 1);
      String gap =
          StructureFinder.text(sa.tokens(), sa.lastToken(a) + 1, sa.firstToken(b))
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\( ?[a-z]+ ?\\) ?", "");
      Evidence ev = sa.evidence();
      if (isParty(sa, a)
          && b.entity().type() == EntityType.PERSON
          && (ROLE_THEN.matcher(gap).matches() || PARTYS.matcher(gap).matches())) {
        out.add(new Fact.Membership(b.entity(), a.entity(), 0.8, List.of(ev)));
      }
      if (isParty(sa, a)
          && b.entity().type() == EntityType.PERSON
          && PARTY_OF.matcher(gap).matches()) {
        out.add(new Fact.Membership(b.entity(), a.entity(), 0.75, List.of(ev)));
      }
      boolean partyByCue =
          b.entity().type() == EntityType.ORGANISATION
              && MemberLists.isBloc(b.entity())
              && PARTY_CUE.matcher(gap).find();
      if (a.entity().type() == EntityType.PERSON && (isParty(sa, b) || partyByCue)) {
        if (POSSESSIVE.matcher(gap).matches() && !beforeRivalNoun(sa, b)
            || OWN_PARTY.matcher(gap).matches()
            || roleOf(gap)
            || WHO_LEADS.matcher(gap).matches()
            || gap.equals("(") && letterLabel(sa, b)) {
          out.add(new Fact.Membership(a.entity(), b.entity(), 0.7, List.of(ev)));
        } else if (OF_THE.matcher(gap).matches() || gap.matches(", (a|an|the)( [a-z]+){0,3}")) {
          int after = sa.lastToken(b) + 1;
          boolean roleAfter =
              after < sa.tokens().size()
                  && ROLE_WORD.matcher(sa.tokens().get(after).text()).matches();
          if (OF_THE.matcher(gap).matches()
              || roleAfter
              || gap.matches(", an?( [a-z]+)?") && heads(sa, b)) {
            out.add(new Fact.Membership(a.entity(), b.entity(), 0.75, List.of(ev)));
          }
        }
      }
      if (k + 2 < ms.size() && b.entity().type() == EntityType.COUNTRY) {
        countryParty(sa, a, b, ms.get(k + 2), gap, out);
      }
      if (a.entity().type() == EntityType.PERSON) {
        secondApposition(sa, k, out);
      }
    }
    return out;
  }

  /**
   * {@code Doe's Republican rival Roe}: a party right before a word for a rival ({@code
   * contest_words.tsv}) is the rival's, not the possessive's.
   */
  private static boolean beforeRivalNoun(SentenceActors sa, Located party) {
    int after = sa.lastToken(party) + 1;
    return after < sa.tokens().size()
        && ContestWords.RIVAL.contains(sa.tokens().get(after).text().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code Doe (D-Minn.)}: the party is a one-letter label glued by a hyphen to the state after it.
   */
  private static boolean letterLabel(SentenceActors sa, Located party) {
    int first = sa.firstToken(party);
    int after = sa.lastToken(party) + 1;
    return first == sa.lastToken(party)
        && sa.tokens().get(first).text().length() == 1
        && after < sa.tokens().size()
        && sa.tokens().get(after).text().equals("-");
  }

  /**
   * {@code Doe, a Democrat from Freedonia}, {@code Doe, a lifelong Republican,}: the party heads
   * the noun phrase after "a" (no noun follows it, as "ally" does in "a Unity Party ally").
   */
  private static boolean heads(SentenceActors sa, Located party) {
    int after = sa.lastToken(party) + 1;
    if (after >= sa.tokens().size()) {
      return true;
    }
    String pos = sa.tokens().get(after).pos();
    return !(pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM"));
  }

  /**
   * {@code Doe, a former mayor of Port Aster and a member of the ruling Unity Party}, {@code Doe, a
   * lawyer and a member of the Unity Party}: the apposition after the person holds two, joined by
   * "and a" or "and an", and the second names the party; other mentions may stand in the first.
   */
  private static void secondApposition(SentenceActors sa, int k, List<Fact> out) {
    List<Located> ms = sa.mentions();
    Located person = ms.get(k);
    int comma = sa.lastToken(person) + 1;
    if (comma + 1 >= sa.tokens().size()
        || !sa.tokens().get(comma).text().equals(",")
        || !sa.tokens().get(comma + 1).text().matches("(?i)the|a|an")) {
      return;
    }
    for (int m = k + 1; m < ms.size(); m++) {
      Located party = ms.get(m);
      String gap =
          StructureFinder.text(sa.tokens(), comma + 1, sa.firstToken(party))
              .toLowerCase(Locale.ROOT)
              .replaceAll("\\( ?[a-z]+ ?\\) ?", "");
      if (gap.matches(".*[,;:()].*")) {
        return;
      }
      int and = gap.lastIndexOf(" and a");
      if (and > 0 && isParty(sa, party) && roleOf(", " + gap.substring(and + 5))) {
        out.add(new Fact.Membership(person.entity(), party.entity(), 0.7, List.of(sa.evidence())));
        return;
      }
    }
  }

  /**
   * Whether {@code gap} gives the person a role in the party after it ({@link #ROLE_OF}); a former
   * member is none now ({@code Doe, a former member of the Unity Party}).
   */
  private static boolean roleOf(String gap) {
    Matcher m = ROLE_OF.matcher(gap);
    return m.matches() && !("former ".equals(m.group(2)) && m.group(3).endsWith("member"));
  }

  /**
   * {@code Doe, a member of Freedonia's ruling Unity Party}, {@code Doe, a lawmaker from
   * Freedonia's Unity party}: person, role, the country's possessive, then the party (named as one,
   * or followed by the word "party", or cued by "ruling", "opposition", "governing").
   */
  private static void countryParty(
      SentenceActors sa, Located person, Located country, Located org, String gap, List<Fact> out) {
    if (person.entity().type() != EntityType.PERSON
        || org.entity().type() != EntityType.ORGANISATION
        || !roleOf(gap)
        || gap.matches(".*(of|from|for) the.*")) {
      return;
    }
    String between =
        StructureFinder.text(sa.tokens(), sa.lastToken(country) + 1, sa.firstToken(org))
            .toLowerCase(Locale.ROOT);
    Matcher m = COUNTRYS.matcher(between);
    if (!m.matches()) {
      return;
    }
    int after = sa.lastToken(org) + 1;
    boolean partyWord =
        after < sa.tokens().size()
            && sa.tokens().get(after).text().toLowerCase(Locale.ROOT).equals("party");
    boolean cued = m.group(2) != null && !m.group(2).equals("main");
    if (isParty(sa, org) || MemberLists.isBloc(org.entity()) && (partyWord || cued)) {
      out.add(new Fact.Membership(person.entity(), org.entity(), 0.7, List.of(sa.evidence())));
    }
  }

  /**
   * Whether the mention names a party: its entity is one ({@link #isParty(Entity)}), or the word
   * "party" or "parties" follows it ({@code the Citizen Movement party}, {@code the A and B
   * parties}).
   */
  static boolean isParty(SentenceActors sa, Located l) {
    int after = sa.lastToken(l) + 1;
    return isParty(l.entity())
        || l.entity().type() == EntityType.ORGANISATION
            && after < sa.tokens().size()
            && sa.tokens().get(after).text().matches("part(y|ies)");
  }

  static boolean isParty(Entity e) {
    return e.type() == EntityType.ORGANISATION
        && (e.subtype().filter("PoliticalParty"::equals).isPresent()
            || e.label().matches(".*\\bParty\\b.*")
            || PartyNameFinder.isFamilyName(e.label()));
  }
}
