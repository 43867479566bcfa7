package org.actorgraph.train;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.train.PetrarchDictionary.Agent;

/**
 * Which PETRARCH agent phrases are titles written before a person's name ("Agriculture Minister",
 * "Police Chief", "Consul General"), and how they enter {@code person_titles.tsv}: the phrase must
 * end in one of {@link #HEADS}, be written with underscores only (a blank in an agent phrase lets
 * other words in between, which a title does not), and not be listed by hand already.
 */
final class PetrarchTitleRules {

  static final Set<String> RANKS =
      Set.of("ADMIRAL", "COLONEL", "CAPTAIN", "LIEUTENANT", "SERGEANT", "MARSHAL");
  static final Set<String> ROYAL = Set.of("KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN");
  static final Set<String> RELIGIOUS =
      Set.of(
          "IMAM",
          "BISHOP",
          "ARCHBISHOP",
          "CARDINAL",
          "RABBI",
          "AYATOLLAH",
          "MULLAH",
          "CLERIC",
          "PATRIARCH",
          "POPE");
  private static final Set<String> OTHER_HEADS =
      Set.of(
          "MINISTER",
          "SECRETARY",
          "PRESIDENT",
          "PREMIER",
          "CHANCELLOR",
          "AMBASSADOR",
          "ENVOY",
          "GOVERNOR",
          "MAYOR",
          "SENATOR",
          "COMMISSIONER",
          "SPOKESMAN",
          "SPOKESWOMAN",
          "SPOKESPERSON",
          "GENERAL",
          "CHIEF",
          "DIRECTOR",
          "JUDGE",
          "PROSECUTOR",
          "LAWMAKER",
          "LEGISLATOR",
          "COMMANDER",
          "CONSUL",
          "SPEAKER",
          "CHAIRMAN",
          "CHAIRWOMAN",
          "CHAIRPERSON",
          "DIPLOMAT",
          "ATTORNEY",
          "MAGISTRATE",
          "SHERIFF");

  /** Person nouns that head a title. */
  static final Set<String> HEADS = union(OTHER_HEADS, RANKS, ROYAL, RELIGIOUS);

  private static final Set<String> QUALIFIERS = Set.of("FORMER", "EX", "LATE", "THEN");

  /** A title row: title, role, kind, head, case, ambiguous. */
  record Title(String title, String role, String kind, String casing, boolean ambiguous) {}

  private final PetrarchNames names;
  private final Set<String> curatedTitles;

  PetrarchTitleRules(PetrarchNames names, Set<String> curatedTitles) {
    this.names = names;
    this.curatedTitles = Set.copyOf(curatedTitles);
  }

  /** The title an agent phrase gives, or empty. */
  Optional<Title> title(Agent agent) {
    String phrase = agent.phrase().trim();
    if (phrase.isEmpty() || phrase.contains(" ") || !agent.code().startsWith("~")) {
      return Optional.empty();
    }
    List<String> tokens = PetrarchNames.tokens(phrase);
    String head = tokens.get(tokens.size() - 1);
    if (!HEADS.contains(head)
        || QUALIFIERS.contains(tokens.get(0))
        || tokens.contains("OF")
        || tokens.stream().anyMatch(t -> !t.matches("[A-Z]+"))
        || curatedTitles.contains(String.join(" ", tokens))) {
      return Optional.empty();
    }
    String kind =
        RANKS.contains(head)
            ? "rank"
            : ROYAL.contains(head) ? "royal" : RELIGIOUS.contains(head) ? "religious" : "role";
    String role = String.join(" ", tokens).toLowerCase(java.util.Locale.ROOT);
    role = role.replace("defense", "defence").replace("labor ", "labour ");
    boolean single = tokens.size() == 1;
    return Optional.of(
        new Title(
            names.organisationName(tokens),
            role,
            kind,
            single ? "capitalised" : "any",
            single && names.isFirstName(head)));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
